#include "repository_support.h"

#include <chrono>

namespace saggar {

int utcYear(TimestampMs ms)
{
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(ms)));
    return static_cast<int>(year_month_day(day).year());
}

TimestampMs nowUtcMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

int currentUtcYear()
{
    return utcYear(nowUtcMs());
}

Result<void> refuseIfInvalid(std::string_view what, const std::vector<FieldIssue>& issues)
{
    if (issues.empty())
        return {};
    std::string message = std::string(what) + " was not saved: ";
    for (std::size_t i = 0; i < issues.size(); ++i) {
        if (i > 0)
            message += "; ";
        message += issues[i].issue.message + " (" + std::string(fieldKey(issues[i].field)) + ")";
    }
    return makeError(message, ErrorCode::InvalidInput);
}

} // namespace saggar
