#include "workflow_patch.h"

#include "covenant_patch.h"
#include "field_log.h"
#include "file_summary.h"

#include "core/workflow_service.h"
#include "storage/sqlite_workflow_store.h"

#include <Poco/JSON/Stringifier.h>

#include <charconv>
#include <map>
#include <sstream>

namespace saggar::server {

namespace {

constexpr const char* kMemoPrefix = "memo/sections/";
constexpr const char* kDocumentPrefix = "documents/";

std::string jsonText(const std::string& text)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(Poco::Dynamic::Var(text), out);
    return out.str();
}

bool startsWith(const std::string& s, const char* prefix)
{
    return s.rfind(prefix, 0) == 0;
}

// One path of the patch: where it points and its value.
struct Write
{
    std::string path;
    std::optional<MemoSection> section; // memo/sections/<section>
    Id documentId = 0;                  // documents/<id>/<member>
    std::string member;                 // status, note, justification
    std::string value;
};

} // namespace

bool isWorkflowPatch(const Poco::JSON::Object& patch)
{
    if (patch.size() != 1 || !patch.has("set"))
        return false;
    const auto set = patch.getObject("set");
    if (!set || set->size() == 0)
        return false;
    for (const auto& [path, value] : *set)
        if (!startsWith(path, kMemoPrefix) && !startsWith(path, kDocumentPrefix))
            return false;
    return true;
}

ApiResponse patchWorkflowFields(Database& db, const Caller& caller, Id fileId, std::int64_t base,
                                std::int64_t current, const Poco::JSON::Object& set, TimestampMs nowMs)
{
    std::vector<Write> writes;
    Id documentId = 0;
    for (const auto& [path, value] : set) {
        if (!value.isString())
            return errorResponse(422, "wrong_type", path + " must be a string", path);
        Write w{path, std::nullopt, 0, {}, value.extract<std::string>()};
        if (w.value.size() > 20000)
            return errorResponse(422, "validation", path + " is longer than 20,000 bytes", path);
        if (startsWith(path, kMemoPrefix)) {
            w.section = fromKey<MemoSection>(path.substr(std::string(kMemoPrefix).size()));
            if (!w.section)
                return errorResponse(422, "unknown_field", "no memo section " + path, path);
        } else {
            const std::string rest = path.substr(std::string(kDocumentPrefix).size());
            const auto slash = rest.find('/');
            const auto [end, ec] =
                std::from_chars(rest.data(), rest.data() + std::min(slash, rest.size()), w.documentId);
            w.member = slash == std::string::npos ? std::string() : rest.substr(slash + 1);
            if (ec != std::errc() || end != rest.data() + slash || w.documentId <= 0 ||
                (w.member != "status" && w.member != "note" && w.member != "justification"))
                return errorResponse(422, "unknown_field", "no writable field " + path, path);
            if (w.member == "status" && !fromKey<DocumentStatus>(w.value))
                return errorResponse(422, "validation", "no document status '" + w.value + "'", path);
            if (documentId && documentId != w.documentId)
                return errorResponse(422, "validation", "a patch changes one document at a time", path);
            documentId = w.documentId;
        }
        writes.push_back(std::move(w));
    }
    const bool memo = writes.front().section.has_value();
    for (const Write& w : writes)
        if (w.section.has_value() != memo)
            return errorResponse(422, "validation", "a patch changes the memo or a document, not both",
                                 w.path);
    if (base > current)
        return errorResponse(412, "version_mismatch",
                             "file " + std::to_string(fileId) + " is at version " + std::to_string(current) +
                                 ", never at " + std::to_string(base));
    const auto role = fromKey<Role>(caller.role);
    if (!role)
        return errorResponse(403, "forbidden_field", "a " + caller.role + " writes no memo or document");

    SqliteWorkflowStore store(db, {}); // no attachments here
    store.setQueueForSync(false);
    WorkflowService workflow(store, [nowMs] { return nowMs; });
    auto ctx = workflow.context(fileId);
    if (!ctx)
        return refusedByRules(ctx.error(), {});
    const Document* document = nullptr;
    for (const Document& d : ctx->documents)
        if (d.id == documentId)
            document = &d;
    if (!memo && !document)
        return errorResponse(404, "not_found",
                             "file " + std::to_string(fileId) + " has no document " +
                                 std::to_string(documentId));
    // The value a path holds now, as JSON text (a waiver's justification is not a field).
    const auto currentValue = [&](const Write& w) -> std::optional<std::string> {
        if (w.section)
            return jsonText(ctx->memo ? ctx->memo->section(*w.section) : std::string());
        if (w.member == "status")
            return jsonText(std::string(key(document->status)));
        if (w.member == "note")
            return jsonText(document->note);
        return std::nullopt;
    };

    // The paths written (a waiver's justification is not one): their value now and the patch's.
    std::vector<PathWrite> logged;
    for (const Write& w : writes)
        if (auto now = currentValue(w))
            logged.push_back({w.path, *now, jsonText(w.value)});
    if (base < current)
        if (auto conflict = conflictsSince(db, fileId, base, current, logged))
            return *conflict;

    const Actor actor{caller.userId, *role, caller.displayName};
    Result<void> done;
    if (memo) {
        CreditMemo draft = ctx->memo ? *ctx->memo : CreditMemo{};
        for (const Write& w : writes)
            draft.section(*w.section) = w.value;
        done = workflow.saveMemo(actor, fileId, draft);
    } else {
        DocumentRequest r{documentId, document->status, document->note, {}};
        for (const Write& w : writes) {
            if (w.member == "status")
                r.to = *fromKey<DocumentStatus>(w.value);
            else if (w.member == "note")
                r.note = w.value;
            else
                r.justification = w.value;
        }
        done = workflow.updateDocument(actor, fileId, r);
    }
    if (!done)
        return refusedByRules(done.error(), writes.front().path);

    const std::int64_t next = current + 1;
    for (const PathWrite& p : logged)
        if (!logFieldWrite(db, fileId, next, p.path, p.theirsJson, p.mineJson, caller.userId, nowMs))
            return writeRefusedByDatabase("the field log could not be written");
    if (!recordChange(db, fileId, next, false, nowMs))
        return writeRefusedByDatabase("the change feed could not be written");
    auto summary = fileSummary(db, fileId);
    if (!summary)
        return writeRefusedByDatabase(summary.error().message);
    if (auto r = addCovenants(db, fileId, *summary.value()); !r) // covenant_patch.h
        return writeRefusedByDatabase(r.error().message);
    return ApiResponse{200,
                       R"({"version":)" + std::to_string(next) + R"(,"file":)" + toJson(summary.value()) +
                           "}",
                       {{"ETag", "\"" + std::to_string(next) + "\""}}};
}

} // namespace saggar::server
