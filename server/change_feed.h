// GET /api/v1/changes?cursor=<c>&limit=<n>: the change feed of docs/sync-api.md ("Change feed") —
// changes with seq > cursor in seq order, only files the caller may read, at most one entry per file
// per page (its latest), each with the file's summary unless it is a tombstone.
#pragma once

#include "api_response.h"
#include "request_auth.h"

#include "storage/database.h"

#include <string>

namespace saggar::server {

inline constexpr std::int64_t kFeedDefaultLimit = 500;
inline constexpr std::int64_t kFeedMaxLimit = 1000;

// `query` is the part of the URI after '?'. The caller must hold the store's lock.
ApiResponse changeFeed(Database& db, const Caller& caller, const std::string& query);

} // namespace saggar::server
