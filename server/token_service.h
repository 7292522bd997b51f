// Signed sign-in tokens (JWT, HS256) for the bank server: issues them and checks every claim the
// API relies on — signature, algorithm, issuer, audience, expiry, subject and role (docs/sync-api.md).
// Poco's Signer checks only the signature; the other checks are made here.
#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <string>

namespace saggar::server {

inline constexpr const char* kWorkstationAudience = "saggar-workstation";
inline constexpr const char* kDeviceAudience = "saggar-device";
inline constexpr const char* kDefaultIssuer = "saggar-server";
inline constexpr TimestampMs kPersonTokenLifetimeMs = 8LL * 3600 * 1000;
inline constexpr TimestampMs kClockLeewayMs = 30 * 1000;

struct TokenClaims
{
    std::string subject;  // a user id ("1") or "device:<id>"
    std::string role;     // "analyst", "appraiser", "manager" or "device"
    std::string audience; // kWorkstationAudience or kDeviceAudience
    TimestampMs issuedAtMs = 0;
    TimestampMs expiresAtMs = 0;
};

class TokenService
{
public:
    TokenService(std::string secret, std::string issuer = kDefaultIssuer);

    // A signed token carrying `claims` (iss is this service's issuer).
    std::string issue(const TokenClaims& claims) const;

    // The claims of `token` if it was signed with this secret using HS256, names this issuer and
    // `audience`, has not expired at `nowMs` (with kClockLeewayMs) and has a subject and a role;
    // otherwise an AuthFailed error whose message says which check failed.
    Result<TokenClaims> verify(const std::string& token, const std::string& audience,
                               TimestampMs nowMs) const;

private:
    std::string m_secret;
    std::string m_issuer;
};

} // namespace saggar::server
