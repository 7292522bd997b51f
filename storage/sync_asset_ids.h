// Trucks and kilns pledged on the workstation (docs/sync-api.md, "Children made on a workstation"). They
// are referred to by id all over the workspace (valuations, inspections, alerts, telemetry assets), so
// unlike conditions they are never renumbered: a pledge made with queueing on takes a row id at or above
// kLocalAssetIdBase (a range the server's ids never reach) and, once the server's copy of the file names
// its own id for it, the two are tied in sync_asset_ids. Waiting rows' "trucks/<local>/…" and
// "kilns/<local>/…" paths are rewritten to the server's id when the tie is recorded; a row still naming a
// local id when it reaches the head of the queue is rewritten then, or refused here (never sent).
#pragma once

#include "database.h"
#include "sync_file_ids.h"

#include "core/domain.h"
#include "core/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar {

inline constexpr Id kLocalAssetIdBase = kLocalFileIdBase; // 10^12

// v13: the table tying local trucks and kilns to the server's.
const char* syncAssetIdsSchemaSql();

// Whether an outbox row pledges a truck or a kiln ({"add":{"trucks":…}} / {"add":{"kilns":…}}).
bool isPledgeBody(std::string_view json);

// Whether a patch names a truck or kiln by an id in the local range ("trucks/<id ≥ 10^12>/…").
bool namesLocalAsset(std::string_view json);

// The server's copy of file `fileId` (a pledge's answer, the feed, a re-read): each local truck of the
// file not tied yet is tied to the server's truck with the same VIN, each local kiln to the server's kiln
// with the same gateway id (else, without one, the same type, length, year and cost), among server assets
// not tied yet; the file's waiting rows and kept conflicts are rewritten to the server's ids. Call inside
// the transaction that accepts the row or applies the copy. Returns how many were tied.
Result<int> tieLocalAssets(Database& db, Id fileId, const std::vector<Truck>& trucks,
                           const std::vector<Kiln>& kilns);

// The server's id of a truck (or kiln): the tied id for a local one, nullopt when a local one is not tied
// yet; any id below the local range is the server's already.
Result<std::optional<Id>> serverAssetId(const Database& db, bool truck, Id localId);

// `json` with every local truck and kiln id that is tied replaced by the server's; nullopt when one is
// not tied.
Result<std::optional<std::string>> withServerAssetIds(const Database& db, std::string json);

} // namespace saggar
