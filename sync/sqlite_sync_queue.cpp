#include "sqlite_sync_queue.h"

#include "edit_summary.h"
#include "sync_reply.h"

#include "storage/sync_outbox.h"
#include "storage/sync_tombstones.h"

#include <algorithm>

namespace saggar {
namespace {

// The number the workstation shows for a file (empty when it is not held).
std::string fileNumber(const Database& db, Id fileId)
{
    auto stmt = db.prepare("SELECT file_no FROM loan_files WHERE id = ?1");
    if (!stmt || !stmt->bindAll(fileId))
        return {};
    auto row = stmt->step();
    return row && *row ? stmt->columnText(0) : std::string();
}

} // namespace

Result<std::vector<QueuedEdit>> SqliteSyncQueue::queuedEdits(std::size_t limit)
{
    auto rows = SqliteOutbox(m_db).pending(limit);
    if (!rows)
        return rows.error();
    std::vector<QueuedEdit> out;
    for (const OutboxRow& r : *rows)
        out.push_back({r.id, r.loanFileId, r.baseVersion, r.patchJson, r.attempts, r.nextAttemptMs,
                       r.lastError, fileNumber(m_db, r.loanFileId), summarizeEdit(r.patchJson)});
    return out;
}

Result<std::vector<EditConflict>> SqliteSyncQueue::conflicts()
{
    auto rows = SqliteOutbox(m_db).conflicts();
    if (!rows)
        return rows.error();
    std::vector<EditConflict> out;
    for (const ConflictRow& r : *rows) {
        EditConflict c{r.id, r.loanFileId, {}, {}, 0, {}, r.patchJson, r.refusedAtMs};
        if (auto reply = parseConflictReply(r.replyJson)) {
            c.code = reply->code;
            c.message = reply->message;
            c.currentVersion = reply->currentVersion;
            c.deletedBy = reply->deletedBy;
            for (const ConflictField& f : reply->fields)
                c.values.push_back({f.path, f.baseJson, f.theirsJson, f.mineJson, f.theirsBy});
        } else {
            c.code = "unreadable";
            c.message = reply.error().message;
        }
        c.isDelete = isDeleteBody(c.patchJson);
        c.fileNo = fileNumber(m_db, c.loanFileId);
        c.summary = summarizeEdit(c.patchJson);
        out.push_back(std::move(c));
    }
    return out;
}

Result<void> SqliteSyncQueue::keepMine(std::int64_t conflictId)
{
    auto all = conflicts();
    if (!all)
        return all.error();
    const auto it =
        std::find_if(all->begin(), all->end(), [&](const EditConflict& c) { return c.id == conflictId; });
    if (it == all->end())
        return makeError("That conflict was already resolved.", ErrorCode::NotFound);
    if (it->values.empty() || it->currentVersion <= 0)
        return makeError("The server refused the whole edit (" + it->message +
                             "); it cannot be sent again as it is.",
                         ErrorCode::InvalidInput);
    std::string patch = "{\"set\":{";
    for (std::size_t i = 0; i < it->values.size(); ++i) {
        if (i > 0)
            patch.push_back(',');
        patch.append(jsonQuoted(it->values[i].path)).append(":").append(it->values[i].mine);
    }
    patch += "}}";
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto r = enqueueEdit(m_db, it->loanFileId, it->currentVersion, patch, m_clock()); !r)
        return r.error();
    if (auto r = SqliteOutbox(m_db).dropConflict(conflictId); !r)
        return r;
    return tx->commit();
}

Result<void> SqliteSyncQueue::takeTheirs(std::int64_t conflictId)
{
    return SqliteOutbox(m_db).dropConflict(conflictId);
}

} // namespace saggar
