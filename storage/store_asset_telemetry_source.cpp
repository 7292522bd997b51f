#include "store_asset_telemetry_source.h"

#include "telemetry_store.h"

#include "core/telemetry_time.h"

#include <algorithm>

namespace saggar {
namespace {

Result<AssetTelemetryOverview> overviewOf(const TelemetryStore& store, AssetRef asset)
{
    auto series = store.seriesOf(asset);
    if (!series)
        return series.error();
    AssetTelemetryOverview out;
    for (const SeriesInfo& s : series.value()) {
        if (!s.firstMs)
            continue; // every reading was removed by retention
        out.channels.push_back(AssetChannelInfo{s.key.channel, *s.firstMs, s.lastMs, s.lastValue});
    }
    return out;
}

// The range's readings of a channel, with each rollup-only hour in it (the demo's older history keeps
// hourly rollups without their readings) standing in as points: a counter's first and last readings
// of the hour (its min at the hour's start, its max at its end), any other channel's hourly mean.
// `hours` receives those hours' buckets.
Result<std::vector<TelemetryPoint>> readChannel(const TelemetryStore& store, AssetRef asset,
                                                ChannelId channel, TimeRange range,
                                                std::vector<TelemetryBucket>* hours = nullptr)
{
    const SeriesKey key{asset.kind, asset.id, channel};
    auto points = store.read(key, range);
    if (!points)
        return points.error();
    auto spans = store.rollupOnlySpans(key, range);
    if (!spans)
        return spans.error();
    if (spans->empty())
        return points;
    const bool counter = channelSpec(channel).counter;
    std::vector<TelemetryPoint> out = std::move(points.value());
    for (const TimeRange& span : spans.value()) {
        const TimeRange whole{span.fromMs - span.fromMs % kMsPerHour, span.toMs};
        auto buckets = store.downsample(key, whole, kMsPerHour);
        if (!buckets)
            return buckets.error();
        for (const TelemetryBucket& b : buckets.value()) {
            if (!range.contains(b.startMs))
                continue; // an hour begun before the range: its rollup is not the range's
            if (counter) {
                out.push_back(TelemetryPoint{b.startMs, b.min});
                out.push_back(TelemetryPoint{b.startMs + kMsPerHour - 1, b.max});
            } else {
                out.push_back(TelemetryPoint{b.startMs, b.mean});
            }
            if (hours)
                hours->push_back(b);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TelemetryPoint& a, const TelemetryPoint& b) { return a.tMs < b.tMs; });
    return out;
}

Result<void> summarise(const TelemetryStore& store, const AssetTelemetryOverview& overview, AssetRef asset,
                       TimeRange range, AssetTelemetryReport& out)
{
    if (asset.kind == AssetKind::Truck) {
        auto odometer = readChannel(store, asset, ChannelId::Odometer, range);
        auto hours = readChannel(store, asset, ChannelId::EngineHours, range);
        auto fuel = readChannel(store, asset, ChannelId::FuelLevel, range);
        if (!odometer)
            return odometer.error();
        if (!hours)
            return hours.error();
        if (!fuel)
            return fuel.error();
        out.truck = summariseTruck(*odometer, *hours, *fuel, range);
        return {};
    }
    const ChannelId meter =
        overview.has(ChannelId::ElectricityUse) ? ChannelId::ElectricityUse : ChannelId::GasUse;
    const ChannelId zone = overview.has(ChannelId::Zone4Temp) ? ChannelId::Zone4Temp : ChannelId::Zone3Temp;
    auto cycles = readChannel(store, asset, ChannelId::FiringCycles, range);
    auto energy = readChannel(store, asset, meter, range);
    auto firing = store.read(SeriesKey{asset.kind, asset.id, zone}, range);
    std::vector<TelemetryBucket> zoneHours;
    auto withHours = readChannel(store, asset, zone, range, &zoneHours);
    if (!cycles)
        return cycles.error();
    if (!energy)
        return energy.error();
    if (!firing)
        return firing.error();
    if (!withHours)
        return withHours.error();
    out.kiln =
        summariseKiln(*cycles, *energy, *firing, kFiringTemperatureC, channelSpec(zone).expectedIntervalMs);
    // A rollup-only hour counts as at temperature when its mean is.
    for (const TelemetryBucket& b : zoneHours)
        if (b.mean >= kFiringTemperatureC)
            out.kiln->hoursAtTemperature += 1.0;
    return {};
}

Result<void> measureQuality(const TelemetryStore& store, const AssetTelemetryOverview& overview,
                            AssetRef asset, TimeRange range, AssetQuality& out)
{
    out.measured = range;
    for (const AssetChannelInfo& c : overview.channels) {
        auto report = store.gaps(SeriesKey{asset.kind, asset.id, c.channel}, range);
        if (!report)
            return report.error();
        ChannelQuality q;
        q.channel = c.channel;
        q.samples = report->samples;
        q.coveragePct = report->coveragePct;
        q.gapCount = static_cast<int>(report->gaps.size());
        for (const TelemetryGap& g : report->gaps)
            q.longestGapMs = std::max(q.longestGapMs, g.toMs - g.fromMs);
        out.channels.push_back(q);
    }
    combineChannelQuality(out);
    auto tallies = store.rejects(asset);
    if (!tallies)
        return tallies.error();
    for (const RejectTally& t : tallies.value())
        out.rejects.add(t.reason, t.count);
    return {};
}

Result<void> readTrack(const TelemetryStore& store, AssetRef asset, TimeRange range, int maxPoints,
                       std::vector<GeoPoint>& out)
{
    const SeriesKey lat{asset.kind, asset.id, ChannelId::Latitude};
    const SeriesKey lon{asset.kind, asset.id, ChannelId::Longitude};
    auto count = store.count(lat, range);
    if (!count)
        return count.error();
    auto spans = store.rollupOnlySpans(lat, range);
    if (!spans)
        return spans.error();
    if (count.value() <= std::max(2, maxPoints) && spans->empty()) {
        auto lats = store.read(lat, range);
        auto lons = store.read(lon, range);
        if (!lats)
            return lats.error();
        if (!lons)
            return lons.error();
        out = pairTrack(*lats, *lons);
        return {};
    }
    // A long track, or one reaching into rollup-only hours: the mean position of each bucket, paired
    // by the bucket's start (both channels get the same buckets).
    auto lats = store.downsampleForWidth(lat, range, std::max(2, maxPoints));
    auto lons = store.downsampleForWidth(lon, range, std::max(2, maxPoints));
    if (!lats)
        return lats.error();
    if (!lons)
        return lons.error();
    std::vector<TelemetryPoint> latMeans, lonMeans;
    for (const TelemetryBucket& b : *lats)
        latMeans.push_back(TelemetryPoint{b.startMs, b.mean});
    for (const TelemetryBucket& b : *lons)
        lonMeans.push_back(TelemetryPoint{b.startMs, b.mean});
    out = pairTrack(latMeans, lonMeans);
    return {};
}

} // namespace

Result<AssetTelemetryOverview> StoreAssetTelemetrySource::overview(AssetRef asset)
{
    auto store = TelemetryStore::openInWorkspace(m_dir, OpenMode::ExistingReadOnly);
    if (!store) {
        if (store.error().code == ErrorCode::DatabaseMissing)
            return AssetTelemetryOverview{};
        return store.error();
    }
    return overviewOf(*store.value(), asset);
}

Result<AssetTelemetryReport> StoreAssetTelemetrySource::report(AssetRef asset, TimeRange range,
                                                               int maxTrackPoints)
{
    if (range.toMs <= range.fromMs)
        return Error{"The range must end after it starts.", ErrorCode::InvalidInput, nullptr};
    AssetTelemetryReport out;
    out.range = range;
    out.quality.measured = range;
    auto store = TelemetryStore::openInWorkspace(m_dir, OpenMode::ExistingReadOnly);
    if (!store) {
        if (store.error().code == ErrorCode::DatabaseMissing)
            return out;
        return store.error();
    }
    const TelemetryStore& s = *store.value();
    auto overview = overviewOf(s, asset);
    if (!overview)
        return overview.error();
    if (overview->empty())
        return out;
    // Before the asset's first reading there was nothing to report: figures and coverage count from it
    // (or from its first rollup-only hour, which the series' first reading does not include).
    TimeRange measured = range;
    TimestampMs first = overview->firstMs();
    auto spans =
        s.rollupOnlySpans(SeriesKey{asset.kind, asset.id, overview->channels.front().channel}, range);
    if (!spans)
        return spans.error();
    if (!spans->empty())
        first = std::min(first, spans->front().fromMs);
    if (first > measured.fromMs && first < measured.toMs)
        measured.fromMs = first;
    out.range = measured;
    if (auto r = summarise(s, *overview, asset, measured, out); !r)
        return r.error();
    if (auto r = measureQuality(s, *overview, asset, measured, out.quality); !r)
        return r.error();
    if (asset.kind == AssetKind::Truck && overview->has(ChannelId::Latitude))
        if (auto r = readTrack(s, asset, measured, maxTrackPoints, out.track); !r)
            return r.error();
    return out;
}

} // namespace saggar
