// The sync engine: pushes the outbox to the server in order and pulls the change feed, on its own
// thread with its own database connection. Plain C++ (no Qt): the UI hears about it only through
// SyncListener, whose calls arrive on the engine's thread (app/ queues them onto the GUI thread).
#pragma once

#include "backoff.h"
#include "sync_reply.h"
#include "sync_transport.h"

#include "core/domain.h"
#include "core/result.h"
#include "storage/database.h"
#include "storage/sync_outbox.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace saggar {

struct SyncStatus
{
    bool online = false; // the last exchange got an HTTP answer
    std::int64_t pending = 0;
    std::int64_t conflicts = 0;
    TimestampMs lastSuccessMs = 0;
    std::string lastError; // empty after a clean pass
};

class SyncListener
{
public:
    virtual ~SyncListener() = default;
    virtual void syncStatusChanged(const SyncStatus& status) = 0;
    virtual void filesChanged(const std::vector<Id>& fileIds) = 0;
};

struct SyncEngineOptions
{
    std::string databasePath;
    std::uint64_t seed = 0; // backoff jitter; tests pass a fixed one
    std::int64_t backoffBaseMs = 500;
    std::int64_t backoffCapMs = 5 * 60 * 1000;
    std::int64_t pullIntervalMs = 30 * 1000;
    std::size_t batch = 500; // outbox rows read per query
    // Push several files' next edits in one request (POST /api/v1/patches); an older server that
    // answers 404 gets one PATCH at a time.
    bool batchPush = false;
    std::size_t maxBatchPatches = 200;
    std::function<TimestampMs()> clock; // default: the system clock
};

class SyncEngine
{
public:
    SyncEngine(SyncEngineOptions options, std::unique_ptr<SyncTransport> transport, SyncListener* listener);
    ~SyncEngine(); // stops the thread
    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    // Opens the engine's own connection to the workspace database.
    Result<void> open();
    void start();
    void stop();
    // Ask for a pass now (after a local edit, or when the user presses "sync now").
    void wake();

    // One pass on the calling thread (the engine's thread, or a test before start()): pushes every due
    // row in order, stopping at the first that must wait, then pulls the feed until it has no more.
    // Returns when the next pass is due.
    TimestampMs runOnce();
    SyncStatus status() const;

private:
    TimestampMs now() const;
    TimestampMs push(TimestampMs now);
    TimestampMs pull(TimestampMs now);
    // One page of the change feed after `cursor`, read and checked; or why not (error, whether the
    // server answered, its Retry-After). Runs on a helper thread while the page before it is stored.
    struct PageFetch
    {
        std::optional<ChangePage> page;
        std::string error;
        bool online = false;
        std::string retryAfter;
    };
    PageFetch fetchPage(std::int64_t cursor);
    TimestampMs retryAt(TimestampMs now, int attempts, const std::string& retryAfter);
    void setError(std::string message, bool online);
    // Applies the server's answer to one row; a time means stop pushing until then.
    std::optional<TimestampMs> settle(SqliteOutbox& outbox, const OutboxRow& row, int status,
                                      const std::string& body, const std::string& retryAfter, TimestampMs t,
                                      bool& reread);
    // The head row names a truck or kiln by a local id (storage/sync_asset_ids.h): rewritten from the ties
    // (true), or refused here as a 404 when one is not tied (false); nullopt: the database failed.
    std::optional<bool> holdLocalAssetRow(SqliteOutbox& outbox, const OutboxRow& row, TimestampMs t);
    std::optional<TimestampMs> pushBatch(SqliteOutbox& outbox, const std::vector<const OutboxRow*>& rows,
                                         TimestampMs t);
    void refetch(std::set<Id>& changed);
    void publish();
    void loop();

    SyncEngineOptions m_options;
    std::unique_ptr<SyncTransport> m_transport;
    SyncListener* m_listener;
    std::unique_ptr<Database> m_db;
    Backoff m_backoff;
    int m_pullFailures = 0;
    TimestampMs m_nextPullMs = 0;
    bool m_batchUnsupported = false;
    // Files whose edit, move or delete the server refused: read again with GET /api/v1/files/{id} after
    // the next pull and applied whatever its version, since the refused change is still applied here and a
    // copy the feed brought while it waited was not.
    std::set<Id> m_refetch;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_woken = false;
    std::atomic<bool> m_stopping{false};
    SyncStatus m_status;
    std::thread m_thread;
};

} // namespace saggar
