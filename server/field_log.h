// The server's field log and change feed rows, and the merge rule's reading of the log
// (docs/sync-api.md, "Field-level patches"): shared by every handler that writes a file.
#pragma once

#include "api_response.h"

#include "core/domain.h"
#include "storage/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace saggar::server {

// A path a patch writes: the value the server holds now (theirs) and the patch's (mine), as JSON.
struct PathWrite
{
    std::string path;
    std::string theirsJson;
    std::string mineJson;
};

// The 409 conflict answer (base, theirs, mine and who wrote theirs, per path) when any of `writes` was
// written after version `base` — every one of them when the log no longer reaches back to `base`;
// nullopt when none was; the database's 500 when the log cannot be read.
std::optional<ApiResponse> conflictsSince(Database& db, Id fileId, std::int64_t base, std::int64_t current,
                                          const std::vector<PathWrite>& writes);

// One field log row: `path` went from `beforeJson` to `afterJson` at `version`, by `userId`.
[[nodiscard]] Result<void> logFieldWrite(Database& db, Id fileId, std::int64_t version,
                                         const std::string& path, const std::string& beforeJson,
                                         const std::string& afterJson, Id userId, TimestampMs atMs);

// The change feed's entry for the file's new version (a tombstone when `deleted`).
[[nodiscard]] Result<void> recordChange(Database& db, Id fileId, std::int64_t version, bool deleted,
                                        TimestampMs atMs);

} // namespace saggar::server
