#include "audit_repository.h"

#include "repository_support.h"

#include "core/audit_chain.h"

namespace saggar {
namespace {

// Reads the entry whose columns start at `c`.
AuditEntry readAuditEntry(const Statement& s, int c)
{
    AuditEntry e;
    e.loanFileId = s.columnInt64(c);
    e.seq = s.columnInt64(c + 1);
    e.actorId = s.columnInt64(c + 2);
    const auto role = fromKey<Role>(s.columnView(c + 3));
    e.actorRole = role.value_or(Role::Analyst);
    e.atMs = s.columnInt64(c + 4);
    const auto kind = fromKey<AuditKind>(s.columnView(c + 5));
    e.kind = kind.value_or(AuditKind::Field);
    e.subject = s.columnText(c + 6);
    e.before = s.columnText(c + 7);
    e.after = s.columnText(c + 8);
    e.reason = s.columnText(c + 9);
    e.prevHashHex = s.columnText(c + 10);
    // A role or kind this build does not know was not written by it: rather than guess one that
    // might happen to match the hash, leave the hash empty so the verifier reports the entry as edited.
    e.hashHex = role && kind ? s.columnText(c + 11) : std::string();
    return e;
}

} // namespace

const char* const kInsertAuditEntrySql =
    "INSERT INTO audit_log (loan_file_id, seq, actor_id, actor_role, at_ms, kind, subject, before, after, "
    "reason, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

Result<void> bindAuditEntry(Statement& stmt, const AuditEntry& e)
{
    return stmt.bindAll(e.loanFileId, e.seq, e.actorId, key(e.actorRole), e.atMs, key(e.kind), e.subject,
                        e.before, e.after, e.reason, e.prevHashHex, e.hashHex);
}

Result<AuditHead> readAuditHead(const Database& db, Id fileId)
{
    return readOne<AuditHead>(
        db, "SELECT audit_head_seq, audit_head_hash FROM loan_files WHERE id = ?1", fileId,
        [](const Statement& s) {
            return AuditHead{s.columnInt64(0), s.columnText(1)};
        },
        "There is no loan file with id " + std::to_string(fileId) + ".");
}

Result<void> appendAuditEntries(Database& db, Id fileId, std::vector<AuditEntry> entries)
{
    if (entries.empty())
        return {};
    auto head = readAuditHead(db, fileId);
    if (!head)
        return head.error();
    for (AuditEntry& e : entries)
        e.loanFileId = fileId;
    chainAuditEntries(entries, head->seq, head->hashHex);
    auto insert = db.prepare(kInsertAuditEntrySql);
    if (!insert)
        return insert.error();
    for (const AuditEntry& e : entries) {
        insert->reset();
        auto r = bindAuditEntry(*insert, e);
        if (r)
            r = insert->run();
        if (!r)
            return withContext("Could not write the loan file's history", r.error());
    }
    auto update = db.prepare("UPDATE loan_files SET audit_head_seq = ?1, audit_head_hash = ?2 WHERE id = ?3");
    if (!update)
        return update.error();
    if (auto r = update->bindAll(entries.back().seq, entries.back().hashHex, fileId); !r)
        return r;
    return update->run();
}

Result<StoredHistory> readStoredHistory(const Database& db, Id fileId)
{
    auto stmt =
        db.prepare("SELECT f.audit_head_seq, f.audit_head_hash, a.id, a.loan_file_id, a.seq, a.actor_id, "
                   "a.actor_role, a.at_ms, a.kind, a.subject, a.before, a.after, a.reason, a.prev_hash, "
                   "a.hash FROM loan_files f LEFT JOIN audit_log a ON a.loan_file_id = f.id "
                   "WHERE f.id = ?1 ORDER BY a.id");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindInt64(1, fileId); !r)
        return r.error();
    StoredHistory history;
    bool found = false;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        found = true;
        history.head = AuditHead{stmt->columnInt64(0), stmt->columnText(1)};
        if (!stmt->columnIsNull(2))
            history.entries.push_back(readAuditEntry(*stmt, 3));
    }
    if (!found)
        return makeError("There is no loan file with id " + std::to_string(fileId) + ".",
                         ErrorCode::NotFound);
    return history;
}

} // namespace saggar
