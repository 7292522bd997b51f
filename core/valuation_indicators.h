// The twelve indicators a valuation reads about one asset, each with where it came from (record,
// telemetry range and whether readings or hourly rollups, inspection) and how much of the expected data
// was there. Pure functions over telemetry (readings, and hourly rollups where only those are kept: see
// AssetHistorySource) and the appraiser's inspection.
#pragma once

#include "asset_history_source.h"
#include "telemetry_sample.h"
#include "valuation_inspection.h"
#include "valuation_library.h"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace saggar::valuation {

enum class IndicatorId {
    Age,                   // years since built or installed
    Usage,                 // odometer km (trucks) or hours at firing temperature per year (kilns)
    Utilisation,           // % of the range with the engine running / the kiln at temperature
    Efficiency,            // fuel or energy use over the type's norm (1.0 = as the norm)
    HarshEvents,           // per 1,000 km: hard decelerations and speeding readings
    IdleRatio,             // % of engine-on time standing still
    SurfaceWear,           // % (inspection)
    MaintenanceCompliance, // scheduled services done over due (inspection)
    FiringCycles,          // per year, annualised from the range
    TemperatureStability,  // standard deviation of the firing zone at peak, °C
    OperatingDays,         // days with activity per 30 days
    InsideRegion,          // % of positions inside the cluster's geofence
};
inline constexpr int kIndicatorCount = 12;

std::string_view key(IndicatorId id); // "age", "usage", …
std::string_view unitOf(IndicatorId id);

enum class ProvenanceSource { Record, Telemetry, Inspection, NotApplicable, Missing };
std::string_view key(ProvenanceSource s);

// What a telemetry indicator was computed from: the kept readings, the hourly rollups of the part of the
// range kept only as rollups, or both (readings where kept, rollups before).
enum class TelemetryBasis { None, Readings, Hourly, ReadingsAndHourly };
std::string_view key(TelemetryBasis b); // "", "raw", "hourly", "raw+hourly"
std::optional<TelemetryBasis> telemetryBasisFromKey(std::string_view text);

struct Provenance
{
    ProvenanceSource source = ProvenanceSource::Missing;
    TimeRange range; // telemetry: the range the indicator covers
    std::int64_t inspectionId = 0;
    std::string detail; // "odometer, 2,016 readings + 8,592 hourly rollups", "inspection 12", …
    TelemetryBasis basis = TelemetryBasis::None; // telemetry: readings, hourly rollups or both
    TimeRange rawRange; // telemetry: the part of `range` read as readings (empty: none)
};

struct Indicator
{
    IndicatorId id = IndicatorId::Age;
    std::optional<double> value; // nothing when not applicable or no data
    double coverage = 0; // 0…1: readings present over readings expected (1 for records, inspections)
    Provenance provenance;
};

using Indicators = std::array<Indicator, kIndicatorCount>;

// Per channel, the rollup-only hours of the range (ChannelHistory::hours).
struct TruckHours
{
    std::span<const TelemetryBucket> odometer, engineHours, fuel, speed, ignition, latitude, longitude;
};

struct KilnHours
{
    std::span<const TelemetryBucket> firingCycles, energy, firingZone;
};

// An asset's telemetry over `range`: the readings kept, and where older history is kept only as hourly
// rollups, those spans and each channel's hours in them. Indicators that follow a counter or count days
// or positions read both (a counter's hourly minimum and maximum, an hour at temperature when its mean
// is, a day active when an hour's ignition or firing-zone maximum says so, an hour's mean position
// weighted by its readings); those that count events between readings (harsh events, idle ratio,
// temperature spread at peak) read the readings only, over the part after the last rollup-only span.
struct TruckReadings
{
    TimeRange range;
    std::span<const TelemetryPoint> odometer, engineHours, fuel, speed, ignition, latitude, longitude;
    std::span<const TimeRange> hourlySpans; // oldest first, inside `range`
    TruckHours hourly;
};

struct KilnReadings
{
    TimeRange range;
    std::span<const TelemetryPoint> firingCycles, energy, firingZone;
    std::span<const TimeRange> hourlySpans;
    KilnHours hourly;
};

struct IndicatorInputs
{
    const EquipmentType* type = nullptr;
    int yearBuilt = 0;
    TimestampMs asOfMs = 0;
    Cluster cluster = Cluster::Foshan;
    const TruckReadings* truck = nullptr; // at most one of truck and kiln
    const KilnReadings* kiln = nullptr;
    const Inspection* inspection = nullptr;
    double tankLitres = 400; // converts the fuel sensor's % of tank into litres
};

// The detail of a telemetry indicator whose asset has sent no telemetry in the range; one that needs
// readings where only hourly rollups are kept is missing with basis Hourly.
inline constexpr std::string_view kNoTelemetryReceived = "no telemetry received from this asset";

Indicators computeIndicators(const IndicatorInputs& in);
// The same over an asset's history (AssetHistorySource): `in.truck` and `in.kiln` are set from it (a
// kiln's firing zone is zone 4 when it reports one, else zone 3; its meter electricity, else gas). An
// empty history leaves the telemetry indicators missing, saying no telemetry was received.
Indicators computeIndicators(IndicatorInputs in, const AssetHistory& history);

// Numeric form for the model: the value, or NaN when missing.
std::array<double, kIndicatorCount> indicatorValues(const Indicators& indicators);

} // namespace saggar::valuation
