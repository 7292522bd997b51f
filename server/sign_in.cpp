#include "sign_in.h"

#include "core/password.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

namespace saggar::server {

ApiResponse signIn(const std::string& body, UserDirectory& users, const TokenService& tokens,
                   TimestampMs nowMs)
{
    auto parsed = parseJsonObject(body);
    if (auto* refused = std::get_if<ApiResponse>(&parsed))
        return *refused;
    const Poco::JSON::Object::Ptr request = std::get<Poco::JSON::Object::Ptr>(parsed);
    for (const auto& [name, value] : *request) {
        if (name != "login" && name != "password")
            return errorResponse(422, "unknown_field", "unknown member " + name, name);
    }
    for (const char* name : {"login", "password"}) {
        if (!request->has(name) || !request->get(name).isString())
            return errorResponse(422, "wrong_type", std::string(name) + " must be a string", name);
    }
    const auto user = authenticate(users, request->getValue<std::string>("login"),
                                   request->getValue<std::string>("password"));
    if (!user)
        return errorResponse(401, "bad_credentials", "wrong login or password");

    const TokenClaims claims{std::to_string(user.value().id), std::string(key(user.value().role)),
                             kWorkstationAudience, nowMs, nowMs + kPersonTokenLifetimeMs};
    Poco::JSON::Object::Ptr who = new Poco::JSON::Object;
    who->set("id", user.value().id);
    who->set("login", user.value().login);
    who->set("displayName", user.value().displayName);
    who->set("role", claims.role);
    Poco::JSON::Object answer;
    answer.set("token", tokens.issue(claims));
    answer.set("expiresAtMs", claims.expiresAtMs);
    answer.set("user", who);
    std::ostringstream out;
    answer.stringify(out);
    return ApiResponse{200, out.str(), {}};
}

} // namespace saggar::server
