#include "telemetry_summary.h"

#include "telemetry_time.h"

namespace saggar {
namespace {

constexpr double kRefillPoints = 5.0;
constexpr double kMinDistanceKm = 10.0;

} // namespace

double counterIncrease(std::span<const TelemetryPoint> counter)
{
    return counter.size() < 2 ? 0.0 : counter.back().value - counter.front().value;
}

TruckSummary summariseTruck(std::span<const TelemetryPoint> odometer,
                            std::span<const TelemetryPoint> engineHours, std::span<const TelemetryPoint> fuel,
                            TimeRange range)
{
    TruckSummary s;
    s.distanceKm = counterIncrease(odometer);
    s.engineHours = counterIncrease(engineHours);
    if (range.length() > 0)
        s.utilisationPct =
            100.0 * s.engineHours * static_cast<double>(kMsPerHour) / static_cast<double>(range.length());
    if (s.distanceKm >= kMinDistanceKm && fuel.size() >= 2) {
        double used = fuel.front().value - fuel.back().value;
        for (std::size_t i = 1; i < fuel.size(); ++i)
            if (fuel[i].value - fuel[i - 1].value > kRefillPoints)
                used += fuel[i].value - fuel[i - 1].value;
        s.fuelPctOfTankPer100Km = used / s.distanceKm * 100.0;
    }
    return s;
}

KilnSummary summariseKiln(std::span<const TelemetryPoint> firingCycles,
                          std::span<const TelemetryPoint> energy, std::span<const TelemetryPoint> firingZone,
                          double thresholdC, TimestampMs expectedIntervalMs)
{
    KilnSummary s;
    s.firingCycles = counterIncrease(firingCycles);
    s.energy = counterIncrease(energy);
    if (s.firingCycles >= 1.0)
        s.energyPerCycle = s.energy / s.firingCycles;
    const TimestampMs longest = expectedIntervalMs + expectedIntervalMs / 2;
    TimestampMs atTemperature = 0;
    for (std::size_t i = 1; i < firingZone.size(); ++i) {
        const TimestampMs step = firingZone[i].tMs - firingZone[i - 1].tMs;
        if (step <= longest && firingZone[i - 1].value >= thresholdC)
            atTemperature += step;
    }
    s.hoursAtTemperature = static_cast<double>(atTemperature) / static_cast<double>(kMsPerHour);
    return s;
}

} // namespace saggar
