#include "sync_engine.h"

#include "blob_sync.h"
#include "created_file.h"
#include "sync_reply.h"

#include "storage/sync_apply.h"
#include "storage/sync_asset_ids.h"
#include "storage/sync_attachments.h"
#include "storage/sync_child_ids.h"
#include "storage/sync_file_ids.h"
#include "storage/sync_outbox.h"
#include "storage/sync_patches.h"
#include "storage/sync_tombstones.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <set>
#include <sstream>

namespace saggar {
namespace {

constexpr std::int64_t kFeedPageLimit = 1000;

// The id the server knows a local file by (sync_file_ids.h); 0 when it cannot be read.
Id remoteId(const Database& db, Id localId)
{
    auto id = serverFileId(db, localId);
    return id ? *id : Id{0};
}

TimestampMs systemNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

SyncEngine::SyncEngine(SyncEngineOptions options, std::unique_ptr<SyncTransport> transport,
                       SyncListener* listener)
    : m_options(std::move(options)), m_transport(std::move(transport)), m_listener(listener),
      m_backoff(m_options.seed, m_options.backoffBaseMs, m_options.backoffCapMs)
{}

SyncEngine::~SyncEngine()
{
    stop();
}

Result<void> SyncEngine::open()
{
    auto db = Database::open(m_options.databasePath, OpenMode::ExistingReadWrite);
    if (!db)
        return withContext("The sync engine could not open the workspace", db.error());
    m_db = std::make_unique<Database>(std::move(*db));
    auto state = SqliteOutbox(*m_db).state();
    if (!state)
        return withContext("The sync engine could not read the outbox", state.error());
    std::lock_guard lock(m_mutex);
    m_status.pending = state->pending;
    m_status.conflicts = state->conflicts;
    m_status.lastSuccessMs = state->lastSuccessMs;
    return {};
}

TimestampMs SyncEngine::now() const
{
    return m_options.clock ? m_options.clock() : systemNowMs();
}

void SyncEngine::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable() || !m_db)
        return;
    m_stopping = false;
    m_thread = std::thread([this] { loop(); });
}

void SyncEngine::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void SyncEngine::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

SyncStatus SyncEngine::status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

void SyncEngine::loop()
{
    for (;;) {
        const TimestampMs due = runOnce();
        std::unique_lock lock(m_mutex);
        const auto waitMs = std::clamp<std::int64_t>(due - now(), 0, m_options.pullIntervalMs);
        m_wake.wait_for(lock, std::chrono::milliseconds(waitMs), [this] { return m_stopping || m_woken; });
        m_woken = false;
        if (m_stopping)
            return;
    }
}

TimestampMs SyncEngine::retryAt(TimestampMs t, int attempts, const std::string& retryAfter)
{
    std::int64_t delay = m_backoff.delayMs(attempts);
    if (auto asked = parseRetryAfterMs(retryAfter, t))
        delay = std::max(delay, *asked);
    return t + delay;
}

TimestampMs SyncEngine::runOnce()
{
    if (!m_db) {
        std::lock_guard lock(m_mutex);
        m_status.lastError = "The sync engine has no database open.";
        return now() + m_options.pullIntervalMs;
    }
    {
        std::lock_guard lock(m_mutex);
        m_status.lastError.clear();
    }
    const TimestampMs t = now();
    const TimestampMs nextPush = push(t);
    const TimestampMs nextPull = pull(now());
    publish();
    return std::min(nextPush, nextPull);
}

void SyncEngine::setError(std::string message, bool online)
{
    std::lock_guard lock(m_mutex);
    m_status.lastError = std::move(message);
    m_status.online = online;
}

std::optional<TimestampMs> SyncEngine::settle(SqliteOutbox& outbox, const OutboxRow& row, int status,
                                              const std::string& body, const std::string& retryAfter,
                                              TimestampMs t, bool& reread)
{
    switch (classifyStatus(status)) {
    case PushOutcome::Accepted: {
        if (isFileCreateBody(row.patchJson)) { // tied to the server's id and number in one transaction
            if (auto r = acceptCreatedFile(*m_db, row, body, t); !r) {
                setError(r.error().message, true);
                const TimestampMs at = retryAt(t, row.attempts, {}); // the key replays the answer
                (void)outbox.recordFailure(row.id, at, r.error().message);
                return at;
            }
            reread = true; // later rows may name its documents by their new ids
            return std::nullopt;
        }
        auto version = parseAcceptedVersion(body);
        if (!version) { // the same key will replay the stored answer
            setError(version.error().message, true);
            const TimestampMs at = retryAt(t, row.attempts, {});
            (void)outbox.recordFailure(row.id, at, version.error().message);
            return at;
        }
        const bool pledge = isPledgeBody(row.patchJson); // its truck or kiln tied to the server's
        if (auto r = isCovenantAddBody(row.patchJson) ? acceptAddedCovenant(*m_db, row, body, *version, t)
                     : pledge                         ? acceptPledge(*m_db, row, body, *version, t)
                                                      : outbox.accept(row, *version, t);
            !r) {
            setError(r.error().message, true);
            return t + m_options.pullIntervalMs;
        }
        // Rebased, or a covenant's new id written into the file's later rows: read them again.
        reread = reread || *version != row.baseVersion + 1 || isCovenantAddBody(row.patchJson) || pledge;
        // The server judged the move again on what it holds (its route, approvals, assignments may differ
        // from this workstation's judgment); both sides are now at the same version, so the feed would
        // not bring its copy: read the file after this pass's pull and keep the server's.
        if (isWorkflowActionBody(row.patchJson)) {
            m_refetch.insert(row.loanFileId);
            m_nextPullMs = 0;
        }
        return std::nullopt;
    }
    case PushOutcome::Conflict:
    case PushOutcome::Refused:
        // Kept for the user with the server's reply; an unreadable body is stored as it came.
        if (auto r = outbox.moveToConflicts(row.id, body, t); !r) {
            setError(r.error().message, true);
            return t + m_options.pullIntervalMs;
        }
        // The refused edit, move or delete stays applied here: the server's copy is read again, after a
        // pull in this pass (the server has just answered, so it has something newer).
        m_refetch.insert(row.loanFileId);
        m_nextPullMs = 0;
        return std::nullopt;
    case PushOutcome::Retry: {
        const std::string message = describeErrorBody(status, body);
        setError(message, true);
        const TimestampMs at = retryAt(t, row.attempts, retryAfter);
        (void)outbox.recordFailure(row.id, at, message);
        return at;
    }
    }
    return std::nullopt;
}

std::optional<TimestampMs> SyncEngine::pushBatch(SqliteOutbox& outbox,
                                                 const std::vector<const OutboxRow*>& rows, TimestampMs t)
{
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const OutboxRow* row : rows) {
        Poco::JSON::Object::Ptr item = new Poco::JSON::Object;
        item->set("fileId", remoteId(*m_db, row->loanFileId));
        item->set("ifMatch", "\"" + std::to_string(row->baseVersion) + "\"");
        item->set("idempotencyKey", row->idempotencyKey);
        item->set("patch", row->patchJson); // its exact text, as the key's hash covers
        list->add(item);
    }
    Poco::JSON::Object body;
    body.set("patches", list);
    std::ostringstream text;
    body.stringify(text);
    const auto failAll = [&](const std::string& message, bool online, const std::string& retryAfter) {
        setError(message, online);
        TimestampMs first = 0;
        for (const OutboxRow* row : rows) {
            const TimestampMs at = retryAt(t, row->attempts, retryAfter);
            (void)outbox.recordFailure(row->id, at, message);
            first = first ? std::min(first, at) : at;
        }
        return first;
    };
    auto reply = m_transport->exchange({"POST", "/api/v1/patches", text.str(), {}, std::nullopt, {}});
    if (!reply)
        return failAll(reply.error().message, false, {});
    {
        std::lock_guard lock(m_mutex);
        m_status.online = true;
    }
    if (reply->status == 404 || reply->status == 405) {
        m_batchUnsupported = true; // an older server: one PATCH at a time
        return std::nullopt;
    }
    if (reply->status != 200)
        return failAll(describeErrorBody(reply->status, reply->body), true, reply->retryAfter);
    auto results = parseBatchResults(reply->body, rows.size());
    if (!results)
        return failAll(results.error().message, true, {});
    t = now();
    bool reread = false;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const BatchResult& r = results.value()[i];
        if (r.status == 0)
            return std::nullopt; // not tried: the next pass sends it again
        if (auto stop = settle(outbox, *rows[i], r.status, r.body, {}, t, reread))
            return stop;
    }
    return std::nullopt;
}

std::optional<bool> SyncEngine::holdLocalAssetRow(SqliteOutbox& outbox, const OutboxRow& row, TimestampMs t)
{
    // Not sent yet (it is at the head of the file's rows), so its text may still change under its key.
    auto rewritten = withServerAssetIds(*m_db, row.patchJson);
    if (rewritten && !*rewritten) {
        // Not tied: the pledge's answer named no ids (the server's PATCH answers carry no trucks or kilns)
        // and no pull has brought the file since. Its copy is read now and tied.
        const Id remote = remoteId(*m_db, row.loanFileId);
        auto reply = remote == 0
                         ? Result<SyncReply>(makeError("no server id"))
                         : m_transport->exchange(
                               {"GET", "/api/v1/files/" + std::to_string(remote), {}, {}, std::nullopt, {}});
        if (remote != 0 && (!reply || classifyStatus(reply->status) == PushOutcome::Retry)) {
            const std::string message =
                reply ? describeErrorBody(reply->status, reply->body) : reply.error().message;
            setError(message, reply.ok());
            (void)outbox.recordFailure(row.id, retryAt(t, row.attempts, {}), message);
            return std::nullopt;
        }
        auto file = reply && reply->status == 200 ? parseFileReply(reply->body, remote)
                                                  : Result<FileReply>(makeError("no copy"));
        if (file && file->file) {
            auto tx = Transaction::begin(*m_db);
            if (!tx || !tieLocalAssets(*m_db, row.loanFileId, file->file->trucks, file->file->kilns) ||
                !tx->commit()) {
                setError("The server's ids of trucks or kilns pledged here could not be stored.", true);
                return std::nullopt;
            }
            rewritten = withServerAssetIds(*m_db, row.patchJson);
        }
    }
    if (!rewritten) {
        setError(rewritten.error().message, m_status.online);
        return std::nullopt;
    }
    if (*rewritten) {
        auto st = m_db->prepare("UPDATE sync_outbox SET patch_json = ?1 WHERE id = ?2");
        if (!st || !st->bindAll(**rewritten, row.id) || !st->run()) {
            setError("An edit of a truck or kiln pledged here could not take the server's id.",
                     m_status.online);
            return std::nullopt;
        }
        return true;
    }
    // Its pledge was refused or the server lists no such asset: kept for the user as a refusal.
    bool ignored = false;
    (void)settle(
        outbox, row, 404,
        R"({"error":{"code":"not_found","message":"The truck or kiln was pledged on this workstation )"
        R"(and the server has not given it an id (its pledge was not accepted); the edit was not sent."}})",
        {}, t, ignored);
    return false;
}

TimestampMs SyncEngine::push(TimestampMs t)
{
    SqliteOutbox outbox(*m_db);
    const TimestampMs idle = t + m_options.pullIntervalMs;
    for (;;) {
        auto rows = outbox.pending(m_options.batch);
        if (!rows) {
            setError(rows.error().message, m_status.online);
            return idle;
        }
        if (rows->empty())
            return idle;
        if (m_stopping)
            return idle;
        if (m_options.batchPush && !m_batchUnsupported) {
            // One row per file in a request: a file's later rows wait for the next request, after the
            // database rebased them if the server merged.
            std::vector<const OutboxRow*> picked;
            std::set<Id> files;
            for (const OutboxRow& row : *rows) {
                if (row.nextAttemptMs > t || picked.size() >= m_options.maxBatchPatches)
                    break;
                if (isFileCreateBody(row.patchJson)) { // goes alone as POST /api/v1/files; later rows wait
                    files.insert(row.loanFileId);
                    continue;
                }
                // A workflow move goes alone to …/actions; the file's later rows wait behind it.
                if (files.insert(row.loanFileId).second && !isWorkflowActionBody(row.patchJson) &&
                    !isDeleteBody(row.patchJson) &&     // a delete goes alone as DELETE
                    !isAttachmentBody(row.patchJson) && // an attachment after its content
                    !namesLocalAsset(row.patchJson))    // a local truck or kiln id: checked alone
                    picked.push_back(&row);
            }
            if (picked.size() >= 2) {
                if (auto stop = pushBatch(outbox, picked, t))
                    return *stop;
                t = now();
                continue;
            }
        }
        bool reread = false; // later rows of the batch were rebased in the database
        for (const OutboxRow& row : *rows) {
            if (reread)
                break;
            if (m_stopping)
                return idle;
            if (row.nextAttemptMs > t)
                return row.nextAttemptMs;         // strict order: later rows wait behind it
            if (namesLocalAsset(row.patchJson)) { // never sent with a local truck or kiln id
                auto held = holdLocalAssetRow(outbox, row, t);
                if (!held)
                    return t + m_options.pullIntervalMs;
                if (*held)
                    break; // rewritten from the ties: read again
                continue;  // refused here
            }
            const bool move = isWorkflowActionBody(row.patchJson);
            const bool erase = isDeleteBody(row.patchJson); // DELETE, no body, the row's base as If-Match
            SyncRequest req{move    ? "POST"
                            : erase ? "DELETE"
                                    : "PATCH",
                            "/api/v1/files/" + std::to_string(row.loanFileId) + (move ? "/actions" : ""),
                            erase ? std::string() : row.patchJson,
                            row.idempotencyKey,
                            row.baseVersion,
                            {}};
            if (isFileCreateBody(row.patchJson)) { // a file created here: no version yet
                req.method = "POST";
                req.path = "/api/v1/files";
                req.ifMatch = std::nullopt;
            } else if (const Id remote = remoteId(*m_db, row.loanFileId); remote != row.loanFileId) {
                req.path = "/api/v1/files/" + std::to_string(remote) + (move ? "/actions" : "");
            }
            if (isAttachmentBody(row.patchJson)) { // the content first, then the metadata
                const AttachmentPush ready =
                    prepareAttachmentPush(*m_transport, attachmentsDirOf(m_options.databasePath), row,
                                          remoteId(*m_db, row.loanFileId));
                if (ready.step == AttachmentPush::Step::Retry) {
                    setError(ready.message, ready.online);
                    const TimestampMs at = retryAt(t, row.attempts, ready.retryAfter);
                    (void)outbox.recordFailure(row.id, at, ready.message);
                    return at;
                }
                if (ready.step == AttachmentPush::Step::Refused) { // kept for the user, as a refusal
                    bool ignored = false;
                    (void)settle(outbox, row, ready.status ? ready.status : 422, refusalBody(ready), {}, t,
                                 ignored);
                    continue;
                }
                req.method = "POST";
                req.path = ready.path;
                req.body = ready.body;
            }
            auto reply = m_transport->exchange(req);
            if (!reply) {
                setError(reply.error().message, false);
                const TimestampMs at = retryAt(t, row.attempts, {});
                (void)outbox.recordFailure(row.id, at, reply.error().message);
                return at;
            }
            {
                std::lock_guard lock(m_mutex);
                m_status.online = true;
            }
            t = now();
            if (auto stop = settle(outbox, row, reply->status, reply->body, reply->retryAfter, t, reread))
                return *stop;
            if (m_options.batchPush && !m_batchUnsupported)
                break; // back to batches
        }
    }
}

TimestampMs SyncEngine::pull(TimestampMs t)
{
    if (t < m_nextPullMs)
        return m_nextPullMs;
    // A creation whose answer may be lost: the feed could bring the file before its id is known here.
    if (auto unanswered = creationUnanswered(*m_db); !unanswered || *unanswered)
        return t + m_options.pullIntervalMs;
    SqliteOutbox outbox(*m_db);
    auto fail = [&](std::string message, bool online, const std::string& retryAfter) {
        {
            std::lock_guard lock(m_mutex);
            m_status.lastError = std::move(message);
            m_status.online = online;
        }
        m_nextPullMs = retryAt(t, m_pullFailures++, retryAfter);
        return m_nextPullMs;
    };
    auto state = outbox.state();
    if (!state)
        return fail(state.error().message, m_status.online, {});
    std::set<Id> changed;
    // Page n + 1 is asked for and read on a helper thread while page n is stored (the server builds it
    // and the client parses it meanwhile); it is used only once page n and its cursor are stored, and
    // dropped when that fails, so the cursor never moves past what is stored.
    PageFetch next = fetchPage(state->cursor);
    for (;;) {
        PageFetch current = std::move(next);
        if (!current.page)
            return fail(current.error, current.online, current.retryAfter);
        ChangePage& page = *current.page;
        std::future<PageFetch> ahead;
        if (page.more && !m_stopping)
            ahead = std::async(std::launch::async, [this, after = page.cursor] { return fetchPage(after); });
        for (FeedChange& c : page.changes) { // the server's ids of files created here, as local ids
            auto local = localFileId(*m_db, c.loanFileId);
            if (!local)
                return fail(local.error().message, true, {});
            c.loanFileId = *local;
        }
        if (auto r = outbox.storeChanges(page.changes, page.cursor, now()); !r)
            return fail(r.error().message, true, {});
        for (const FeedChange& c : page.changes)
            changed.insert(c.loanFileId);
        if (!ahead.valid())
            break;
        next = ahead.get();
        if (m_stopping)
            break;
    }
    {
        std::lock_guard lock(m_mutex);
        m_status.online = true;
    }
    m_pullFailures = 0;
    m_nextPullMs = t + m_options.pullIntervalMs;
    refetch(changed);
    // Content of attachments the workspace lacks (the feed brought their records); retried each pull.
    if (auto fetched = fetchMissingAttachments(*m_transport, *m_db, attachmentsDirOf(m_options.databasePath));
        !fetched)
        setError(fetched.error().message, true);
    if (m_listener && !changed.empty())
        m_listener->filesChanged(std::vector<Id>(changed.begin(), changed.end()));
    return m_nextPullMs;
}

SyncEngine::PageFetch SyncEngine::fetchPage(std::int64_t cursor)
{
    SyncRequest req{"GET",
                    "/api/v1/changes?cursor=" + std::to_string(cursor) +
                        "&limit=" + std::to_string(kFeedPageLimit),
                    {},
                    {},
                    std::nullopt};
    auto reply = m_transport->exchange(req);
    if (!reply)
        return {std::nullopt, reply.error().message, false, {}};
    if (reply->status != 200)
        return {std::nullopt, describeErrorBody(reply->status, reply->body), true, reply->retryAfter};
    auto page = parseChangePage(reply->body, cursor);
    if (!page)
        return {std::nullopt, page.error().message, true, {}};
    return {std::move(page).value(), {}, true, {}};
}

void SyncEngine::refetch(std::set<Id>& changed)
{
    // A failure leaves the file to the feed's next change of it.
    for (const Id id : std::exchange(m_refetch, {})) {
        const Id remote = remoteId(*m_db, id);
        if (remote == 0) // a file created here whose creation the server refused: it has no copy
            continue;
        auto reply = m_transport->exchange(
            {"GET", "/api/v1/files/" + std::to_string(remote), {}, {}, std::nullopt, {}});
        if (!reply || reply->status != 200)
            continue;
        auto file = parseFileReply(reply->body, remote);
        if (!file)
            continue;
        auto tx = Transaction::begin(*m_db);
        if (!tx)
            continue;
        const bool applied =
            file->deleted
                ? applyTombstone(*m_db, FeedChange{0, id, file->version, true, 0, std::nullopt, {}}, now())
                      .ok()
                : applyRemoteFile(*m_db, id, file->version, *file->file, true).ok();
        if (applied && tx->commit())
            changed.insert(id);
    }
}

void SyncEngine::publish()
{
    SqliteOutbox outbox(*m_db);
    auto state = outbox.state();
    SyncStatus copy;
    {
        std::lock_guard lock(m_mutex);
        if (state) {
            m_status.pending = state->pending;
            m_status.conflicts = state->conflicts;
            m_status.lastSuccessMs = state->lastSuccessMs;
        } else if (m_status.lastError.empty()) {
            m_status.lastError = state.error().message;
        }
        copy = m_status;
    }
    if (m_listener)
        m_listener->syncStatusChanged(copy);
}

} // namespace saggar
