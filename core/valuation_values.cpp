#include "valuation_values.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace saggar::valuation {
namespace {

Money times(Money m, double factor)
{
    return Money::fromFen(static_cast<std::int64_t>(std::llround(static_cast<double>(m.fen()) * factor)));
}

// Plant with a thin resale market (kilns sell in months) sells less often at each auction step.
double firstAuctionChance(double daysToSell)
{
    return std::clamp(0.85 - daysToSell / 600.0, 0.25, 0.80);
}

} // namespace

LenderValues lenderValues(const MarketEstimate& market, const EquipmentType& type, const RecoveryTerms& terms)
{
    LenderValues v;
    v.market = market;
    const double days = type.param(Param::DaysToSell);
    // Orderly: a 5 % negotiating margin plus up to 10 % more for types that take half a year or longer.
    v.orderlyLiquidation = times(market.fairMarket, 1.0 - (0.05 + 0.10 * std::min(1.0, days / 180.0)));

    const double p1 = firstAuctionChance(days);
    const double firstShare = kFirstAuctionShare;
    const double secondShare = firstShare * (1.0 - kSecondAuctionCut);
    const int t1 = terms.daysToFirstAuction + terms.daysToPayment;
    const int t2 = t1 + terms.daysToSecondAuction;
    const int t3 = t2 + terms.salePeriodDays;
    v.ladder = {
        {"first auction", firstShare, times(market.fairMarket, firstShare), p1, t1},
        {"second auction", secondShare, times(market.fairMarket, secondShare), std::min(0.9, p1 + 0.15), t2},
        {"sale period", secondShare, times(market.fairMarket, secondShare), 0.5, t3},
    };
    double reach = 1.0, expectedShare = 0, expectedDays = 0;
    for (const AuctionStep& s : v.ladder) {
        const double sold = reach * s.sellChance;
        expectedShare += sold * s.startShare;
        expectedDays += sold * s.daysToCash;
        reach -= sold;
    }
    v.unsoldChance = reach;
    // Unsold, the lender takes the asset in lieu at the sale-period price and sells it itself later.
    expectedShare += reach * secondShare;
    expectedDays += reach * (t3 + days);
    v.forcedSale = times(market.fairMarket, expectedShare);
    v.daysToCash = static_cast<int>(std::lround(expectedDays));
    v.recoveryCosts = times(market.fairMarket, type.param(Param::RecoveryCostPct));
    const double discount = std::pow(1.0 + terms.annualDiscountRate, -expectedDays / 365.0);
    v.netRecovery = times(v.forcedSale - v.recoveryCosts, discount);
    if (v.netRecovery.fen() < 0)
        v.netRecovery = Money();
    return v;
}

double loanToValue(Money outstanding, std::span<const LenderValues> collateral, LtvBasis basis)
{
    std::int64_t sum = 0;
    for (const LenderValues& v : collateral)
        sum += basis == LtvBasis::FairMarket           ? v.market.fairMarket.fen()
               : basis == LtvBasis::OrderlyLiquidation ? v.orderlyLiquidation.fen()
                                                       : v.netRecovery.fen();
    if (sum <= 0)
        return std::numeric_limits<double>::infinity();
    return static_cast<double>(outstanding.fen()) / static_cast<double>(sum);
}

std::vector<LtvPoint> ltvSeries(std::span<const LtvObservation> observations, double limit)
{
    std::vector<LtvPoint> out;
    out.reserve(observations.size());
    for (const LtvObservation& o : observations) {
        const double ltv = o.collateral.fen() > 0 ? static_cast<double>(o.outstanding.fen()) /
                                                        static_cast<double>(o.collateral.fen())
                                                  : std::numeric_limits<double>::infinity();
        out.push_back(LtvPoint{o.atMs, o.outstanding, o.collateral, ltv, ltv > limit});
    }
    std::sort(out.begin(), out.end(), [](const LtvPoint& a, const LtvPoint& b) { return a.atMs < b.atMs; });
    return out;
}

ModelRole modelFor(std::string_view assetKey, double challengerShare, std::string_view salt)
{
    // FNV-1a 64: stable across builds and platforms, unlike std::hash.
    std::uint64_t h = 14695981039346656037ULL;
    auto mix = [&h](std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ULL;
        }
    };
    mix(salt);
    mix("\x1f");
    mix(assetKey);
    return static_cast<double>(h % 10000) < challengerShare * 10000.0 ? ModelRole::Challenger
                                                                      : ModelRole::Champion;
}

} // namespace saggar::valuation
