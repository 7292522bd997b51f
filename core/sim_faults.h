// Faults the device simulator injects on demand, as written on its command line, e.g.
//   offline:truck:12@-3d/6h         truck 12's tracker silent for 6 hours, 3 days before the end
//   geofence-exit:truck:7@2026-05-20T00:00:00Z   truck 7 drives beyond its cluster's fence that day
//   kiln-shutdown:kiln:3@+10d/48h   kiln 3 shut down without warning for 48 hours, 10 days in
//   odometer-rollback:truck:5@-20d  truck 5's odometer wound back; every later reading is lower
//   duplicates@-2d/2h               a chosen asset sends each report twice for 2 hours
//   out-of-order:kiln:1@-1d/3h      kiln 1's reports arrive late and in reverse order
// Grammar: KIND[:truck:ID|:kiln:ID][@WHEN][/DURATION]; WHEN is ISO-8601 with a zone, epoch ms, or
// -N{d,h,m} before the window's end / +N{d,h,m} after its start; DURATION is N{d,h,m}. A missing
// asset or time is chosen from the seed.
#pragma once

#include "result.h"
#include "telemetry_assets.h"
#include "telemetry_sample.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar::sim {

enum class FaultKind { Offline, GeofenceExit, KilnShutdown, OdometerRollback, Duplicates, OutOfOrder };
std::string_view key(FaultKind kind); // "offline", "geofence-exit", …

struct FaultSpec
{
    FaultKind kind = FaultKind::Offline;
    std::optional<AssetRef> asset;
    std::optional<TimestampMs> atMs;        // absolute
    std::optional<TimestampMs> fromEndMs;   // -N: this long before the window's end
    std::optional<TimestampMs> fromStartMs; // +N: this long after the window's start
    std::optional<TimestampMs> durationMs;
};

// Comma-separated specs; the error names the spec that could not be read and why.
Result<std::vector<FaultSpec>> parseFaultSpecs(std::string_view text);

struct Fault
{
    FaultKind kind = FaultKind::Offline;
    AssetRef asset;
    TimeRange range; // odometer rollback: from its start to the end of time
};

// Fixes what a spec left open, deterministically: the asset (a truck for truck faults, a kiln for a
// shutdown, any for the rest, among `assets`) and the time (inside `window`). Refuses an asset that
// is not among `assets` or of the wrong kind, and a time outside the window.
Result<std::vector<Fault>> resolveFaults(const std::vector<FaultSpec>& specs,
                                         const std::vector<TelemetryAsset>& assets, TimeRange window,
                                         std::uint64_t seed);

// "offline truck 12 from 2026-05-25T10:00:00.000Z for 6 h"
std::string describe(const Fault& fault);

} // namespace saggar::sim
