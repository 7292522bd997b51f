// POST /api/v1/files: an analyst creates a draft for themselves (docs/sync-api.md, "Creating a file").
// The body is the file's own fields and its enterprise; the enterprise is matched by USCC (the stored
// one kept as it is) or created. One transaction: the idempotency check, core's draft with its
// document checklist and first history entry (SqliteLoanFileStore::createDraft), the feed entry at
// version 1 and the idempotency record.
#pragma once

#include "api_response.h"
#include "request_auth.h"

#include "storage/database.h"

#include <optional>
#include <string>

namespace saggar::server {

struct CreateRequest
{
    std::string path;                       // the request's path, for the idempotency record
    std::optional<std::string> idempotency; // the header's value; nullopt when absent
    std::string body;
};

// The caller holds the lock. 201 {"id","version":1,"file":{… with "enterprise"}} with Location and
// ETag; 428/400 for a missing or bad Idempotency-Key, 400 malformed_json, 422 unknown_field /
// wrong_type / validation for a bad body, 403 forbidden_role for anyone but an analyst.
ApiResponse createFile(Database& db, const Caller& caller, const CreateRequest& request, TimestampMs nowMs);

} // namespace saggar::server
