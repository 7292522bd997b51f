// POST /api/v1/patches: several field patches in one request (docs/sync-api.md, "Batches"), each
// exactly as `PATCH /api/v1/files/{id}` would take it — its own If-Match, Idempotency-Key, transaction
// and answer — applied in the order given. The first answer that is neither a success nor a definitive
// refusal (5xx, 401, 429) stops the batch; the items after it are answered `"status":0` (not tried), so
// a client never sees a later edit of a file land before an earlier one.
#pragma once

#include "api_response.h"
#include "request_auth.h"

#include "storage/database.h"

#include <string>

namespace saggar::server {

inline constexpr std::size_t kMaxBatchPatches = 500;

// The caller must hold the store's lock.
ApiResponse patchBatch(Database& db, const Caller& caller, const std::string& body, TimestampMs nowMs);

} // namespace saggar::server
