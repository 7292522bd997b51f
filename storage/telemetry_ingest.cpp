#include "telemetry_ingest.h"

#include "core/telemetry_time.h"

#include <algorithm>

namespace saggar {

TelemetryIngest::TelemetryIngest(TelemetryStore& store, std::size_t batchSize)
    : m_store(store), m_batchSize(std::max<std::size_t>(1, batchSize))
{
    m_pending.reserve(std::min<std::size_t>(m_batchSize, 1 << 20));
}

Result<void> TelemetryIngest::loadCounters()
{
    auto all = m_store.allSeries();
    if (!all)
        return all.error();
    for (const SeriesInfo& s : *all)
        if (s.firstMs || s.lastMs > 0)
            m_validator.seedLatest(s.key, s.lastMs, s.lastValue);
    return {};
}

std::optional<Rejection> TelemetryIngest::add(const Sample& sample, TimestampMs nowMs)
{
    auto rejection = m_validator.check(sample, nowMs);
    if (rejection) {
        m_stats.rejected.add(rejection->reason);
        tally(rejection->reason, {sample.series.kind, sample.series.assetId},
              static_cast<std::uint16_t>(sample.series.channel), sample.tMs);
        return rejection;
    }
    ++m_stats.accepted;
    if (m_rollupBefore && sample.tMs < *m_rollupBefore)
        rollUp(sample);
    else
        m_pending.push_back(sample);
    return std::nullopt;
}

void TelemetryIngest::rollUp(const Sample& sample)
{
    ++m_stats.rolledUp;
    const TimestampMs hour = floorDiv(sample.tMs, kMsPerHour) * kMsPerHour;
    // A device reports its channels in turn: the series after the last one is the likely match.
    std::size_t i = m_lastOpen + 1 < m_openHours.size() ? m_lastOpen + 1 : 0;
    if (i >= m_openHours.size() || !(m_openHours[i].series == sample.series)) {
        const auto [it, added] = m_open.try_emplace(packSeries(sample.series), m_openHours.size());
        if (added)
            m_openHours.push_back({sample.series, hour, sample.value, sample.value, 0.0, 0});
        i = it->second;
    }
    m_lastOpen = i;
    HourRollup& h = m_openHours[i];
    if (h.hourMs != hour) {
        if (h.count > 0)
            m_closedHours.push_back(h);
        h = {sample.series, hour, sample.value, sample.value, 0.0, 0};
    }
    h.min = std::min(h.min, sample.value);
    h.max = std::max(h.max, sample.value);
    h.sum += sample.value;
    ++h.count;
}

Result<WriteStats> TelemetryIngest::flushRollups(TimeRange span)
{
    for (const HourRollup& h : m_openHours)
        if (h.count > 0)
            m_closedHours.push_back(h);
    m_openHours.clear();
    m_open.clear();
    m_lastOpen = 0;
    auto written = m_store.writeRollupOnly(m_closedHours, span); // merges a late sample's second part
    m_closedHours.clear();
    if (!written)
        return written.error();
    m_stats.rollupHours += written->inserted;
    return *written;
}

void TelemetryIngest::tally(RejectReason reason, AssetRef asset, std::uint16_t channel, TimestampMs tMs)
{
    RejectTally& t = m_tallies[{static_cast<int>(asset.kind), asset.id, channel, static_cast<int>(reason)}];
    t.asset = asset;
    t.channel = channel;
    t.reason = reason;
    ++t.count;
    t.lastSeenMs = std::max(t.lastSeenMs, tMs);
}

Result<WriteStats> TelemetryIngest::flush()
{
    std::vector<RejectTally> tallies;
    for (const auto& [key, t] : m_tallies)
        tallies.push_back(t);
    auto written = m_store.write(m_pending, tallies);
    if (!written) {
        discard();
        return written.error();
    }
    m_stats.inserted += written->inserted;
    m_stats.duplicates += written->duplicates;
    discard();
    return *written;
}

void TelemetryIngest::discard()
{
    m_pending.clear();
    m_tallies.clear();
}

} // namespace saggar
