// The telemetry resources (docs/server.md, "Telemetry"):
//   POST /api/v1/telemetry/ingest  (also POST /api/v1/telemetry), a device token:
//     {"device":"TRK-…","readings":[{"seq":88001,"channel":"speed","t":1795100000000,"v":62.5},…]}
//   GET /api/v1/telemetry/history  (also GET /api/v1/telemetry), a workstation token:
//     ?asset=truck:12&channel=speed&from=…&to=…[&maxPoints=N]
#pragma once

#include "api_response.h"
#include "ingest_body.h"
#include "telemetry_service.h"

#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace saggar::server {

inline constexpr std::streamsize kMaxIngestBodyBytes = 16 << 20;
inline constexpr int kDefaultHistoryPoints = 10'000;
inline constexpr int kMaxHistoryPoints = 100'000;
inline constexpr TimestampMs kMaxHistoryRangeMs = 2 * 366 * 86'400'000LL;

// Ingest for the device `tokenDevice` (from its token): the body's device must be that device (403
// device_mismatch) and belong to an asset (403 unknown_device). Valid readings are stored, refused
// ones counted: {"accepted":N,"duplicates":N,"rejected":{"out_of_range":1,…},"rejectedTotal":N,
// "rejections":[{"index":17,"reason":"out_of_range","message":"…"}]} (at most 100 listed).
ApiResponse ingestTelemetry(const std::string& body, const std::string& tokenDevice,
                            TelemetryService& service, TimestampMs nowMs);

// History of one channel of one asset over [from, to): raw readings up to maxPoints (default 10,000, at
// most 100,000), min/max/mean buckets beyond. Times are epoch ms or ISO-8601 with a zone. A bad or
// missing parameter → 400 bad_query; no such asset, or one `mayRead` refuses → 404 not_found.
using AssetReadCheck = std::function<bool(AssetKind kind, Id id)>;
ApiResponse telemetryHistory(const std::string& query, TelemetryService& service,
                             const AssetReadCheck& mayRead);

} // namespace saggar::server
