// GET /api/v1/files (summaries, paged by id) and GET /api/v1/files/{id} (the file with its enterprise
// and pledged trucks and kilns), docs/sync-api.md "Loan files". Both show only files the caller may read
// (the feed's rule); the list leaves tombstones out, a tombstone read by id is {"deleted":true} without
// children.
#pragma once

#include "api_response.h"
#include "request_auth.h"

#include "storage/database.h"

#include <Poco/JSON/Object.h>

#include <string>

namespace saggar::server {

inline constexpr std::int64_t kListDefaultLimit = 200;
inline constexpr std::int64_t kListMaxLimit = 1000;

// `query` is the part of the URI after '?': state=<key>, limit=<n>, after=<id>. The caller holds the lock.
ApiResponse listFiles(Database& db, const Caller& caller, const std::string& query);
ApiResponse getFile(Database& db, const Caller& caller, Id fileId);

// Sets "enterprise" on `file` (the enterprise's fields as sync-api.md names them).
Result<void> addEnterprise(Database& db, Id enterpriseId, Poco::JSON::Object& file);

} // namespace saggar::server
