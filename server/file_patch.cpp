#include "file_patch.h"

#include "child_patch.h"
#include "covenant_patch.h"
#include "field_log.h"
#include "file_delete.h"
#include "file_summary.h"
#include "idempotency.h"
#include "workflow_patch.h"
#include "write_preconditions.h"

#include "storage/content_hash.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <charconv>
#include <cmath>
#include <map>
#include <sstream>

namespace saggar::server {

namespace {

enum class Kind { Money, Months, Percent, Text };

struct Column
{
    const char* path;
    const char* column;
    Kind kind;
};

// The file's own fields an analyst edits on a draft (sync-api.md, "Roles on the wire").
constexpr Column kDraftFields[] = {{"amountFen", "amount_fen", Kind::Money},
                                   {"termMonths", "term_months", Kind::Months},
                                   {"annualRatePct", "annual_rate_pct", Kind::Percent},
                                   {"purpose", "purpose", Kind::Text}};

const Column* draftField(const std::string& path)
{
    for (const Column& c : kDraftFields)
        if (path == c.path)
            return &c;
    return nullptr;
}

// Paths only a manager may write (approvals, exceptions, waivers, risk).
bool isManagerPath(const std::string& path)
{
    for (const char* prefix : {"approvals", "exceptions", "riskAssessment", "waivers"})
        if (path == prefix || path.rfind(std::string(prefix) + "/", 0) == 0)
            return true;
    return false; // covenants' status: core's rule (covenant_patch.h)
}

std::string jsonText(const Poco::Dynamic::Var& v)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(v, out);
    return out.str();
}

// The value checked for its column, or the 422 answer.
std::optional<ApiResponse> checkValue(const Column& c, const Poco::Dynamic::Var& v)
{
    const std::string path = c.path;
    switch (c.kind) {
    case Kind::Money:
    case Kind::Months: {
        if (!v.isInteger() || v.isBoolean())
            return errorResponse(422, "wrong_type", path + " must be an integer", path);
        const auto n = v.convert<std::int64_t>();
        if (c.kind == Kind::Money && (n <= 0 || n > 100'000'000'000'00LL))
            return errorResponse(422, "validation", path + " must be between 1 fen and 10 billion yuan",
                                 path);
        if (c.kind == Kind::Months && (n < 1 || n > 360))
            return errorResponse(422, "validation", path + " must be 1 to 360 months", path);
        return std::nullopt;
    }
    case Kind::Percent: {
        if (!v.isNumeric() || v.isBoolean())
            return errorResponse(422, "wrong_type", path + " must be a number", path);
        const double d = v.convert<double>();
        if (!std::isfinite(d) || d <= 0.0 || d > 36.0)
            return errorResponse(422, "validation", path + " must be above 0 and at most 36", path);
        return std::nullopt;
    }
    case Kind::Text: {
        if (!v.isString())
            return errorResponse(422, "wrong_type", path + " must be a string", path);
        const auto s = v.extract<std::string>();
        if (s.find_first_not_of(" \t\r\n") == std::string::npos || s.size() > 4000)
            return errorResponse(422, "validation", path + " must be non-empty text up to 4000 bytes", path);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

struct FileRow
{
    Id analystId = 0;
    Id enterpriseId = 0;
    std::string state;
    std::int64_t version = 0;
    bool deleted = false;
};

ApiResponse internal(const Error& e)
{
    return errorResponse(500, "internal", "the server's database refused the write: " + e.message);
}

// Current value of a draft column as JSON text.
Result<std::string> currentJson(Database& db, Id fileId, const Column& c)
{
    auto st = db.prepare(std::string("SELECT ") + c.column + " FROM loan_files WHERE id = ?");
    if (!st)
        return st.error();
    if (auto r = st.value().bindAll(fileId); !r)
        return r.error();
    if (auto r = st.value().step(); !r)
        return r.error();
    switch (c.kind) {
    case Kind::Money:
    case Kind::Months:
        return std::to_string(st.value().columnInt64(0));
    case Kind::Percent:
        return jsonText(st.value().columnDouble(0));
    case Kind::Text:
        return jsonText(st.value().columnText(0));
    }
    return std::string("null");
}

} // namespace

ApiResponse patchFile(Database& db, const Caller& caller, const PatchRequest& request, TimestampMs nowMs)
{
    const auto checked = writeBaseVersion(request.ifMatch, request.idempotency, "a patch", "<base version>");
    if (const auto* refused = std::get_if<ApiResponse>(&checked))
        return *refused;
    const std::int64_t* base = std::get_if<std::int64_t>(&checked);

    auto parsed = parseJsonObject(request.body);
    if (auto* refused = std::get_if<ApiResponse>(&parsed))
        return *refused;
    const Poco::JSON::Object::Ptr patch = std::get<Poco::JSON::Object::Ptr>(parsed);

    auto tx = Transaction::begin(db);
    if (!tx)
        return internal(tx.error());
    const IdempotentRequest idem{caller.userId, *request.idempotency, "PATCH", request.path,
                                 sha256Hex(request.body)};
    auto seen = replayIfSeen(db, idem);
    if (!seen)
        return internal(seen.error());
    if (seen.value())
        return *seen.value();

    FileRow file;
    {
        auto st = db.prepare("SELECT coalesce(f.analyst_id, 0), f.enterprise_id, f.state, f.version, "
                             "t.file_id IS NOT NULL "
                             "FROM loan_files f LEFT JOIN server_tombstones t ON t.file_id = f.id "
                             "WHERE f.id = ? AND " +
                             readableFilesCondition(caller));
        if (!st || !st.value().bindAll(request.fileId))
            return internal(makeError("the file could not be read"));
        auto row = st.value().step();
        if (!row)
            return internal(row.error());
        if (!row.value())
            return errorResponse(404, "not_found", "no file " + std::to_string(request.fileId));
        file = {st.value().columnInt64(0), st.value().columnInt64(1), st.value().columnText(2),
                st.value().columnInt64(3), st.value().columnInt(4) != 0};
    }
    if (file.deleted) {
        auto tombstone = findTombstone(db, request.fileId);
        if (!tombstone || !tombstone.value())
            return errorResponse(409, "deleted", "file " + std::to_string(request.fileId) + " was deleted");
        return deletedAnswer(request.fileId, *tombstone.value()); // who deleted it, for the user
    }
    // The memo and documents: judged by core's workflow as the caller (workflow_patch.h).
    if (isWorkflowPatch(*patch)) {
        ApiResponse answer = patchWorkflowFields(db, caller, request.fileId, *base, file.version,
                                                 *patch->getObject("set"), nowMs);
        if (answer.status != 200)
            return answer; // the transaction rolls back
        if (auto r = rememberAnswer(db, idem, answer, nowMs); !r)
            return internal(r.error());
        if (auto r = tx.value().commit(); !r)
            return internal(r.error());
        return answer;
    }

    // Covenants and appraised values: judged by core's workflow as the caller (covenant_patch.h).
    if (isCovenantPatch(*patch)) {
        ApiResponse answer =
            patchCovenantFields(db, caller, request.fileId, *base, file.version, *patch, nowMs);
        if (answer.status != 200)
            return answer; // the transaction rolls back
        if (auto r = rememberAnswer(db, idem, answer, nowMs); !r)
            return internal(r.error());
        if (auto r = tx.value().commit(); !r)
            return internal(r.error());
        return answer;
    }

    // Shape and roles, before anything is compared or written.
    for (const auto& [name, value] : *patch)
        if (name != "set" && name != "add" && name != "remove")
            return errorResponse(422, "unknown_field", "a patch has set, add and remove only", name);
    if (patch->has("remove"))
        return errorResponse(422, "validation", "'remove' (children) is not served by this server yet",
                             "remove");
    auto draftOnly = [&](const std::string& path) -> std::optional<ApiResponse> {
        if (caller.role != "analyst" || caller.userId != file.analystId)
            return errorResponse(403, "forbidden_field", "only the file's analyst may write " + path, path);
        if (file.state != "draft")
            return errorResponse(403, "forbidden_field",
                                 path + " can only be changed while the file is a draft", path);
        return std::nullopt;
    };
    ChildAdds adds;
    if (patch->has("add")) {
        auto read = readChildAdds(patch->getObject("add"));
        if (auto* refused = std::get_if<ApiResponse>(&read))
            return *refused;
        adds = std::get<ChildAdds>(std::move(read));
        if (auto refused = draftOnly("add"))
            return *refused;
    }
    auto set = patch->getObject("set");
    if (patch->has("set") && (!set || set->size() == 0))
        return errorResponse(422, "wrong_type", "'set' must be an object with at least one path", "set");
    if (!set && adds.empty())
        return errorResponse(422, "wrong_type", "a patch needs 'set' or 'add'", "set");
    if (!set)
        set = new Poco::JSON::Object;
    std::vector<std::pair<const Column*, Poco::Dynamic::Var>> writes;
    for (const auto& [path, value] : *set) {
        if (isManagerPath(path)) {
            if (caller.role != "manager")
                return errorResponse(403, "forbidden_field", "a " + caller.role + " may not write " + path,
                                     path);
            return errorResponse(422, "validation", path + " is written through the workflow actions", path);
        }
        const Column* column = draftField(path);
        if (!column)
            return errorResponse(422, "unknown_field", "no writable field " + path, path);
        if (auto refused = draftOnly(path))
            return *refused;
        if (auto refused = checkValue(*column, value))
            return *refused;
        writes.emplace_back(column, value);
    }

    if (*base > file.version)
        return errorResponse(412, "version_mismatch",
                             "file " + std::to_string(request.fileId) + " is at version " +
                                 std::to_string(file.version) + ", never at " + std::to_string(*base));
    if (*base < file.version) {
        // Merged unless a path was written since the base (the log's rule, server/field_log).
        std::vector<PathWrite> paths;
        for (const auto& [column, value] : writes) {
            auto theirs = currentJson(db, request.fileId, *column);
            if (!theirs)
                return internal(theirs.error());
            paths.push_back({std::string(column->path), theirs.value(), jsonText(value)});
        }
        if (auto conflict = conflictsSince(db, request.fileId, *base, file.version, paths))
            return *conflict;
    }

    const std::int64_t next = file.version + 1;
    for (const auto& [column, value] : writes) {
        auto before = currentJson(db, request.fileId, *column);
        if (!before)
            return internal(before.error());
        auto update =
            db.prepare(std::string("UPDATE loan_files SET ") + column->column + " = ? WHERE id = ?");
        if (!update)
            return internal(update.error());
        Result<void> bound = column->kind == Kind::Text ? update.value().bindAll(value.extract<std::string>())
                             : column->kind == Kind::Percent
                                 ? update.value().bindAll(value.convert<double>())
                                 : update.value().bindAll(value.convert<std::int64_t>());
        if (!bound || !update.value().bindInt64(2, request.fileId))
            return internal(makeError("a value could not be bound"));
        if (auto r = update.value().run(); !r)
            return internal(r.error());
        if (auto r = logFieldWrite(db, request.fileId, next, std::string(column->path), before.value(),
                                   jsonText(value), caller.userId, nowMs);
            !r)
            return internal(r.error());
    }
    auto added = insertChildAdds(db, request.fileId, file.enterpriseId, std::move(adds));
    if (auto* refused = std::get_if<ApiResponse>(&added))
        return *refused;
    for (const AddedChild& child : std::get<std::vector<AddedChild>>(added)) {
        if (!logFieldWrite(db, request.fileId, next, child.path, "null", child.after, caller.userId, nowMs))
            return internal(makeError("the field log could not be written"));
    }
    auto bump = db.prepare("UPDATE loan_files SET version = ?, updated_at_ms = ? WHERE id = ?");
    if (!bump || !bump.value().bindAll(next, nowMs, request.fileId) || !bump.value().run())
        return internal(makeError("the version could not be bumped"));
    if (!recordChange(db, request.fileId, next, false, nowMs))
        return internal(makeError("the change feed could not be written"));
    auto summary = fileSummary(db, request.fileId);
    if (!summary)
        return internal(summary.error());
    if (auto r = addCovenants(db, request.fileId, *summary.value()); !r) // covenant_patch.h
        return internal(r.error());
    ApiResponse answer{200,
                       R"({"version":)" + std::to_string(next) + R"(,"file":)" + toJson(summary.value()) +
                           "}",
                       {{"ETag", "\"" + std::to_string(next) + "\""}}};
    if (auto r = rememberAnswer(db, idem, answer, nowMs); !r)
        return internal(r.error());
    if (auto r = tx.value().commit(); !r)
        return internal(r.error());
    return answer;
}

} // namespace saggar::server
