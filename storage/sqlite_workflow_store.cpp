// SqliteWorkflowStore's reads (context, history, queues, memos) and the authority table; the writes
// are in workflow_writer.cpp and the attachments in attachment_store.cpp.
#include "sqlite_workflow_store.h"

#include "asset_repository.h"
#include "audit_repository.h"
#include "authority_repository.h"
#include "document_repository.h"
#include "loan_file_repository.h"
#include "repository_support.h"
#include "user_repository.h"
#include "risk_records.h"
#include "workflow_records.h"

#include <set>

namespace saggar {
namespace {

// The states whose files wait for a manager: a decision to take, a disbursement, a default to work.
constexpr const char* kManagerStates =
    "('auto_approved', 'manual_review', 'declined', 'approved', 'default', 'disposal')";

Result<int> decisionRound(const Database& db, Id fileId)
{
    return readOne<int>(
        db, "SELECT decision_round FROM loan_files WHERE id = ?1", fileId,
        [](const Statement& s) { return s.columnInt(0); },
        "There is no loan file with id " + std::to_string(fileId) + ".");
}

// The display names of everyone the context mentions; someone no longer stored is left out (the
// rules then name them by id).
Result<std::map<Id, std::string>> namesOfPeopleIn(const Database& db, const WorkflowContext& ctx)
{
    std::set<Id> ids{ctx.file.analystId, ctx.file.appraiserId, ctx.file.managerId};
    for (const Approval& a : ctx.approvals)
        ids.insert(a.approverId);
    for (const PolicyException& e : ctx.exceptions)
        ids.insert(e.grantedBy);
    for (const Truck& t : ctx.trucks)
        ids.insert(t.appraisedBy);
    for (const Kiln& k : ctx.kilns)
        ids.insert(k.appraisedBy);
    if (ctx.memo)
        ids.insert(ctx.memo->authorId);
    if (ctx.risk)
        ids.insert(ctx.risk->assessedBy);
    ids.erase(0);
    std::map<Id, std::string> names;
    for (Id id : ids) {
        auto user = getUser(db, id);
        if (user)
            names.emplace(id, user->displayName);
        else if (user.error().code != ErrorCode::NotFound)
            return user.error();
    }
    return names;
}

} // namespace

SqliteWorkflowStore::SqliteWorkflowStore(Database& db, std::string attachmentsDir)
    : m_db(db), m_attachmentsDir(std::move(attachmentsDir))
{}

Result<WorkflowContext> SqliteWorkflowStore::context(Id fileId)
{
    WorkflowContext ctx;
    auto file = getLoanFile(m_db, fileId);
    if (!file)
        return file.error();
    ctx.file = std::move(*file);
    auto round = decisionRound(m_db, fileId);
    if (!round)
        return round.error();
    ctx.round = *round;

    // Each piece into its place; the first failure is the answer.
    Result<void> r;
    const auto load = [&r](auto result, auto& target) {
        if (!r)
            return;
        if (!result)
            r = result.error();
        else
            target = std::move(*result);
    };
    load(listDocumentsOfFile(m_db, fileId), ctx.documents);
    load(listTrucksOfFile(m_db, fileId), ctx.trucks);
    load(listKilnsOfFile(m_db, fileId), ctx.kilns);
    load(latestCreditMemo(m_db, fileId), ctx.memo);
    load(latestRiskAssessment(m_db, fileId, ctx.round), ctx.risk);
    load(latestRiskScore(m_db, fileId, ctx.round), ctx.score);
    load(listApprovals(m_db, fileId, ctx.round), ctx.approvals);
    load(listCovenants(m_db, fileId), ctx.covenants);
    load(listPolicyExceptions(m_db, fileId), ctx.exceptions);
    load(readAuthorityTable(m_db), ctx.authority);
    if (r)
        load(namesOfPeopleIn(m_db, ctx), ctx.userNames);
    if (!r)
        return withContext("Could not open loan file " + ctx.file.fileNo, r.error());
    return ctx;
}

Result<std::vector<CreditMemo>> SqliteWorkflowStore::memoVersions(Id fileId)
{
    return listCreditMemos(m_db, fileId);
}

Result<FileHistory> SqliteWorkflowStore::history(Id fileId)
{
    auto stored = readStoredHistory(m_db, fileId);
    if (!stored)
        return stored.error();
    FileHistory h;
    h.entries = std::move(stored->entries);
    h.verdict = verifyAuditChain(h.entries, stored->head.seq, stored->head.hashHex);
    return h;
}

Result<std::vector<WorkItem>> SqliteWorkflowStore::workFor(const Actor& actor)
{
    std::string where;
    switch (actor.role) {
    case Role::Analyst:
        where = "state = 'draft' AND analyst_id = ?1";
        break;
    case Role::Appraiser:
        where = "state = 'submitted' OR (state = 'appraisal' AND appraiser_id = ?1)";
        break;
    case Role::Manager:
        where = std::string("state IN ") + kManagerStates;
        break;
    }
    // The newest ids first, from the (state, updated_at_ms) index alone; only those rows are then read
    // whole (at 100,000 files the manager queue is 40,000 rows: 15 ms this way, 300 ms joining first).
    auto stmt =
        m_db.prepare("SELECT f.id, f.file_no, e.name_zh, f.state, f.amount_fen, f.updated_at_ms FROM "
                     "(SELECT id FROM loan_files WHERE deleted_at_ms = 0 AND (" + // deleted drafts leave it
                     where + ") ORDER BY updated_at_ms DESC, id DESC LIMIT " + std::to_string(kWorkLimit) +
                     ") w JOIN loan_files f ON f.id = w.id JOIN enterprises e ON e.id = f.enterprise_id "
                     "ORDER BY f.updated_at_ms DESC, f.id DESC");
    if (!stmt)
        return stmt.error();
    if (stmt->parameterCount() > 0)
        if (auto r = stmt->bindInt64(1, actor.userId); !r)
            return r.error();
    return readAll<WorkItem>(*stmt, [](const Statement& s) {
        return WorkItem{s.columnInt64(0),
                        s.columnText(1),
                        s.columnText(2),
                        enumColumn(s, 3, LoanState::Draft),
                        Money::fromFen(s.columnInt64(4)),
                        s.columnInt64(5)};
    });
}

Result<AuthorityTable> SqliteWorkflowStore::authority()
{
    return readAuthorityTable(m_db);
}

Result<void> SqliteWorkflowStore::setAuthority(const AuthorityTable& table, const Actor& actor)
{
    if (actor.role != Role::Manager)
        return makeError("Only a manager may change the approval authority table.", ErrorCode::Forbidden);
    if (auto r = table.check(); !r)
        return withContext("The authority table was not saved", r.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto r = writeAuthorityTable(m_db, table, actor.userId, nowUtcMs()); !r)
        return r;
    return tx->commit();
}

} // namespace saggar
