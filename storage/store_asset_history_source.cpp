#include "store_asset_history_source.h"

#include "telemetry_store.h"

#include "core/telemetry_time.h"

#include <algorithm>
#include <limits>

namespace saggar {
namespace {

// Overlapping or touching spans joined, oldest first.
std::vector<TimeRange> joined(std::vector<TimeRange> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const TimeRange& a, const TimeRange& b) { return a.fromMs < b.fromMs; });
    std::vector<TimeRange> out;
    for (const TimeRange& s : spans) {
        if (!out.empty() && s.fromMs <= out.back().toMs)
            out.back().toMs = std::max(out.back().toMs, s.toMs);
        else
            out.push_back(s);
    }
    return out;
}

} // namespace

Result<AssetHistory> StoreAssetHistorySource::history(AssetRef asset, TimeRange range)
{
    if (range.toMs <= range.fromMs)
        return Error{"The range must end after it starts.", ErrorCode::InvalidInput, nullptr};
    AssetHistory out;
    out.asset = asset;
    out.range = range;
    auto opened = TelemetryStore::openInWorkspace(m_dir, OpenMode::ExistingReadOnly);
    if (!opened) {
        if (opened.error().code == ErrorCode::DatabaseMissing)
            return out;
        return opened.error();
    }
    const TelemetryStore& store = *opened.value();
    auto series = store.seriesOf(asset);
    if (!series)
        return series.error();

    // The range counts from the asset's first data: its first reading or its first rollup-only hour.
    struct Channel
    {
        SeriesKey key;
        std::vector<TimeRange> spans;
    };
    std::vector<Channel> channels;
    TimestampMs first = std::numeric_limits<TimestampMs>::max();
    for (const SeriesInfo& s : series.value()) {
        auto spans = store.rollupOnlySpans(s.key, range);
        if (!spans)
            return spans.error();
        if (s.firstMs)
            first = std::min(first, *s.firstMs);
        if (!spans->empty())
            first = std::min(first, spans->front().fromMs);
        channels.push_back(Channel{s.key, std::move(spans).value()});
    }
    if (first >= range.toMs)
        return out; // nothing before the range's end
    out.range.fromMs = std::max(range.fromMs, first);

    std::vector<TimeRange> allSpans;
    for (const Channel& c : channels) {
        ChannelHistory h;
        h.channel = c.key.channel;
        auto readings = store.read(c.key, out.range);
        if (!readings)
            return readings.error();
        h.readings = std::move(readings).value();
        for (const TimeRange& span : c.spans) {
            const TimeRange whole{span.fromMs - span.fromMs % kMsPerHour, span.toMs};
            auto hours = store.downsample(c.key, whole, kMsPerHour);
            if (!hours)
                return hours.error();
            for (const TelemetryBucket& b : hours.value())
                if (out.range.contains(b.startMs)) // an hour begun before the range is not the range's
                    h.hours.push_back(b);
            allSpans.push_back(TimeRange{std::max(span.fromMs, out.range.fromMs), span.toMs});
        }
        if (!h.readings.empty() || !h.hours.empty())
            out.channels.push_back(std::move(h));
    }
    out.hourlySpans = joined(std::move(allSpans));
    return out;
}

} // namespace saggar
