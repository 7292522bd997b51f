#include "idempotency_expiry.h"

#include "idempotency.h"

#include <algorithm>
#include <chrono>

namespace saggar::server {

IdempotencyExpiry::IdempotencyExpiry(Database& db, std::mutex& storeMutex, const Clock& clock, int keepDays)
    : m_db(db), m_storeMutex(storeMutex), m_clock(clock),
      m_keepDays(std::max(keepDays, kMinIdempotencyKeepDays))
{}

IdempotencyExpiry::~IdempotencyExpiry()
{
    stop();
}

std::int64_t IdempotencyExpiry::purgeNow()
{
    Result<std::int64_t> purged = std::int64_t{0};
    {
        std::lock_guard lock(m_storeMutex);
        purged = expireIdempotencyRecords(m_db, m_clock.nowMs(), m_keepDays * kDayMs);
    }
    if (!purged)
        return -1;
    std::lock_guard lock(m_mutex);
    m_purged += purged.value();
    return purged.value();
}

void IdempotencyExpiry::start(std::int64_t intervalMs)
{
    purgeNow();
    std::lock_guard guard(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this, intervalMs] {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs), [this] { return m_stopping; }))
                return;
            lock.unlock();
            purgeNow();
            lock.lock();
        }
    });
}

void IdempotencyExpiry::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

std::int64_t IdempotencyExpiry::purgedTotal() const
{
    std::lock_guard lock(m_mutex);
    return m_purged;
}

} // namespace saggar::server
