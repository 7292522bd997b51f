// Builds the demo portfolio (see demo_portfolio.h): users, enterprises, loan files, trucks, kilns and
// document checklists, from one seed and integer arithmetic only so every platform gets the same data.
#include "demo_portfolio.h"

#include "demo_codes.h"
#include "demo_collateral.h"
#include "demo_random.h"
#include "demo_tables.h"
#include "demo_unique.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace saggar {
namespace {

using demo::Random;

constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::size_t kStateCount = 15;

std::size_t index(Segment s)
{
    return static_cast<std::size_t>(s);
}
std::size_t index(LoanState s)
{
    return static_cast<std::size_t>(s);
}

std::vector<User> makeUsers()
{
    std::vector<User> users;
    Id id = 1;
    for (const auto& staff : demo::staffUsers()) {
        User user;
        user.id = id++;
        user.login = std::string(staff.login);
        user.displayName = std::string(staff.displayName);
        user.role = staff.role;
        users.push_back(std::move(user));
    }
    return users;
}

std::string personName(Random& random)
{
    std::string name(random.pick(demo::surnames()));
    name += random.pick(demo::givenNameCharacters());
    if (random.percent(70))
        name += random.pick(demo::givenNameCharacters());
    return name;
}

std::string capitalised(std::string_view pinyin)
{
    std::string out(pinyin);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// A two-syllable trade name: "宏宇" and "Hongyu" ("Xin'an" where pinyin needs the apostrophe).
std::pair<std::string, std::string> tradeName(Random& random)
{
    const auto syllables = demo::tradeNameSyllables();
    const auto& first = random.pick(syllables);
    const demo::Syllable* second = &random.pick(syllables);
    while (second->zh == first.zh)
        second = &random.pick(syllables);
    std::string zh = std::string(first.zh) + std::string(second->zh);
    std::string en = capitalised(first.pinyin);
    const char lead = second->pinyin.empty() ? 'x' : second->pinyin[0];
    if (lead == 'a' || lead == 'e' || lead == 'o')
        en += '\'';
    en += second->pinyin;
    return {std::move(zh), std::move(en)};
}

struct SegmentScale
{
    std::int64_t minRevenueWan; // ten-thousand yuan
    std::int64_t maxRevenueWan;
    int minStaff;
    int maxStaff;
};

SegmentScale scaleOf(Segment s)
{
    switch (s) {
    case Segment::BuildingTiles:
        return {20'000, 300'000, 300, 3'000};
    case Segment::SanitaryWare:
        return {8'000, 200'000, 200, 2'500};
    case Segment::DailyUsePorcelain:
        return {3'000, 80'000, 100, 1'500};
    case Segment::ArtPorcelain:
        return {300, 12'000, 15, 300};
    }
    return {300, 12'000, 15, 300};
}

void makeEnterprises(const DemoOptions& options, PortfolioSnapshot& out,
                     std::vector<const demo::District*>& districts)
{
    Random random = Random::stream(options.seed, 1);
    const auto clusters = demo::clusterTable();
    std::vector<int> clusterWeights;
    for (const auto& c : clusters)
        clusterWeights.push_back(c.weight);

    const auto count = demo::requested(options.enterprises);
    demo::SeenKeys usccs(count), names(count);
    out.enterprises.reserve(count);
    districts.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const auto& cluster = clusters[random.weighted(clusterWeights)];
        std::vector<int> districtWeights;
        for (const auto& d : cluster.districts)
            districtWeights.push_back(d.weight);
        const auto& district = cluster.districts[random.weighted(districtWeights)];

        Enterprise e;
        e.id = static_cast<Id>(i + 1);
        e.cluster = cluster.cluster;
        e.segment = static_cast<Segment>(random.weighted(cluster.segmentWeights));
        const auto suffixes = demo::companySuffixes(e.segment);
        // County-level cities and counties stand alone in a name; districts follow their city.
        const bool standalone = district.zh.ends_with("市") || district.zh.ends_with("县");
        const bool withDistrict = !district.zh.empty() && (standalone || random.percent(75));
        // Retry a few times for a name of its own; at bench sizes the syllable table runs out.
        for (int attempt = 0; attempt < 8; ++attempt) {
            const auto [tradeZh, tradeEn] = tradeName(random);
            const auto& suffix = random.pick(suffixes);
            e.nameZh = withDistrict
                           ? (standalone ? "" : std::string(cluster.cityZh)) + std::string(district.zh)
                           : std::string(cluster.cityZh);
            e.nameZh += tradeZh;
            e.nameZh += suffix.zh;
            e.nameEn = withDistrict
                           ? (standalone ? "" : std::string(cluster.cityEn) + " ") + std::string(district.en)
                           : std::string(cluster.cityEn);
            e.nameEn += " " + tradeEn + " " + std::string(suffix.en);
            if (names.insert(e.nameZh))
                break;
        }
        e.uscc = demo::drawUnique(usccs, [&] { return demo::makeUscc(random, district.divisionCode); });
        e.legalRepresentative = personName(random);

        const SegmentScale scale = scaleOf(e.segment);
        const std::int64_t wan = random.skewedLow(scale.minRevenueWan, scale.maxRevenueWan);
        e.annualRevenue = Money::fromYuan(wan * 10'000);
        // Staff follow revenue, give or take a fifth.
        const std::int64_t span = scale.maxRevenueWan - scale.minRevenueWan;
        const std::int64_t base =
            scale.minStaff + (scale.maxStaff - scale.minStaff) * (wan - scale.minRevenueWan) / span;
        const std::int64_t jitter = random.between(-20, 20);
        e.staff = static_cast<int>(
            std::clamp<std::int64_t>(base + base * jitter / 100, scale.minStaff, scale.maxStaff));
        out.enterprises.push_back(std::move(e));
        districts.push_back(&district);
    }
}

Product productFor(Random& random, Segment s)
{
    // Weights for equipment mortgage, fleet purchase, kiln upgrade, working capital.
    static constexpr int kWeights[4][4] = {
        {20, 30, 30, 20}, {25, 25, 25, 25}, {20, 20, 30, 30}, {20, 15, 40, 25}};
    return static_cast<Product>(random.weighted(kWeights[index(s)]));
}

// Weighted so that more files are being monitored or repaid than in default or disposal.
constexpr int kStateWeights[kStateCount] = {8, 6, 6, 5, 3, 5, 3, 4, 3, 6, 25, 12, 3, 2, 5};
// How long ago files in each state were opened, in days.
constexpr std::pair<int, int> kStateAgeDays[kStateCount] = {
    {1, 30},   {3, 45},   {5, 60},   {7, 75},     {10, 90},    {10, 90},    {15, 120},   {15, 120},
    {15, 120}, {30, 180}, {60, 900}, {400, 1800}, {300, 1500}, {400, 1700}, {500, 1800},
};

bool hasAppraiser(LoanState s)
{
    return s != LoanState::Draft && s != LoanState::Submitted;
}
bool hasManager(LoanState s)
{
    return index(s) >= index(LoanState::ManualReview) && s != LoanState::Declined;
}

std::vector<Id> usersWithRole(const std::vector<User>& users, Role role)
{
    std::vector<Id> ids;
    for (const auto& u : users)
        if (u.role == role)
            ids.push_back(u.id);
    return ids;
}

// The sign-in user (first of the role) gets about 40 % of the work; the rest is shared out.
Id assignee(Random& random, const std::vector<Id>& ids)
{
    if (ids.empty())
        return 0;
    if (ids.size() == 1 || random.percent(40))
        return ids.front();
    return ids[1 + static_cast<std::size_t>(random.below(ids.size() - 1))];
}

Money loanAmount(Random& random, Product p, Money revenue)
{
    std::int64_t maxYuan = 0;
    switch (p) {
    case Product::FleetPurchase:
        maxYuan = 30'000'000;
        break;
    case Product::EquipmentMortgage:
        maxYuan = 50'000'000;
        break;
    case Product::KilnUpgrade:
        maxYuan = 80'000'000;
        break;
    case Product::WorkingCapital:
        maxYuan = 20'000'000;
        break;
    }
    constexpr std::int64_t minYuan = 500'000;
    // Never more than 40 % of a year's revenue.
    maxYuan = std::clamp<std::int64_t>(revenue.fen() / 100 * 4 / 10, minYuan, maxYuan);
    const std::int64_t yuan = random.skewedLow(minYuan, maxYuan);
    const std::int64_t step = random.percent(85) ? 10'000 : 1'000;
    return Money::fromYuan(std::max(minYuan, yuan / step * step));
}

int termFor(Random& random, Product p)
{
    static constexpr int kShort[] = {12, 18, 24};
    static constexpr int kMedium[] = {24, 36, 48};
    static constexpr int kLong[] = {36, 48, 60};
    switch (p) {
    case Product::WorkingCapital:
        return random.pick(kShort);
    case Product::FleetPurchase:
        return random.pick(kMedium);
    case Product::EquipmentMortgage:
    case Product::KilnUpgrade:
        return random.pick(kLong);
    }
    return 36;
}

void makeFiles(const DemoOptions& options, PortfolioSnapshot& out)
{
    Random random = Random::stream(options.seed, 2);
    const auto count = demo::requested(options.files);
    const auto enterprises = out.enterprises.size();
    const auto analysts = usersWithRole(out.users, Role::Analyst);
    const auto appraisers = usersWithRole(out.users, Role::Appraiser);
    const auto managers = usersWithRole(out.users, Role::Manager);

    // Every state twice before weighting the rest, then shuffled so ids do not follow states.
    std::vector<LoanState> states(count);
    for (std::size_t i = 0; i < count; ++i)
        states[i] =
            static_cast<LoanState>(i < 2 * kStateCount ? i % kStateCount : random.weighted(kStateWeights));
    for (std::size_t i = count; i > 1; --i)
        std::swap(states[i - 1], states[static_cast<std::size_t>(random.below(i))]);

    // Each enterprise gets a file before any gets a second; larger firms borrow more often.
    std::vector<std::size_t> order(enterprises);
    for (std::size_t i = 0; i < enterprises; ++i)
        order[i] = i;
    for (std::size_t i = enterprises; i > 1; --i)
        std::swap(order[i - 1], order[static_cast<std::size_t>(random.below(i))]);

    out.files.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        std::size_t owner = 0;
        if (i < enterprises) {
            owner = order[i];
        } else {
            const auto a = static_cast<std::size_t>(random.below(enterprises));
            const auto b = static_cast<std::size_t>(random.below(enterprises));
            owner = out.enterprises[a].annualRevenue >= out.enterprises[b].annualRevenue ? a : b;
        }
        const Enterprise& e = out.enterprises[owner];
        LoanFile f;
        f.id = static_cast<Id>(i + 1);
        f.enterpriseId = e.id;
        f.state = states[i];
        f.product = productFor(random, e.segment);
        f.amount = loanAmount(random, f.product, e.annualRevenue);
        f.termMonths = termFor(random, f.product);
        // 3.20-7.50 % in steps of 5 basis points, most near the loan prime rate.
        const std::int64_t bp = random.skewedLow(320, 750) / 5 * 5;
        f.annualRatePct = static_cast<double>(bp) / 100.0;
        f.purpose = std::string(random.pick(demo::purposes(f.product)));
        f.analystId = assignee(random, analysts);
        f.appraiserId = hasAppraiser(f.state) ? assignee(random, appraisers) : 0;
        f.managerId = hasManager(f.state) ? assignee(random, managers) : 0;
        f.version = 1 + static_cast<std::int64_t>(index(f.state)) + random.between(0, 3);

        const auto [minAge, maxAge] = kStateAgeDays[index(f.state)];
        const std::int64_t ageMs = random.between(minAge, maxAge) * kDayMs - random.between(0, kDayMs / 2);
        f.createdAtMs = (options.nowMs - ageMs) / 1000 * 1000;
        // Touched since, always strictly before "now".
        const std::int64_t sinceSeconds = (options.nowMs - 1 - f.createdAtMs) / 1000;
        f.updatedAtMs = f.createdAtMs + random.between(0, sinceSeconds) * 1000;
        f.fileNo = "SG-" + std::to_string(demo::utcYear(f.createdAtMs)) + "-";
        const std::string serial = std::to_string(f.id);
        f.fileNo += std::string(serial.size() < 6 ? 6 - serial.size() : 0, '0') + serial;
        out.files.push_back(std::move(f));
    }
}

std::vector<DocumentKind> checklist(Product p)
{
    std::vector<DocumentKind> kinds;
    for (DocumentKind kind : allValues<DocumentKind>()) {
        const bool truckPaper =
            kind == DocumentKind::VehicleRegistration || kind == DocumentKind::DrivingLicence;
        const bool kilnPaper = kind == DocumentKind::PurchaseInvoice || kind == DocumentKind::KilnAcceptance;
        if ((truckPaper && !demo::takesTrucks(p)) || (kilnPaper && !demo::takesKilns(p)))
            continue;
        kinds.push_back(kind);
    }
    return kinds;
}

DocumentStatus documentStatus(Random& random, LoanState state)
{
    // Weights for missing, received, verified, waived: drafts are still collecting papers; once
    // submitted everything is in, and checked by the time of a decision.
    static constexpr int kDraft[4] = {40, 50, 10, 0};
    static constexpr int kInReview[4] = {0, 55, 42, 3};
    static constexpr int kDecided[4] = {0, 25, 70, 5};
    static constexpr int kBooked[4] = {0, 0, 95, 5};
    const int* weights = kBooked;
    switch (state) {
    case LoanState::Draft:
        weights = kDraft;
        break;
    case LoanState::Submitted:
    case LoanState::Appraisal:
    case LoanState::RiskAssessment:
    case LoanState::ManualReview:
        weights = kInReview;
        break;
    case LoanState::AutoApproved:
    case LoanState::Declined:
    case LoanState::Rejected:
        weights = kDecided;
        break;
    default:
        break;
    }
    return static_cast<DocumentStatus>(random.weighted(std::span<const int>(weights, 4)));
}

void makeDocuments(const DemoOptions& options, PortfolioSnapshot& out)
{
    Random random = Random::stream(options.seed, 5);
    out.documents.reserve(out.files.size() * 9);
    Id id = 1;
    for (const LoanFile& f : out.files) {
        const auto first = out.documents.size();
        for (DocumentKind kind : checklist(f.product)) {
            Document d;
            d.id = id++;
            d.loanFileId = f.id;
            d.kind = kind;
            d.status = documentStatus(random, f.state);
            out.documents.push_back(std::move(d));
        }
        if (f.state == LoanState::Draft) {
            const auto last = out.documents.size();
            const bool anyMissing =
                std::any_of(out.documents.begin() + static_cast<std::ptrdiff_t>(first), out.documents.end(),
                            [](const Document& d) { return d.status == DocumentStatus::Missing; });
            if (!anyMissing)
                out.documents[first + static_cast<std::size_t>(random.below(last - first))].status =
                    DocumentStatus::Missing;
        }
        for (auto i = first; i < out.documents.size(); ++i) {
            Document& d = out.documents[i];
            switch (d.status) {
            case DocumentStatus::Missing:
                d.note = "待客户补充";
                d.updatedAtMs = f.createdAtMs;
                continue;
            case DocumentStatus::Waived:
                d.note = "经审批豁免";
                break;
            case DocumentStatus::Verified:
                if (random.percent(20))
                    d.note = "原件已核对";
                break;
            case DocumentStatus::Received:
                break;
            }
            d.updatedAtMs = f.createdAtMs + random.between(0, (f.updatedAtMs - f.createdAtMs) / 1000) * 1000;
        }
    }
}

} // namespace

PortfolioSnapshot generateDemoPortfolio(const DemoOptions& options)
{
    PortfolioSnapshot out;
    out.users = makeUsers();
    std::vector<const demo::District*> districts;
    makeEnterprises(options, out, districts);
    // Files, trucks and kilns all belong to an enterprise: without any there are none.
    if (out.enterprises.empty())
        return out;
    makeFiles(options, out);
    demo::makeTrucks(options, districts, out);
    demo::makeKilns(options, out);
    demo::sizeLoansToCollateral(options, out);
    demo::appraiseCollateral(options, out);
    makeDocuments(options, out);
    return out;
}

} // namespace saggar
