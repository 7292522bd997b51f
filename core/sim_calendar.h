// The working calendar the simulated trucks and kilns follow: local (China Standard Time) days,
// weekdays and the Spring Festival, when most ceramics plants stop for about two weeks.
#pragma once

#include "telemetry_time.h"

namespace saggar::sim {

// The local day number (days since 1970-01-01 in UTC+8) of a UTC time, and its start in UTC.
inline std::int64_t localDay(TimestampMs utcMs)
{
    return floorDiv(utcMs + kChinaOffsetMs, kMsPerDay);
}
inline TimestampMs localDayStart(std::int64_t day)
{
    return day * kMsPerDay - kChinaOffsetMs;
}
// 0 Monday … 6 Sunday (1970-01-01 was a Thursday).
inline int weekday(std::int64_t day)
{
    return static_cast<int>(day + 3 - floorDiv(day + 3, 7) * 7);
}

// The local day of the Spring Festival (lunar new year) in `year`; 1 February outside the table.
std::int64_t springFestivalDay(int year);
// Whether a plant stops on `day`: from 5 days before the festival to 10 days after.
bool inSpringFestivalBreak(std::int64_t day);
// Day of the year, 0 … 365.
int dayOfYear(std::int64_t day);

} // namespace saggar::sim
