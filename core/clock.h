// The time the application runs on, behind an interface so tests can hold it still and move it on
// (the alert queue's 30-minute response clock, automatic escalation).
#pragma once

#include "domain.h"

#include <atomic>

namespace saggar {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual TimestampMs nowMs() const = 0; // UTC milliseconds since the epoch
};

// The system's wall clock.
class SystemClock : public Clock
{
public:
    TimestampMs nowMs() const override;
};

// A clock that only moves when told to; safe to read from another thread.
class ManualClock : public Clock
{
public:
    explicit ManualClock(TimestampMs startMs = 0) : m_now(startMs) {}
    TimestampMs nowMs() const override { return m_now.load(); }
    void set(TimestampMs ms) { m_now.store(ms); }
    void advance(TimestampMs ms) { m_now.fetch_add(ms); }

private:
    std::atomic<TimestampMs> m_now;
};

} // namespace saggar
