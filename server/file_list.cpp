#include "file_list.h"

#include "child_patch.h"
#include "file_summary.h"

#include "core/domain.h"

#include <charconv>
#include <optional>

namespace saggar::server {

namespace {

std::optional<std::int64_t> parseCount(std::string_view text)
{
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || v < 0)
        return std::nullopt;
    return v;
}

ApiResponse internal(const std::string& what)
{
    return errorResponse(500, "internal", what);
}

} // namespace

Result<void> addEnterprise(Database& db, Id enterpriseId, Poco::JSON::Object& file)
{
    auto st = db.prepare("SELECT id, name_zh, name_en, uscc, cluster, segment, legal_representative, "
                         "annual_revenue_fen, staff FROM enterprises WHERE id = ?");
    if (!st)
        return st.error();
    if (auto r = st.value().bindAll(enterpriseId); !r)
        return r;
    auto row = st.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError("no enterprise " + std::to_string(enterpriseId), ErrorCode::NotFound);
    const Statement& s = st.value();
    Poco::JSON::Object::Ptr e = new Poco::JSON::Object;
    e->set("id", s.columnInt64(0));
    e->set("nameZh", s.columnText(1));
    e->set("nameEn", s.columnText(2));
    e->set("uscc", s.columnText(3));
    e->set("cluster", s.columnText(4));
    e->set("segment", s.columnText(5));
    e->set("legalRepresentative", s.columnText(6));
    e->set("annualRevenueFen", s.columnInt64(7));
    e->set("staff", s.columnInt64(8));
    file.set("enterprise", e);
    return {};
}

ApiResponse listFiles(Database& db, const Caller& caller, const std::string& query)
{
    std::int64_t after = 0;
    std::int64_t limit = kListDefaultLimit;
    std::string state;
    std::string_view rest = query;
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
        const auto eq = pair.find('=');
        const std::string name(pair.substr(0, eq));
        const std::string_view text = eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1);
        if (name == "state") {
            if (!fromKey<LoanState>(std::string(text)))
                return errorResponse(400, "bad_query", "state must be a loan state key", name);
            state = std::string(text);
            continue;
        }
        if (name != "after" && name != "limit")
            return errorResponse(400, "bad_query", "unknown query parameter " + name, name);
        const auto value = parseCount(text);
        if (!value)
            return errorResponse(400, "bad_query", name + " must be a non-negative integer", name);
        if (name == "after")
            after = *value;
        else
            limit = std::clamp<std::int64_t>(*value, 1, kListMaxLimit);
    }
    auto st = db.prepare("SELECT f.id FROM loan_files f WHERE f.id > ? AND (? = '' OR f.state = ?) AND "
                         "f.id NOT IN (SELECT file_id FROM server_tombstones) AND " +
                         readableFilesCondition(caller) + " ORDER BY f.id LIMIT ?");
    if (!st || !st.value().bindAll(after, state, state, limit + 1))
        return internal("the files could not be listed");
    std::vector<Id> ids;
    for (;;) {
        auto row = st.value().step();
        if (!row)
            return internal("the files could not be listed");
        if (!row.value())
            break;
        ids.push_back(st.value().columnInt64(0));
    }
    const bool more = static_cast<std::int64_t>(ids.size()) > limit;
    if (more)
        ids.pop_back();
    Poco::JSON::Array::Ptr files = new Poco::JSON::Array;
    for (const Id id : ids) {
        auto summary = fileSummary(db, id);
        if (!summary)
            return internal("a file could not be read");
        files->add(summary.value());
    }
    Poco::JSON::Object::Ptr page = new Poco::JSON::Object;
    page->set("files", files);
    if (more)
        page->set("next", ids.back());
    else
        page->set("next", Poco::Dynamic::Var());
    return ApiResponse{200, toJson(page), {}};
}

ApiResponse getFile(Database& db, const Caller& caller, Id fileId)
{
    auto readable = db.prepare("SELECT f.enterprise_id FROM loan_files f WHERE f.id = ? AND " +
                               readableFilesCondition(caller));
    if (!readable || !readable.value().bindAll(fileId))
        return internal("the file could not be read");
    auto row = readable.value().step();
    if (!row)
        return internal("the file could not be read");
    if (!row.value())
        return errorResponse(404, "not_found", "no file " + std::to_string(fileId));
    const Id enterpriseId = readable.value().columnInt64(0);
    auto file = fileSummary(db, fileId);
    if (!file)
        return internal("the file could not be read");
    const bool deleted = file.value()->getValue<bool>("deleted");
    if (!deleted &&
        (!addEnterprise(db, enterpriseId, *file.value()) || !addChildren(db, fileId, *file.value())))
        return internal("the file's enterprise or pledges could not be read");
    return ApiResponse{
        200,
        toJson(file.value()),
        {{"ETag", "\"" + std::to_string(file.value()->getValue<std::int64_t>("version")) + "\""}}};
}

} // namespace saggar::server
