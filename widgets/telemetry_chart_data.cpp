#include "telemetry_chart_data.h"

#include <limits>

namespace saggar {

PlotColumns plotColumns(const std::vector<TelemetryPoint>& points, TimestampMs expectedIntervalMs)
{
    PlotColumns out;
    out.keys.reserve(points.size() + 16);
    out.values.reserve(points.size() + 16);
    const double limitMs = static_cast<double>(expectedIntervalMs) * kGapFactor;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0 && expectedIntervalMs > 0 &&
            static_cast<double>(points[i].tMs - points[i - 1].tMs) > limitMs) {
            // The NaN sits in the middle of the gap so the key order stays ascending.
            out.keys.push_back(static_cast<double>(points[i - 1].tMs + points[i].tMs) / 2000.0);
            out.values.push_back(std::numeric_limits<double>::quiet_NaN());
            ++out.gapCount;
        }
        out.keys.push_back(static_cast<double>(points[i].tMs) / 1000.0);
        out.values.push_back(points[i].value);
    }
    return out;
}

TimeRange presetRange(RangePreset preset, TimestampMs endMs)
{
    constexpr TimestampMs day = 24LL * 3600 * 1000;
    TimestampMs length = day;
    switch (preset) {
    case RangePreset::Day:
    case RangePreset::Custom:
        length = day;
        break;
    case RangePreset::Week:
        length = 7 * day;
        break;
    case RangePreset::Month:
        length = 30 * day;
        break;
    case RangePreset::Year:
        length = 365 * day;
        break;
    }
    return TimeRange{endMs - length, endMs};
}

} // namespace saggar
