#include "file_workflow_json.h"

#include "storage/repository_support.h"
#include "storage/workflow_records.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>

namespace saggar::server {
namespace {

Poco::JSON::Object::Ptr memoJson(const CreditMemo& memo)
{
    Poco::JSON::Object::Ptr sections = new Poco::JSON::Object;
    for (MemoSection s : allValues<MemoSection>())
        sections->set(std::string(key(s)), memo.section(s));
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("version", memo.version);
    o->set("sections", sections);
    o->set("authorId", memo.authorId);
    o->set("atMs", memo.atMs);
    o->set("frozen", memo.frozen);
    return o;
}

Result<Poco::JSON::Array::Ptr> approvalsJson(Database& db, Id fileId)
{
    auto st = db.prepare("SELECT id, round, approver_id, comment, memo_version, at_ms FROM approvals "
                         "WHERE loan_file_id = ?1 ORDER BY round, id");
    if (!st)
        return st.error();
    if (auto r = st->bindAll(fileId); !r)
        return r.error();
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return list;
        Poco::JSON::Object::Ptr a = new Poco::JSON::Object;
        a->set("id", st->columnInt64(0));
        a->set("round", st->columnInt64(1));
        a->set("approverId", st->columnInt64(2));
        a->set("comment", st->columnText(3));
        a->set("memoVersion", st->columnInt64(4));
        a->set("atMs", st->columnInt64(5));
        list->add(a);
    }
}

// The round and the person of the field log's entries at the file's current version (at version 1,
// without one, the analyst who created the file).
struct FileHead
{
    std::int64_t round = 1;
    Id byId = 0;
    std::string byName;
};

Result<FileHead> fileHead(Database& db, Id fileId)
{
    auto st = db.prepare(
        "SELECT f.decision_round, coalesce((SELECT l.user_id FROM server_field_log l WHERE l.file_id = f.id "
        "AND l.version = f.version LIMIT 1), CASE WHEN f.version = 1 THEN f.analyst_id END, 0) "
        "FROM loan_files f WHERE f.id = ?1");
    if (!st)
        return st.error();
    if (auto r = st->bindAll(fileId); !r)
        return r.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError("no file " + std::to_string(fileId), ErrorCode::NotFound);
    FileHead head{st->columnInt64(0), st->columnInt64(1), {}};
    if (head.byId == 0)
        return head;
    auto user = db.prepare("SELECT display_name FROM users WHERE id = ?1");
    if (!user)
        return user.error();
    if (auto r = user->bindAll(head.byId); !r)
        return r.error();
    auto found = user->step();
    if (!found)
        return found.error();
    if (found.value())
        head.byName = user->columnText(0);
    else
        head.byId = 0;
    return head;
}

} // namespace

Result<void> addWorkflowChildren(Database& db, Id fileId, Poco::JSON::Object& file)
{
    auto head = fileHead(db, fileId);
    if (!head)
        return head.error();
    file.set("decisionRound", head->round);
    if (head->byId != 0) {
        Poco::JSON::Object::Ptr by = new Poco::JSON::Object;
        by->set("id", head->byId);
        by->set("displayName", head->byName);
        file.set("updatedBy", by);
    } else {
        file.set("updatedBy", Poco::Dynamic::Var());
    }

    auto memo = latestCreditMemo(db, fileId);
    if (!memo)
        return memo.error();
    if (memo.value())
        file.set("memo", memoJson(*memo.value()));
    else
        file.set("memo", Poco::Dynamic::Var());

    auto risk = latestRiskAssessment(db, fileId, static_cast<int>(head->round));
    if (!risk)
        return risk.error();
    if (risk.value()) {
        const RiskAssessment& r = *risk.value();
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("round", head->round);
        o->set("grade", std::string(key(r.grade)));
        o->set("rationale", r.rationale);
        o->set("assessedBy", r.assessedBy);
        o->set("atMs", r.atMs);
        file.set("riskAssessment", o);
    } else {
        file.set("riskAssessment", Poco::Dynamic::Var());
    }

    auto approvals = approvalsJson(db, fileId);
    if (!approvals)
        return approvals.error();
    file.set("approvals", approvals.value());

    auto exceptions = listPolicyExceptions(db, fileId);
    if (!exceptions)
        return exceptions.error();
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const PolicyException& e : exceptions.value()) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("id", e.id);
        o->set("kind", std::string(key(e.kind)));
        o->set("subject", e.subject);
        o->set("justification", e.justification);
        o->set("grantedBy", e.grantedBy);
        o->set("atMs", e.atMs);
        list->add(o);
    }
    file.set("exceptions", list);
    return {};
}

} // namespace saggar::server
