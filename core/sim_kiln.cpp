#include "sim_kiln.h"

#include "sim_calendar.h"
#include "telemetry_geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace saggar::sim {
namespace {

constexpr double kMsPerHourD = static_cast<double>(kMsPerHour);
constexpr std::int64_t kStopBlockDays = 120;
constexpr TimestampMs kMaxStepMs = 5 * kMsPerMinute;
constexpr TimestampMs kWarmUpMs = 4 * kMsPerDay;
constexpr double kQuartzInversionC = 573.0;

TimestampMs hoursMs(double h)
{
    return static_cast<TimestampMs>(std::llround(h * kMsPerHourD));
}

} // namespace

KilnSim::KilnSim(const TelemetryAsset& kiln, std::uint64_t seed, TimestampMs startMs,
                 std::optional<KilnCounters> counters, std::vector<TimeRange> shutdowns)
    : m_kiln(kiln), m_seed(seed), m_shutdowns(std::move(shutdowns)),
      m_sensor(
          mixSeed(seed, 0x5E45, static_cast<std::uint64_t>(kiln.id), static_cast<std::uint64_t>(startMs))),
      m_batchRandom(
          mixSeed(seed, 0xBA7C, static_cast<std::uint64_t>(kiln.id), static_cast<std::uint64_t>(startMs)))
{
    SimRandom own(mixSeed(seed, 0x0C1D, static_cast<std::uint64_t>(kiln.id)));
    const double peakShift = own.uniform(-20.0, 20.0);
    switch (kiln.kilnType) {
    case KilnType::Roller: // floor and wall tiles: short, fast firing
        m_setpointC = {520, 880, 1150, 1190, 650, 210};
        m_cycleHours = own.uniform(0.7, 1.1);
        m_heatUpHours = own.uniform(18, 26), m_coolTauHours = own.uniform(5, 8);
        m_energyPerHour = static_cast<double>(kiln.dailyCapacity) * own.uniform(1.2, 1.7) / 24.0;
        break;
    case KilnType::Tunnel: // sanitary ware and porcelain: long, heavy cars
        m_setpointC = {430, 850, 1180, 1230, 700, 180};
        m_cycleHours = own.uniform(16, 28);
        m_heatUpHours = own.uniform(30, 44), m_coolTauHours = own.uniform(10, 16);
        m_energyPerHour = kiln.lengthM * own.uniform(3.0, 4.5);
        break;
    case KilnType::Shuttle: // art and daily-use porcelain: batches in one chamber
        m_setpointC = {1210, 1230, 1260, 1265, 1240, 1200};
        m_zoneFactor = {0.93, 0.96, 1.0, 0.995, 0.95, 0.9};
        m_energyPerHour = kiln.lengthM * own.uniform(10.0, 15.0);
        m_coolTauHours = 3.0;
        break;
    }
    for (double& c : m_setpointC)
        c += c > 1000 ? peakShift : peakShift / 4;
    if (kiln.fuel == KilnFuel::Electric)
        m_energyPerHour *= 7.0; // kWh for each m³ of gas it replaces, electric heat being more efficient
    m_utilisation = own.uniform(0.86, 0.97);

    if (!counters) {
        const int startYear = civilFromDays(localDay(startMs)).year;
        const double ageDays = std::max(30.0, (startYear - kiln.year + 0.5) * 365.0 * 0.9);
        const double cyclesPerDay = kiln.kilnType == KilnType::Shuttle ? 0.85 : 24.0 / m_cycleHours;
        KilnCounters c;
        c.firingCycles = std::floor(ageDays * cyclesPerDay);
        c.energy = std::floor(ageDays * 24.0 * m_energyPerHour * 0.8);
        c.output = std::floor(ageDays * static_cast<double>(kiln.dailyCapacity) * m_utilisation);
        counters = c;
    }

    // Settle the thermal state (and a shuttle kiln's batch) over the days before startMs.
    m_nowMs = startMs - kWarmUpMs;
    m_chamberC = ambientC(m_nowMs);
    m_heat = stoppedAt(m_nowMs) ? 0.0 : 1.0;
    m_loadHours = m_batchRandom.uniform(0.5, 8.0);
    run(kWarmUpMs);
    m_cycles = counters->firingCycles;
    m_energy = counters->energy;
    m_output = counters->output;
}

const std::vector<TimeRange>& KilnSim::stopsOfBlock(std::int64_t block)
{
    auto it = m_stops.find(block);
    if (it != m_stops.end())
        return it->second;
    if (m_stops.size() > 4)
        m_stops.erase(m_stops.begin());
    std::vector<TimeRange> stops;
    SimRandom r(
        mixSeed(m_seed, 0x570B, static_cast<std::uint64_t>(m_kiln.id), static_cast<std::uint64_t>(block)));
    const std::int64_t firstDay = block * kStopBlockDays;
    if (r.chance(0.7)) { // maintenance: relining, roller replacement
        const std::int64_t day = firstDay + r.between(10, kStopBlockDays - 20);
        const TimestampMs start = localDayStart(day) + 8 * kMsPerHour;
        stops.push_back({start, start + hoursMs(r.uniform(48, 96))});
    }
    if (r.chance(0.35)) { // unplanned: a gas supply cut, a broken roller train
        const TimestampMs start = localDayStart(firstDay) + hoursMs(r.uniform(0, kStopBlockDays * 24.0));
        stops.push_back({start, start + hoursMs(r.uniform(6, 30))});
    }
    return m_stops.emplace(block, std::move(stops)).first->second;
}

bool KilnSim::stoppedAt(TimestampMs t)
{
    for (const TimeRange& r : m_shutdowns)
        if (r.contains(t))
            return true;
    const std::int64_t day = localDay(t);
    if (inSpringFestivalBreak(day))
        return true;
    const std::int64_t block = floorDiv(day, kStopBlockDays);
    for (std::int64_t b : {block - 1, block})
        for (const TimeRange& r : stopsOfBlock(b))
            if (r.contains(t))
                return true;
    return false;
}

const std::optional<KilnSim::Dip>& KilnSim::dipOfDay(std::int64_t day)
{
    auto it = m_dips.find(day);
    if (it != m_dips.end())
        return it->second;
    if (m_dips.size() > 4)
        m_dips.erase(m_dips.begin());
    SimRandom r(
        mixSeed(m_seed, 0xD1B, static_cast<std::uint64_t>(m_kiln.id), static_cast<std::uint64_t>(day)));
    std::optional<Dip> dip;
    if (r.chance(0.02)) // a burner trips about once in seven weeks
        dip = Dip{localDayStart(day) + hoursMs(r.uniform(0, 24)), hoursMs(r.uniform(1, 3)),
                  r.uniform(0.12, 0.25)};
    return m_dips.emplace(day, dip).first->second;
}

double KilnSim::dipAt(TimestampMs t)
{
    const std::int64_t day = localDay(t);
    for (std::int64_t d : {day - 1, day}) {
        const auto& dip = dipOfDay(d);
        if (dip && t >= dip->startMs && t < dip->startMs + dip->durationMs)
            return dip->depth * std::sin(std::numbers::pi * static_cast<double>(t - dip->startMs) /
                                         static_cast<double>(dip->durationMs));
    }
    return 0.0;
}

double KilnSim::ambientC(TimestampMs t) const
{
    // The kiln hall: the cluster's climate (colder and more seasonal to the north) plus the kiln's warmth.
    const double lat = clusterCentre(m_kiln.cluster).lat;
    const double mean = 27.0 - (lat - 22.0) * 0.75 + 6.0;
    const double amplitude = 4.0 + (lat - 22.0) * 0.7;
    const std::int64_t day = localDay(t);
    const double hourOfDay = static_cast<double>(t + kChinaOffsetMs - day * kMsPerDay) / kMsPerHourD;
    return mean - amplitude * std::cos(2 * std::numbers::pi * (dayOfYear(day) - 15) / 365.25) +
           3.0 * std::sin(2 * std::numbers::pi * (hourOfDay - 9.0) / 24.0);
}

void KilnSim::run(TimestampMs durationMs)
{
    while (durationMs > 0) {
        const TimestampMs dt = std::min(durationMs, kMaxStepMs);
        if (m_kiln.kilnType == KilnType::Shuttle)
            runBatch(dt);
        else
            runContinuous(dt);
        m_nowMs += dt;
        durationMs -= dt;
    }
}

void KilnSim::runContinuous(TimestampMs dt)
{
    const double hours = static_cast<double>(dt) / kMsPerHourD;
    if (stoppedAt(m_nowMs)) {
        m_heat *= std::exp(-hours / m_coolTauHours);
        if (m_kiln.fuel == KilnFuel::Electric)
            m_energy += m_energyPerHour * 0.02 * hours; // fans and controls stay on
        return;
    }
    const bool heatingUp = m_heat < 0.97;
    m_heat = std::min(1.0, m_heat + hours / m_heatUpHours);
    m_energy += m_energyPerHour * (0.25 + 0.75 * m_heat) * (heatingUp ? 1.3 : 1.0) * hours;
    if (!heatingUp && dipAt(m_nowMs) < 0.05) {
        m_cycles += hours / m_cycleHours;
        m_output += static_cast<double>(m_kiln.dailyCapacity) * m_utilisation * hours / 24.0;
    }
}

double KilnSim::batchCurveC() const
{
    const double ambient = ambientC(m_nowMs);
    const double peak = m_setpointC[3];
    const double h = static_cast<double>(m_batchPhaseMs) / kMsPerHourD;
    switch (m_batch) {
    case Batch::Loading:
        return m_chamberC;
    case Batch::Ramp: {
        // Slowly to just past quartz inversion (45 % of the ramp), then faster to the peak.
        const double slow = m_rampHours * 0.45;
        if (h < slow)
            return ambient + (kQuartzInversionC + 30.0 - ambient) * h / slow;
        return kQuartzInversionC + 30.0 +
               (peak - kQuartzInversionC - 30.0) * (h - slow) / (m_rampHours - slow);
    }
    case Batch::Hold:
        return peak;
    case Batch::Cooling:
        return ambient + (peak - ambient) * std::exp(-3.2 * h / m_coolHours);
    }
    return ambient;
}

void KilnSim::runBatch(TimestampMs dt)
{
    const double hours = static_cast<double>(dt) / kMsPerHourD;
    const double ambient = ambientC(m_nowMs);
    const bool stopped = stoppedAt(m_nowMs);
    m_batchPhaseMs += dt;
    const double phaseHours = static_cast<double>(m_batchPhaseMs) / kMsPerHourD;
    switch (m_batch) {
    case Batch::Loading:
        m_chamberC = ambient + (m_chamberC - ambient) * std::exp(-hours / m_coolTauHours);
        if (phaseHours >= m_loadHours && !stopped) {
            m_batch = Batch::Ramp;
            m_batchPhaseMs = 0;
            m_rampHours = m_batchRandom.uniform(9, 11.5);
            m_holdHours = m_batchRandom.uniform(1, 2);
            m_coolHours = m_batchRandom.uniform(10, 14);
        }
        return;
    case Batch::Ramp:
    case Batch::Hold:
        if (stopped) { // an aborted firing: burners off, the ware is lost
            m_batch = Batch::Loading;
            m_batchPhaseMs = 0;
            m_loadHours = m_batchRandom.uniform(3, 6);
            return;
        }
        m_energy +=
            m_energyPerHour * (0.4 + 0.6 * (m_chamberC - ambient) / (m_setpointC[3] - ambient)) * hours;
        if (m_batch == Batch::Ramp && phaseHours >= m_rampHours) {
            m_batch = Batch::Hold;
            m_batchPhaseMs = 0;
        } else if (m_batch == Batch::Hold && phaseHours >= m_holdHours) {
            m_batch = Batch::Cooling;
            m_batchPhaseMs = 0;
        }
        m_chamberC = batchCurveC();
        return;
    case Batch::Cooling:
        m_chamberC = batchCurveC();
        if (phaseHours >= m_coolHours) {
            m_cycles += 1.0;
            const double batchHours = m_loadHours + m_rampHours + m_holdHours + m_coolHours;
            m_output +=
                std::floor(static_cast<double>(m_kiln.dailyCapacity) * m_utilisation * batchHours / 24.0);
            m_batch = Batch::Loading;
            m_batchPhaseMs = 0;
            m_loadHours = m_batchRandom.uniform(3, 6);
        }
        return;
    }
}

KilnReading KilnSim::advanceTo(TimestampMs tMs)
{
    if (tMs > m_nowMs)
        run(tMs - m_nowMs);
    return read();
}

KilnReading KilnSim::read()
{
    KilnReading r;
    const double ambient = ambientC(m_nowMs);
    const double drift =
        4.0 * std::sin(2 * std::numbers::pi * static_cast<double>(m_nowMs) / (3.1 * kMsPerDay) +
                       static_cast<double>(m_kiln.id));
    const double dip = m_kiln.kilnType == KilnType::Shuttle ? 0.0 : dipAt(m_nowMs);
    for (std::size_t z = 0; z < 6; ++z) {
        double t = 0;
        if (m_kiln.kilnType == KilnType::Shuttle) {
            t = ambient + (m_chamberC - ambient) * m_zoneFactor[z];
        } else {
            // A burner trip hits the firing zones hardest, their neighbours less.
            const double share = (z == 2 || z == 3) ? 1.0 : (z == 1 || z == 4) ? 0.4 : 0.0;
            t = ambient + (m_setpointC[z] - ambient) * m_heat * (1.0 - dip * share);
        }
        const double hot = std::clamp((t - ambient) / 1000.0, 0.0, 1.0);
        t += hot * drift + m_sensor.noise(0.4 + 1.6 * hot);
        r.zoneTempC[z] = std::round(std::clamp(t, -40.0, 1450.0) * 10.0) / 10.0;
    }
    r.firingCycles = truncated(m_cycles, 0);
    r.energy = truncated(m_energy, 2);
    r.output = truncated(m_output, m_kiln.capacityUnit == CapacityUnit::Pieces ? 0 : 1);
    return r;
}

} // namespace saggar::sim
