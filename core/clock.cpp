#include "clock.h"

#include <chrono>

namespace saggar {

TimestampMs SystemClock::nowMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace saggar
