// DELETE /api/v1/files/{id}: a draft becomes a tombstone (docs/sync-api.md, "Deletes"). The row stays,
// marked in server_tombstones with the new version; who deleted it is the field log's "deleted" entry;
// the feed carries the tombstone and listings leave it out. One transaction with the idempotency record.
#pragma once

#include "api_response.h"
#include "request_auth.h"

#include "storage/database.h"

#include <optional>
#include <string>

namespace saggar::server {

struct DeleteRequest
{
    Id fileId = 0;
    std::string path;                       // the request's path, for the idempotency record
    std::optional<std::string> ifMatch;     // the header's value; nullopt when absent
    std::optional<std::string> idempotency; // likewise
};

// Who may delete: the file's analyst or a manager, and only a draft (a file past draft is withdrawn or
// declined through the workflow). If-Match must be the current version (412 otherwise, with
// currentVersion); a tombstone answers 409 deleted naming who deleted it. The caller holds the lock.
ApiResponse deleteFile(Database& db, const Caller& caller, const DeleteRequest& request, TimestampMs nowMs);

struct Tombstone
{
    std::int64_t version = 0;
    TimestampMs atMs = 0;
    Id byId = 0;
    std::string byName; // display name, may be empty
};

// The tombstone of `fileId`, or nullopt when the file is not deleted.
Result<std::optional<Tombstone>> findTombstone(Database& db, Id fileId);

// The 409 answer to a write on a tombstone: {"error":{"code":"deleted",…},"currentVersion",
// "deletedBy":{"id","displayName"},"deletedAtMs"}.
ApiResponse deletedAnswer(Id fileId, const Tombstone& tombstone);

} // namespace saggar::server
