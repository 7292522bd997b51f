#include "covenant_patch.h"

#include "child_patch.h"
#include "field_log.h"
#include "file_summary.h"

#include "core/workflow_service.h"
#include "storage/sqlite_workflow_store.h"
#include "storage/workflow_records.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <charconv>
#include <set>
#include <sstream>

namespace saggar::server {

namespace {

constexpr const char* kCovenantPrefix = "covenants/";
const std::set<std::string> kCovenantMembers{"kind", "metric", "description", "threshold", "status", "note"};

std::string jsonOf(const Poco::Dynamic::Var& v)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(v, out);
    return out.str();
}

bool startsWith(const std::string& s, const char* prefix)
{
    return s.rfind(prefix, 0) == 0;
}

// "<collection>/<id>/<member>" split; nullopt when it does not read so.
struct ChildPath
{
    std::string collection;
    Id id = 0;
    std::string member;
};
std::optional<ChildPath> splitPath(const std::string& path)
{
    const auto first = path.find('/');
    if (first == std::string::npos)
        return std::nullopt;
    const auto second = path.find('/', first + 1);
    if (second == std::string::npos)
        return std::nullopt;
    ChildPath p{path.substr(0, first), 0, path.substr(second + 1)};
    const auto [end, ec] = std::from_chars(path.data() + first + 1, path.data() + second, p.id);
    if (ec != std::errc() || end != path.data() + second || p.id <= 0 || p.member.empty())
        return std::nullopt;
    return p;
}

// One path the patch sets, with its value now and the value asked for, as JSON text.
Poco::JSON::Object::Ptr covenantJson(const Covenant& c)
{
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", c.id);
    o->set("kind", std::string(key(c.kind)));
    o->set("metric", std::string(key(c.metric)));
    o->set("description", c.description);
    o->set("threshold", c.threshold);
    o->set("status", std::string(key(c.status)));
    o->set("note", c.note);
    o->set("updatedAtMs", c.updatedAtMs);
    return o;
}

// Reads a covenant member into `c`; the 422 answer when its type or key is wrong.
std::optional<ApiResponse> readMember(Covenant& c, const std::string& member, const Poco::Dynamic::Var& v,
                                      const std::string& path)
{
    if (member == "threshold") {
        if (!v.isNumeric() || v.isBoolean())
            return errorResponse(422, "wrong_type", path + " must be a number", path);
        c.threshold = v.convert<double>();
        return std::nullopt;
    }
    if (!v.isString())
        return errorResponse(422, "wrong_type", path + " must be a string", path);
    const std::string text = v.extract<std::string>();
    const auto unknownKey = [&] {
        return errorResponse(422, "validation", path + ": unknown key '" + text + "'", path);
    };
    if (member == "kind") {
        const auto k = fromKey<CovenantKind>(text);
        if (!k)
            return unknownKey();
        c.kind = *k;
    } else if (member == "metric") {
        const auto m = fromKey<CovenantMetric>(text);
        if (!m)
            return unknownKey();
        c.metric = *m;
    } else if (member == "status") {
        const auto s = fromKey<CovenantStatus>(text);
        if (!s)
            return unknownKey();
        c.status = *s;
    } else if (member == "description") {
        c.description = text;
    } else {
        c.note = text;
    }
    return std::nullopt;
}

std::string memberJson(const Covenant& c, const std::string& member)
{
    if (member == "kind")
        return jsonOf(std::string(key(c.kind)));
    if (member == "metric")
        return jsonOf(std::string(key(c.metric)));
    if (member == "description")
        return jsonOf(c.description);
    if (member == "threshold")
        return jsonOf(c.threshold);
    if (member == "status")
        return jsonOf(std::string(key(c.status)));
    return jsonOf(c.note);
}

} // namespace

bool isCovenantPatch(const Poco::JSON::Object& patch)
{
    if (patch.size() != 1)
        return false;
    if (patch.has("add")) {
        const auto add = patch.getObject("add");
        return add && add->size() == 1 && add->has("covenants");
    }
    const auto set = patch.getObject("set");
    if (!set || set->size() == 0)
        return false;
    for (const auto& [path, value] : *set)
        if (!startsWith(path, kCovenantPrefix) && !startsWith(path, "trucks/") && !startsWith(path, "kilns/"))
            return false;
    return true;
}

ApiResponse patchCovenantFields(Database& db, const Caller& caller, Id fileId, std::int64_t base,
                                std::int64_t current, const Poco::JSON::Object& patch, TimestampMs nowMs)
{
    const auto role = fromKey<Role>(caller.role);
    if (!role)
        return errorResponse(403, "forbidden_field", "a " + caller.role + " writes no covenant or value");
    const Actor actor{caller.userId, *role, caller.displayName};
    if (base > current)
        return errorResponse(412, "version_mismatch",
                             "file " + std::to_string(fileId) + " is at version " + std::to_string(current) +
                                 ", never at " + std::to_string(base));
    SqliteWorkflowStore store(db, {});
    store.setQueueForSync(false);
    WorkflowService workflow(store, [nowMs] { return nowMs; });
    auto ctx = workflow.context(fileId);
    if (!ctx)
        return refusedByRules(ctx.error(), {});

    std::vector<PathWrite> logged; // the paths set, their value now and the value asked for
    Result<void> done;
    std::string firstPath;
    if (patch.has("add")) { // one new condition or covenant
        const auto list = patch.getObject("add")->getArray("covenants");
        firstPath = "add/covenants/0";
        if (!list || list->size() != 1)
            return errorResponse(422, "validation", "add/covenants must be a list of one condition",
                                 "add/covenants");
        const auto o = list->getObject(0);
        if (!o)
            return errorResponse(422, "wrong_type", firstPath + " must be an object", firstPath);
        CovenantRequest request;
        for (const auto& [member, value] : *o)
            if (!kCovenantMembers.count(member))
                return errorResponse(422, "unknown_field", firstPath + " has no member " + member,
                                     firstPath + "/" + member);
        for (const std::string& member : kCovenantMembers) {
            if (!o->has(member))
                return errorResponse(422, "validation", firstPath + " needs " + member,
                                     firstPath + "/" + member);
            if (auto refused = readMember(request.covenant, member, o->get(member), firstPath + "/" + member))
                return *refused;
        }
        done = workflow.saveCovenant(actor, fileId, request);
    } else {
        const auto set = patch.getObject("set");
        std::optional<ChildPath> target;
        std::string justification;
        std::vector<std::pair<ChildPath, Poco::Dynamic::Var>> writes;
        for (const auto& [path, value] : *set) {
            auto p = splitPath(path);
            const bool covenant = p && p->collection == "covenants" &&
                                  (kCovenantMembers.count(p->member) || p->member == "justification");
            const bool valuation = p && (p->collection == "trucks" || p->collection == "kilns") &&
                                   p->member == "appraisedValueFen";
            if (!covenant && !valuation)
                return errorResponse(422, "unknown_field", "no writable field " + path, path);
            if (target && (target->collection != p->collection || target->id != p->id))
                return errorResponse(422, "validation", "a patch changes one condition or one asset", path);
            target = p;
            if (firstPath.empty())
                firstPath = path;
            writes.emplace_back(*p, value);
        }
        if (target->collection == "covenants") {
            // The role table first (sync-api.md, "Roles on the wire"), as core's rule says it: analysts
            // and managers write conditions, only a manager waives one.
            const bool waiver = std::any_of(writes.begin(), writes.end(), [](const auto& w) {
                return w.first.member == "status" && w.second.isString() &&
                       w.second.template extract<std::string>() == key(CovenantStatus::Waived);
            });
            if (*role == Role::Appraiser || (waiver && *role != Role::Manager))
                return errorResponse(403, "forbidden_field",
                                     "a " + caller.role + " may not " + (waiver ? "waive" : "write") + " " +
                                         firstPath,
                                     firstPath);
            const Covenant* now = nullptr;
            for (const Covenant& c : ctx->covenants)
                if (c.id == target->id)
                    now = &c;
            if (!now)
                return errorResponse(404, "not_found",
                                     "file " + std::to_string(fileId) + " has no condition " +
                                         std::to_string(target->id),
                                     firstPath);
            CovenantRequest request{*now, {}};
            for (const auto& [p, value] : writes) {
                const std::string path = "covenants/" + std::to_string(p.id) + "/" + p.member;
                if (p.member == "justification") {
                    if (!value.isString())
                        return errorResponse(422, "wrong_type", path + " must be a string", path);
                    request.justification = value.extract<std::string>();
                    continue;
                }
                if (auto refused = readMember(request.covenant, p.member, value, path))
                    return *refused;
                logged.push_back({path, memberJson(*now, p.member), memberJson(request.covenant, p.member)});
            }
            if (logged.empty())
                return errorResponse(422, "validation", "a justification alone changes nothing", firstPath);
            if (base < current)
                if (auto conflict = conflictsSince(db, fileId, base, current, logged))
                    return *conflict;
            done = workflow.saveCovenant(actor, fileId, request);
        } else {
            const Poco::Dynamic::Var& value = writes.front().second;
            if (!value.isInteger() || value.isBoolean())
                return errorResponse(422, "wrong_type", firstPath + " must be an integer", firstPath);
            ValuationRequest request{target->collection == "trucks", target->id,
                                     Money::fromFen(value.convert<std::int64_t>())};
            std::optional<std::int64_t> was;
            if (request.truck) {
                for (const Truck& t : ctx->trucks)
                    if (t.id == request.assetId)
                        was = t.appraisedValue.fen();
            } else {
                for (const Kiln& k : ctx->kilns)
                    if (k.id == request.assetId)
                        was = k.appraisedValue.fen();
            }
            if (!was)
                return errorResponse(404, "not_found",
                                     "file " + std::to_string(fileId) + " has no " + target->collection +
                                         " " + std::to_string(target->id),
                                     firstPath);
            logged.push_back({firstPath, std::to_string(*was), std::to_string(request.value.fen())});
            if (base < current)
                if (auto conflict = conflictsSince(db, fileId, base, current, logged))
                    return *conflict;
            done = workflow.enterValuation(actor, fileId, request);
        }
    }
    if (!done)
        return refusedByRules(done.error(), firstPath);

    const std::int64_t next = current + 1;
    if (patch.has("add")) { // the new child, logged like an added truck
        auto added = listCovenants(db, fileId);
        if (!added)
            return writeRefusedByDatabase(added.error().message);
        const Covenant* newest = nullptr;
        for (const Covenant& c : *added)
            if (!newest || c.id > newest->id)
                newest = &c;
        if (newest)
            logged.push_back(
                {"covenants/" + std::to_string(newest->id), "null", jsonOf(covenantJson(*newest))});
    }
    for (const PathWrite& p : logged)
        if (!logFieldWrite(db, fileId, next, p.path, p.theirsJson, p.mineJson, caller.userId, nowMs))
            return writeRefusedByDatabase("the field log could not be written");
    if (!recordChange(db, fileId, next, false, nowMs))
        return writeRefusedByDatabase("the change feed could not be written");
    auto summary = fileSummary(db, fileId);
    if (!summary)
        return writeRefusedByDatabase(summary.error().message);
    if (auto r = addChildren(db, fileId, *summary.value()); !r)
        return writeRefusedByDatabase(r.error().message);
    return ApiResponse{200,
                       R"({"version":)" + std::to_string(next) + R"(,"file":)" + toJson(summary.value()) +
                           "}",
                       {{"ETag", "\"" + std::to_string(next) + "\""}}};
}

Result<void> addCovenants(Database& db, Id fileId, Poco::JSON::Object& file)
{
    auto covenants = listCovenants(db, fileId);
    if (!covenants)
        return covenants.error();
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const Covenant& c : *covenants)
        list->add(covenantJson(c));
    file.set("covenants", list);
    return {};
}

} // namespace saggar::server
