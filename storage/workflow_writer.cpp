// SqliteWorkflowStore's writes: the five kinds of change the workflow rules compute, each in one
// transaction guarded by the file's version, with its audit entries chained onto the file's history.
#include "sqlite_workflow_store.h"

#include "audit_repository.h"
#include "document_repository.h"
#include "repository_support.h"
#include "risk_records.h"
#include "sync_child_ids.h"
#include "sync_outbox.h"
#include "sync_patches.h"
#include "workflow_records.h"

#include <algorithm>

namespace saggar {
namespace {

// Runs an UPDATE that must change exactly one row; `missing` is the NotFound message otherwise.
template <typename... Args>
Result<void> updateOne(Database& db, const char* sql, const std::string& missing, const Args&... args)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(args...); !r)
        return r;
    if (auto r = stmt->run(); !r)
        return r;
    if (db.changes() != 1)
        return makeError(missing, ErrorCode::NotFound);
    return {};
}

Result<void> insertExceptions(Database& db, Id fileId, const std::vector<PolicyException>& exceptions)
{
    for (PolicyException e : exceptions) {
        e.loanFileId = fileId;
        if (auto r = insertPolicyException(db, e); !r)
            return r;
    }
    return {};
}

Result<void> insertException(Database& db, Id fileId, const std::optional<PolicyException>& exception)
{
    return exception ? insertExceptions(db, fileId, {*exception}) : Result<void>();
}

TimestampMs changeTime(const std::vector<AuditEntry>& audit)
{
    TimestampMs at = 0;
    for (const AuditEntry& e : audit)
        at = std::max(at, e.atMs);
    return at > 0 ? at : nowUtcMs();
}

} // namespace

Result<void> SqliteWorkflowStore::write(Id fileId, std::optional<std::int64_t> expectedVersion,
                                        const std::vector<AuditEntry>& audit, const Body& body)
{
    return write(fileId, expectedVersion, audit, std::string(), body);
}

Result<void> SqliteWorkflowStore::write(Id fileId, std::optional<std::int64_t> expectedVersion,
                                        const std::vector<AuditEntry>& audit, std::string outboxJson,
                                        const Body& body)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    std::int64_t version = 0;
    auto row = readOne<FileRow>(
        m_db, "SELECT file_no, state, decision_round, version FROM loan_files WHERE id = ?1", fileId,
        [&version](const Statement& st) {
            version = st.columnInt64(3);
            return FileRow{st.columnText(0), enumColumn(st, 1, LoanState::Draft), st.columnInt(2)};
        },
        "There is no loan file with id " + std::to_string(fileId) +
            "; it may have been removed. Reopen the portfolio.");
    if (!row)
        return row.error();
    const FileRow& file = *row;
    if (expectedVersion && *expectedVersion != version)
        return makeError("Loan file " + file.fileNo +
                             " was changed by someone else since you opened it; reopen it to see the change, "
                             "then try again.",
                         ErrorCode::Conflict);

    if (auto r = body(file); !r)
        return r;
    if (auto r = appendAuditEntries(m_db, fileId, audit); !r)
        return r;
    if (auto r =
            updateOne(m_db,
                      "UPDATE loan_files SET version = version + 1, updated_at_ms = max(updated_at_ms, ?1) "
                      "WHERE id = ?2 AND version = ?3",
                      "Loan file " + file.fileNo + " was changed by someone else; reopen it.",
                      changeTime(audit), fileId, version);
        !r)
        return r;
    if (m_queueForSync && !outboxJson.empty())
        if (auto queued = enqueueEdit(m_db, fileId, version, std::move(outboxJson), changeTime(audit));
            !queued)
            return queued.error();
    return tx->commit();
}

Result<void> SqliteWorkflowStore::apply(const WorkflowChange& c)
{
    std::string move = workflowActionBody(c);
    return write(c.fileId, c.expectedVersion, c.audit, move, [&](const FileRow& file) -> Result<void> {
        if (file.state != c.from)
            return makeError("Loan file " + file.fileNo + " is " + std::string(key(file.state)) + ", not " +
                                 std::string(key(c.from)) + " any more; reopen it.",
                             ErrorCode::Conflict);
        const std::string missing = "Loan file " + file.fileNo + " is no longer stored.";
        if (auto r = updateOne(m_db, "UPDATE loan_files SET state = ?1 WHERE id = ?2", missing, key(c.to),
                               c.fileId);
            !r)
            return r;
        if (c.assignAppraiser)
            if (auto r = updateOne(m_db, "UPDATE loan_files SET appraiser_id = ?1 WHERE id = ?2", missing,
                                   nullIfZero(*c.assignAppraiser), c.fileId);
                !r)
                return r;
        if (c.assignManager)
            if (auto r = updateOne(m_db, "UPDATE loan_files SET manager_id = ?1 WHERE id = ?2", missing,
                                   nullIfZero(*c.assignManager), c.fileId);
                !r)
                return r;
        if (c.risk)
            if (auto r = insertRiskAssessment(m_db, c.fileId, file.round, *c.risk); !r)
                return r;
        if (c.score)
            if (auto r = insertRiskScore(m_db, c.fileId, file.round, *c.score); !r)
                return r;
        if (c.approval) {
            // The round is the file's, read in this transaction: the one the rules counted approvals in.
            Approval a = *c.approval;
            a.loanFileId = c.fileId;
            a.round = file.round;
            if (auto r = insertApproval(m_db, a); !r)
                return r;
        }
        if (auto r = insertExceptions(m_db, c.fileId, c.exceptions); !r)
            return r;
        if (c.freezeMemoVersion)
            if (auto r = freezeCreditMemo(m_db, c.fileId, *c.freezeMemoVersion); !r)
                return r;
        if (c.startNewRound)
            return updateOne(m_db, "UPDATE loan_files SET decision_round = decision_round + 1 WHERE id = ?1",
                             missing, c.fileId);
        return {};
    });
}

Result<void> SqliteWorkflowStore::apply(const DocumentChange& c)
{
    std::string patch;
    if (auto before = getDocument(m_db, c.document.id); before && before->loanFileId == c.fileId)
        patch = documentPatch(*before, c.document, c.exception ? c.exception->justification : std::string());
    return write(c.fileId, c.expectedVersion, c.audit, patch, [&](const FileRow& file) -> Result<void> {
        const Document& d = c.document;
        if (auto r = updateOne(m_db,
                               "UPDATE documents SET status = ?1, note = ?2, updated_at_ms = ?3 "
                               "WHERE id = ?4 AND loan_file_id = ?5",
                               "Loan file " + file.fileNo + " has no document with id " +
                                   std::to_string(d.id) + ". Reopen the file to see its checklist.",
                               key(d.status), d.note, d.updatedAtMs > 0 ? d.updatedAtMs : changeTime(c.audit),
                               d.id, c.fileId);
            !r)
            return withContext("The document was not updated", r.error());
        return insertException(m_db, c.fileId, c.exception);
    });
}

Result<void> SqliteWorkflowStore::apply(const MemoChange& c)
{
    std::string patch;
    if (auto before = latestCreditMemo(m_db, c.fileId))
        patch = memoPatch(*before, c.memo);
    return write(c.fileId, c.expectedVersion, c.audit, patch, [&](const FileRow&) {
        CreditMemo memo = c.memo;
        memo.loanFileId = c.fileId;
        memo.frozen = false; // only an approval freezes a version
        return insertCreditMemo(m_db, memo);
    });
}

Result<void> SqliteWorkflowStore::apply(const CovenantChange& c)
{
    // A new condition goes as an "add" (the server gives it its id), a changed one as a "set" of what
    // changed, with the waiver's justification.
    std::string patch;
    if (c.covenant.id == 0) {
        patch = covenantAddPatch(c.covenant);
    } else if (auto stored = listCovenants(m_db, c.fileId)) {
        for (const Covenant& before : *stored)
            if (before.id == c.covenant.id)
                patch = covenantPatch(before, c.covenant,
                                      c.exception ? c.exception->justification : std::string());
    }
    return write(c.fileId, c.expectedVersion, c.audit, patch, [&](const FileRow&) -> Result<void> {
        Covenant covenant = c.covenant;
        covenant.loanFileId = c.fileId;
        if (covenant.updatedAtMs == 0)
            covenant.updatedAtMs = changeTime(c.audit);
        auto id = saveCovenant(m_db, covenant);
        if (!id)
            return id.error();
        if (covenant.id == 0 && m_queueForSync) // a local id until the server answers with its own
            if (auto moved = moveToLocalRange(m_db, "covenants", *id); !moved)
                return moved.error();
        return insertException(m_db, c.fileId, c.exception);
    });
}

Result<void> SqliteWorkflowStore::apply(const ValuationChange& c)
{
    return write(c.fileId, c.expectedVersion, c.audit, valuationPatch(c.truck, c.assetId, c.value),
                 [&](const FileRow& file) {
                     const char* sql = c.truck
                                           ? "UPDATE trucks SET appraised_value_fen = ?1, appraised_by = ?2 "
                                             "WHERE id = ?3 AND loan_file_id = ?4"
                                           : "UPDATE kilns SET appraised_value_fen = ?1, appraised_by = ?2 "
                                             "WHERE id = ?3 AND loan_file_id = ?4";
                     return updateOne(m_db, sql,
                                      std::string(c.truck ? "The truck" : "The kiln") + " with id " +
                                          std::to_string(c.assetId) + " is not pledged to loan file " +
                                          file.fileNo + ". Reopen the file.",
                                      c.value.fen(), nullIfZero(c.appraisedBy), c.assetId, c.fileId);
                 });
}

} // namespace saggar
