// POST /api/v1/auth/sign-in: checks a login and password against the user directory and answers a
// signed workstation token with the user (docs/sync-api.md, "Sign-in and tokens").
#pragma once

#include "api_response.h"
#include "token_service.h"

#include "core/loan_file_store.h"

namespace saggar::server {

// `body` is the request's JSON. Malformed JSON → 400, missing or non-string members or unknown ones →
// 422, any failed sign-in → 401 bad_credentials (the same answer whatever was wrong).
ApiResponse signIn(const std::string& body, UserDirectory& users, const TokenService& tokens,
                   TimestampMs nowMs);

} // namespace saggar::server
