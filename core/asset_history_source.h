// An asset's telemetry over a long range as a valuation reads it: every reading the store keeps in the
// range, and for the part kept only as hourly rollups (older history: the demo keeps the last 7 days as
// readings and the 358 before as rollups) each hour's minimum, maximum, mean and count. Unlike the chart
// source, nothing is thinned, so counts (harsh events, idle readings) stay honest on the raw part.
// Declared here, implemented over telemetry.db in storage/ (StoreAssetHistorySource); an implementation
// must be safe to call from several threads at once (valuations run on a worker).
#pragma once

#include "result.h"
#include "telemetry_aggregate.h"
#include "telemetry_assets.h"

#include <vector>

namespace saggar {

struct ChannelHistory
{
    ChannelId channel = ChannelId::Latitude;
    std::vector<TelemetryPoint> readings; // the kept readings in the range, oldest first
    std::vector<TelemetryBucket> hours; // the rollup-only hours in the range (one-hour buckets), oldest first
};

struct AssetHistory
{
    AssetRef asset;
    TimeRange range; // the range asked for, from the asset's first reading or first rollup-only hour on
    std::vector<TimeRange> hourlySpans;   // the parts of `range` kept only as hourly rollups, oldest first
    std::vector<ChannelHistory> channels; // in channel order; empty: no telemetry in the range

    bool empty() const { return channels.empty(); }
    const ChannelHistory* channel(ChannelId id) const; // nullptr when the asset has none
    // The part of the range after the last rollup-only span: where readings are kept (the whole range
    // without rollup-only spans).
    TimeRange rawRange() const;
    TimestampMs hourlyLengthMs() const; // total length of the rollup-only spans
};

class AssetHistorySource
{
public:
    virtual ~AssetHistorySource() = default;
    // The readings and rollup-only hours of every channel of `asset` in `range`. No telemetry (not even
    // a telemetry.db) is an empty history, not an error; an empty range is InvalidInput.
    virtual Result<AssetHistory> history(AssetRef asset, TimeRange range) = 0;
};

} // namespace saggar
