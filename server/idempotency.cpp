#include "idempotency.h"

#include <algorithm>
#include <cctype>

namespace saggar::server {

bool isIdempotencyKey(const std::string& key)
{
    if (key.size() != 36)
        return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? key[i] != '-' : !std::isxdigit(static_cast<unsigned char>(key[i])))
            return false;
    }
    return true;
}

Result<std::optional<ApiResponse>> replayIfSeen(Database& db, const IdempotentRequest& request)
{
    auto st = db.prepare("SELECT method, path, body_sha256, status, response FROM server_idempotency "
                         "WHERE user_id = ? AND key = ?");
    if (!st)
        return st.error();
    if (auto r = st.value().bindAll(request.userId, request.key); !r)
        return r.error();
    auto row = st.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<ApiResponse>{};
    Statement& s = st.value();
    if (s.columnText(0) != request.method || s.columnText(1) != request.path ||
        s.columnText(2) != request.bodySha256)
        return std::optional<ApiResponse>{errorResponse(422, "idempotency_key_reused",
                                                        "this Idempotency-Key was used for another request",
                                                        "Idempotency-Key")};
    ApiResponse first{s.columnInt(3), s.columnText(4), {{"Idempotent-Replayed", "true"}}};
    return std::optional<ApiResponse>{std::move(first)};
}

Result<void> rememberAnswer(Database& db, const IdempotentRequest& request, const ApiResponse& answer,
                            TimestampMs nowMs)
{
    auto st = db.prepare("INSERT INTO server_idempotency (user_id, key, method, path, body_sha256, "
                         "status, response, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    if (auto r = st.value().bindAll(request.userId, request.key, request.method, request.path,
                                    request.bodySha256, answer.status, answer.body, nowMs);
        !r)
        return r;
    return st.value().run();
}

Result<std::int64_t> expireIdempotencyRecords(Database& db, TimestampMs nowMs, TimestampMs keepMs)
{
    keepMs = std::max(keepMs, kMinIdempotencyKeepDays * kDayMs);
    auto st = db.prepare("DELETE FROM server_idempotency WHERE at_ms < ?");
    if (!st)
        return st.error();
    if (auto r = st.value().bindAll(nowMs - keepMs); !r)
        return r.error();
    if (auto r = st.value().run(); !r)
        return r.error();
    return db.queryInt64("SELECT changes()");
}

} // namespace saggar::server
