// The operating signals the application scorecard reads off the pledged assets' telemetry, computed
// from hourly buckets (TelemetryStore::downsample with one-hour buckets, answered from the rollups):
// how many days a month the kilns fired over the last 90 days, and how far the trucks drove in the last
// 30 days against the 60 before. Pure functions; "not known" stays nothing, never zero.
#pragma once

#include "risk_application.h"
#include "telemetry_aggregate.h"

#include <span>
#include <vector>

namespace saggar::risk {

inline constexpr TimestampMs kSignalDayMs = 24LL * 3600 * 1000;
inline constexpr int kSignalWindowDays = 90;
// Fewer days with readings than this and an asset's signal is not known.
inline constexpr int kMinDaysWithReadings = 14;

// The 90 days before `nowMs`, starting on a whole hour (so the hourly rollups answer).
TimeRange signalWindow(TimestampMs nowMs);

// One kiln's firing days per 30 over `window`: a day (counted from window.fromMs) fires when a
// firing-zone hour reached `thresholdC`; only days with readings count, so a silent device is not an
// idle kiln. Nothing with fewer than kMinDaysWithReadings days with readings.
std::optional<double> kilnFiringDaysPer30(std::span<const TelemetryBucket> firingZoneHours, TimeRange window,
                                          double thresholdC);

// Odometer hours of one truck → distance (km) in [from, to): the last reading's maximum less the
// first reading's minimum inside that span; nothing without a reading in it.
std::optional<double> distanceIn(std::span<const TelemetryBucket> odometerHours, TimestampMs fromMs,
                                 TimestampMs toMs);

struct TruckDistances
{
    double last30Km = 0.0;
    double previous60Km = 0.0;
};

// The trucks' distance of the last 30 days against the 60 before, in percent of the earlier monthly
// rate: (last30 − previous60/2) / (previous60/2) · 100. Nothing without a truck that has readings in
// both spans, or when the earlier 60 days had no distance at all.
std::optional<double> truckActivityTrendPct(std::span<const TruckDistances> trucks);

// The kilns' signal is their mean (kilns without a known signal are left out).
std::optional<double> meanOfKnown(std::span<const std::optional<double>> values);

} // namespace saggar::risk
