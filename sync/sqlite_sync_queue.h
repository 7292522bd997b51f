// SyncQueue over the workspace database: the outbox and the stored 409 and refusal replies.
#pragma once

#include "core/sync_queue.h"
#include "storage/database.h"

#include <functional>

namespace saggar {

class SqliteSyncQueue : public SyncQueue
{
public:
    SqliteSyncQueue(Database& db, std::function<TimestampMs()> clock) : m_db(db), m_clock(std::move(clock)) {}
    Result<std::vector<QueuedEdit>> queuedEdits(std::size_t limit) override;
    Result<std::vector<EditConflict>> conflicts() override;
    Result<void> keepMine(std::int64_t conflictId) override;
    Result<void> takeTheirs(std::int64_t conflictId) override;

private:
    Database& m_db;
    std::function<TimestampMs()> m_clock;
};

} // namespace saggar
