// A simulated kiln. Roller and tunnel kilns fire continuously: six zones held at their setpoints
// (preheat, firing near 1,150–1,250 °C, cooling), a ware pass counted every cycle time, energy
// following the heat, planned stops (Spring Festival, maintenance every few months) with their slow
// cool-down and day-long heat-up, and occasional burner trips. Shuttle kilns fire in batches: load,
// ramp (slowly through quartz inversion near 573 °C), hold at peak, cool, count the firing. Pure and
// deterministic per seed.
#pragma once

#include "sim_random.h"
#include "telemetry_assets.h"
#include "telemetry_sample.h"

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace saggar::sim {

struct KilnReading
{
    std::array<double, 6> zoneTempC{};
    double firingCycles = 0.0;
    double energy = 0.0; // m³ of gas or kWh, by the kiln's fuel
    double output = 0.0; // m² or pieces, by the kiln's capacity unit
};

struct KilnCounters
{
    double firingCycles = 0.0;
    double energy = 0.0;
    double output = 0.0;
};

class KilnSim
{
public:
    // The kiln as it stands at `startMs` (its thermal state settled by replaying the days before),
    // with `counters` or, when not given, counters that fit its age. During `shutdowns` it is shut
    // down without warning (fault injection).
    KilnSim(const TelemetryAsset& kiln, std::uint64_t seed, TimestampMs startMs,
            std::optional<KilnCounters> counters = std::nullopt, std::vector<TimeRange> shutdowns = {});

    // Moves the kiln forward to `tMs` (earlier times are ignored) and reads its sensors.
    KilnReading advanceTo(TimestampMs tMs);
    // The peak setpoint of the firing zones, °C.
    double peakC() const { return m_setpointC[3]; }

private:
    enum class Batch { Loading, Ramp, Hold, Cooling };
    struct Dip
    {
        TimestampMs startMs = 0;
        TimestampMs durationMs = 0;
        double depth = 0.0;
    };

    bool stoppedAt(TimestampMs t);
    const std::vector<TimeRange>& stopsOfBlock(std::int64_t block);
    const std::optional<Dip>& dipOfDay(std::int64_t day);
    double dipAt(TimestampMs t);
    double ambientC(TimestampMs t) const;
    void run(TimestampMs durationMs);
    void runContinuous(TimestampMs dt);
    void runBatch(TimestampMs dt);
    double batchCurveC() const;
    KilnReading read();

    TelemetryAsset m_kiln;
    std::uint64_t m_seed;
    std::vector<TimeRange> m_shutdowns;
    SimRandom m_sensor;
    SimRandom m_batchRandom;
    std::array<double, 6> m_setpointC{};
    std::array<double, 6> m_zoneFactor{}; // shuttle kilns: each sensor's share of the chamber's heat
    double m_energyPerHour = 0.0;         // at full heat
    double m_cycleHours = 0.0;            // continuous kilns: one ware pass
    double m_heatUpHours = 0.0, m_coolTauHours = 0.0;
    double m_utilisation = 0.93;

    TimestampMs m_nowMs = 0;
    double m_heat = 1.0;      // continuous kilns: 0 cold … 1 at setpoints
    double m_chamberC = 25.0; // shuttle kilns
    Batch m_batch = Batch::Loading;
    TimestampMs m_batchDoneMs = 0, m_batchPhaseMs = 0;
    double m_rampHours = 10.0, m_holdHours = 1.5, m_coolHours = 12.0, m_loadHours = 4.0;
    double m_cycles = 0.0, m_energy = 0.0, m_output = 0.0;

    // Planned and unplanned stops by 120-day block, and burner trips by day; only recent ones kept.
    std::map<std::int64_t, std::vector<TimeRange>> m_stops;
    std::map<std::int64_t, std::optional<Dip>> m_dips;
};

} // namespace saggar::sim
