#include "asset_history_source.h"

#include <algorithm>

namespace saggar {

const ChannelHistory* AssetHistory::channel(ChannelId id) const
{
    for (const ChannelHistory& c : channels)
        if (c.channel == id)
            return &c;
    return nullptr;
}

TimeRange AssetHistory::rawRange() const
{
    if (hourlySpans.empty())
        return range;
    return TimeRange{std::clamp(hourlySpans.back().toMs, range.fromMs, range.toMs), range.toMs};
}

TimestampMs AssetHistory::hourlyLengthMs() const
{
    TimestampMs total = 0;
    for (const TimeRange& s : hourlySpans)
        total += s.length();
    return total;
}

} // namespace saggar
