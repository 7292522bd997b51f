#include "store_chart_source.h"

#include "telemetry_store.h"

#include <algorithm>

namespace saggar {

Result<ChartLoad> StoreChartSource::load(const SeriesKey& series, TimeRange range, int maxPoints)
{
    auto store = TelemetryStore::openInWorkspace(m_dir, OpenMode::ExistingReadOnly);
    if (!store) {
        if (store.error().code == ErrorCode::DatabaseMissing)
            return ChartLoad{};
        return store.error();
    }
    return loadFrom(*store.value(), series, range, maxPoints);
}

Result<ChartLoad> StoreChartSource::loadFrom(const TelemetryStore& store, const SeriesKey& series,
                                             TimeRange range, int maxPoints)
{
    auto count = store.count(series, range);
    if (!count)
        return count.error();
    // Rollup-only hours have no readings to draw: any part of them makes the load hourly buckets.
    auto rollupOnly = store.rollupOnlySpans(series, range);
    if (!rollupOnly)
        return rollupOnly.error();
    ChartLoad out;
    if (count.value() <= std::max(1, maxPoints) && rollupOnly.value().empty()) {
        auto points = store.read(series, range);
        if (!points)
            return points.error();
        out.points = std::move(points.value());
        return out;
    }
    auto buckets = store.downsampleForWidth(series, range, std::max(1, maxPoints));
    if (!buckets)
        return buckets.error();
    out.downsampled = true;
    out.buckets = std::move(buckets.value());
    // The bucket length: the shortest step between neighbours (absent buckets only lengthen steps).
    for (std::size_t i = 1; i < out.buckets.size(); ++i) {
        const TimestampMs step = out.buckets[i].startMs - out.buckets[i - 1].startMs;
        if (out.bucketMs == 0 || step < out.bucketMs)
            out.bucketMs = step;
    }
    return out;
}

} // namespace saggar
