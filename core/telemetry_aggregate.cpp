#include "telemetry_aggregate.h"

#include "telemetry_time.h"

#include <algorithm>

namespace saggar {

std::vector<TelemetryBucket> downsamplePoints(std::span<const TelemetryPoint> points, TimeRange range,
                                              TimestampMs bucketMs)
{
    std::vector<TelemetryBucket> out;
    if (bucketMs <= 0 || range.length() == 0)
        return out;
    double sum = 0.0;
    for (const TelemetryPoint& p : points) {
        if (!range.contains(p.tMs))
            continue;
        const TimestampMs start = range.fromMs + (p.tMs - range.fromMs) / bucketMs * bucketMs;
        if (out.empty() || out.back().startMs != start) {
            if (!out.empty())
                out.back().mean = sum / static_cast<double>(out.back().count);
            out.push_back({start, p.value, p.value, 0.0, 0});
            sum = 0.0;
        }
        TelemetryBucket& b = out.back();
        b.min = std::min(b.min, p.value);
        b.max = std::max(b.max, p.value);
        sum += p.value;
        ++b.count;
    }
    if (!out.empty())
        out.back().mean = sum / static_cast<double>(out.back().count);
    return out;
}

TimestampMs bucketLengthFor(TimeRange range, int maxBuckets)
{
    const TimestampMs wanted = (range.length() + std::max(1, maxBuckets) - 1) / std::max(1, maxBuckets);
    if (wanted <= kDefaultReportIntervalMs)
        return kDefaultReportIntervalMs;
    if (wanted <= kMsPerHour) // 5, 10, 15, 20, 30 or 60 minutes
        for (TimestampMs m : {5, 10, 15, 20, 30, 60})
            if (m * kMsPerMinute >= wanted)
                return m * kMsPerMinute;
    return (wanted + kMsPerHour - 1) / kMsPerHour * kMsPerHour;
}

GapReport findGaps(std::span<const TimestampMs> times, TimeRange range, TimestampMs expectedIntervalMs)
{
    GapReport report;
    report.samples = static_cast<std::int64_t>(times.size());
    const TimestampMs length = range.length();
    if (length == 0)
        return report;
    const TimestampMs e = std::max<TimestampMs>(1, expectedIntervalMs);
    const TimestampMs late = e + e / 2;
    if (times.empty()) {
        report.gaps.push_back({range.fromMs, range.toMs});
    } else {
        if (times.front() - range.fromMs > late)
            report.gaps.push_back({range.fromMs, times.front()});
        for (std::size_t i = 1; i < times.size(); ++i)
            if (times[i] - times[i - 1] > late)
                report.gaps.push_back({times[i - 1] + e, times[i]});
        if (range.toMs - times.back() > late)
            report.gaps.push_back({times.back() + e, range.toMs});
    }
    TimestampMs missing = 0;
    for (const TelemetryGap& g : report.gaps)
        missing += g.toMs - g.fromMs;
    report.coveragePct = 100.0 * static_cast<double>(length - missing) / static_cast<double>(length);
    return report;
}

} // namespace saggar
