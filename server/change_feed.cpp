#include "change_feed.h"

#include "child_patch.h"
#include "file_delete.h"
#include "file_list.h"
#include "file_summary.h"

#include <charconv>
#include <map>
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

struct Entry
{
    std::int64_t seq, fileId, version, atMs;
    bool deleted;
};

} // namespace

ApiResponse changeFeed(Database& db, const Caller& caller, const std::string& query)
{
    std::int64_t cursor = 0;
    std::int64_t limit = kFeedDefaultLimit;
    std::string_view rest = query;
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
        const auto eq = pair.find('=');
        const std::string name(pair.substr(0, eq));
        const auto value = eq == std::string_view::npos ? std::nullopt : parseCount(pair.substr(eq + 1));
        if (name != "cursor" && name != "limit" && name != "waitMs")
            return errorResponse(400, "bad_query", "unknown query parameter " + name, name);
        if (!value)
            return errorResponse(400, "bad_query", name + " must be a non-negative integer", name);
        if (name == "cursor")
            cursor = *value;
        else if (name == "limit")
            limit = std::clamp<std::int64_t>(*value, 1, kFeedMaxLimit);
        // waitMs (long poll) is accepted and answered at once: the client asks again on its timer.
    }

    auto st = db.prepare("SELECT c.seq, c.file_id, c.version, c.deleted, c.at_ms FROM server_changes c "
                         "CROSS JOIN loan_files f ON f.id = c.file_id WHERE c.seq > ? AND " +
                         readableFilesCondition(caller) + " ORDER BY c.seq LIMIT ?");
    if (!st || !st.value().bindAll(cursor, limit + 1))
        return errorResponse(500, "internal", "the change feed could not be read");
    std::vector<Entry> rows;
    for (;;) {
        auto row = st.value().step();
        if (!row)
            return errorResponse(500, "internal", "the change feed could not be read");
        if (!row.value())
            break;
        const Statement& s = st.value();
        rows.push_back(
            {s.columnInt64(0), s.columnInt64(1), s.columnInt64(2), s.columnInt64(4), s.columnInt(3) != 0});
    }
    const bool more = static_cast<std::int64_t>(rows.size()) > limit;
    if (more)
        rows.pop_back();
    // One entry per file per page: its latest in this page.
    std::map<std::int64_t, std::size_t> latest;
    for (std::size_t i = 0; i < rows.size(); ++i)
        latest[rows[i].fileId] = i;
    const std::int64_t newCursor = rows.empty() ? cursor : rows.back().seq;

    Poco::JSON::Array::Ptr changes = new Poco::JSON::Array;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (latest[rows[i].fileId] != i)
            continue;
        const Entry& e = rows[i];
        Poco::JSON::Object::Ptr c = new Poco::JSON::Object;
        c->set("seq", e.seq);
        c->set("fileId", e.fileId);
        c->set("version", e.version);
        c->set("deleted", e.deleted);
        c->set("atMs", e.atMs);
        if (!e.deleted) {
            auto file = fileSummary(db, e.fileId);
            if (!file || !addChildren(db, e.fileId, *file.value()) ||
                !addEnterprise(db, file.value()->getValue<Id>("enterpriseId"), *file.value()))
                return errorResponse(500, "internal", "a changed file could not be read");
            c->set("file", file.value());
        } else if (auto tombstone = findTombstone(db, e.fileId); tombstone && tombstone.value()) {
            Poco::JSON::Object::Ptr by = new Poco::JSON::Object; // who deleted it, for the workstation
            by->set("id", tombstone.value()->byId);
            by->set("displayName", tombstone.value()->byName);
            c->set("deletedBy", by);
        }
        changes->add(c);
    }
    Poco::JSON::Object::Ptr page = new Poco::JSON::Object;
    page->set("changes", changes);
    page->set("cursor", newCursor);
    page->set("more", more);
    return ApiResponse{200, toJson(page), {}};
}

} // namespace saggar::server
