#include "file_action.h"

#include "field_log.h"
#include "file_summary.h"
#include "idempotency.h"
#include "write_preconditions.h"

#include "core/workflow_service.h"
#include "storage/content_hash.h"
#include "storage/sqlite_workflow_store.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <charconv>
#include <sstream>

namespace saggar::server {

namespace {

std::string jsonText(const std::string& text)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(Poco::Dynamic::Var(text), out);
    return out.str();
}

// The body read into core's request, or the 400/422 answer.
std::variant<WorkflowRequest, ApiResponse> readRequest(const std::string& body)
{
    auto parsed = parseJsonObject(body);
    if (auto* refused = std::get_if<ApiResponse>(&parsed))
        return *refused;
    const Poco::JSON::Object::Ptr o = std::get<Poco::JSON::Object::Ptr>(parsed);
    WorkflowRequest r;
    bool hasAction = false;
    for (const auto& [name, value] : *o) {
        if (name != "action" && name != "reason" && name != "comment" && name != "grade" &&
            name != "rationale")
            return errorResponse(422, "unknown_field",
                                 "an action has action, reason, comment, grade, rationale", name);
        if (name == "grade" && value.isEmpty())
            continue;
        if (!value.isString())
            return errorResponse(422, "wrong_type", name + " must be a string", name);
        const auto text = value.extract<std::string>();
        if (name == "action") {
            const auto action = fromKey<WorkflowAction>(text);
            if (!action)
                return errorResponse(422, "validation", "no workflow action '" + text + "'", name);
            r.action = *action;
            hasAction = true;
        } else if (name == "grade") {
            const auto grade = fromKey<RiskGrade>(text);
            if (!grade)
                return errorResponse(422, "validation", "no risk grade '" + text + "'", name);
            r.grade = *grade;
        } else if (name == "rationale") {
            r.rationale = text;
        } else if (name == "reason" || (name == "comment" && r.reason.empty())) {
            r.reason = text; // an approval's comment is its reason
        }
        if (text.size() > 4000)
            return errorResponse(422, "validation", name + " is longer than 4000 bytes", name);
    }
    if (!hasAction)
        return errorResponse(422, "validation", "an action needs 'action'", "action");
    return r;
}

ApiResponse refusedByRules(const Error& e)
{
    switch (e.code) {
    case ErrorCode::Forbidden:
        return errorResponse(403, "forbidden_role", e.message, "action");
    case ErrorCode::Conflict:
        return errorResponse(409, "workflow_refused", e.message, "action");
    case ErrorCode::InvalidInput:
        return errorResponse(422, "validation", e.message, "action");
    case ErrorCode::NotFound:
        return errorResponse(404, "not_found", e.message);
    default:
        return writeRefusedByDatabase(e.message);
    }
}

} // namespace

ApiResponse performAction(Database& db, const Caller& caller, const ActionRequest& request, TimestampMs nowMs)
{
    const auto checked = writeBaseVersion(request.ifMatch, request.idempotency, "an action");
    if (const auto* refused = std::get_if<ApiResponse>(&checked))
        return *refused;
    const std::int64_t* base = std::get_if<std::int64_t>(&checked);
    auto read = readRequest(request.body);
    if (auto* refused = std::get_if<ApiResponse>(&read))
        return *refused;
    const WorkflowRequest move = std::get<WorkflowRequest>(std::move(read));
    const auto role = fromKey<Role>(caller.role);
    if (!role)
        return errorResponse(403, "forbidden_role", "a " + caller.role + " takes no workflow action",
                             "action");

    auto tx = Transaction::begin(db);
    if (!tx)
        return writeRefusedByDatabase(tx.error().message);
    const IdempotentRequest idem{caller.userId, *request.idempotency, "POST", request.path,
                                 sha256Hex(request.body)};
    auto seen = replayIfSeen(db, idem);
    if (!seen)
        return writeRefusedByDatabase(seen.error().message);
    if (seen.value())
        return *seen.value();

    std::int64_t version = 0;
    std::string stateBefore;
    {
        auto st = db.prepare("SELECT f.version, f.state, "
                             "EXISTS (SELECT 1 FROM server_tombstones t WHERE t.file_id = f.id) "
                             "FROM loan_files f WHERE f.id = ?");
        if (!st || !st.value().bindAll(request.fileId))
            return writeRefusedByDatabase("the file could not be read");
        auto row = st.value().step();
        if (!row)
            return writeRefusedByDatabase(row.error().message);
        if (!row.value())
            return errorResponse(404, "not_found", "no file " + std::to_string(request.fileId));
        if (st.value().columnInt(2) != 0)
            return errorResponse(409, "deleted", "file " + std::to_string(request.fileId) + " was deleted");
        version = st.value().columnInt64(0);
        stateBefore = st.value().columnText(1);
    }
    // Moves do not merge: the rules judged the preconditions on the base.
    if (*base != version)
        return errorResponse(412, "version_mismatch",
                             "file " + std::to_string(request.fileId) + " is at version " +
                                 std::to_string(version) + ", the action was based on " +
                                 std::to_string(*base));

    SqliteWorkflowStore store(db, {}); // moves attach nothing
    store.setQueueForSync(false);      // the server's own writes are not sent anywhere
    WorkflowService workflow(store, [nowMs] { return nowMs; });
    const Actor actor{caller.userId, *role, caller.displayName};
    if (auto done = workflow.perform(actor, request.fileId, move); !done)
        return refusedByRules(done.error());

    const std::int64_t next = version + 1;
    auto state = db.queryText("SELECT state FROM loan_files WHERE id = " + std::to_string(request.fileId));
    auto now = db.queryInt64("SELECT version FROM loan_files WHERE id = " + std::to_string(request.fileId));
    if (!state || !now || now.value() != next)
        return writeRefusedByDatabase("the move did not leave the file at version " + std::to_string(next));
    if (state.value() != stateBefore) {
        if (!logFieldWrite(db, request.fileId, next, "state", jsonText(stateBefore), jsonText(state.value()),
                           caller.userId, nowMs))
            return writeRefusedByDatabase("the field log could not be written");
    }
    if (!recordChange(db, request.fileId, next, false, nowMs))
        return writeRefusedByDatabase("the change feed could not be written");
    auto summary = fileSummary(db, request.fileId);
    if (!summary)
        return writeRefusedByDatabase(summary.error().message);
    ApiResponse answer{200,
                       R"({"version":)" + std::to_string(next) + R"(,"state":)" + jsonText(state.value()) +
                           R"(,"file":)" + toJson(summary.value()) + "}",
                       {{"ETag", "\"" + std::to_string(next) + "\""}}};
    if (auto r = rememberAnswer(db, idem, answer, nowMs); !r)
        return writeRefusedByDatabase(r.error().message);
    if (auto r = tx.value().commit(); !r)
        return writeRefusedByDatabase(r.error().message);
    return answer;
}

} // namespace saggar::server
