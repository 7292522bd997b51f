#include "sqlite_loan_file_store.h"

#include "asset_repository.h"
#include "audit_repository.h"
#include "document_repository.h"
#include "enterprise_repository.h"
#include "loan_file_repository.h"
#include "repository_support.h"
#include "sync_child_ids.h"
#include "sync_file_ids.h"
#include "sync_outbox.h"
#include "sync_patches.h"
#include "sync_tombstones.h"
#include "user_repository.h"

#include "core/document_requirements.h"

#include <algorithm>

namespace saggar {
namespace {

Result<std::string> displayName(const Database& db, Id userId)
{
    if (userId == 0)
        return std::string();
    auto user = getUser(db, userId);
    if (!user)
        return user.error().code == ErrorCode::NotFound ? Result<std::string>(std::string()) : user.error();
    return user->displayName;
}

// The person a change made without a named actor is recorded against: the file's analyst.
AuditEntry entryByAnalyst(const Database& db, Id analystId, TimestampMs atMs, AuditKind kind,
                          std::string subject)
{
    AuditEntry e;
    e.actorId = analystId;
    auto user = analystId ? getUser(db, analystId) : Result<User>(Error{});
    e.actorRole = user ? user->role : Role::Analyst;
    e.atMs = atMs;
    e.kind = kind;
    e.subject = std::move(subject);
    return e;
}

} // namespace

Result<LoanFileDetail> SqliteLoanFileStore::loadFile(Id fileId)
{
    LoanFileDetail d;
    auto file = getLoanFile(m_db, fileId);
    if (!file)
        return file.error();
    if (auto gone = refuseIfDeleted(m_db, fileId, file->fileNo); !gone) // kept, but no longer opens
        return gone.error();
    d.file = std::move(*file);
    auto enterprise = getEnterprise(m_db, d.file.enterpriseId);
    if (!enterprise)
        return enterprise.error();
    d.enterprise = std::move(*enterprise);
    auto trucks = listTrucksOfFile(m_db, fileId);
    if (!trucks)
        return trucks.error();
    d.trucks = std::move(*trucks);
    auto kilns = listKilnsOfFile(m_db, fileId);
    if (!kilns)
        return kilns.error();
    d.kilns = std::move(*kilns);
    auto documents = listDocumentsOfFile(m_db, fileId);
    if (!documents)
        return documents.error();
    d.documents = std::move(*documents);
    for (auto [id, name] :
         {std::pair{d.file.analystId, &d.analystName}, std::pair{d.file.appraiserId, &d.appraiserName},
          std::pair{d.file.managerId, &d.managerName}}) {
        auto n = displayName(m_db, id);
        if (!n)
            return n.error();
        *name = std::move(*n);
    }
    return d;
}

Result<Id> SqliteLoanFileStore::createDraft(const Enterprise& enterprise, const LoanFile& file)
{
    if (auto r = refuseIfInvalid("The enterprise", validateEnterprise(enterprise)); !r)
        return r.error();
    LoanFile draft = file;
    draft.id = 0;
    draft.state = LoanState::Draft;
    draft.version = 1;
    if (draft.createdAtMs == 0)
        draft.createdAtMs = nowUtcMs();
    if (draft.updatedAtMs == 0)
        draft.updatedAtMs = draft.createdAtMs;
    draft.fileNo = "SG-0000-000000"; // placeholder so validation sees a complete record
    if (auto r = refuseIfInvalid("The loan file", validateLoanFile(draft)); !r)
        return r.error();

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto stored = findEnterpriseByUscc(m_db, enterprise.uscc);
    if (!stored)
        return stored.error();
    if (*stored) {
        draft.enterpriseId = (*stored)->id;
    } else {
        Enterprise fresh = enterprise;
        fresh.id = 0;
        auto id = insertEnterprise(m_db, fresh);
        if (!id)
            return id.error();
        draft.enterpriseId = *id;
    }
    auto fileNo = m_queueForSync ? nextLocalFileNo(utcYear(draft.createdAtMs))
                                 : nextFileNo(m_db, utcYear(draft.createdAtMs));
    if (!fileNo)
        return fileNo.error();
    draft.fileNo = std::move(*fileNo);
    if (m_queueForSync) { // a local id the server's never reach
        auto top = m_db.queryInt64("SELECT coalesce(max(id), 0) FROM loan_files");
        if (!top)
            return top.error();
        draft.id = std::max(kLocalFileIdBase, *top + 1);
    }
    auto fileId = insertLoanFile(m_db, draft);
    if (!fileId)
        return fileId.error();
    for (DocumentKind kind : requiredDocuments(draft.product)) {
        Document doc;
        doc.loanFileId = *fileId;
        doc.kind = kind;
        doc.status = DocumentStatus::Missing;
        doc.updatedAtMs = draft.createdAtMs;
        auto docId = insertDocument(m_db, doc);
        if (!docId)
            return docId.error();
        if (m_queueForSync) // local ids until the server's 201 names its checklist (sync_child_ids.h)
            if (auto moved = moveToLocalRange(m_db, "documents", *docId); !moved)
                return moved.error();
    }
    AuditEntry created = entryByAnalyst(m_db, draft.analystId, draft.createdAtMs, AuditKind::State, "state");
    created.after = key(LoanState::Draft);
    if (auto r = appendAuditEntries(m_db, *fileId, {created}); !r)
        return r.error();
    // The same transaction queues the file for the server; it has no version there yet (base 0).
    if (m_queueForSync)
        if (auto r = enqueueEdit(m_db, *fileId, 0, fileCreateBody(enterprise, draft), draft.createdAtMs); !r)
            return r.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    return fileId;
}

Result<std::string> SqliteLoanFileStore::nextLocalFileNo(int year)
{
    const std::string prefix = "SG-" + std::to_string(year) + "-L";
    auto top = m_db.queryInt64("SELECT coalesce(max(CAST(substr(file_no, " + std::to_string(prefix.size() + 1) +
                               ") AS INTEGER)), 0) FROM loan_files WHERE file_no GLOB '" + prefix + "[0-9]*'");
    if (!top)
        return top.error();
    const std::string digits = std::to_string(*top + 1);
    return prefix + std::string(digits.size() < 5 ? 5 - digits.size() : 0, '0') + digits;
}

Result<LoanFile> SqliteLoanFileStore::pledgeTarget(Id loanFileId, Id& enterpriseId, const char* what)
{
    if (loanFileId == 0)
        return makeError(std::string(what) + " was not saved: it must be pledged to a loan file.",
                         ErrorCode::InvalidInput);
    auto file = getLoanFile(m_db, loanFileId);
    if (!file)
        return withContext(std::string(what) + " was not saved", file.error());
    if (enterpriseId == 0)
        enterpriseId = file->enterpriseId;
    if (enterpriseId != file->enterpriseId)
        return makeError(std::string(what) +
                             " was not saved: it belongs to another enterprise than loan file " +
                             file->fileNo + ".",
                         ErrorCode::InvalidInput);
    return file;
}

Result<void> SqliteLoanFileStore::recordPledge(const LoanFile& file, std::string subject, std::string after,
                                               std::string patchJson)
{
    const TimestampMs now = nowUtcMs();
    AuditEntry entry = entryByAnalyst(m_db, file.analystId, now, AuditKind::Field, std::move(subject));
    entry.after = std::move(after);
    if (auto r = appendAuditEntries(m_db, file.id, {entry}); !r)
        return r;
    auto stmt = m_db.prepare(
        "UPDATE loan_files SET version = version + 1, updated_at_ms = max(updated_at_ms, ?1) WHERE id = ?2");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(now, file.id); !r)
        return r;
    if (auto r = stmt->run(); !r)
        return r;
    // The same transaction queues the edit for the server, on the version it was made on.
    if (auto r = enqueueEdit(m_db, file.id, file.version, std::move(patchJson), now); !r)
        return r.error();
    return {};
}

Result<Id> SqliteLoanFileStore::addTruck(const Truck& truck)
{
    if (auto r = refuseIfInvalid("The truck", validateTruck(truck, currentUtcYear())); !r)
        return r.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Truck t = truck;
    t.id = 0;
    auto file = pledgeTarget(t.loanFileId, t.enterpriseId, "The truck");
    if (!file)
        return file.error();
    auto id = insertTruck(m_db, t); // refreshes the file's search text
    if (!id)
        return id.error();
    if (m_queueForSync) // a local id, tied to the server's when its copy names it (sync_asset_ids.h)
        if (id = moveToLocalRange(m_db, "trucks", *id); !id)
            return id.error();
    if (auto r = recordPledge(*file, "truck:" + t.vin,
                              normalisePlate(t.plate) + ", " + t.brand + " " + t.model + " " +
                                  std::to_string(t.year) + ", purchase price " +
                                  t.purchasePrice.toPlainYuan() + " yuan",
                              truckAddPatch(t));
        !r)
        return r.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    return id;
}

Result<Id> SqliteLoanFileStore::addKiln(const Kiln& kiln)
{
    if (auto r = refuseIfInvalid("The kiln", validateKiln(kiln, currentUtcYear())); !r)
        return r.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Kiln k = kiln;
    k.id = 0;
    auto file = pledgeTarget(k.loanFileId, k.enterpriseId, "The kiln");
    if (!file)
        return file.error();
    auto id = insertKiln(m_db, k);
    if (!id)
        return id.error();
    if (m_queueForSync)
        if (id = moveToLocalRange(m_db, "kilns", *id); !id)
            return id.error();
    // A kiln without a gateway yet is named by its id.
    const std::string name = k.gatewayId.empty() ? "id " + std::to_string(*id) : k.gatewayId;
    if (auto r = recordPledge(*file, "kiln:" + name,
                              std::string(key(k.type)) + " kiln, " + std::string(key(k.fuel)) +
                                  ", installed " + std::to_string(k.yearInstalled) + ", purchase cost " +
                                  k.purchaseCost.toPlainYuan() + " yuan",
                              kilnAddPatch(k));
        !r)
        return r.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    return id;
}

Result<void> SqliteLoanFileStore::editDraftTerms(Id fileId, std::int64_t expectedVersion,
                                                 const DraftTerms& terms, Id actorId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto stored = getLoanFile(m_db, fileId);
    if (!stored)
        return withContext("The terms were not saved", stored.error());
    const LoanFile& before = *stored;
    if (before.version != expectedVersion)
        return makeError("Loan file " + before.fileNo +
                             " was changed since you opened it; reopen it to see the change, then try again.",
                         ErrorCode::Conflict);
    if (before.state != LoanState::Draft)
        return makeError("The terms of loan file " + before.fileNo +
                             " can only be changed while it is a draft.",
                         ErrorCode::Forbidden);
    if (actorId == 0 || actorId != before.analystId)
        return makeError("Only the analyst who prepared loan file " + before.fileNo +
                             " may change its terms.",
                         ErrorCode::Forbidden);
    LoanFile after = before;
    after.amount = terms.amount;
    after.termMonths = terms.termMonths;
    after.annualRatePct = terms.annualRatePct;
    after.purpose = terms.purpose;
    if (auto r = refuseIfInvalid("The loan file", validateLoanFile(after)); !r)
        return r.error();
    std::string patch = draftFieldsPatch(before, after);
    if (patch.empty())
        return {};

    const TimestampMs now = nowUtcMs();
    std::vector<AuditEntry> audit;
    const auto record = [&](const char* subject, std::string was, std::string is) {
        AuditEntry e = entryByAnalyst(m_db, before.analystId, now, AuditKind::Field, subject);
        e.before = std::move(was);
        e.after = std::move(is);
        audit.push_back(std::move(e));
    };
    if (after.amount != before.amount)
        record("amount", before.amount.toPlainYuan(), after.amount.toPlainYuan());
    if (after.termMonths != before.termMonths)
        record("term_months", std::to_string(before.termMonths), std::to_string(after.termMonths));
    if (after.annualRatePct != before.annualRatePct)
        record("annual_rate_pct", std::to_string(before.annualRatePct), std::to_string(after.annualRatePct));
    if (after.purpose != before.purpose)
        record("purpose", before.purpose, after.purpose);
    if (auto r = appendAuditEntries(m_db, fileId, std::move(audit)); !r)
        return r;
    auto update =
        m_db.prepare("UPDATE loan_files SET amount_fen = ?1, term_months = ?2, annual_rate_pct = ?3, "
                     "purpose = ?4, version = version + 1, updated_at_ms = max(updated_at_ms, ?5) "
                     "WHERE id = ?6 AND version = ?7");
    if (!update)
        return update.error();
    if (auto r = update->bindAll(after.amount.fen(), after.termMonths, after.annualRatePct, after.purpose,
                                 now, fileId, expectedVersion);
        !r)
        return r;
    if (auto r = update->run(); !r)
        return withContext("The terms were not saved", r.error());
    // The same transaction queues the changed terms for the server, on the version they were made on.
    if (auto r = enqueueEdit(m_db, fileId, expectedVersion, std::move(patch), now); !r)
        return r.error();
    return tx->commit();
}

Result<User> SqliteLoanFileStore::findByLogin(std::string_view login)
{
    return findUserByLogin(m_db, login);
}

Result<std::vector<User>> SqliteLoanFileStore::allUsers()
{
    return listUsers(m_db);
}

} // namespace saggar
