// The workspace's trucks and kilns as telemetry sees them (kind, id, device id, cluster, size,
// fuel), read from saggar.db. A read-only connection is enough; nothing is written there.
#pragma once

#include "database.h"

#include "core/telemetry_assets.h"

#include <vector>

namespace saggar {

// Every truck, then every kiln, each in id order.
[[nodiscard]] Result<std::vector<TelemetryAsset>> loadTelemetryAssets(const Database& workspaceDb);

} // namespace saggar
