// Ids of children made on the workstation (docs/sync-api.md, "Children made on a workstation"): a
// covenant added here, and the document checklist of a file created here, take ids at or above
// kLocalChildIdBase, a range the server's row ids never reach, so they cannot collide with children
// the feed brings. When the server's answer names its own id for such a child, the local row is
// renumbered to it, and the file's waiting outbox rows (and kept conflicts) are rewritten to the new
// id, in the transaction that accepts the row.
#pragma once

#include "database.h"
#include "sync_file_ids.h"

#include "core/domain.h"
#include "core/result.h"
#include "core/workflow_types.h"

#include <vector>

namespace saggar {

inline constexpr Id kLocalChildIdBase = kLocalFileIdBase; // 10^12

// Moves the row `id` of `table` ("covenants" or "documents") to the next id in the local range. Call
// right after inserting it, inside the same transaction (nothing refers to it yet).
Result<Id> moveToLocalRange(Database& db, const char* table, Id id);

// `serverId` when it is a server id (below kLocalChildIdBase) no row of `table` ("trucks", "kilns")
// holds here, else 0 (a new local id): a truck or kiln from the feed keeps the server's id when it can,
// so the workstation's edits of it (an appraised value) name the server's asset.
Id keepServerIdIfFree(Database& db, const char* table, Id serverId);

// Replaces `from` with `to` in the patches of the file's waiting outbox rows and kept conflicts.
Result<void> rewriteWaitingPatches(Database& db, Id fileId, const std::string& from, const std::string& to);

// Whether an outbox row adds a covenant ({"add":{"covenants":[…]}}).
bool isCovenantAddBody(std::string_view json);

// The server's covenants of `fileId` (from its answer or its feed): ties local covenants of the file
// (ids in the local range) to server covenants of the same kind, metric, description and threshold
// that the workspace does not hold yet, oldest first; at most `limit` of them (0: all). Returns how
// many were tied.
Result<int> tieLocalCovenants(Database& db, Id fileId, const std::vector<Covenant>& server, int limit);

// The answer to the add of `sent` (its kind, metric, description and threshold as the row sent them):
// the server's covenant of that definition the workspace does not hold yet is tied to the local one the
// row added — the oldest local covenant of the file with that definition now, else the oldest local one
// (its definition was changed here after the add was queued). Returns whether one was tied.
Result<bool> tieAddedCovenant(Database& db, Id fileId, const Covenant& sent,
                              const std::vector<Covenant>& server);

// The server's document checklist of a file created here: each local document (id in the local range)
// takes the id of the server's document of the same kind that the workspace does not hold yet. Its
// attachments follow; waiting rows' "documents/<id>/…" paths and {"attach":<id>,…} rows are rewritten.
Result<int> tieLocalDocuments(Database& db, Id fileId, const std::vector<Document>& server);

} // namespace saggar
