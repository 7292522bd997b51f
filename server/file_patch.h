// PATCH /api/v1/files/{id}: the field-level patch of docs/sync-api.md ("Versions and If-Match",
// "Field-level patches", "Idempotency"). One transaction: the idempotency check, the role check per
// field, the merge against the field log, the update, the version bump, the field log, the feed entry
// and the idempotency record — any refusal rolls all of it back.
#pragma once

#include "api_response.h"
#include "request_auth.h"

#include "storage/database.h"

#include <optional>
#include <string>

namespace saggar::server {

struct PatchRequest
{
    Id fileId = 0;
    std::string path;                       // the request's path, for the idempotency record
    std::optional<std::string> ifMatch;     // the header's value; nullopt when absent
    std::optional<std::string> idempotency; // likewise
    std::string body;
};

// The caller must hold the store's lock.
ApiResponse patchFile(Database& db, const Caller& caller, const PatchRequest& request, TimestampMs nowMs);

} // namespace saggar::server
