#include "risk_application_history.h"

#include "demo_random.h"
#include "domain.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace saggar::risk {
namespace {

// Uniform in [0, 1) from 53 random bits.
double unit(demo::Random& rng)
{
    return static_cast<double>(rng.next() >> 11) * 0x1.0p-53;
}

double between(demo::Random& rng, double lo, double hi)
{
    return lo + (hi - lo) * unit(rng);
}

std::string number(double v, int decimals)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

} // namespace

std::string generateApplicationHistory(std::size_t rows, std::uint64_t seed)
{
    demo::Random rng(seed);
    std::string csv = "ltv,leverage,margin,loan_to_revenue,term,kiln_days,truck_trend,days_past_due,segment,"
                      "cluster,default\n";
    constexpr std::array<int, 4> kSegmentWeights{45, 25, 20, 10};
    constexpr std::array<double, 4> kSegmentRisk{0.0, 0.1, 0.15, 0.45};
    constexpr std::array<double, 8> kClusterRisk{-0.15, 0.1, 0.05, 0.0, 0.2, 0.1, 0.15, 0.25};
    constexpr std::array<int, 5> kTerms{12, 24, 36, 48, 60};
    for (std::size_t i = 0; i < rows; ++i) {
        const std::size_t segment = rng.weighted(kSegmentWeights);
        const auto cluster = static_cast<std::size_t>(rng.below(8));
        // Each draw is its own statement: the order of operands in one expression is unspecified.
        const double leverageBase = between(rng, 0.15, 0.7);
        const double leverage = leverageBase + between(rng, 0.0, 0.35);
        const double marginBase = between(rng, -0.06, 0.12);
        const double margin = marginBase + between(rng, 0.0, 0.08);
        const double revenueShare = between(rng, 0.03, 0.5);
        const double stretch = unit(rng) * unit(rng);
        const double loanToRevenue = revenueShare * (1.0 + 2.0 * stretch);
        const double ltvBase = between(rng, 0.3, 0.75);
        const double ltvStretch = between(rng, 0.0, 0.3);
        const double ltv = ltvBase + ltvStretch * unit(rng);
        const int term = kTerms[static_cast<std::size_t>(rng.below(kTerms.size()))];
        const bool hasKilnSignal = rng.percent(60);
        double kilnDays = 0;
        if (hasKilnSignal) {
            const double usual = between(rng, 12.0, 30.0);
            kilnDays = std::round(usual - 10.0 * unit(rng) * unit(rng));
        }
        const bool hasTruckSignal = rng.percent(70);
        const double truckTrend = hasTruckSignal ? between(rng, -45.0, 30.0) : 0;
        const bool hasHistory = rng.percent(65);
        constexpr std::array<int, 5> kArrearsWeights{70, 14, 8, 5, 3};
        constexpr std::array<int, 5> kArrears{0, 10, 30, 60, 95};
        const int daysPastDue = hasHistory ? kArrears[rng.weighted(kArrearsWeights)] : 0;

        double logit = -2.45 + 3.2 * (leverage - 0.6) - 9.0 * (margin - 0.06) + 1.1 * (loanToRevenue - 0.35) +
                       2.8 * (ltv - 0.6) + 0.012 * (term - 36) + kSegmentRisk[segment] +
                       kClusterRisk[cluster];
        logit += hasKilnSignal ? -0.09 * (kilnDays - 22.0) : 0.35;
        logit += hasTruckSignal ? -0.02 * truckTrend : 0.25;
        logit += hasHistory ? 0.028 * daysPastDue : 0.3;
        const bool bad = unit(rng) < 1.0 / (1.0 + std::exp(-logit));

        csv += number(ltv, 4) + ',' + number(leverage, 4) + ',' + number(margin, 4) + ',' +
               number(loanToRevenue, 4) + ',' + std::to_string(term) + ',' +
               (hasKilnSignal ? number(kilnDays, 0) : "NA") + ',' +
               (hasTruckSignal ? number(truckTrend, 1) : "NA") + ',' +
               (hasHistory ? std::to_string(daysPastDue) : "NA") + ',' +
               std::string(key(allValues<Segment>()[segment])) + ',' +
               std::string(key(allValues<Cluster>()[cluster])) + ',' + (bad ? "1" : "0") + '\n';
    }
    return csv;
}

} // namespace saggar::risk
