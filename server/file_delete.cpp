#include "file_delete.h"

#include "field_log.h"
#include "file_summary.h"
#include "idempotency.h"
#include "write_preconditions.h"

#include "storage/content_hash.h"

#include <Poco/JSON/Object.h>

#include <charconv>

namespace saggar::server {

namespace {

ApiResponse internal(const std::string& what)
{
    return errorResponse(500, "internal", "the server's database refused the delete: " + what);
}

} // namespace

Result<std::optional<Tombstone>> findTombstone(Database& db, Id fileId)
{
    auto st =
        db.prepare("SELECT t.version, t.at_ms, coalesce(l.user_id, 0), coalesce(u.display_name, '') "
                   "FROM server_tombstones t LEFT JOIN server_field_log l ON l.file_id = t.file_id "
                   "AND l.version = t.version AND l.path = 'deleted' LEFT JOIN users u ON u.id = l.user_id "
                   "WHERE t.file_id = ?");
    if (!st)
        return st.error();
    if (auto r = st.value().bindAll(fileId); !r)
        return r.error();
    auto row = st.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Tombstone>{};
    const Statement& s = st.value();
    return std::optional<Tombstone>{
        Tombstone{s.columnInt64(0), s.columnInt64(1), s.columnInt64(2), s.columnText(3)}};
}

ApiResponse deletedAnswer(Id fileId, const Tombstone& t)
{
    Poco::JSON::Object::Ptr error = new Poco::JSON::Object;
    error->set("code", "deleted");
    error->set("message", "file " + std::to_string(fileId) + " was deleted on the server" +
                              (t.byName.empty() ? std::string() : " by " + t.byName));
    Poco::JSON::Object::Ptr by = new Poco::JSON::Object;
    by->set("id", t.byId);
    by->set("displayName", t.byName);
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("error", error);
    body->set("currentVersion", t.version);
    body->set("deletedBy", by);
    body->set("deletedAtMs", t.atMs);
    return ApiResponse{409, toJson(body), {}};
}

ApiResponse deleteFile(Database& db, const Caller& caller, const DeleteRequest& request, TimestampMs nowMs)
{
    const auto checked = writeBaseVersion(request.ifMatch, request.idempotency, "a delete");
    if (const auto* refused = std::get_if<ApiResponse>(&checked))
        return *refused;
    const std::int64_t* base = std::get_if<std::int64_t>(&checked);

    auto tx = Transaction::begin(db);
    if (!tx)
        return internal(tx.error().message);
    // A DELETE has no body: its hash is the empty body's.
    const IdempotentRequest idem{caller.userId, *request.idempotency, "DELETE", request.path, sha256Hex("")};
    auto seen = replayIfSeen(db, idem);
    if (!seen)
        return internal(seen.error().message);
    if (seen.value())
        return *seen.value();

    Id analystId = 0;
    std::string state;
    std::int64_t version = 0;
    {
        auto st = db.prepare("SELECT coalesce(f.analyst_id, 0), f.state, f.version FROM loan_files f "
                             "WHERE f.id = ? AND " +
                             readableFilesCondition(caller));
        if (!st || !st.value().bindAll(request.fileId))
            return internal("the file could not be read");
        auto row = st.value().step();
        if (!row)
            return internal(row.error().message);
        if (!row.value())
            return errorResponse(404, "not_found", "no file " + std::to_string(request.fileId));
        analystId = st.value().columnInt64(0);
        state = st.value().columnText(1);
        version = st.value().columnInt64(2);
    }
    auto tombstone = findTombstone(db, request.fileId);
    if (!tombstone)
        return internal(tombstone.error().message);
    if (tombstone.value())
        return deletedAnswer(request.fileId, *tombstone.value());
    const bool ownAnalyst = caller.role == "analyst" && caller.userId == analystId;
    if (!ownAnalyst && caller.role != "manager")
        return errorResponse(403, "forbidden_role",
                             "only the file's analyst or a manager may delete a draft");
    if (state != "draft")
        return errorResponse(409, "workflow_refused",
                             "only a draft can be deleted; a file in " + state +
                                 " is withdrawn or declined through the workflow",
                             "state");
    if (*base != version) {
        auto answer = errorResponse(412, "version_mismatch",
                                    "file " + std::to_string(request.fileId) + " is at version " +
                                        std::to_string(version) + ", the delete was based on " +
                                        std::to_string(*base) + ": see the newer edit before deleting",
                                    "If-Match");
        answer.body.insert(answer.body.size() - 1, R"(,"currentVersion":)" + std::to_string(version));
        return answer;
    }

    const std::int64_t next = version + 1;
    auto mark = db.prepare("INSERT INTO server_tombstones (file_id, version, at_ms) VALUES (?, ?, ?)");
    if (!mark || !mark.value().bindAll(request.fileId, next, nowMs) || !mark.value().run())
        return internal("the tombstone could not be written");
    if (!logFieldWrite(db, request.fileId, next, "deleted", "false", "true", caller.userId, nowMs))
        return internal("the field log could not be written");
    auto bump = db.prepare("UPDATE loan_files SET version = ?, updated_at_ms = ? WHERE id = ?");
    if (!bump || !bump.value().bindAll(next, nowMs, request.fileId) || !bump.value().run())
        return internal("the version could not be bumped");
    if (!recordChange(db, request.fileId, next, true, nowMs))
        return internal("the change feed could not be written");
    ApiResponse answer{200,
                       R"({"id":)" + std::to_string(request.fileId) + R"(,"version":)" +
                           std::to_string(next) + R"(,"deleted":true})",
                       {{"ETag", "\"" + std::to_string(next) + "\""}}};
    if (auto r = rememberAnswer(db, idem, answer, nowMs); !r)
        return internal(r.error().message);
    if (auto r = tx.value().commit(); !r)
        return internal(r.error().message);
    return answer;
}

} // namespace saggar::server
