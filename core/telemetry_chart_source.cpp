#include "telemetry_chart_source.h"

namespace saggar {

std::vector<TelemetryPoint> ChartLoad::linePoints() const
{
    if (!downsampled)
        return points;
    std::vector<TelemetryPoint> out;
    out.reserve(buckets.size());
    for (const TelemetryBucket& b : buckets)
        out.push_back({b.startMs, b.mean});
    return out;
}

} // namespace saggar
