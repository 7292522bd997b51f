// The twelve indicators a valuation reads about one asset, each with where it came from (record,
// telemetry range, inspection) and how much of the expected data was there. Pure functions over
// telemetry readings (TelemetryStore::read) and the appraiser's inspection.
#pragma once

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

struct Provenance
{
    ProvenanceSource source = ProvenanceSource::Missing;
    TimeRange range; // telemetry: the readings' range
    std::int64_t inspectionId = 0;
    std::string detail; // "odometer, 2,016 readings", "inspection 12 of 2026-11-20", …
};

struct Indicator
{
    IndicatorId id = IndicatorId::Age;
    std::optional<double> value; // nothing when not applicable or no data
    double coverage = 0; // 0…1: readings present over readings expected (1 for records, inspections)
    Provenance provenance;
};

using Indicators = std::array<Indicator, kIndicatorCount>;

struct TruckReadings
{
    TimeRange range;
    std::span<const TelemetryPoint> odometer, engineHours, fuel, speed, ignition, latitude, longitude;
};

struct KilnReadings
{
    TimeRange range;
    std::span<const TelemetryPoint> firingCycles, energy, firingZone;
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

Indicators computeIndicators(const IndicatorInputs& in);

// Numeric form for the model: the value, or NaN when missing.
std::array<double, kIndicatorCount> indicatorValues(const Indicators& indicators);

} // namespace saggar::valuation
