#include "telemetry_ingest.h"

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
    m_pending.push_back(sample);
    return std::nullopt;
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
