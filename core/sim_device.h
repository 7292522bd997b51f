// One simulated device — a truck's tracker or a kiln's gateway — turning its asset's model into
// reports: a sample per channel and a report counter, delivered as the injected faults dictate
// (not at all while offline, twice, late and out of order, with a wound-back odometer).
#pragma once

#include "sim_faults.h"
#include "sim_kiln.h"
#include "sim_truck.h"

#include <map>
#include <memory>
#include <vector>

namespace saggar::sim {

class DeviceSim
{
public:
    // `faults` may hold every fault of the run; the device keeps its own. `latest` are the latest
    // stored readings of the asset's channels, so a live run continues the counters of the history
    // already stored; empty for a fresh start.
    DeviceSim(const TelemetryAsset& asset, std::uint64_t seed, TimestampMs startMs,
              const std::vector<Fault>& faults, const std::map<ChannelId, double>& latest = {});
    ~DeviceSim();
    DeviceSim(DeviceSim&&) noexcept;
    DeviceSim& operator=(DeviceSim&&) noexcept;

    // Takes the readings at `tMs` (not before the last report) and appends what arrives now.
    void report(TimestampMs tMs, std::vector<Sample>& out);
    // Delivers the reports still held back by an out-of-order fault that has not ended.
    void flush(std::vector<Sample>& out);

    const TelemetryAsset& asset() const { return m_asset; }
    std::int64_t reportsTaken() const { return m_seq; }

private:
    bool during(FaultKind kind, TimestampMs t) const;
    void read(TimestampMs tMs, std::vector<Sample>& out);

    TelemetryAsset m_asset;
    std::vector<Fault> m_faults;
    std::unique_ptr<TruckSim> m_truck;
    std::unique_ptr<KilnSim> m_kiln;
    std::int64_t m_seq = 0;
    std::vector<Sample> m_reading;      // the report being taken, kept to spare an allocation per report
    std::vector<Sample> m_held;         // out-of-order: reports waiting to be sent
    std::optional<double> m_rollbackKm; // odometer rollback: how far the odometer was wound back
    SimRandom m_random;
};

} // namespace saggar::sim
