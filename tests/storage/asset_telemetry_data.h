// A truck's or a kiln's telemetry written into a real telemetry.db through TelemetryIngest from the
// simulator's models, a reading of every channel every 5 minutes, with a silent stretch (the device
// off the air) and readings the ingest refuses (a speed or temperature out of range, a counter going
// back). Remembers what was accepted, so tests can work the figures out for themselves.
#pragma once

#include "core/sim_kiln.h"
#include "core/sim_truck.h"
#include "storage/telemetry_ingest.h"

#include <map>
#include <vector>

namespace saggar::test {

struct WrittenTelemetry
{
    std::map<ChannelId, std::vector<TelemetryPoint>> accepted; // per channel, oldest first
    std::int64_t outOfRange = 0;
    std::int64_t counterBackwards = 0;

    std::vector<TelemetryPoint> in(ChannelId channel, TimeRange range) const
    {
        std::vector<TelemetryPoint> out;
        if (auto it = accepted.find(channel); it != accepted.end())
            for (const TelemetryPoint& p : it->second)
                if (range.contains(p.tMs))
                    out.push_back(p);
        return out;
    }
};

struct TelemetryPlan
{
    TimeRange span;            // readings every 5 minutes from span.fromMs, before span.toMs
    TimeRange silent;          // no reading in here (may be empty)
    int refusedEvery = 0;      // every n-th report also sends a refused reading (0: none)
    TimestampMs rawFromMs = 0; // before this (a whole hour), hourly rollups only (0: readings throughout)
};

inline TelemetryAsset testTruck(Id id)
{
    TelemetryAsset a;
    a.kind = AssetKind::Truck;
    a.id = id;
    a.enterpriseId = 1;
    a.cluster = Cluster::Foshan;
    a.year = 2023;
    return a;
}

inline TelemetryAsset testKiln(Id id)
{
    TelemetryAsset a;
    a.kind = AssetKind::Kiln;
    a.id = id;
    a.enterpriseId = 1;
    a.cluster = Cluster::Foshan;
    a.year = 2021;
    a.kilnType = KilnType::Roller;
    a.fuel = KilnFuel::Gas;
    a.capacityUnit = CapacityUnit::SquareMetres;
    a.dailyCapacity = 12'000;
    a.lengthM = 180.0;
    return a;
}

// Writes the plan's readings of `asset` through `store` and returns what was accepted. `state`
// carries the simulator and the counters from one call to the next (appending later readings).
class TelemetryWriter
{
public:
    TelemetryWriter(TelemetryStore& store, const TelemetryAsset& asset, TimestampMs startMs,
                    std::uint64_t seed = 7)
        : m_asset(asset), m_ingest(store)
    {
        if (asset.kind == AssetKind::Truck)
            m_truck.emplace(asset, seed, startMs);
        else
            m_kiln.emplace(asset, seed, startMs);
    }

    Result<void> write(const TelemetryPlan& plan, WrittenTelemetry& written)
    {
        if (!m_countersLoaded) {
            if (auto r = m_ingest.loadCounters(); !r)
                return r;
            m_countersLoaded = true;
        }
        if (plan.rawFromMs > 0)
            m_ingest.rollupOnlyBefore(plan.rawFromMs);
        int report = 0;
        for (TimestampMs t = plan.span.fromMs; t < plan.span.toMs; t += kDefaultReportIntervalMs) {
            if (plan.silent.contains(t))
                continue;
            for (const auto& [channel, value] : readingsAt(t))
                add(Sample{SeriesKey{m_asset.kind, m_asset.id, channel}, t, value, 0}, written);
            ++report;
            if (plan.refusedEvery > 0 && report % plan.refusedEvery == 0)
                addRefused(t, written);
        }
        auto flushed = m_ingest.flush();
        if (!flushed)
            return flushed.error();
        if (plan.rawFromMs > plan.span.fromMs) {
            auto rolled = m_ingest.flushRollups(TimeRange{plan.span.fromMs, plan.rawFromMs});
            if (!rolled)
                return rolled.error();
        }
        return {};
    }

private:
    std::vector<std::pair<ChannelId, double>> readingsAt(TimestampMs t)
    {
        if (m_truck) {
            const sim::TruckReading r = m_truck->advanceTo(t);
            return {{ChannelId::Latitude, r.position.lat},
                    {ChannelId::Longitude, r.position.lon},
                    {ChannelId::Speed, r.speedKmh},
                    {ChannelId::Odometer, r.odometerKm},
                    {ChannelId::FuelLevel, r.fuelPct},
                    {ChannelId::EngineHours, r.engineHours},
                    {ChannelId::Ignition, r.ignition ? 1.0 : 0.0}};
        }
        const sim::KilnReading r = m_kiln->advanceTo(t);
        std::vector<std::pair<ChannelId, double>> out;
        for (int z = 0; z < 6; ++z)
            out.emplace_back(static_cast<ChannelId>(static_cast<int>(ChannelId::Zone1Temp) + z),
                             r.zoneTempC[z]);
        out.emplace_back(ChannelId::FiringCycles, r.firingCycles);
        out.emplace_back(ChannelId::GasUse, r.energy);
        out.emplace_back(ChannelId::OutputArea, r.output);
        return out;
    }

    // Half a minute after a report: an impossible speed or temperature, then a counter below its last.
    void addRefused(TimestampMs t, WrittenTelemetry& written)
    {
        const bool truck = m_asset.kind == AssetKind::Truck;
        const SeriesKey wild{m_asset.kind, m_asset.id, truck ? ChannelId::Speed : ChannelId::Zone2Temp};
        add(Sample{wild, t + 30'000, truck ? 999.0 : 5000.0, 0}, written);
        const ChannelId counter = truck ? ChannelId::Odometer : ChannelId::GasUse;
        const auto& last = written.accepted[counter];
        if (!last.empty())
            add(Sample{SeriesKey{m_asset.kind, m_asset.id, counter}, t + 40'000, last.back().value - 50.0, 0},
                written);
    }

    void add(const Sample& s, WrittenTelemetry& written)
    {
        // The receiver's clock is the reading's own time: nothing is from the future.
        const auto refused = m_ingest.add(s, s.tMs);
        if (!refused) {
            written.accepted[s.series.channel].push_back(TelemetryPoint{s.tMs, s.value});
            return;
        }
        if (refused->reason == RejectReason::OutOfRange)
            ++written.outOfRange;
        else if (refused->reason == RejectReason::CounterBackwards)
            ++written.counterBackwards;
    }

    TelemetryAsset m_asset;
    TelemetryIngest m_ingest;
    std::optional<sim::TruckSim> m_truck;
    std::optional<sim::KilnSim> m_kiln;
    bool m_countersLoaded = false;
};

} // namespace saggar::test
