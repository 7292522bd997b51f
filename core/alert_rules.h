// The early-warning rules: pure functions from an asset's readings (plus its loan file's context)
// to findings. Readings may come late, twice or out of order: every rule first sorts them and keeps
// the first reading of each time, so evaluating the same data again gives the same findings.
#pragma once

#include "alert_types.h"
#include "telemetry_aggregate.h"
#include "telemetry_geo.h"
#include "telemetry_sample.h"

#include <functional>
#include <vector>

namespace saggar {

struct AlertRuleConfig
{
    TimestampMs geofenceDwellMs = 30 * 60 * 1000; // outside at least this long before it is an alert
    TimestampMs geofenceHighMs = 2 * 3600 * 1000; // outside this long: high severity
    TimestampMs silentAfterMs = 6 * kDefaultReportIntervalMs; // six missed reports
    TimestampMs silentHighMs = 2 * 3600 * 1000;
    double kilnColdC = 600.0;                         // firing zones below this: the kiln is not firing
    TimestampMs kilnColdMs = 6 * 3600 * 1000;         // roller and tunnel kilns fire continuously
    TimestampMs shuttleKilnColdMs = 72 * 3600 * 1000; // shuttle kilns cool between batches
    double utilisationDropRatio = 0.5;                // last 7 days below half the 3 weeks before
    int utilisationMinBaselineDays = 10;              // days with readings the comparison needs
    double fuelDropPct = 15.0;                        // percentage points of the tank …
    TimestampMs fuelDropWindowMs = 30 * 60 * 1000;    // … lost within this time …
    double fuelDropMaxKm = 1.0;                       // … while the truck moved less than this
    double odometerToleranceKm = 0.5;                 // rounding in a device's reports
    double ltvLimitPct = 80.0;                        // when the file has no LTV covenant
};

// Sorted by time, the first of readings with equal times kept (the store keeps the first received).
std::vector<TelemetryPoint> normalisedPoints(std::vector<TelemetryPoint> points);

// What the rules know about one pledged asset over the window being evaluated.
struct AssetTelemetry
{
    TelemetryAsset asset;
    Id loanFileId = 0;
    bool operatingCovenant = false; // its file has a kiln-operating covenant in force
    std::vector<std::pair<ChannelId, std::vector<TelemetryPoint>>> channels; // any order, duplicates allowed
    std::vector<TelemetryBucket> dailyActivity;       // the activity counter (odometer or firing cycles) by
                                                      // China day, oldest first, for the utilisation trend
    std::int64_t odometerRefused = 0;                 // readings the store refused as an odometer going back
    TimestampMs odometerRefusedLastMs = 0;            // the latest of them
    std::optional<TelemetryPoint> odometerLastStored; // the newest odometer reading kept
};

std::vector<AlertFinding> geofenceFindings(const AssetTelemetry& a, const AlertRuleConfig& c);
// Silences inside the readings, and one that is still running at `nowMs`.
std::vector<AlertFinding> silenceFindings(const AssetTelemetry& a, TimestampMs nowMs,
                                          const AlertRuleConfig& c);
std::vector<AlertFinding> kilnShutdownFindings(const AssetTelemetry& a, const AlertRuleConfig& c);
std::vector<AlertFinding> utilisationFindings(const AssetTelemetry& a, const AlertRuleConfig& c);
std::vector<AlertFinding> odometerFindings(const AssetTelemetry& a, const AlertRuleConfig& c);
std::vector<AlertFinding> fuelDropFindings(const AssetTelemetry& a, const AlertRuleConfig& c);
// Every telemetry rule that applies to the asset's kind.
std::vector<AlertFinding> evaluateAsset(const AssetTelemetry& a, TimestampMs nowMs, const AlertRuleConfig& c);

// A pledged asset as the LTV rule sees it.
struct PledgedValue
{
    AssetRef asset;
    Money appraised; // the value the rule reads: a model valuation when `model`, else the typed appraisal
    bool model = false;
};
// Where collateral values come from: the evaluator passes each asset's latest model valuation (fair
// market) where one exists and the typed appraisal otherwise; tests substitute their own.
using CollateralValuer = std::function<Money(const PledgedValue&)>;
Money appraisedValue(const PledgedValue& p);

struct LtvInput
{
    Id loanFileId = 0;
    Money loan; // the outstanding balance
    std::vector<PledgedValue> collateral;
    std::optional<double> covenantLimitPct; // the file's LTV covenant, if any
};
// Nothing when the LTV is within the limit or nothing is valued yet.
std::optional<AlertFinding> ltvFinding(const LtvInput& in, TimestampMs nowMs, const AlertRuleConfig& c,
                                       const CollateralValuer& valuer = appraisedValue);

} // namespace saggar
