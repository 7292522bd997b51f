// The headers every write to a loan file carries (docs/sync-api.md, "Versions" and "Idempotency"):
// If-Match with the quoted version the write was made on, and an Idempotency-Key that is a UUID.
#pragma once

#include "api_response.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace saggar::server {

// "7" (with the quotes) -> 7; nullopt for anything else or a version below 1.
std::optional<std::int64_t> quotedVersion(const std::string& header);

// The base version, or the answer refusing the write: 428 when a header is missing, 400 when it does not
// read. `what` names the write in the message ("a patch"), `versionName` the version it needs ("<version>").
std::variant<std::int64_t, ApiResponse> writeBaseVersion(const std::optional<std::string>& ifMatch,
                                                         const std::optional<std::string>& idempotency,
                                                         const std::string& what,
                                                         const std::string& versionName = "<version>");

} // namespace saggar::server
