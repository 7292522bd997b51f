#include "sync_children.h"

#include "audit_repository.h"
#include "document_repository.h"
#include "repository_support.h"
#include "workflow_records.h"

#include <map>
#include <tuple>

namespace saggar {
namespace {

// `id` when the workspace has that person, else 0.
Result<Id> knownPerson(Database& db, Id id)
{
    if (id <= 0)
        return Id{0};
    auto found = firstInt(db, "SELECT id FROM users WHERE id = ?1", id);
    if (!found)
        return found.error();
    return found.value() ? id : Id{0};
}

Result<int> applyDocuments(Database& db, Id fileId, const std::vector<Document>& documents)
{
    int written = 0;
    for (const Document& d : documents) {
        if (auto r = runSql(db,
                            "UPDATE documents SET status = ?1, note = ?2, updated_at_ms = ?3 WHERE id = ?4 "
                            "AND loan_file_id = ?5 AND (status <> ?1 OR note <> ?2)",
                            std::string(key(d.status)), d.note, d.updatedAtMs, d.id, fileId);
            !r)
            return withContext("A document from the server was not applied", r.error());
        written += db.changes() > 0 ? 1 : 0;
    }
    return written;
}

Result<int> applyMemo(Database& db, Id fileId, const CreditMemo& memo)
{
    auto held = firstInt(db, "SELECT frozen FROM credit_memos WHERE loan_file_id = ?1 AND version = ?2",
                         fileId, memo.version);
    if (!held)
        return held.error();
    int written = 0;
    if (!held.value()) {
        auto author = knownPerson(db, memo.authorId);
        if (!author)
            return author.error();
        const auto& t = memo.sections;
        if (auto r = runSql(
                db,
                "INSERT INTO credit_memos (loan_file_id, version, borrower, purpose, repayment_source, "
                "collateral, risk, conditions, recommendation, author_id, at_ms, frozen) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0)",
                fileId, memo.version, t[0], t[1], t[2], t[3], t[4], t[5], t[6], nullIfZero(author.value()),
                memo.atMs);
            !r)
            return withContext("The server's credit memo was not stored", r.error());
        ++written;
    }
    if (memo.frozen && (!held.value() || *held.value() == 0)) {
        if (auto r = freezeCreditMemo(db, fileId, memo.version); !r)
            return r.error();
        ++written;
    }
    return written;
}

Result<int> applyRisk(Database& db, Id fileId, int round, RiskAssessment risk)
{
    auto local = latestRiskAssessment(db, fileId, round);
    if (!local)
        return local.error();
    auto by = knownPerson(db, risk.assessedBy);
    if (!by)
        return by.error();
    risk.assessedBy = by.value();
    if (local.value() && local.value()->grade == risk.grade && local.value()->rationale == risk.rationale &&
        local.value()->assessedBy == risk.assessedBy)
        return 0;
    if (auto r = insertRiskAssessment(db, fileId, round, risk); !r)
        return withContext("The server's risk assessment was not stored", r.error());
    return 1;
}

Result<int> applyApprovals(Database& db, Id fileId, const std::vector<Approval>& approvals)
{
    int written = 0;
    for (Approval a : approvals) {
        auto approver = knownPerson(db, a.approverId);
        if (!approver)
            return approver.error();
        if (approver.value() == 0)
            continue; // an approval needs its approver
        auto held = firstInt(
            db, "SELECT 1 FROM approvals WHERE loan_file_id = ?1 AND round = ?2 AND approver_id = ?3", fileId,
            a.round, a.approverId);
        if (!held)
            return held.error();
        if (held.value())
            continue;
        a.id = 0;
        a.loanFileId = fileId;
        if (auto r = insertApproval(db, a); !r)
            return withContext("An approval from the server was not stored", r.error());
        ++written;
    }
    return written;
}

Result<int> applyExceptions(Database& db, Id fileId, const std::vector<PolicyException>& exceptions)
{
    if (exceptions.empty())
        return 0;
    auto local = listPolicyExceptions(db, fileId);
    if (!local)
        return local.error();
    // Matched as a multiset: the same exception granted twice is held twice.
    std::map<std::tuple<ExceptionKind, std::string, Id>, int> held;
    for (const PolicyException& e : local.value())
        ++held[{e.kind, e.subject, e.grantedBy}];
    int written = 0;
    for (PolicyException e : exceptions) {
        auto by = knownPerson(db, e.grantedBy);
        if (!by)
            return by.error();
        e.grantedBy = by.value();
        if (int& n = held[{e.kind, e.subject, e.grantedBy}]; n > 0) {
            --n;
            continue;
        }
        e.id = 0;
        e.loanFileId = fileId;
        if (auto r = insertPolicyException(db, e); !r)
            return withContext("A policy exception from the server was not stored", r.error());
        ++written;
    }
    return written;
}

} // namespace

Result<int> applyRemoteChildren(Database& db, Id fileId, const std::vector<Document>& documents,
                                const std::optional<RemoteChildren>& children)
{
    auto written = applyDocuments(db, fileId, documents);
    if (!written)
        return written.error();
    int total = written.value();
    if (!children)
        return total;
    const RemoteChildren& c = *children;
    if (auto r =
            runSql(db, "UPDATE loan_files SET decision_round = ?1 WHERE id = ?2", c.decisionRound, fileId);
        !r)
        return r.error();
    const auto add = [&total](const Result<int>& step) -> Result<void> {
        if (!step)
            return step.error();
        total += step.value();
        return {};
    };
    if (c.memo)
        if (auto r = add(applyMemo(db, fileId, *c.memo)); !r)
            return r.error();
    if (c.risk)
        if (auto r = add(applyRisk(db, fileId, static_cast<int>(c.decisionRound), *c.risk)); !r)
            return r.error();
    if (auto r = add(applyApprovals(db, fileId, c.approvals)); !r)
        return r.error();
    if (auto r = add(applyExceptions(db, fileId, c.exceptions)); !r)
        return r.error();
    return total;
}

Result<void> insertRemoteDocuments(Database& db, Id fileId, const std::vector<Document>& documents)
{
    auto insert =
        db.prepare("INSERT OR IGNORE INTO documents (id, loan_file_id, kind, status, note, updated_at_ms) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return insert.error();
    for (Document d : documents) {
        d.loanFileId = fileId;
        insert->reset();
        if (auto r = insert->bindAll(d.id, fileId, std::string(key(d.kind)), std::string(key(d.status)),
                                     d.note, d.updatedAtMs);
            !r)
            return r;
        if (auto r = insert->run(); !r)
            return withContext("A document of the server's file was not stored", r.error());
        if (db.changes() > 0)
            continue;
        d.id = 0; // held by a document of another file here: a new local id
        if (auto id = insertDocument(db, d); !id)
            return withContext("A document of the server's file was not stored", id.error());
    }
    return {};
}

Result<void> appendPulledEntry(Database& db, Id fileId, PulledChange what, std::int64_t fromVersion,
                               std::int64_t toVersion, Id byId, const std::string& byName, TimestampMs atMs)
{
    AuditEntry e;
    e.kind = AuditKind::Sync;
    e.subject = what == PulledChange::Created   ? "sync:created"
                : what == PulledChange::Deleted ? "sync:deleted"
                                                : "sync:updated";
    e.before = what == PulledChange::Created ? std::string() : std::to_string(fromVersion);
    e.after = std::to_string(toVersion);
    e.atMs = atMs > 0 ? atMs : nowUtcMs();
    e.reason = byName; // unless the workspace knows the person: then they are the entry's actor
    if (byId <= 0)
        return appendAuditEntries(db, fileId, {e});
    auto role = db.prepare("SELECT role FROM users WHERE id = ?1");
    if (!role)
        return role.error();
    if (auto r = role->bindAll(byId); !r)
        return r;
    auto row = role->step();
    if (!row)
        return row.error();
    if (row.value()) {
        e.actorId = byId;
        e.actorRole = enumColumn(*role, 0, Role::Analyst);
        e.reason.clear();
    }
    return appendAuditEntries(db, fileId, {e});
}

} // namespace saggar
