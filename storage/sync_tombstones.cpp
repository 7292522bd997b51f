#include "sync_tombstones.h"

#include "asset_repository.h"
#include "enterprise_repository.h"
#include "loan_file_repository.h"
#include "repository_support.h"
#include "search_text.h"
#include "sqlite_loan_file_store.h"
#include "sync_child_ids.h"
#include "sync_children.h"
#include "sync_covenants.h"

namespace saggar {
namespace {

Id knownUser(Database& db, Id id)
{
    if (id <= 0)
        return 0;
    auto found = firstInt(db, "SELECT id FROM users WHERE id = ?1", id);
    return found && found.value() ? id : 0;
}

} // namespace

bool isDeleteBody(std::string_view json)
{
    return json == kDeleteBody;
}

Result<void> deleteDraftLocally(Database& db, Id fileId, Id actorId, TimestampMs now)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto stmt =
        db.prepare("SELECT f.state, coalesce(f.analyst_id, 0), f.version, f.deleted_at_ms, f.file_no, "
                   "coalesce(u.role, ''), coalesce(u.display_name, '') FROM loan_files f "
                   "LEFT JOIN users u ON u.id = ?2 WHERE f.id = ?1");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(fileId, actorId); !r)
        return r;
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError("There is no loan file with id " + std::to_string(fileId) + ".",
                         ErrorCode::NotFound);
    const std::string state = stmt->columnText(0);
    const Id analyst = stmt->columnInt64(1);
    const std::int64_t version = stmt->columnInt64(2);
    const bool deleted = stmt->columnInt64(3) != 0;
    const std::string fileNo = stmt->columnText(4);
    const std::string role = stmt->columnText(5);
    const std::string name = stmt->columnText(6);
    if (deleted)
        return makeError("Loan file " + fileNo + " is deleted already.", ErrorCode::InvalidInput);
    if (state != "draft")
        return makeError(
            "Loan file " + fileNo +
                " is past draft: it cannot be deleted, only withdrawn or declined through the workflow.",
            ErrorCode::Forbidden);
    if (!(role == "analyst" && analyst == actorId) && role != "manager")
        return makeError("Only the file's analyst or a manager may delete the draft " + fileNo + ".",
                         ErrorCode::Forbidden);
    if (auto r = runSql(db, "UPDATE loan_files SET deleted_at_ms = ?1, deleted_by = ?2 WHERE id = ?3", now,
                        name, fileId);
        !r)
        return r;
    if (auto r = enqueueEdit(db, fileId, version, std::string(kDeleteBody), now); !r)
        return r.error();
    return tx->commit();
}

Result<void> SqliteLoanFileStore::deleteDraft(Id fileId, Id actorId)
{
    return deleteDraftLocally(m_db, fileId, actorId, nowUtcMs());
}

Result<void> applyTombstone(Database& db, const FeedChange& change, TimestampMs now)
{
    auto local = firstInt(db, "SELECT version FROM loan_files WHERE id = ?1", change.loanFileId);
    if (!local)
        return local.error();
    if (!local.value())
        return {};
    // Our own delete waiting to go out is done: the server deleted the file already.
    if (auto r = runSql(db, "DELETE FROM sync_outbox WHERE loan_file_id = ?1 AND patch_json = ?2",
                        change.loanFileId, std::string(kDeleteBody));
        !r)
        return r;
    const std::string reason =
        "deleted on the server" + (change.deletedBy.empty() ? "" : " by " + change.deletedBy);
    const std::string reply = R"({"error":{"code":"deleted","message":)" + jsonQuoted(reason) +
                              R"(},"currentVersion":)" + std::to_string(change.version) +
                              R"(,"deletedBy":{"id":0,"displayName":)" + jsonQuoted(change.deletedBy) + "}}";
    if (auto r = runSql(
            db,
            "INSERT INTO sync_conflicts (idempotency_key, loan_file_id, base_version, patch_json, "
            "reply_json, refused_at_ms) SELECT idempotency_key, loan_file_id, base_version, patch_json, "
            "?2, ?3 FROM sync_outbox WHERE loan_file_id = ?1 ORDER BY id",
            change.loanFileId, reply, now);
        !r)
        return r;
    if (auto r = runSql(db, "DELETE FROM sync_outbox WHERE loan_file_id = ?1", change.loanFileId); !r)
        return r;
    if (auto r = runSql(
            db,
            "UPDATE loan_files SET version = max(version, ?2), deleted_at_ms = CASE WHEN deleted_at_ms = 0 "
            "THEN ?3 ELSE deleted_at_ms END, deleted_by = ?4 WHERE id = ?1",
            change.loanFileId, change.version, change.atMs > 0 ? change.atMs : now, change.deletedBy);
        !r)
        return r;
    if (*local.value() >= change.version)
        return {}; // applied before (a re-read, then the feed)
    return appendPulledEntry(db, change.loanFileId, PulledChange::Deleted, *local.value(), change.version,
                             change.deletedById, change.deletedBy, change.atMs > 0 ? change.atMs : now);
}

Result<bool> createRemoteFile(Database& db, Id fileId, std::int64_t version, const RemoteFile& file)
{
    if (!file.enterprise || file.fileNo.empty())
        return false;
    auto there = firstInt(db, "SELECT 1 FROM loan_files WHERE id = ?1 OR file_no = ?2", fileId, file.fileNo);
    if (!there)
        return there.error();
    if (there.value())
        return false;
    Enterprise enterprise = *file.enterprise;
    auto byId = firstInt(db, "SELECT id FROM enterprises WHERE id = ?1 AND uscc = ?2", enterprise.id,
                         enterprise.uscc);
    if (!byId)
        return byId.error();
    if (byId.value()) {
        enterprise.id = *byId.value();
    } else {
        auto byUscc = firstInt(db, "SELECT id FROM enterprises WHERE uscc = ?1", enterprise.uscc);
        if (!byUscc)
            return byUscc.error();
        if (byUscc.value()) {
            enterprise.id = *byUscc.value();
        } else {
            auto idTaken = firstInt(db, "SELECT 1 FROM enterprises WHERE id = ?1", enterprise.id);
            if (!idTaken)
                return idTaken.error();
            if (idTaken.value())
                enterprise.id = 0; // a local enterprise holds the server's id: a new local one
            auto inserted = insertEnterprise(db, enterprise);
            if (!inserted)
                return withContext("The enterprise of the server's file " + file.fileNo + " was not stored",
                                   inserted.error());
            enterprise.id = inserted.value();
        }
    }
    LoanFile f;
    f.id = fileId;
    f.fileNo = file.fileNo;
    f.enterpriseId = enterprise.id;
    f.product = file.product;
    f.amount = file.amount;
    f.termMonths = file.termMonths;
    f.annualRatePct = file.annualRatePct;
    f.purpose = file.purpose;
    f.state = file.state;
    f.analystId = knownUser(db, file.analystId);
    f.appraiserId = knownUser(db, file.appraiserId);
    f.managerId = knownUser(db, file.managerId);
    f.version = version;
    f.createdAtMs = file.createdAtMs;
    f.updatedAtMs = file.updatedAtMs;
    if (auto id = insertLoanFile(db, f); !id)
        return withContext("The server's file " + file.fileNo + " was not stored", id.error());
    for (Truck t : file.trucks) {
        auto known = firstInt(db, "SELECT 1 FROM trucks WHERE vin = ?1", t.vin);
        if (!known)
            return known.error();
        if (known.value())
            continue;
        t.id = keepServerIdIfFree(db, "trucks", t.id); // sync_child_ids.h
        t.loanFileId = fileId;
        t.enterpriseId = enterprise.id;
        if (auto id = insertTruck(db, t, false); !id)
            return withContext("A truck of the server's file " + file.fileNo + " was not stored", id.error());
    }
    if (!file.trucks.empty())
        if (auto r = refreshSearchText(db, fileId); !r)
            return r.error();
    for (Kiln k : file.kilns) {
        if (!k.gatewayId.empty()) {
            auto known = firstInt(db, "SELECT 1 FROM kilns WHERE gateway_id = ?1", k.gatewayId);
            if (!known)
                return known.error();
            if (known.value())
                continue;
        }
        k.id = keepServerIdIfFree(db, "kilns", k.id);
        k.loanFileId = fileId;
        k.enterpriseId = enterprise.id;
        if (auto id = insertKiln(db, k); !id)
            return withContext("A kiln of the server's file " + file.fileNo + " was not stored", id.error());
    }
    if (auto r = applyRemoteAppraisals(db, fileId, file); !r) // sync_covenants.h
        return r.error();
    if (file.covenants)
        if (auto r = applyRemoteCovenants(db, fileId, *file.covenants); !r)
            return r.error();
    if (auto r = insertRemoteDocuments(db, fileId, file.documents); !r) // the checklist, server's ids
        return r.error();
    if (auto r = applyRemoteChildren(db, fileId, {}, file.children); !r)
        return r.error();
    const RemoteChildren by = file.children.value_or(RemoteChildren{});
    if (auto r = appendPulledEntry(db, fileId, PulledChange::Created, 0, version, by.updatedById,
                                   by.updatedByName, file.updatedAtMs);
        !r)
        return r.error();
    return true;
}

Result<void> refuseIfDeleted(Database& db, Id fileId, const std::string& fileNo)
{
    auto stmt = db.prepare("SELECT deleted_at_ms, deleted_by FROM loan_files WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(fileId); !r)
        return r;
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value() || stmt->columnInt64(0) == 0)
        return {};
    const std::string by = stmt->columnText(1);
    return makeError("Loan file " + fileNo + " was deleted" + (by.empty() ? std::string() : " by " + by) +
                         ".",
                     ErrorCode::NotFound);
}

Result<void> restoreIfDeleteRefused(Database& db, std::int64_t outboxRowId, std::string_view replyJson)
{
    if (replyJson.find(R"("code":"deleted")") != std::string_view::npos)
        return {}; // refused because the file is gone: it stays deleted
    return runSql(db,
                  "UPDATE loan_files SET deleted_at_ms = 0, deleted_by = '' WHERE id = "
                  "(SELECT loan_file_id FROM sync_outbox WHERE id = ?1 AND patch_json = ?2)",
                  outboxRowId, std::string(kDeleteBody));
}

} // namespace saggar
