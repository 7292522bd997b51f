#include "valuation_ltv.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace saggar::valuation {
namespace {

constexpr TimestampMs kDayMs = 86'400'000;
constexpr double kDaysPerMonth = 365.25 / 12.0;

const ValuedAt* latestBy(const PledgedCollateral& c, TimestampMs atMs)
{
    const ValuedAt* latest = nullptr;
    for (const ValuedAt& v : c.valuations)
        if (v.atMs <= atMs && (!latest || v.atMs >= latest->atMs))
            latest = &v;
    return latest;
}

} // namespace

Money outstandingAt(const LoanSchedule& s, TimestampMs atMs)
{
    if (s.disbursedAtMs <= 0 || s.termMonths <= 0 || atMs <= s.disbursedAtMs)
        return s.amount;
    const auto paid = static_cast<int>(std::floor(static_cast<double>(atMs - s.disbursedAtMs) /
                                                  (kDaysPerMonth * static_cast<double>(kDayMs))));
    if (paid <= 0)
        return s.amount;
    if (paid >= s.termMonths)
        return Money();
    const double principal = static_cast<double>(s.amount.fen());
    const double r = s.annualRatePct / 1200.0;
    const double n = s.termMonths;
    double left = 0;
    if (r <= 0)
        left = principal * (1.0 - paid / n);
    else // the balance of an annuity after `paid` instalments
        left = principal * (std::pow(1 + r, n) - std::pow(1 + r, paid)) / (std::pow(1 + r, n) - 1);
    return Money::fromFen(std::llround(std::max(0.0, left)));
}

Money valueOn(const ValuedAt& v, LtvBasis basis)
{
    switch (basis) {
    case LtvBasis::FairMarket:
        return v.fairMarket;
    case LtvBasis::OrderlyLiquidation:
        return v.orderlyLiquidation;
    case LtvBasis::NetRecovery:
        return v.netRecovery;
    }
    return v.fairMarket;
}

std::vector<LtvHistoryPoint> ltvHistory(const FileLtvData& file, LtvBasis basis, TimestampMs nowMs)
{
    std::vector<TimestampMs> dates;
    for (const PledgedCollateral& c : file.collateral)
        for (const ValuedAt& v : c.valuations)
            if (v.atMs <= nowMs)
                dates.push_back(v.atMs);
    if (dates.empty())
        return {};
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    if (dates.back() < nowMs)
        dates.push_back(nowMs);
    std::vector<LtvObservation> observations;
    std::vector<int> valued;
    for (const TimestampMs at : dates) {
        std::int64_t sum = 0;
        int count = 0;
        for (const PledgedCollateral& c : file.collateral)
            if (const ValuedAt* v = latestBy(c, at)) {
                sum += valueOn(*v, basis).fen();
                ++count;
            }
        observations.push_back({at, outstandingAt(file.schedule, at), Money::fromFen(sum)});
        valued.push_back(count);
    }
    const double limit = file.limitPct.value_or(kDefaultLtvLimitPct) / 100.0;
    const std::vector<LtvPoint> series = ltvSeries(observations, limit); // sorted by time, as `dates`
    std::vector<LtvHistoryPoint> out;
    out.reserve(series.size());
    for (std::size_t i = 0; i < series.size(); ++i)
        out.push_back({series[i], valued[i]});
    return out;
}

std::optional<CurrentLtv> currentLtv(const FileLtvData& file, TimestampMs nowMs)
{
    CurrentLtv c;
    std::int64_t sum = 0;
    for (const PledgedCollateral& p : file.collateral) {
        if (const ValuedAt* v = latestBy(p, nowMs)) {
            sum += v->fairMarket.fen();
            ++c.modelValued;
        } else if (p.appraised.fen() > 0) {
            sum += p.appraised.fen();
            ++c.typedValued;
        }
    }
    if (sum <= 0)
        return std::nullopt;
    c.outstanding = outstandingAt(file.schedule, nowMs);
    c.collateral = Money::fromFen(sum);
    c.ltvPct = 100.0 * static_cast<double>(c.outstanding.fen()) / static_cast<double>(sum);
    c.covenant = file.limitPct.has_value();
    c.limitPct = file.limitPct.value_or(kDefaultLtvLimitPct);
    c.breach = c.ltvPct > c.limitPct;
    return c;
}

} // namespace saggar::valuation
