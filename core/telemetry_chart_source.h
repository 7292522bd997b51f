// Where a chart's data comes from: the UI asks for one channel over a range with at most so many points
// and gets raw readings (short ranges) or min/max/mean buckets (long ranges). Declared here, implemented
// over the telemetry store in storage/ (StoreChartSource), called on a worker thread: an implementation
// must be safe to call from several threads at once.
#pragma once

#include "result.h"
#include "telemetry_aggregate.h"
#include "telemetry_sample.h"

#include <vector>

namespace saggar {

struct ChartLoad
{
    bool downsampled = false;
    std::vector<TelemetryPoint> points;   // raw readings, oldest first (when not downsampled)
    std::vector<TelemetryBucket> buckets; // when downsampled; a bucket without readings is absent
    TimestampMs bucketMs = 0;             // the buckets' length (a gap is longer than a few of these)

    // What a chart line draws: the readings, or each bucket's mean at its start.
    std::vector<TelemetryPoint> linePoints() const;
};

class TelemetryChartSource
{
public:
    virtual ~TelemetryChartSource() = default;
    // No telemetry yet for the series is an empty load, not an error.
    virtual Result<ChartLoad> load(const SeriesKey& series, TimeRange range, int maxPoints) = 0;
};

} // namespace saggar
