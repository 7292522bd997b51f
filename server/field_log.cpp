#include "field_log.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace saggar::server {
namespace {

std::string quotedJson(const std::string& text)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(Poco::Dynamic::Var(text), out);
    return out.str();
}

} // namespace

std::optional<ApiResponse> conflictsSince(Database& db, Id fileId, std::int64_t base, std::int64_t current,
                                          const std::vector<PathWrite>& writes)
{
    auto logStart = db.prepare("SELECT coalesce(min(version), 0) FROM server_changes WHERE file_id = ?");
    if (!logStart || !logStart.value().bindAll(fileId) || !logStart.value().step())
        return writeRefusedByDatabase("the change log could not be read");
    const bool uncovered = base < logStart.value().columnInt64(0);
    std::string list;
    int count = 0;
    for (const PathWrite& w : writes) {
        auto st = db.prepare("SELECT l.before_json, l.version, l.user_id, coalesce(u.display_name, '') "
                             "FROM server_field_log l LEFT JOIN users u ON u.id = l.user_id "
                             "WHERE l.file_id = ? AND l.path = ? AND l.version > ? ORDER BY l.version");
        if (!st || !st.value().bindAll(fileId, w.path, base))
            return writeRefusedByDatabase("the field log could not be read");
        bool touched = uncovered;
        std::string was = "null", by;
        std::int64_t theirsVersion = 0;
        Id byId = 0;
        for (bool first = true;; first = false) {
            auto row = st.value().step();
            if (!row)
                return writeRefusedByDatabase(row.error().message);
            if (!row.value())
                break;
            touched = true;
            if (first && !uncovered)
                was = st.value().columnText(0);
            theirsVersion = st.value().columnInt64(1);
            byId = st.value().columnInt64(2);
            by = st.value().columnText(3);
        }
        if (!touched)
            continue;
        list += std::string(count++ ? "," : "") + R"({"path":)" + quotedJson(w.path) + R"(,"base":)" + was +
                R"(,"theirs":)" + w.theirsJson + R"(,"mine":)" + w.mineJson;
        if (theirsVersion > 0)
            list += R"(,"theirsBy":{"id":)" + std::to_string(byId) + R"(,"displayName":)" + quotedJson(by) +
                    R"(},"theirsVersion":)" + std::to_string(theirsVersion);
        list += "}";
    }
    if (count == 0)
        return std::nullopt;
    return ApiResponse{409,
                       R"({"error":{"code":"conflict","message":)" +
                           quotedJson(std::to_string(count) + " field(s) changed since the base version") +
                           R"(},"currentVersion":)" + std::to_string(current) + R"(,"conflicts":[)" + list +
                           "]}",
                       {}};
}

Result<void> logFieldWrite(Database& db, Id fileId, std::int64_t version, const std::string& path,
                           const std::string& beforeJson, const std::string& afterJson, Id userId,
                           TimestampMs atMs)
{
    auto log = db.prepare("INSERT INTO server_field_log (file_id, version, path, before_json, after_json, "
                          "user_id, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!log)
        return log.error();
    if (auto r = log.value().bindAll(fileId, version, path, beforeJson, afterJson, userId, atMs); !r)
        return r;
    return log.value().run();
}

Result<void> recordChange(Database& db, Id fileId, std::int64_t version, bool deleted, TimestampMs atMs)
{
    auto feed =
        db.prepare("INSERT INTO server_changes (file_id, version, deleted, at_ms) VALUES (?, ?, ?, ?)");
    if (!feed)
        return feed.error();
    if (auto r = feed.value().bindAll(fileId, version, deleted ? 1 : 0, atMs); !r)
        return r;
    return feed.value().run();
}

} // namespace saggar::server
