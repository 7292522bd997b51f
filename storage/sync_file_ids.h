// Files created on the workstation and the server's ids for them (docs/sync-api.md, "Creating a file").
// A file created here keeps its local id for good; it is allocated at or above kLocalFileIdBase, a range
// the server's ids never reach, so it cannot collide with a file the feed brings. Once the server
// answered its POST /api/v1/files, sync_file_ids ties the local id to the server's; every other file's
// local id is the server's. The engine translates with these when it pushes and applies the feed.
#pragma once

#include "database.h"

#include "core/domain.h"
#include "core/result.h"

#include <string>
#include <string_view>

namespace saggar {

inline constexpr Id kLocalFileIdBase = 1'000'000'000'000; // 10^12

// v12: the table tying local ids to the server's.
const char* syncFileIdsSchemaSql();

// The body of POST /api/v1/files for a new draft and its enterprise (createdAtMs included).
std::string fileCreateBody(const Enterprise& enterprise, const LoanFile& file);
// Whether an outbox row holds a file's creation rather than a patch.
bool isFileCreateBody(std::string_view json);

// The id the server knows `localId` by: the mapped id, the id itself below kLocalFileIdBase, 0 for a
// file created here the server has not answered for yet.
Result<Id> serverFileId(const Database& db, Id localId);
// The local id of the server's file `serverId` (itself unless a file created here maps to it).
Result<Id> localFileId(const Database& db, Id serverId);
// The server created `localId` as `serverId` with number `fileNo`: tied, and the local file takes the
// server's number. Call inside the transaction that settles the outbox row.
Result<void> recordCreatedFile(Database& db, Id localId, Id serverId, const std::string& fileNo);

} // namespace saggar
