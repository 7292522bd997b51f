#include "token_service.h"

#include <Poco/Exception.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>

#include <algorithm>

namespace saggar::server {

namespace {

Error authError(std::string message)
{
    return Error{std::move(message), ErrorCode::AuthFailed, {}};
}

// Reads a NumericDate claim (seconds since the epoch) as milliseconds; nullopt when absent or not a number.
std::optional<TimestampMs> secondsClaimMs(const Poco::JSON::Object& payload, const std::string& name)
{
    if (!payload.has(name))
        return std::nullopt;
    const Poco::Dynamic::Var v = payload.get(name);
    if (!v.isNumeric())
        return std::nullopt;
    return static_cast<TimestampMs>(v.convert<double>() * 1000.0);
}

std::string stringClaim(const Poco::JSON::Object& payload, const std::string& name)
{
    if (!payload.has(name))
        return {};
    const Poco::Dynamic::Var v = payload.get(name);
    return v.isString() ? v.extract<std::string>() : std::string{};
}

} // namespace

TokenService::TokenService(std::string secret, std::string issuer)
    : m_secret(std::move(secret)), m_issuer(std::move(issuer))
{}

std::string TokenService::issue(const TokenClaims& claims) const
{
    Poco::JWT::Token token;
    token.setType("JWT");
    token.setIssuer(m_issuer);
    token.setAudience(claims.audience);
    token.setSubject(claims.subject);
    token.payload().set("role", claims.role);
    token.payload().set("iat", claims.issuedAtMs / 1000);
    token.payload().set("exp", claims.expiresAtMs / 1000);
    Poco::JWT::Signer signer(m_secret);
    return signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
}

Result<TokenClaims> TokenService::verify(const std::string& token, const std::string& audience,
                                         TimestampMs nowMs) const
{
    Poco::JWT::Token parsed;
    try {
        Poco::JWT::Signer signer(m_secret); // allows HS256 only
        if (!signer.tryVerify(token, parsed))
            return authError("token signature or algorithm is not valid");
    } catch (const Poco::Exception& e) {
        return authError("token is not a JWT: " + e.displayText());
    }
    const Poco::JSON::Object& payload = parsed.payload();
    if (stringClaim(payload, "iss") != m_issuer)
        return authError("token issuer is not " + m_issuer);
    std::vector<std::string> audiences;
    try {
        audiences = parsed.getAudience();
    } catch (const Poco::Exception&) {
        return authError("token audience is not a string");
    }
    if (std::find(audiences.begin(), audiences.end(), audience) == audiences.end())
        return authError("token audience is not " + audience);
    const auto exp = secondsClaimMs(payload, "exp");
    if (!exp)
        return authError("token has no expiry");
    if (*exp + kClockLeewayMs <= nowMs)
        return authError("token expired");
    TokenClaims claims;
    claims.subject = stringClaim(payload, "sub");
    claims.role = stringClaim(payload, "role");
    claims.audience = audience;
    claims.issuedAtMs = secondsClaimMs(payload, "iat").value_or(0);
    claims.expiresAtMs = *exp;
    if (claims.subject.empty() || claims.role.empty())
        return authError("token has no subject or role");
    return claims;
}

} // namespace saggar::server
