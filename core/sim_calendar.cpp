#include "sim_calendar.h"

#include <array>

namespace saggar::sim {
namespace {

struct Festival
{
    int year, month, day;
};
constexpr std::array<Festival, 10> kSpringFestival{{{2022, 2, 1},
                                                    {2023, 1, 22},
                                                    {2024, 2, 10},
                                                    {2025, 1, 29},
                                                    {2026, 2, 17},
                                                    {2027, 2, 6},
                                                    {2028, 1, 26},
                                                    {2029, 2, 13},
                                                    {2030, 2, 3},
                                                    {2031, 1, 23}}};

} // namespace

std::int64_t springFestivalDay(int year)
{
    for (const Festival& f : kSpringFestival)
        if (f.year == year)
            return daysFromCivil(f.year, f.month, f.day);
    return daysFromCivil(year, 2, 1);
}

bool inSpringFestivalBreak(std::int64_t day)
{
    const int year = civilFromDays(day).year;
    for (int y : {year, year + 1}) {
        const std::int64_t festival = springFestivalDay(y);
        if (day >= festival - 5 && day <= festival + 10)
            return true;
    }
    return false;
}

int dayOfYear(std::int64_t day)
{
    return static_cast<int>(day - daysFromCivil(civilFromDays(day).year, 1, 1));
}

} // namespace saggar::sim
