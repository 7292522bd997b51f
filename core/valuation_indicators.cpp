#include "valuation_indicators.h"

#include "telemetry_geo.h"
#include "telemetry_summary.h"
#include "telemetry_time.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <vector>

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

// Readings present over readings expected at the report interval; an hourly rollup counts the readings
// it summed.
double coverageOver(std::int64_t readings, TimestampMs lengthMs)
{
    const double expected = static_cast<double>(lengthMs) / static_cast<double>(kDefaultReportIntervalMs);
    return expected <= 0 ? 0.0 : std::min(1.0, static_cast<double>(readings) / expected);
}

// One channel's telemetry for an indicator: readings and rollup-only hours.
struct Part
{
    std::span<const TelemetryPoint> raw;
    std::span<const TelemetryBucket> hours;

    std::int64_t readings() const
    {
        std::int64_t n = static_cast<std::int64_t>(raw.size());
        for (const TelemetryBucket& b : hours)
            n += b.count;
        return n;
    }
    TelemetryBasis basis() const
    {
        if (!raw.empty() && !hours.empty())
            return TelemetryBasis::ReadingsAndHourly;
        if (!raw.empty())
            return TelemetryBasis::Readings;
        return hours.empty() ? TelemetryBasis::None : TelemetryBasis::Hourly;
    }
};

std::string withThousands(std::size_t n)
{
    const std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

// The part of the range after the last rollup-only span: where readings are kept.
TimeRange rawRangeOf(TimeRange range, std::span<const TimeRange> hourlySpans)
{
    if (hourlySpans.empty())
        return range;
    return TimeRange{std::clamp(hourlySpans.back().toMs, range.fromMs, range.toMs), range.toMs};
}

// An indicator over `range` from a channel's readings and hours (both, when the indicator reads both).
Indicator fromTelemetry(IndicatorId id, std::optional<double> value, Part part, TimeRange range,
                        TimeRange rawRange, std::string_view channel)
{
    const std::int64_t n = part.readings();
    Indicator i{id, value, coverageOver(n, range.length()), {}};
    i.provenance.source = n == 0 ? ProvenanceSource::Missing : ProvenanceSource::Telemetry;
    i.provenance.range = range;
    i.provenance.basis = part.basis();
    if (!part.raw.empty())
        i.provenance.rawRange = rawRange;
    i.provenance.detail = std::string(channel) + ", " + withThousands(part.raw.size()) + " readings";
    if (!part.hours.empty())
        i.provenance.detail += " + " + withThousands(part.hours.size()) + " hourly rollups";
    if (n == 0)
        i.value.reset();
    return i;
}

// An indicator that counts what happens between readings: the readings of the raw part only. With only
// hourly rollups in the range it is missing and says why.
Indicator fromReadingsOnly(IndicatorId id, std::optional<double> value, std::span<const TelemetryPoint> raw,
                           std::size_t hourlyRollups, TimeRange rawRange, std::string_view channel)
{
    Indicator i = fromTelemetry(id, value, Part{raw, {}}, rawRange, rawRange, channel);
    if (raw.empty() && hourlyRollups > 0) {
        i.provenance.basis = TelemetryBasis::Hourly; // what there was: it cannot be counted from it
        i.provenance.detail =
            std::string(channel) + ": only hourly rollups in this range; this indicator needs readings";
    } else if (hourlyRollups > 0)
        i.provenance.detail += " (readings only: hourly rollups cannot count these)";
    return i;
}

// A counter's readings with each rollup-only hour standing in as its first and last reading (its minimum
// at the hour's start, its maximum at its end), in time order.
std::vector<TelemetryPoint> counterPoints(Part p)
{
    std::vector<TelemetryPoint> out(p.raw.begin(), p.raw.end());
    for (const TelemetryBucket& b : p.hours) {
        out.push_back(TelemetryPoint{b.startMs, b.min});
        out.push_back(TelemetryPoint{b.startMs + kMsPerHour - 1, b.max});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TelemetryPoint& a, const TelemetryPoint& b) { return a.tMs < b.tMs; });
    return out;
}

// A level's readings with each rollup-only hour standing in as its mean, in time order.
std::vector<TelemetryPoint> meanPoints(Part p)
{
    std::vector<TelemetryPoint> out(p.raw.begin(), p.raw.end());
    for (const TelemetryBucket& b : p.hours)
        out.push_back(TelemetryPoint{b.startMs, b.mean});
    std::stable_sort(out.begin(), out.end(),
                     [](const TelemetryPoint& a, const TelemetryPoint& b) { return a.tMs < b.tMs; });
    return out;
}

long long dayOf(TimestampMs t)
{
    return static_cast<long long>(std::floor(static_cast<double>(t) / kMsPerDay));
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
    const TruckHours& h = t.hourly;
    const TimeRange raw = rawRangeOf(t.range, t.hourlySpans);
    const Part odometerPart{t.odometer, h.odometer}, hoursPart{t.engineHours, h.engineHours},
        fuelPart{t.fuel, h.fuel};
    const std::vector<TelemetryPoint> odometer = counterPoints(odometerPart);
    const std::vector<TelemetryPoint> engineHours = counterPoints(hoursPart);
    const std::vector<TelemetryPoint> fuel = meanPoints(fuelPart);
    const TruckSummary s = summariseTruck(odometer, engineHours, fuel, t.range);
    const std::optional<double> lastKm =
        odometer.empty() ? std::nullopt : std::optional<double>(odometer.back().value);
    out[1] = fromTelemetry(IndicatorId::Usage, lastKm, odometerPart, t.range, raw, "odometer");
    out[2] =
        fromTelemetry(IndicatorId::Utilisation, s.utilisationPct, hoursPart, t.range, raw, "engine hours");
    std::optional<double> efficiency;
    if (s.fuelPctOfTankPer100Km)
        efficiency = *s.fuelPctOfTankPer100Km / 100.0 * in.tankLitres / type.param(Param::EfficiencyNorm);
    out[3] = fromTelemetry(IndicatorId::Efficiency, efficiency, fuelPart, t.range, raw, "fuel level");

    // Harsh: a fall of 25 km/h or more within 60 s, or a reading above 100 km/h — per 1,000 km driven
    // while the readings were kept.
    int harsh = 0;
    for (std::size_t i = 0; i < t.speed.size(); ++i) {
        harsh += t.speed[i].value > 100.0;
        if (i > 0 && t.speed[i].tMs - t.speed[i - 1].tMs <= 60'000 &&
            t.speed[i - 1].value - t.speed[i].value >= 25.0)
            ++harsh;
    }
    std::optional<double> harshPer1000;
    const double rawKm = counterIncrease(t.odometer);
    if (rawKm >= 10.0)
        harshPer1000 = harsh * 1000.0 / rawKm;
    out[4] = fromReadingsOnly(IndicatorId::HarshEvents, harshPer1000, t.speed, h.speed.size(), raw, "speed");

    int on = 0, idle = 0;
    std::set<long long> days;
    for (const TelemetryPoint& p : t.speed) {
        const auto ignition = valueAt(t.ignition, p.tMs);
        if (ignition.value_or(p.value > 0 ? 1.0 : 0.0) < 0.5)
            continue;
        ++on;
        idle += p.value < 3.0;
        days.insert(dayOf(p.tMs));
    }
    out[5] = fromReadingsOnly(IndicatorId::IdleRatio,
                              on > 0 ? std::optional<double>(100.0 * idle / on) : std::nullopt, t.speed,
                              h.speed.size(), raw, "speed and ignition");
    // A rollup-only hour makes its day active when the ignition was on in it (without ignition
    // rollups: when the truck moved).
    const bool byIgnition = !h.ignition.empty();
    for (const TelemetryBucket& b : byIgnition ? h.ignition : h.speed)
        if (byIgnition ? b.max >= 0.5 : b.max > 0.0)
            days.insert(dayOf(b.startMs));
    out[10] = fromTelemetry(IndicatorId::OperatingDays, daysActivePer30(days, t.range),
                            Part{t.speed, byIgnition ? h.ignition : h.speed}, t.range, raw,
                            byIgnition ? "speed and ignition" : "speed");

    // Positions: each reading, and each rollup-only hour's mean position weighted by its readings.
    const Geofence fence = clusterGeofence(in.cluster);
    double positions = 0, inside = 0;
    for (const TelemetryPoint& p : t.latitude) {
        const auto lon = valueAt(t.longitude, p.tMs);
        if (!lon)
            continue;
        positions += 1;
        inside += saggar::inside(fence, GeoPoint{p.value, *lon}) ? 1 : 0;
    }
    std::size_t j = 0;
    for (const TelemetryBucket& lat : h.latitude) {
        while (j < h.longitude.size() && h.longitude[j].startMs < lat.startMs)
            ++j;
        if (j == h.longitude.size() || h.longitude[j].startMs != lat.startMs)
            continue;
        const auto n = static_cast<double>(std::min(lat.count, h.longitude[j].count));
        positions += n;
        inside += saggar::inside(fence, GeoPoint{lat.mean, h.longitude[j].mean}) ? n : 0;
    }
    out[11] = fromTelemetry(IndicatorId::InsideRegion,
                            positions > 0 ? std::optional<double>(100.0 * inside / positions) : std::nullopt,
                            Part{t.latitude, h.latitude}, t.range, raw, "position");
    out[8] = notApplicable(IndicatorId::FiringCycles, "a truck has no firing cycles");
    out[9] = notApplicable(IndicatorId::TemperatureStability, "a truck has no firing zone");
}

void addKiln(Indicators& out, const IndicatorInputs& in, const KilnReadings& k)
{
    const EquipmentType& type = *in.type;
    const KilnHours& h = k.hourly;
    const TimeRange raw = rawRangeOf(k.range, k.hourlySpans);
    const Part cyclesPart{k.firingCycles, h.firingCycles}, energyPart{k.energy, h.energy},
        zonePart{k.firingZone, h.firingZone};
    const std::vector<TelemetryPoint> cycles = counterPoints(cyclesPart);
    const std::vector<TelemetryPoint> energy = counterPoints(energyPart);
    KilnSummary s = summariseKiln(cycles, energy, k.firingZone);
    // A rollup-only hour counts as at temperature when its mean is.
    for (const TelemetryBucket& b : h.firingZone)
        if (b.mean >= kFiringC)
            s.hoursAtTemperature += 1.0;
    const double years = static_cast<double>(k.range.length()) / kMsPerYear;
    const double rangeHours = static_cast<double>(k.range.length()) / 3'600'000.0;
    out[1] = fromTelemetry(IndicatorId::Usage,
                           years > 0 ? std::optional<double>(s.hoursAtTemperature / years) : std::nullopt,
                           zonePart, k.range, raw, "firing zone temperature");
    out[2] = fromTelemetry(IndicatorId::Utilisation,
                           rangeHours > 0 ? std::optional<double>(100.0 * s.hoursAtTemperature / rangeHours)
                                          : std::nullopt,
                           zonePart, k.range, raw, "firing zone temperature");
    std::optional<double> efficiency;
    if (s.energyPerCycle)
        efficiency = *s.energyPerCycle / type.param(Param::EfficiencyNorm);
    out[3] = fromTelemetry(IndicatorId::Efficiency, efficiency, energyPart, k.range, raw, "energy meter");
    out[8] = fromTelemetry(IndicatorId::FiringCycles,
                           years > 0 ? std::optional<double>(s.firingCycles / years) : std::nullopt,
                           cyclesPart, k.range, raw, "firing cycles");
    double sum = 0, sumSq = 0;
    int hot = 0;
    std::set<long long> days;
    for (const TelemetryPoint& p : k.firingZone)
        if (p.value >= kFiringC) {
            sum += p.value;
            sumSq += p.value * p.value;
            ++hot;
            days.insert(dayOf(p.tMs));
        }
    std::optional<double> sd;
    if (hot >= 2)
        sd = std::sqrt(std::max(0.0, (sumSq - sum * sum / hot) / (hot - 1)));
    out[9] = fromReadingsOnly(IndicatorId::TemperatureStability, sd, k.firingZone, h.firingZone.size(), raw,
                              "firing zone temperature");
    // A rollup-only hour makes its day a firing day when its maximum reached firing temperature: the
    // same test as a reading's.
    for (const TelemetryBucket& b : h.firingZone)
        if (b.max >= kFiringC)
            days.insert(dayOf(b.startMs));
    out[10] = fromTelemetry(IndicatorId::OperatingDays, daysActivePer30(days, k.range), zonePart, k.range,
                            raw, "firing zone temperature");
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

std::string_view key(TelemetryBasis b)
{
    constexpr std::array<std::string_view, 4> keys{"", "raw", "hourly", "raw+hourly"};
    return keys[static_cast<std::size_t>(b)];
}

std::optional<TelemetryBasis> telemetryBasisFromKey(std::string_view text)
{
    for (int b = 0; b <= static_cast<int>(TelemetryBasis::ReadingsAndHourly); ++b)
        if (key(static_cast<TelemetryBasis>(b)) == text)
            return static_cast<TelemetryBasis>(b);
    return std::nullopt;
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

namespace {

std::span<const TelemetryPoint> readingsOf(const AssetHistory& h, ChannelId id)
{
    const ChannelHistory* c = h.channel(id);
    return c ? std::span<const TelemetryPoint>(c->readings) : std::span<const TelemetryPoint>();
}

std::span<const TelemetryBucket> hoursOf(const AssetHistory& h, ChannelId id)
{
    const ChannelHistory* c = h.channel(id);
    return c ? std::span<const TelemetryBucket>(c->hours) : std::span<const TelemetryBucket>();
}

} // namespace

Indicators computeIndicators(IndicatorInputs in, const AssetHistory& history)
{
    TruckReadings truck;
    KilnReadings kiln;
    in.truck = nullptr;
    in.kiln = nullptr;
    if (history.empty()) {
        Indicators out = computeIndicators(in);
        for (Indicator& i : out)
            if (i.provenance.source == ProvenanceSource::Missing &&
                i.provenance.detail == "no telemetry for this range")
                i.provenance.detail = std::string(kNoTelemetryReceived);
        return out;
    }
    if (history.asset.kind == AssetKind::Truck) {
        using enum ChannelId;
        truck.range = history.range;
        truck.hourlySpans = history.hourlySpans;
        truck.odometer = readingsOf(history, Odometer);
        truck.engineHours = readingsOf(history, EngineHours);
        truck.fuel = readingsOf(history, FuelLevel);
        truck.speed = readingsOf(history, Speed);
        truck.ignition = readingsOf(history, Ignition);
        truck.latitude = readingsOf(history, Latitude);
        truck.longitude = readingsOf(history, Longitude);
        truck.hourly =
            TruckHours{hoursOf(history, Odometer), hoursOf(history, EngineHours), hoursOf(history, FuelLevel),
                       hoursOf(history, Speed),    hoursOf(history, Ignition),    hoursOf(history, Latitude),
                       hoursOf(history, Longitude)};
        in.truck = &truck;
    } else {
        const ChannelId zone =
            history.channel(ChannelId::Zone4Temp) ? ChannelId::Zone4Temp : ChannelId::Zone3Temp;
        const ChannelId meter =
            history.channel(ChannelId::ElectricityUse) ? ChannelId::ElectricityUse : ChannelId::GasUse;
        kiln.range = history.range;
        kiln.hourlySpans = history.hourlySpans;
        kiln.firingCycles = readingsOf(history, ChannelId::FiringCycles);
        kiln.energy = readingsOf(history, meter);
        kiln.firingZone = readingsOf(history, zone);
        kiln.hourly = KilnHours{hoursOf(history, ChannelId::FiringCycles), hoursOf(history, meter),
                                hoursOf(history, zone)};
        in.kiln = &kiln;
    }
    return computeIndicators(in);
}

} // namespace saggar::valuation
