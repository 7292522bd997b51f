// The idempotency records' expiry job (docs/server.md): records older than the kept days (at least 30,
// configurable with --idempotency-days) are purged when the server starts and then once a day, on a
// thread of its own that takes the store's lock for each purge. The clock is injected so tests can age
// the records without waiting.
#pragma once

#include "idempotency.h"

#include "core/clock.h"
#include "storage/database.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace saggar::server {

class IdempotencyExpiry
{
public:
    // `keepDays` below kMinIdempotencyKeepDays is raised to it. `storeMutex` guards `db`.
    IdempotencyExpiry(Database& db, std::mutex& storeMutex, const Clock& clock, int keepDays);
    ~IdempotencyExpiry(); // stops the timer
    IdempotencyExpiry(const IdempotencyExpiry&) = delete;
    IdempotencyExpiry& operator=(const IdempotencyExpiry&) = delete;

    // One purge now; returns how many records went (-1 when the database refused).
    std::int64_t purgeNow();
    // Purges now (on the calling thread, so the start's purge is done when this returns), then every
    // `intervalMs` of real time (a day by default) on the job's thread until destruction.
    void start(std::int64_t intervalMs = 24LL * 3600 * 1000);
    void stop();
    int keepDays() const { return m_keepDays; }
    std::int64_t purgedTotal() const;

private:
    Database& m_db;
    std::mutex& m_storeMutex;
    const Clock& m_clock;
    int m_keepDays;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::int64_t m_purged = 0;
    std::thread m_thread;
};

} // namespace saggar::server
