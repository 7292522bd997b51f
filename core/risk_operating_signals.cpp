#include "risk_operating_signals.h"

#include <algorithm>
#include <set>

namespace saggar::risk {

namespace {
constexpr TimestampMs kHourMs = 3600LL * 1000;
}

TimeRange signalWindow(TimestampMs nowMs)
{
    const TimestampMs end = nowMs - (nowMs % kHourMs + kHourMs) % kHourMs;
    return TimeRange{end - kSignalWindowDays * kSignalDayMs, end};
}

std::optional<double> kilnFiringDaysPer30(std::span<const TelemetryBucket> firingZoneHours, TimeRange window,
                                          double thresholdC)
{
    std::set<TimestampMs> daysWithReadings;
    std::set<TimestampMs> firingDays;
    for (const TelemetryBucket& b : firingZoneHours) {
        if (!window.contains(b.startMs) || b.count <= 0)
            continue;
        const TimestampMs day = (b.startMs - window.fromMs) / kSignalDayMs;
        daysWithReadings.insert(day);
        if (b.max >= thresholdC)
            firingDays.insert(day);
    }
    if (daysWithReadings.size() < static_cast<std::size_t>(kMinDaysWithReadings))
        return std::nullopt;
    return 30.0 * static_cast<double>(firingDays.size()) / static_cast<double>(daysWithReadings.size());
}

std::optional<double> distanceIn(std::span<const TelemetryBucket> odometerHours, TimestampMs fromMs,
                                 TimestampMs toMs)
{
    const TelemetryBucket* first = nullptr;
    const TelemetryBucket* last = nullptr;
    for (const TelemetryBucket& b : odometerHours) {
        if (b.startMs < fromMs || b.startMs >= toMs || b.count <= 0)
            continue;
        if (!first || b.startMs < first->startMs)
            first = &b;
        if (!last || b.startMs > last->startMs)
            last = &b;
    }
    if (!first)
        return std::nullopt;
    return std::max(0.0, last->max - first->min);
}

std::optional<double> truckActivityTrendPct(std::span<const TruckDistances> trucks)
{
    if (trucks.empty())
        return std::nullopt;
    double recent = 0.0;
    double earlier = 0.0;
    for (const TruckDistances& t : trucks) {
        recent += t.last30Km;
        earlier += t.previous60Km;
    }
    const double earlierPerMonth = earlier / 2.0;
    if (earlierPerMonth <= 0.0)
        return std::nullopt;
    return (recent - earlierPerMonth) / earlierPerMonth * 100.0;
}

std::optional<double> meanOfKnown(std::span<const std::optional<double>> values)
{
    double sum = 0.0;
    int n = 0;
    for (const auto& v : values)
        if (v) {
            sum += *v;
            ++n;
        }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

} // namespace saggar::risk
