#include "asset_telemetry_source.h"

#include <algorithm>

namespace saggar {

bool AssetTelemetryOverview::has(ChannelId channel) const
{
    return std::any_of(channels.begin(), channels.end(),
                       [channel](const AssetChannelInfo& c) { return c.channel == channel; });
}

TimestampMs AssetTelemetryOverview::firstMs() const
{
    TimestampMs first = 0;
    for (const AssetChannelInfo& c : channels)
        if (first == 0 || c.firstMs < first)
            first = c.firstMs;
    return first;
}

TimestampMs AssetTelemetryOverview::latestMs() const
{
    TimestampMs latest = 0;
    for (const AssetChannelInfo& c : channels)
        latest = std::max(latest, c.lastMs);
    return latest;
}

void combineChannelQuality(AssetQuality& quality)
{
    quality.coveragePct = 100.0;
    quality.gapCount = 0;
    quality.longestGapMs = 0;
    for (const ChannelQuality& c : quality.channels) {
        quality.coveragePct = std::min(quality.coveragePct, c.coveragePct);
        quality.gapCount = std::max(quality.gapCount, c.gapCount);
        quality.longestGapMs = std::max(quality.longestGapMs, c.longestGapMs);
    }
}

std::vector<GeoPoint> pairTrack(std::span<const TelemetryPoint> latitude,
                                std::span<const TelemetryPoint> longitude)
{
    std::vector<GeoPoint> track;
    track.reserve(std::min(latitude.size(), longitude.size()));
    std::size_t j = 0;
    for (const TelemetryPoint& lat : latitude) {
        while (j < longitude.size() && longitude[j].tMs < lat.tMs)
            ++j;
        if (j == longitude.size())
            break;
        if (longitude[j].tMs == lat.tMs)
            track.push_back(GeoPoint{lat.value, longitude[j].value});
    }
    return track;
}

} // namespace saggar
