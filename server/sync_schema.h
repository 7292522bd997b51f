// The server's own sync tables, next to the workspace schema it shares with the workstation:
// the field log (every path a write changed, with before / after values), the change feed (one
// row per accepted write, a server-wide seq), the tombstones, and the idempotency records.
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "storage/database.h"

namespace saggar::server {

// Creates the tables when missing. On first creation the feed gets one entry per existing file at
// its current version, so a workstation pulling from cursor 0 receives every file.
[[nodiscard]] Result<void> ensureSyncSchema(Database& db, TimestampMs nowMs);

} // namespace saggar::server
