#include "store_asset_telemetry_source.h"

#include "telemetry_store.h"

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

Result<std::vector<TelemetryPoint>> readChannel(const TelemetryStore& store, AssetRef asset,
                                                ChannelId channel, TimeRange range)
{
    return store.read(SeriesKey{asset.kind, asset.id, channel}, range);
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
    auto firing = readChannel(store, asset, zone, range);
    if (!cycles)
        return cycles.error();
    if (!energy)
        return energy.error();
    if (!firing)
        return firing.error();
    out.kiln =
        summariseKiln(*cycles, *energy, *firing, kFiringTemperatureC, channelSpec(zone).expectedIntervalMs);
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
    if (count.value() <= std::max(2, maxPoints)) {
        auto lats = store.read(lat, range);
        auto lons = store.read(lon, range);
        if (!lats)
            return lats.error();
        if (!lons)
            return lons.error();
        out = pairTrack(*lats, *lons);
        return {};
    }
    // A long track: the mean position of each bucket, paired by the bucket's start.
    const TimestampMs bucketMs = bucketLengthFor(range, std::max(2, maxPoints));
    auto lats = store.downsample(lat, range, bucketMs);
    auto lons = store.downsample(lon, range, bucketMs);
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
    // Before the asset's first reading there was nothing to report: figures and coverage count from it.
    TimeRange measured = range;
    if (overview->firstMs() > measured.fromMs && overview->firstMs() < measured.toMs)
        measured.fromMs = overview->firstMs();
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
