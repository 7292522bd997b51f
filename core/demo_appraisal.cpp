// Appraised values for the demo's pledged collateral, so every file past the appraisal carries what
// its appraiser entered: the purchase price worn down by age (trucks faster than kilns), give or take
// what the appraiser saw. Files still in the appraisal have about half their assets valued so far.
// Then each secured loan is sized to its collateral as a lender would: mostly 40–75 % of what the
// pledged assets are worth, some stretched above the 70 % limit (policy exceptions to argue).
#include "demo_collateral.h"

#include "demo_codes.h"
#include "demo_random.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace saggar::demo {
namespace {

// Whether the file's appraisal is behind it (all values entered) or under way (some entered).
enum class Stage { None, UnderWay, Done };

Stage appraisalStage(LoanState s)
{
    switch (s) {
    case LoanState::Draft:
    case LoanState::Submitted:
        return Stage::None;
    case LoanState::Appraisal:
        return Stage::UnderWay;
    default:
        return Stage::Done;
    }
}

// Per mille of the price left after `years` of yearly wear of `wearPermille`, never below `floorPermille`.
std::int64_t residualPermille(int years, std::int64_t wearPermille, std::int64_t floorPermille)
{
    std::int64_t left = 1000;
    for (int y = 0; y < years && left > floorPermille; ++y)
        left = left * (1000 - wearPermille) / 1000;
    return std::max(left, floorPermille);
}

// Rounded to thousands of yuan, as appraisers write values; at least ¥1,000.
Money appraisal(Random& random, Money price, int years, std::int64_t wearPermille, std::int64_t floorPermille)
{
    const std::int64_t permille =
        residualPermille(years, wearPermille, floorPermille) * random.between(900, 1080) / 1000;
    const std::int64_t yuan = price.fen() / 100 * permille / 1000;
    return Money::fromYuan(std::max<std::int64_t>(1, (yuan + 500) / 1000) * 1000);
}

// What an asset is worth after `years`, as the bank estimates it before the appraisal (no noise).
std::int64_t wornFen(Money price, int years, std::int64_t wearPermille, std::int64_t floorPermille)
{
    return price.fen() / 1000 * residualPermille(years, wearPermille, floorPermille);
}

} // namespace

void appraiseCollateral(const DemoOptions& options, PortfolioSnapshot& out)
{
    Random random = Random::stream(options.seed, 6);
    std::unordered_map<Id, const LoanFile*> files;
    for (const LoanFile& f : out.files)
        files.emplace(f.id, &f);
    const auto valued = [&](Id fileId) -> const LoanFile* {
        const auto it = files.find(fileId);
        if (it == files.end() || it->second->appraiserId == 0)
            return nullptr;
        const Stage stage = appraisalStage(it->second->state);
        if (stage == Stage::None || (stage == Stage::UnderWay && !random.percent(50)))
            return nullptr;
        return it->second;
    };
    for (Truck& t : out.trucks) {
        if (const LoanFile* f = t.loanFileId ? valued(t.loanFileId) : nullptr) {
            const int years = std::max(0, utcYear(f->createdAtMs) - t.year);
            t.appraisedValue = appraisal(random, t.purchasePrice, years, 120, 250);
            t.appraisedBy = f->appraiserId;
        }
    }
    for (Kiln& k : out.kilns) {
        if (const LoanFile* f = k.loanFileId ? valued(k.loanFileId) : nullptr) {
            const int years = std::max(0, utcYear(f->createdAtMs) - k.yearInstalled);
            k.appraisedValue = appraisal(random, k.purchaseCost, years, 70, 300);
            k.appraisedBy = f->appraiserId;
        }
    }
}

void sizeLoansToCollateral(const DemoOptions& options, PortfolioSnapshot& out)
{
    Random random = Random::stream(options.seed, 7);
    std::vector<std::int64_t> coverFen(out.files.size(), 0);
    const auto fileIndex = [&](Id id) { return static_cast<std::size_t>(id - 1); };
    for (const Truck& t : out.trucks)
        if (t.loanFileId != 0) {
            const int years = std::max(0, utcYear(out.files[fileIndex(t.loanFileId)].createdAtMs) - t.year);
            coverFen[fileIndex(t.loanFileId)] += wornFen(t.purchasePrice, years, 120, 250);
        }
    for (const Kiln& k : out.kilns)
        if (k.loanFileId != 0) {
            const int years =
                std::max(0, utcYear(out.files[fileIndex(k.loanFileId)].createdAtMs) - k.yearInstalled);
            coverFen[fileIndex(k.loanFileId)] += wornFen(k.purchaseCost, years, 70, 300);
        }
    for (std::size_t i = 0; i < out.files.size(); ++i) {
        if (coverFen[i] == 0)
            continue; // unsecured (no asset pledged): the amount stays as requested
        const std::int64_t ltvPermille =
            random.percent(85) ? random.between(400, 750) : random.between(750, 1000);
        const std::int64_t thousands = coverFen[i] / 100'000 * ltvPermille / 1000; // thousands of yuan
        out.files[i].amount = Money::fromYuan(std::clamp<std::int64_t>(thousands, 500, 80'000) * 1000);
    }
}

} // namespace saggar::demo
