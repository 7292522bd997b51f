// Time for telemetry: ISO-8601 and epoch-millisecond text to UTC ms and back, and civil-date
// arithmetic (proleptic Gregorian, no time zone database: China keeps UTC+8 all year).
#pragma once

#include "domain.h"

#include <optional>
#include <string>
#include <string_view>

namespace saggar {

inline constexpr TimestampMs kMsPerMinute = 60'000;
inline constexpr TimestampMs kMsPerHour = 3'600'000;
inline constexpr TimestampMs kMsPerDay = 86'400'000;
// China Standard Time, UTC+8, no daylight saving.
inline constexpr TimestampMs kChinaOffsetMs = 8 * kMsPerHour;

// UTC ms from ISO-8601 with a zone designator ("2026-05-28T10:15:00Z", "2026-05-28 18:15:00.25+08:00",
// "…+0800"), or from a plain count of milliseconds ("1780000000000"). Nothing for anything else,
// including a time without a zone, which would otherwise be silently off by the writer's offset.
std::optional<TimestampMs> parseTelemetryTime(std::string_view text);
// "2026-05-28T10:15:00.000Z"
std::string formatTelemetryTime(TimestampMs tMs);

// Days since 1970-01-01 of a civil date, and back (Howard Hinnant's algorithms).
std::int64_t daysFromCivil(int year, int month, int day);
struct CivilDate
{
    int year = 1970;
    int month = 1;
    int day = 1;
};
CivilDate civilFromDays(std::int64_t days);

// Floor division for times before the epoch as well.
inline std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace saggar
