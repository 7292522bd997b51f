#include "valuation_indicators.h"

#include "telemetry_geo.h"
#include "telemetry_summary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace saggar::valuation {
namespace {

constexpr std::array<std::string_view, kIndicatorCount> kKeys{"age",
                                                              "usage",
                                                              "utilisation",
                                                              "efficiency",
                                                              "harsh_events",
                                                              "idle_ratio",
                                                              "surface_wear",
                                                              "maintenance_compliance",
                                                              "firing_cycles",
                                                              "temperature_stability",
                                                              "operating_days",
                                                              "inside_region"};
constexpr std::array<std::string_view, kIndicatorCount> kUnits{
    "years", "km or h/year", "%",        "× norm", "per 1,000 km", "%",
    "%",     "share",        "per year", "°C",     "days/30",      "%"};
constexpr double kMsPerDay = 86'400'000.0;
constexpr double kMsPerYear = 365.25 * kMsPerDay;
constexpr double kFiringC = kFiringTemperatureC;

double coverageOf(std::span<const TelemetryPoint> readings, TimeRange range)
{
    const double expected =
        static_cast<double>(range.length()) / static_cast<double>(kDefaultReportIntervalMs);
    return expected <= 0 ? 0.0 : std::min(1.0, static_cast<double>(readings.size()) / expected);
}

Indicator fromTelemetry(IndicatorId id, std::optional<double> value, std::span<const TelemetryPoint> readings,
                        TimeRange range, std::string_view channel)
{
    Indicator i{id, value, coverageOf(readings, range), {}};
    i.provenance.source = readings.empty() ? ProvenanceSource::Missing : ProvenanceSource::Telemetry;
    i.provenance.range = range;
    i.provenance.detail = std::string(channel) + ", " + std::to_string(readings.size()) + " readings";
    if (readings.empty())
        i.value.reset();
    return i;
}

Indicator notApplicable(IndicatorId id, std::string_view why)
{
    Indicator i{id, std::nullopt, 0, {}};
    i.provenance.source = ProvenanceSource::NotApplicable;
    i.provenance.detail = std::string(why);
    return i;
}

Indicator fromInspection(IndicatorId id, const Inspection* in, double value)
{
    Indicator i{id, std::nullopt, 0, {}};
    if (!in) {
        i.provenance.detail = "no inspection yet";
        return i;
    }
    i.value = value;
    i.coverage = 1;
    i.provenance.source = ProvenanceSource::Inspection;
    i.provenance.inspectionId = in->id;
    i.provenance.range = TimeRange{in->atMs, in->atMs + 1};
    i.provenance.detail = "inspection " + std::to_string(in->id);
    return i;
}

// The latest value of a step series at time t (readings sorted by time); nothing before the first.
std::optional<double> valueAt(std::span<const TelemetryPoint> s, TimestampMs t)
{
    auto it = std::upper_bound(s.begin(), s.end(), t,
                               [](TimestampMs v, const TelemetryPoint& p) { return v < p.tMs; });
    if (it == s.begin())
        return std::nullopt;
    return std::prev(it)->value;
}

double daysActivePer30(const std::set<long long>& days, TimeRange range)
{
    const double rangeDays = static_cast<double>(range.length()) / kMsPerDay;
    return rangeDays <= 0 ? 0.0 : std::min(30.0, static_cast<double>(days.size()) * 30.0 / rangeDays);
}

void addTruck(Indicators& out, const IndicatorInputs& in, const TruckReadings& t)
{
    const EquipmentType& type = *in.type;
    const TruckSummary s = summariseTruck(t.odometer, t.engineHours, t.fuel, t.range);
    const std::optional<double> odometer =
        t.odometer.empty() ? std::nullopt : std::optional<double>(t.odometer.back().value);
    out[1] = fromTelemetry(IndicatorId::Usage, odometer, t.odometer, t.range, "odometer");
    out[2] =
        fromTelemetry(IndicatorId::Utilisation, s.utilisationPct, t.engineHours, t.range, "engine hours");
    std::optional<double> efficiency;
    if (s.fuelPctOfTankPer100Km)
        efficiency = *s.fuelPctOfTankPer100Km / 100.0 * in.tankLitres / type.param(Param::EfficiencyNorm);
    out[3] = fromTelemetry(IndicatorId::Efficiency, efficiency, t.fuel, t.range, "fuel level");

    // Harsh: a fall of 25 km/h or more within 60 s, or a reading above 100 km/h.
    int harsh = 0;
    for (std::size_t i = 0; i < t.speed.size(); ++i) {
        harsh += t.speed[i].value > 100.0;
        if (i > 0 && t.speed[i].tMs - t.speed[i - 1].tMs <= 60'000 &&
            t.speed[i - 1].value - t.speed[i].value >= 25.0)
            ++harsh;
    }
    std::optional<double> harshPer1000;
    if (s.distanceKm >= 10.0)
        harshPer1000 = harsh * 1000.0 / s.distanceKm;
    out[4] = fromTelemetry(IndicatorId::HarshEvents, harshPer1000, t.speed, t.range, "speed");

    int on = 0, idle = 0;
    std::set<long long> days;
    for (const TelemetryPoint& p : t.speed) {
        const auto ignition = valueAt(t.ignition, p.tMs);
        if (ignition.value_or(p.value > 0 ? 1.0 : 0.0) < 0.5)
            continue;
        ++on;
        idle += p.value < 3.0;
        days.insert(static_cast<long long>(std::floor(static_cast<double>(p.tMs) / kMsPerDay)));
    }
    out[5] = fromTelemetry(IndicatorId::IdleRatio,
                           on > 0 ? std::optional<double>(100.0 * idle / on) : std::nullopt, t.speed, t.range,
                           "speed and ignition");
    out[10] = fromTelemetry(IndicatorId::OperatingDays, daysActivePer30(days, t.range), t.speed, t.range,
                            "speed and ignition");

    const Geofence fence = clusterGeofence(in.cluster);
    int positions = 0, inside = 0;
    for (const TelemetryPoint& p : t.latitude) {
        const auto lon = valueAt(t.longitude, p.tMs);
        if (!lon)
            continue;
        ++positions;
        inside += saggar::inside(fence, GeoPoint{p.value, *lon});
    }
    out[11] = fromTelemetry(IndicatorId::InsideRegion,
                            positions > 0 ? std::optional<double>(100.0 * inside / positions) : std::nullopt,
                            t.latitude, t.range, "position");
    out[8] = notApplicable(IndicatorId::FiringCycles, "a truck has no firing cycles");
    out[9] = notApplicable(IndicatorId::TemperatureStability, "a truck has no firing zone");
}

void addKiln(Indicators& out, const IndicatorInputs& in, const KilnReadings& k)
{
    const EquipmentType& type = *in.type;
    const KilnSummary s = summariseKiln(k.firingCycles, k.energy, k.firingZone);
    const double years = static_cast<double>(k.range.length()) / kMsPerYear;
    const double rangeHours = static_cast<double>(k.range.length()) / 3'600'000.0;
    out[1] = fromTelemetry(IndicatorId::Usage,
                           years > 0 ? std::optional<double>(s.hoursAtTemperature / years) : std::nullopt,
                           k.firingZone, k.range, "firing zone temperature");
    out[2] = fromTelemetry(IndicatorId::Utilisation,
                           rangeHours > 0 ? std::optional<double>(100.0 * s.hoursAtTemperature / rangeHours)
                                          : std::nullopt,
                           k.firingZone, k.range, "firing zone temperature");
    std::optional<double> efficiency;
    if (s.energyPerCycle)
        efficiency = *s.energyPerCycle / type.param(Param::EfficiencyNorm);
    out[3] = fromTelemetry(IndicatorId::Efficiency, efficiency, k.energy, k.range, "energy meter");
    out[8] = fromTelemetry(IndicatorId::FiringCycles,
                           years > 0 ? std::optional<double>(s.firingCycles / years) : std::nullopt,
                           k.firingCycles, k.range, "firing cycles");
    double sum = 0, sumSq = 0;
    int hot = 0;
    std::set<long long> days;
    for (const TelemetryPoint& p : k.firingZone)
        if (p.value >= kFiringC) {
            sum += p.value;
            sumSq += p.value * p.value;
            ++hot;
            days.insert(static_cast<long long>(std::floor(static_cast<double>(p.tMs) / kMsPerDay)));
        }
    std::optional<double> sd;
    if (hot >= 2)
        sd = std::sqrt(std::max(0.0, (sumSq - sum * sum / hot) / (hot - 1)));
    out[9] = fromTelemetry(IndicatorId::TemperatureStability, sd, k.firingZone, k.range,
                           "firing zone temperature");
    out[10] = fromTelemetry(IndicatorId::OperatingDays, daysActivePer30(days, k.range), k.firingZone, k.range,
                            "firing zone temperature");
    out[4] = notApplicable(IndicatorId::HarshEvents, "a kiln is not driven");
    out[5] = notApplicable(IndicatorId::IdleRatio, "a kiln is not driven");
    out[11] = notApplicable(IndicatorId::InsideRegion, "a kiln does not move");
}

} // namespace

std::string_view key(IndicatorId id)
{
    return kKeys[static_cast<std::size_t>(id)];
}

std::string_view unitOf(IndicatorId id)
{
    return kUnits[static_cast<std::size_t>(id)];
}

std::string_view key(ProvenanceSource s)
{
    constexpr std::array<std::string_view, 5> keys{"record", "telemetry", "inspection", "not_applicable",
                                                   "missing"};
    return keys[static_cast<std::size_t>(s)];
}

Indicators computeIndicators(const IndicatorInputs& in)
{
    Indicators out;
    for (int i = 0; i < kIndicatorCount; ++i) {
        out[static_cast<std::size_t>(i)].id = static_cast<IndicatorId>(i);
        out[static_cast<std::size_t>(i)].provenance.detail = "no telemetry for this range";
    }
    // Built mid-year on average: age counts from 1 July of the year.
    const double builtMs = (static_cast<double>(in.yearBuilt) - 1970.0 + 0.5) * kMsPerYear;
    out[0] =
        Indicator{IndicatorId::Age, std::max(0.0, (static_cast<double>(in.asOfMs) - builtMs) / kMsPerYear), 1,
                  Provenance{ProvenanceSource::Record, {}, 0, "year built " + std::to_string(in.yearBuilt)}};
    if (in.type && in.truck)
        addTruck(out, in, *in.truck);
    else if (in.type && in.kiln)
        addKiln(out, in, *in.kiln);
    const Inspection* ins = in.inspection;
    out[6] = fromInspection(IndicatorId::SurfaceWear, ins, ins ? ins->surfaceWearPct : 0);
    out[7] = fromInspection(IndicatorId::MaintenanceCompliance, ins, ins ? maintenanceCompliance(*ins) : 0);
    return out;
}

std::array<double, kIndicatorCount> indicatorValues(const Indicators& indicators)
{
    std::array<double, kIndicatorCount> v{};
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = indicators[i].value.value_or(std::numeric_limits<double>::quiet_NaN());
    return v;
}

} // namespace saggar::valuation
