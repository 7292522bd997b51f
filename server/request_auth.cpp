#include "request_auth.h"

#include <charconv>

namespace saggar::server {

namespace {

ApiResponse refused(const std::string& code)
{
    return errorResponse(401, code, "the request's token was not accepted");
}

} // namespace

std::variant<Caller, ApiResponse> authenticateCaller(const std::string& authorization,
                                                     const TokenService& tokens, Database& db,
                                                     TimestampMs nowMs)
{
    const std::string scheme = "Bearer ";
    if (authorization.empty())
        return refused("token_missing");
    if (authorization.rfind(scheme, 0) != 0 || authorization.size() == scheme.size())
        return refused("token_invalid");
    const auto claims = tokens.verify(authorization.substr(scheme.size()), kWorkstationAudience, nowMs);
    if (!claims) {
        // verify() refuses a token past exp + leeway; tell the client to sign in again.
        const bool expired = claims.error().message.find("expired") != std::string::npos;
        return refused(expired ? "token_expired" : "token_invalid");
    }
    const std::string& sub = claims.value().subject;
    Id id = 0;
    const auto [end, ec] = std::from_chars(sub.data(), sub.data() + sub.size(), id);
    if (ec != std::errc() || end != sub.data() + sub.size() || id <= 0)
        return refused("token_invalid");
    auto st = db.prepare("SELECT role, display_name FROM users WHERE id = ? AND active = 1");
    if (!st || !st.value().bindAll(id))
        return errorResponse(500, "internal", "the user directory could not be read");
    auto row = st.value().step();
    if (!row)
        return errorResponse(500, "internal", "the user directory could not be read");
    if (!row.value() || st.value().columnText(0) != claims.value().role)
        return refused("token_invalid"); // unknown, inactive, or the role changed since sign-in
    return Caller{id, claims.value().role, st.value().columnText(1)};
}

} // namespace saggar::server
