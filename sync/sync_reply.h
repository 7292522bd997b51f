// What the server's answers mean to the sync client (docs/sync-api.md): how a status is handled,
// Retry-After, and the bodies the client reads, each checked member by member so that a hostile or
// broken reply becomes a clear error instead of a wrong write.
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "storage/sync_outbox.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar {

enum class PushOutcome {
    Accepted, // 2xx: the edit is on the server; the row leaves the outbox
    Conflict, // 409: kept for the user (theirs, mine, base)
    Refused,  // any other 4xx except 401, 408 and 429: refused for good; kept for the user too
    Retry,    // 401 (sign in again), 408, 429, 5xx, anything else: try again later, the same key
};

PushOutcome classifyStatus(int httpStatus);

// Retry-After as delay-seconds or an HTTP-date, as ms from `nowMs`; nullopt when absent or garbled.
// A date in the past gives 0; values are capped at one day.
std::optional<std::int64_t> parseRetryAfterMs(std::string_view value, TimestampMs nowMs);

// 200 to a PATCH: {"version": n, "file": {…}}; the new version.
Result<std::int64_t> parseAcceptedVersion(std::string_view body);
// The file's conditions and covenants in a PATCH answer ({"file":{"covenants":[…]}}), each typed.
Result<std::vector<Covenant>> parseAcceptedCovenants(std::string_view body);
// The file in a PATCH answer ({"file":{…}}) read as the feed's files are (its trucks and kilns with the
// server's ids).
Result<RemoteFile> parseAcceptedFile(std::string_view body);

struct ConflictField
{
    std::string path;
    std::string baseJson, theirsJson, mineJson; // each value as JSON text
    std::string theirsBy;                       // display name, may be empty
    std::int64_t theirsVersion = 0;
};

struct ConflictReply
{
    std::string code; // conflict, deleted, workflow_refused
    std::string message;
    std::int64_t currentVersion = 0;
    std::vector<ConflictField> fields;
    std::string deletedBy; // "deleted": the deleter's display name, when the body names one
};

// A 409 body; also used by the conflict dialog to show the stored reply.
Result<ConflictReply> parseConflictReply(std::string_view body);

struct ChangePage
{
    std::vector<FeedChange> changes;
    std::int64_t cursor = 0;
    bool more = false;
};

// A page of GET /api/v1/changes: every member typed as the contract says, seq strictly increasing and
// after `previousCursor`, the new cursor not behind the last seq nor behind `previousCursor`.
Result<ChangePage> parseChangePage(std::string_view body, std::int64_t previousCursor);

// GET /api/v1/files/{id}: the file's version, whether it is a tombstone, and (when not) its copy read as
// the feed's files are. The id must be `fileId`.
struct FileReply
{
    std::int64_t version = 0;
    bool deleted = false;
    std::optional<RemoteFile> file;
};
Result<FileReply> parseFileReply(std::string_view body, Id fileId);

// The message of a JSON error body ({"error":{"code","message"}}), or a short description of the body.
std::string describeErrorBody(int httpStatus, std::string_view body);

// One answer of POST /api/v1/patches: the status and body the PATCH would have had; status 0: not tried.
struct BatchResult
{
    int status = 0;
    std::string body;
};
// The batch's answers, exactly `expected` of them, each a status (0 or 100–599) and a body string.
Result<std::vector<BatchResult>> parseBatchResults(std::string_view body, std::size_t expected);

} // namespace saggar
