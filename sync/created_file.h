// The engine's side of files created on the workstation (docs/sync-api.md, "Creating a file"): the
// server's 201 read and tied to the local file, and whether a creation may be on the server unanswered.
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "storage/database.h"
#include "storage/sync_outbox.h"

#include <string>
#include <string_view>
#include <vector>

namespace saggar {

struct CreatedFile
{
    Id serverId = 0;
    std::int64_t version = 0;
    std::string fileNo; // the server's number
    // The server's document checklist (id and kind), when the answer carries it: the local checklist
    // takes these ids (sync_child_ids.h).
    std::vector<Document> documents;
};

// 201 to POST /api/v1/files: {"id": n, "version": 1, "file": {"fileNo": "…", …}}, each member checked.
Result<CreatedFile> parseCreatedFile(std::string_view body);

// In one transaction: the local file tied to the server's id and number, its documents renumbered to
// the server's, and the row accepted.
Result<void> acceptCreatedFile(Database& db, const OutboxRow& row, std::string_view body, TimestampMs now);

// 200 to a patch adding a covenant ({"add":{"covenants":[…]}}): in one transaction the local covenant
// (id in the local range) takes the server's id from the answer's file.covenants (matched on its
// content among those the workspace does not hold), the file's waiting rows follow, and the row is
// accepted at `version`.
Result<void> acceptAddedCovenant(Database& db, const OutboxRow& row, std::string_view body,
                                 std::int64_t version, TimestampMs now);

// 200 to a pledge ({"add":{"trucks":[…]}} or kilns): in one transaction the file's local trucks and kilns
// are tied to the server's in the answer's file (storage/sync_asset_ids.h), the file's waiting rows
// follow, and the row is accepted at `version`. An answer without a readable file ties nothing (the next
// copy of the file does).
Result<void> acceptPledge(Database& db, const OutboxRow& row, std::string_view body, std::int64_t version,
                          TimestampMs now);

// Whether a creation was sent and not yet answered: its answer may have been lost after the server
// committed, so the feed could bring the file before the engine knows its id. The pull waits for it.
Result<bool> creationUnanswered(const Database& db);

} // namespace saggar
