// What the asset page on the Collateral tab asks of telemetry besides the chart lines: which channels
// a pledged truck or kiln has data for, and for a chosen range its summary figures, its data quality
// (coverage, gaps, refused readings) and, for a truck, its track. Declared here, implemented over
// telemetry.db in storage/ (StoreAssetTelemetrySource), called on a worker thread: an implementation
// must be safe to call from several threads at once.
#pragma once

#include "result.h"
#include "telemetry_assets.h"
#include "telemetry_geo.h"
#include "telemetry_summary.h"

#include <optional>
#include <vector>

namespace saggar {

// The firing band drawn on a kiln's firing-zone temperatures: from the temperature counted as "at
// temperature" (kFiringTemperatureC) to the point above which ceramic ware overfires.
inline constexpr double kFiringBandLowC = kFiringTemperatureC;
inline constexpr double kFiringBandHighC = 1300.0;

struct AssetChannelInfo
{
    ChannelId channel = ChannelId::Latitude;
    TimestampMs firstMs = 0; // the oldest reading still stored
    TimestampMs lastMs = 0;  // the newest reading
    double lastValue = 0.0;
};

// The channels an asset has readings for, in channel order; empty: no telemetry at all.
struct AssetTelemetryOverview
{
    std::vector<AssetChannelInfo> channels;

    bool empty() const { return channels.empty(); }
    bool has(ChannelId channel) const;
    TimestampMs firstMs() const; // 0 when empty
    TimestampMs latestMs() const;
};

struct ChannelQuality
{
    ChannelId channel = ChannelId::Latitude;
    std::int64_t samples = 0;
    double coveragePct = 0.0;
    int gapCount = 0;
    TimestampMs longestGapMs = 0;
};

struct AssetQuality
{
    TimeRange measured; // the range asked for, from the asset's first reading on
    std::vector<ChannelQuality> channels;
    // The worst channel's figures: the lowest coverage, the most gaps, the longest gap.
    double coveragePct = 0.0;
    int gapCount = 0;
    TimestampMs longestGapMs = 0;
    // Readings refused since the asset first reported (the store keeps tallies, not times).
    RejectCounts rejects;
};

// Sets the worst-channel figures of `quality` from its channels (100 % and no gaps without channels).
void combineChannelQuality(AssetQuality& quality);

// Pairs latitude and longitude readings taken at the same time into track points, in time order.
std::vector<GeoPoint> pairTrack(std::span<const TelemetryPoint> latitude,
                                std::span<const TelemetryPoint> longitude);

struct AssetTelemetryReport
{
    TimeRange range;
    std::optional<TruckSummary> truck; // for a truck
    std::optional<KilnSummary> kiln;   // for a kiln
    AssetQuality quality;
    std::vector<GeoPoint> track; // a truck's positions in the range, in time order (thinned when long)
};

class AssetTelemetrySource
{
public:
    virtual ~AssetTelemetrySource() = default;
    // No telemetry yet (not even a telemetry.db) is an empty overview, not an error.
    virtual Result<AssetTelemetryOverview> overview(AssetRef asset) = 0;
    // The figures for [range.fromMs, range.toMs); a track of at most about `maxTrackPoints` points.
    virtual Result<AssetTelemetryReport> report(AssetRef asset, TimeRange range, int maxTrackPoints) = 0;
};

} // namespace saggar
