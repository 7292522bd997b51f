// The figures an appraiser reads off an asset's telemetry for a chosen range: for a truck the
// distance, engine hours, utilisation and fuel use; for a kiln the firing cycles, hours at firing
// temperature, energy and energy per cycle. Pure functions over readings from TelemetryStore::read.
#pragma once

#include "telemetry_sample.h"

#include <optional>
#include <span>

namespace saggar {

// How much a counter grew between the first and the last reading (0 with fewer than two).
double counterIncrease(std::span<const TelemetryPoint> counter);

struct TruckSummary
{
    double distanceKm = 0.0;
    double engineHours = 0.0;
    double utilisationPct = 0.0;                 // engine hours over the range's hours
    std::optional<double> fuelPctOfTankPer100Km; // nothing below 10 km driven
};

// `fuel` readings: consumption is the fall from first to last plus every refill (a rise of more than
// 5 points), so sensor noise cancels out.
TruckSummary summariseTruck(std::span<const TelemetryPoint> odometer,
                            std::span<const TelemetryPoint> engineHours, std::span<const TelemetryPoint> fuel,
                            TimeRange range);

struct KilnSummary
{
    double firingCycles = 0.0;
    double hoursAtTemperature = 0.0;
    double energy = 0.0;                  // m³ or kWh, in the unit of the kiln's meter
    std::optional<double> energyPerCycle; // nothing without a completed cycle
};

// Default threshold for "at firing temperature".
inline constexpr double kFiringTemperatureC = 1000.0;

// `firingZone`: a firing zone's temperature (zone 3 or 4). Time counts at temperature between two
// readings no further apart than 1.5 report intervals when the first is at or above `thresholdC`.
KilnSummary summariseKiln(std::span<const TelemetryPoint> firingCycles,
                          std::span<const TelemetryPoint> energy, std::span<const TelemetryPoint> firingZone,
                          double thresholdC = kFiringTemperatureC,
                          TimestampMs expectedIntervalMs = kDefaultReportIntervalMs);

} // namespace saggar
