#include "telemetry_time.h"

#include <array>
#include <cstdio>

namespace saggar {
namespace {

// Reads exactly `count` digits at `pos`; advances `pos`.
std::optional<int> digits(std::string_view text, std::size_t& pos, std::size_t count)
{
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    pos += count;
    return value;
}

bool expect(std::string_view text, std::size_t& pos, char c)
{
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

std::optional<TimestampMs> parseEpochMs(std::string_view text)
{
    if (text.empty() || text.size() > 15)
        return std::nullopt;
    TimestampMs value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// "Z", "+08:00", "+0800", "+08", "-05:30": the offset east of UTC in ms.
std::optional<TimestampMs> parseZone(std::string_view text, std::size_t& pos)
{
    if (expect(text, pos, 'Z') || expect(text, pos, 'z'))
        return 0;
    if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-'))
        return std::nullopt;
    const bool east = text[pos++] == '+';
    const auto hours = digits(text, pos, 2);
    if (!hours || *hours > 14)
        return std::nullopt;
    int minutes = 0;
    if (pos < text.size()) {
        expect(text, pos, ':');
        const auto m = digits(text, pos, 2);
        if (!m || *m > 59)
            return std::nullopt;
        minutes = *m;
    }
    const TimestampMs offset = (*hours * 60 + minutes) * kMsPerMinute;
    return east ? offset : -offset;
}

} // namespace

std::int64_t daysFromCivil(int year, int month, int day)
{
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = floorDiv(y, 400);
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(std::int64_t days)
{
    const std::int64_t z = days + 719468;
    const std::int64_t era = floorDiv(z, 146097);
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const auto d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const auto m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const auto y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return {y, m, d};
}

std::optional<TimestampMs> parseTelemetryTime(std::string_view text)
{
    if (text.find('-') == std::string_view::npos)
        return parseEpochMs(text);
    std::size_t pos = 0;
    const auto year = digits(text, pos, 4);
    if (!year || !expect(text, pos, '-'))
        return std::nullopt;
    const auto month = digits(text, pos, 2);
    if (!month || *month < 1 || *month > 12 || !expect(text, pos, '-'))
        return std::nullopt;
    const auto day = digits(text, pos, 2);
    if (!day || *day < 1 || *day > daysInMonth(*year, *month))
        return std::nullopt;
    if (!expect(text, pos, 'T') && !expect(text, pos, 't') && !expect(text, pos, ' '))
        return std::nullopt;
    const auto hour = digits(text, pos, 2);
    if (!hour || *hour > 23 || !expect(text, pos, ':'))
        return std::nullopt;
    const auto minute = digits(text, pos, 2);
    if (!minute || *minute > 59)
        return std::nullopt;
    int second = 0;
    TimestampMs millis = 0;
    if (expect(text, pos, ':')) {
        const auto s = digits(text, pos, 2);
        if (!s || *s > 59)
            return std::nullopt;
        second = *s;
        if (expect(text, pos, '.') || expect(text, pos, ',')) {
            // Up to nanoseconds; kept to the millisecond (truncated, like the devices do).
            int fractionDigits = 0;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
                if (fractionDigits < 3)
                    millis = millis * 10 + (text[pos] - '0');
                ++fractionDigits;
                ++pos;
            }
            if (fractionDigits == 0 || fractionDigits > 9)
                return std::nullopt;
            for (int i = fractionDigits; i < 3; ++i)
                millis *= 10;
        }
    }
    const auto offset = parseZone(text, pos);
    if (!offset || pos != text.size())
        return std::nullopt;
    const std::int64_t days = daysFromCivil(*year, *month, *day);
    return days * kMsPerDay + ((*hour * 60 + *minute) * 60 + second) * 1000 + millis - *offset;
}

std::string formatTelemetryTime(TimestampMs tMs)
{
    const std::int64_t days = floorDiv(tMs, kMsPerDay);
    const TimestampMs inDay = tMs - days * kMsPerDay;
    const CivilDate date = civilFromDays(days);
    std::array<char, 40> buf{};
    const int n = std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year,
                                date.month, date.day, static_cast<int>(inDay / kMsPerHour),
                                static_cast<int>(inDay / kMsPerMinute % 60),
                                static_cast<int>(inDay / 1000 % 60), static_cast<int>(inDay % 1000));
    return std::string(buf.data(), static_cast<std::size_t>(n > 0 ? n : 0));
}

} // namespace saggar
