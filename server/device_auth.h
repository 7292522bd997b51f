// Device sign-in for telemetry: a device (a truck's tracker, a kiln's gateway) trades its device id
// and the fleet's shared device secret (saggar-server --device-secret) for a device token
// (aud = saggar-device, sub = "device:<id>", role "device"), and every ingest request carries that
// token. Workstation tokens are not device tokens and the other way round (docs/server.md).
#pragma once

#include "api_response.h"
#include "token_service.h"

#include "core/telemetry_assets.h"

#include <functional>
#include <optional>
#include <string>
#include <variant>

namespace saggar::server {

inline constexpr TimestampMs kDeviceTokenLifetimeMs = 24LL * 3600 * 1000;
inline constexpr std::size_t kMinDeviceSecretLength = 8;

// The asset a device id belongs to, or nothing when no truck or kiln has it.
using DeviceLookup = std::function<std::optional<TelemetryAsset>(const std::string& deviceId)>;

// POST /api/v1/devices/token, body {"device":"TRK-…","secret":"…"}. No secret configured → 403
// devices_disabled; a wrong secret → 401 bad_credentials; a device id no asset has → 403
// unknown_device; malformed JSON → 400; a missing or non-string member, or an unknown one → 422.
// Answers {"token":…,"expiresAtMs":…,"device":…,"asset":{"kind":…,"id":…}}.
ApiResponse issueDeviceToken(const std::string& body, const std::string& deviceSecret,
                             const DeviceLookup& lookup, const TokenService& tokens, TimestampMs nowMs);

// The device id a Bearer device token names, or the 401 answer (token_missing, token_expired,
// token_invalid — a workstation token is token_invalid here).
std::variant<std::string, ApiResponse> authenticateDevice(const std::string& authorization,
                                                          const TokenService& tokens, TimestampMs nowMs);

} // namespace saggar::server
