#include "sync_outbox.h"

#include "sync_apply.h"
#include "sync_attachments.h"
#include "sync_tombstones.h"

#include "repository_support.h"

#include <sodium.h>

#include <array>
#include <cstdio>

namespace saggar {
namespace {

// Prepares `sql`, binds `args` to ?1, ?2, … and runs it.
OutboxRow readOutboxRow(const Statement& s)
{
    return {s.columnInt64(0), s.columnText(1), s.columnInt64(2), s.columnInt64(3), s.columnText(4),
            s.columnInt64(5), s.columnInt(6),  s.columnInt64(7), s.columnText(8)};
}

ConflictRow readConflictRow(const Statement& s)
{
    return {s.columnInt64(0), s.columnText(1), s.columnInt64(2), s.columnInt64(3),
            s.columnText(4),  s.columnText(5), s.columnInt64(6)};
}

} // namespace

std::string newIdempotencyKey()
{
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    std::string out;
    out.reserve(36);
    static constexpr char kHex[] = "0123456789abcdef";
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(kHex[bytes[i] >> 4]);
        out.push_back(kHex[bytes[i] & 0x0f]);
    }
    return out;
}

std::string jsonQuoted(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                out += buf;
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
    return out;
}

Result<OutboxRow> enqueueEdit(Database& db, Id loanFileId, std::int64_t baseVersion, std::string patchJson,
                              TimestampMs now)
{
    if (!db.inTransaction())
        return makeError("An outbox row must be written in the same transaction as its edit.",
                         ErrorCode::InvalidInput);
    OutboxRow row;
    row.idempotencyKey = newIdempotencyKey();
    row.loanFileId = loanFileId;
    row.baseVersion = baseVersion;
    row.patchJson = std::move(patchJson);
    row.createdAtMs = now;
    auto stmt =
        db.prepare("INSERT INTO sync_outbox (idempotency_key, loan_file_id, base_version, patch_json, "
                   "created_at_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(row.idempotencyKey, row.loanFileId, row.baseVersion, row.patchJson, now); !r)
        return r.error();
    if (auto r = stmt->run(); !r)
        return withContext("Could not queue the edit for the server", r.error());
    row.id = db.lastInsertRowId();
    return row;
}

Result<std::vector<OutboxRow>> SqliteOutbox::pending(std::size_t limit) const
{
    return readMany<OutboxRow>(
        m_db,
        "SELECT id, idempotency_key, loan_file_id, base_version, patch_json, created_at_ms, "
        "attempts, next_attempt_ms, last_error FROM sync_outbox ORDER BY id LIMIT ?1",
        static_cast<Id>(limit), readOutboxRow);
}

Result<std::vector<ConflictRow>> SqliteOutbox::conflicts() const
{
    return readMany<ConflictRow>(
        m_db,
        "SELECT id, idempotency_key, loan_file_id, base_version, patch_json, reply_json, "
        "refused_at_ms FROM sync_conflicts ORDER BY id",
        0, readConflictRow);
}

Result<SyncState> SqliteOutbox::state() const
{
    return readOne<SyncState>(
        m_db,
        "SELECT cursor, last_success_ms, (SELECT count(*) FROM sync_outbox), (SELECT count(*) FROM "
        "sync_conflicts) "
        "FROM sync_state WHERE id = ?1",
        1,
        [](const Statement& s) {
            return SyncState{s.columnInt64(0), s.columnInt64(1), s.columnInt64(2), s.columnInt64(3)};
        },
        "The workspace has no sync state; it was not upgraded.");
}

Result<void> SqliteOutbox::accept(const OutboxRow& row, std::int64_t newVersion, TimestampMs now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto r = runSql(m_db, "DELETE FROM sync_outbox WHERE id = ?1", row.id); !r)
        return r;
    if (newVersion != row.baseVersion + 1) {
        if (auto r = runSql(
                m_db,
                "UPDATE sync_outbox SET base_version = ?2 WHERE loan_file_id = ?1 AND base_version > ?2",
                row.loanFileId, row.baseVersion);
            !r)
            return r;
    }
    // A workflow move next in line is judged again by the server on whatever it holds; it does not
    // merge, so it goes on the version the server just answered (sync_patches.h).
    if (auto r =
            runSql(m_db,
                   "UPDATE sync_outbox SET base_version = ?2 WHERE id = (SELECT min(id) FROM sync_outbox "
                   "WHERE loan_file_id = ?1) AND patch_json LIKE '{\"action\":%'",
                   row.loanFileId, newVersion);
        !r)
        return r;
    if (auto r = runSql(m_db, "UPDATE sync_state SET last_success_ms = max(last_success_ms, ?1) WHERE id = 1",
                        now);
        !r)
        return r;
    return tx->commit();
}

Result<void> SqliteOutbox::recordFailure(std::int64_t rowId, TimestampMs nextAttemptMs,
                                         std::string_view error)
{
    return runSql(
        m_db,
        "UPDATE sync_outbox SET attempts = attempts + 1, next_attempt_ms = ?2, last_error = ?3 WHERE id = ?1",
        rowId, nextAttemptMs, error);
}

Result<void> SqliteOutbox::moveToConflicts(std::int64_t rowId, std::string_view replyJson, TimestampMs now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto r =
            runSql(m_db,
                   "INSERT INTO sync_conflicts (idempotency_key, loan_file_id, base_version, patch_json, "
                   "reply_json, refused_at_ms) SELECT idempotency_key, loan_file_id, base_version, "
                   "patch_json, ?2, ?3 FROM sync_outbox WHERE id = ?1",
                   rowId, replyJson, now);
        !r)
        return r;
    if (m_db.changes() != 1)
        return makeError("The outbox row " + std::to_string(rowId) + " is no longer queued.",
                         ErrorCode::NotFound);
    if (auto r = restoreIfDeleteRefused(m_db, rowId, replyJson); !r) // a refused delete shows the file again
        return r;
    if (auto r = runSql(m_db, "DELETE FROM sync_outbox WHERE id = ?1", rowId); !r)
        return r;
    return tx->commit();
}

Result<void> SqliteOutbox::dropConflict(std::int64_t conflictId)
{
    return runSql(m_db, "DELETE FROM sync_conflicts WHERE id = ?1", conflictId);
}

Result<void> SqliteOutbox::storeChanges(const std::vector<FeedChange>& changes, std::int64_t cursor,
                                        TimestampMs now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto put = m_db.prepare("INSERT INTO sync_changes (loan_file_id, seq, version, deleted, at_ms) "
                            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(loan_file_id) DO UPDATE SET "
                            "seq = excluded.seq, version = excluded.version, deleted = excluded.deleted, "
                            "at_ms = excluded.at_ms WHERE excluded.seq > sync_changes.seq");
    if (!put)
        return put.error();
    for (const FeedChange& c : changes) {
        put->reset();
        if (auto r = put->bindAll(c.loanFileId, c.seq, c.version, c.deleted, c.atMs); !r)
            return r;
        if (auto r = put->run(); !r)
            return withContext("Could not store the server's changes", r.error());
        if (c.deleted) {
            if (auto r = applyTombstone(m_db, c, now); !r)
                return r;
        } else if (c.file) {
            auto created = createRemoteFile(m_db, c.loanFileId, c.version, *c.file); // one it lacks
            if (!created)
                return created.error();
            if (!created.value())
                if (auto applied = applyRemoteFile(m_db, c.loanFileId, c.version, *c.file); !applied)
                    return applied.error();
            // Attachments only add: recorded whatever else of the file is applied.
            if (auto r = recordRemoteAttachments(m_db, c.loanFileId, c.file->attachments); !r)
                return r.error();
        }
    }
    if (auto r = runSql(m_db,
                        "UPDATE sync_state SET cursor = ?1, last_success_ms = max(last_success_ms, ?2) "
                        "WHERE id = 1",
                        cursor, now);
        !r)
        return r;
    return tx->commit();
}

Result<std::optional<FeedChange>> SqliteOutbox::lastChange(Id loanFileId) const
{
    auto rows = readMany<FeedChange>(
        m_db, "SELECT seq, loan_file_id, version, deleted, at_ms FROM sync_changes WHERE loan_file_id = ?1",
        loanFileId, [](const Statement& s) {
            return FeedChange{s.columnInt64(0), s.columnInt64(1), s.columnInt64(2), s.columnInt(3) != 0,
                              s.columnInt64(4)};
        });
    if (!rows)
        return rows.error();
    return rows->empty() ? std::optional<FeedChange>{} : std::optional<FeedChange>{rows->front()};
}

} // namespace saggar
