#include "sim_device.h"

#include "sim_calendar.h"

#include <algorithm>
#include <cmath>

namespace saggar::sim {
namespace {

std::optional<double> latestOf(const std::map<ChannelId, double>& latest, ChannelId channel)
{
    const auto it = latest.find(channel);
    return it == latest.end() ? std::nullopt : std::optional<double>(it->second);
}

} // namespace

DeviceSim::DeviceSim(const TelemetryAsset& asset, std::uint64_t seed, TimestampMs startMs,
                     const std::vector<Fault>& faults, const std::map<ChannelId, double>& latest)
    : m_asset(asset), m_random(mixSeed(seed, 0xDE71CE, static_cast<std::uint64_t>(asset.kind),
                                       static_cast<std::uint64_t>(asset.id)))
{
    for (const Fault& f : faults)
        if (f.asset == AssetRef{asset.kind, asset.id})
            m_faults.push_back(f);

    if (asset.kind == AssetKind::Truck) {
        std::set<std::int64_t> exitDays;
        for (const Fault& f : m_faults)
            if (f.kind == FaultKind::GeofenceExit)
                for (auto d = localDay(f.range.fromMs); d <= localDay(f.range.toMs - 1); ++d)
                    exitDays.insert(d);
        std::optional<TruckCounters> counters;
        const auto odometer = latestOf(latest, ChannelId::Odometer);
        const auto hours = latestOf(latest, ChannelId::EngineHours);
        if (odometer && hours)
            counters =
                TruckCounters{*odometer, *hours, latestOf(latest, ChannelId::FuelLevel).value_or(70.0)};
        m_truck = std::make_unique<TruckSim>(asset, seed, startMs, counters, std::move(exitDays));
    } else {
        std::vector<TimeRange> shutdowns;
        for (const Fault& f : m_faults)
            if (f.kind == FaultKind::KilnShutdown)
                shutdowns.push_back(f.range);
        std::optional<KilnCounters> counters;
        const auto cycles = latestOf(latest, ChannelId::FiringCycles);
        const auto energy =
            latestOf(latest, asset.fuel == KilnFuel::Gas ? ChannelId::GasUse : ChannelId::ElectricityUse);
        const auto output =
            latestOf(latest, asset.capacityUnit == CapacityUnit::SquareMetres ? ChannelId::OutputArea
                                                                              : ChannelId::OutputPieces);
        if (cycles && energy && output)
            counters = KilnCounters{*cycles, *energy, *output};
        m_kiln = std::make_unique<KilnSim>(asset, seed, startMs, counters, std::move(shutdowns));
    }
}

DeviceSim::~DeviceSim() = default;
DeviceSim::DeviceSim(DeviceSim&&) noexcept = default;
DeviceSim& DeviceSim::operator=(DeviceSim&&) noexcept = default;

bool DeviceSim::during(FaultKind kind, TimestampMs t) const
{
    return std::any_of(m_faults.begin(), m_faults.end(),
                       [&](const Fault& f) { return f.kind == kind && f.range.contains(t); });
}

void DeviceSim::read(TimestampMs tMs, std::vector<Sample>& out)
{
    ++m_seq;
    const auto add = [&](ChannelId channel, double value) {
        out.push_back(Sample{{m_asset.kind, m_asset.id, channel}, tMs, value, m_seq});
    };
    if (m_truck) {
        const TruckReading r = m_truck->advanceTo(tMs);
        double odometer = r.odometerKm;
        if (during(FaultKind::OdometerRollback, tMs)) {
            if (!m_rollbackKm) // wound back by a third to a half, as a seller trying to look newer would
                m_rollbackKm = std::floor(odometer * m_random.uniform(0.33, 0.5));
            odometer = std::max(0.0, odometer - *m_rollbackKm);
        }
        add(ChannelId::Latitude, r.position.lat);
        add(ChannelId::Longitude, r.position.lon);
        add(ChannelId::Speed, r.speedKmh);
        add(ChannelId::Odometer, odometer);
        add(ChannelId::FuelLevel, r.fuelPct);
        add(ChannelId::EngineHours, r.engineHours);
        add(ChannelId::Ignition, r.ignition ? 1.0 : 0.0);
    } else {
        const KilnReading r = m_kiln->advanceTo(tMs);
        static constexpr ChannelId kZones[] = {ChannelId::Zone1Temp, ChannelId::Zone2Temp,
                                               ChannelId::Zone3Temp, ChannelId::Zone4Temp,
                                               ChannelId::Zone5Temp, ChannelId::Zone6Temp};
        for (std::size_t z = 0; z < 6; ++z)
            add(kZones[z], r.zoneTempC[z]);
        add(ChannelId::FiringCycles, r.firingCycles);
        add(m_asset.fuel == KilnFuel::Gas ? ChannelId::GasUse : ChannelId::ElectricityUse, r.energy);
        add(m_asset.capacityUnit == CapacityUnit::SquareMetres ? ChannelId::OutputArea
                                                               : ChannelId::OutputPieces,
            r.output);
    }
}

void DeviceSim::report(TimestampMs tMs, std::vector<Sample>& out)
{
    std::vector<Sample>& now = m_reading;
    now.clear();
    read(tMs, now);
    if (during(FaultKind::Offline, tMs))
        return; // the reading is lost: trackers here keep no backlog
    if (during(FaultKind::OutOfOrder, tMs)) {
        m_held.insert(m_held.end(), now.begin(), now.end());
        return;
    }
    out.insert(out.end(), now.begin(), now.end());
    if (during(FaultKind::Duplicates, tMs))
        out.insert(out.end(), now.begin(), now.end());
    flush(out);
}

void DeviceSim::flush(std::vector<Sample>& out)
{
    // The held reports arrive after the newer one, newest first.
    out.insert(out.end(), m_held.rbegin(), m_held.rend());
    m_held.clear();
}

} // namespace saggar::sim
