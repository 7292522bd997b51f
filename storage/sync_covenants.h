// Conditions, covenants and appraised values from the server's copy of a file (the change feed, a
// re-read): applied inside the caller's transaction (sync_apply.cpp), nothing queued back.
#pragma once

#include "database.h"
#include "sync_outbox.h"

namespace saggar {

// The server's covenants of `fileId`, upserted by id (a local covenant the server has taken as one of
// these, with no answer seen, is first tied to it: sync_child_ids.h). A covenant id the workspace holds
// on another file is left alone. A local covenant (id in the local range) the server does not list had
// its add refused and is removed; covenants with the server's ids are never removed here.
Result<void> applyRemoteCovenants(Database& db, Id fileId, const std::vector<Covenant>& covenants);

// Appraised values (and who appraised) of the file's trucks, matched by VIN, and kilns, by gateway id
// (else type, length, year and cost), when the server's copy carries them.
Result<void> applyRemoteAppraisals(Database& db, Id fileId, const RemoteFile& file);

} // namespace saggar
