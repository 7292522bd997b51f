// Summaries of a telemetry series: downsampling into time buckets (min, max, mean, count) for long
// ranges, and gap detection with coverage against the channel's expected report interval. Pure
// functions over sorted points; the store computes the same from its hourly rollups where it can.
#pragma once

#include "telemetry_sample.h"

#include <span>
#include <vector>

namespace saggar {

// One bucket [startMs, startMs + bucket length) holding at least one reading.
struct TelemetryBucket
{
    TimestampMs startMs = 0;
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    std::int64_t count = 0;
};

// Buckets of `bucketMs` starting at range.fromMs; points outside the range are ignored, and a bucket
// without readings is left out (a chart draws it as a gap). `points` must be sorted by time.
std::vector<TelemetryBucket> downsamplePoints(std::span<const TelemetryPoint> points, TimeRange range,
                                              TimestampMs bucketMs);

// The bucket length for at most `maxBuckets` buckets over `range`: at least one report interval,
// and a whole number of hours once above an hour so that the store can answer from its rollups.
TimestampMs bucketLengthFor(TimeRange range, int maxBuckets);

struct TelemetryGap
{
    TimestampMs fromMs = 0; // when the missing report was due
    TimestampMs toMs = 0;   // when the next report arrived (or the range ended)
};

struct GapReport
{
    std::vector<TelemetryGap> gaps;
    double coveragePct = 0.0; // share of the range not inside a gap
    std::int64_t samples = 0;
};

// A report is late by more than half an interval: a gap. Between readings a and b with
// b − a > 1.5 × expected, the gap runs from a + expected (when the next report was due) to b. At the
// range's start, a first reading more than 1.5 intervals in makes [from, first) a gap; at its end,
// a last reading more than 1.5 intervals before the end makes [last + expected, to) one. No reading
// at all: the whole range is a gap. Coverage is 100 × (1 − total gap length / range length).
// `times` must be sorted and inside the range.
GapReport findGaps(std::span<const TimestampMs> times, TimeRange range, TimestampMs expectedIntervalMs);

} // namespace saggar
