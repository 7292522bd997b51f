// Idempotency records (docs/sync-api.md, "Idempotency"): per user, a key maps to the method, path and
// SHA-256 of the first request's body and to the first answer. Records are written in the same
// transaction as the effect and kept at least kIdempotencyKeepMs; refusals (4xx) are not stored.
#pragma once

#include "api_response.h"

#include "core/domain.h"
#include "core/result.h"
#include "storage/database.h"

#include <optional>
#include <string>

namespace saggar::server {

inline constexpr TimestampMs kDayMs = 24LL * 3600 * 1000;
inline constexpr int kMinIdempotencyKeepDays = 30; // the contract's floor; --idempotency-days cannot go below
inline constexpr TimestampMs kIdempotencyKeepMs = 31LL * kDayMs;

struct IdempotentRequest
{
    Id userId = 0;
    std::string key; // a UUID, checked by isIdempotencyKey
    std::string method;
    std::string path;
    std::string bodySha256;
};

// 8-4-4-4-12 hex digits.
bool isIdempotencyKey(const std::string& key);

// The stored first answer (with Idempotent-Replayed: true) when this key was used for the same
// request; 422 idempotency_key_reused when it was used for another one; nullopt when unused.
Result<std::optional<ApiResponse>> replayIfSeen(Database& db, const IdempotentRequest& request);

// Stores `answer` for the request; call inside the transaction of the effect.
[[nodiscard]] Result<void> rememberAnswer(Database& db, const IdempotentRequest& request,
                                          const ApiResponse& answer, TimestampMs nowMs);

// Drops records older than `keepMs` (never less than kMinIdempotencyKeepDays); returns how many.
Result<std::int64_t> expireIdempotencyRecords(Database& db, TimestampMs nowMs,
                                              TimestampMs keepMs = kIdempotencyKeepMs);

} // namespace saggar::server
