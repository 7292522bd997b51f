// Who is calling: the Bearer token of an /api/v1 request checked by TokenService (signature,
// algorithm, issuer, audience, expiry) and then against the database — the subject must name an
// active user whose current role is the token's role (docs/sync-api.md, "Sign-in and tokens").
#pragma once

#include "api_response.h"
#include "token_service.h"

#include "core/domain.h"
#include "storage/database.h"

#include <string>
#include <variant>

namespace saggar::server {

struct Caller
{
    Id userId = 0;
    std::string role; // analyst, appraiser, manager
    std::string displayName;
};

// The caller named by `authorization` (the header's value, empty when absent), or the 401 answer:
// token_missing, token_expired or token_invalid, with no detail beyond the code.
std::variant<Caller, ApiResponse> authenticateCaller(const std::string& authorization,
                                                     const TokenService& tokens, Database& db,
                                                     TimestampMs nowMs);

} // namespace saggar::server
