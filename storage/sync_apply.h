// Applying the server's copy of a file (from the change feed) to the workspace: the file's own fields
// and version, and pledged trucks and kilns the workspace does not hold yet. Runs inside the caller's
// transaction (SqliteOutbox::storeChanges). Nothing is queued for the server: these are its own data.
#pragma once

#include "sync_outbox.h"

namespace saggar {

// Applied only when the workspace holds the file, has no edit of it still waiting in the outbox (the
// server has not seen those yet: its copy would undo them until they land) and is at an older version.
// Returns whether it was applied. Trucks are matched by VIN, kilns by gateway id or, without one, by
// type, length, year and cost; one already stored (on any file) is left as it is.
// `evenIfNotNewer` (the re-read after a refused edit, move or delete): applied at any version, since the
// workspace's own version went up with the refused edit and the server's copy is what stands.
Result<bool> applyRemoteFile(Database& db, Id fileId, std::int64_t version, const RemoteFile& file,
                             bool evenIfNotNewer = false);

} // namespace saggar
