#include "device_auth.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

namespace saggar::server {

namespace {

constexpr std::string_view kDevicePrefix = "device:";

// Compares without an early exit, so the time taken says nothing about where a guess went wrong.
bool sameSecret(const std::string& a, const std::string& b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ (b.empty() ? 0 : b[i % b.size()]));
    return diff == 0;
}

} // namespace

ApiResponse issueDeviceToken(const std::string& body, const std::string& deviceSecret,
                             const DeviceLookup& lookup, const TokenService& tokens, TimestampMs nowMs)
{
    if (deviceSecret.empty())
        return errorResponse(403, "devices_disabled",
                             "this server takes no device readings (start it with --device-secret)");
    auto parsed = parseJsonObject(body);
    if (auto* refused = std::get_if<ApiResponse>(&parsed))
        return *refused;
    const Poco::JSON::Object::Ptr request = std::get<Poco::JSON::Object::Ptr>(parsed);
    for (const auto& [name, value] : *request) {
        if (name != "device" && name != "secret")
            return errorResponse(422, "unknown_field", "unknown member " + name, name);
    }
    for (const char* name : {"device", "secret"}) {
        if (!request->has(name) || !request->get(name).isString())
            return errorResponse(422, "wrong_type", std::string(name) + " must be a string", name);
    }
    if (!sameSecret(request->getValue<std::string>("secret"), deviceSecret))
        return errorResponse(401, "bad_credentials", "wrong device secret");
    const std::string device = request->getValue<std::string>("device");
    const auto asset = device.empty() ? std::nullopt : lookup(device);
    if (!asset)
        return errorResponse(403, "unknown_device", "no truck or kiln has device id " + device, "device");

    const TokenClaims claims{std::string(kDevicePrefix) + device, "device", kDeviceAudience, nowMs,
                             nowMs + kDeviceTokenLifetimeMs};
    Poco::JSON::Object::Ptr ref = new Poco::JSON::Object;
    ref->set("kind", std::string(key(asset->kind)));
    ref->set("id", asset->id);
    Poco::JSON::Object answer;
    answer.set("token", tokens.issue(claims));
    answer.set("expiresAtMs", claims.expiresAtMs);
    answer.set("device", device);
    answer.set("asset", ref);
    std::ostringstream out;
    answer.stringify(out);
    return ApiResponse{200, out.str(), {}};
}

std::variant<std::string, ApiResponse> authenticateDevice(const std::string& authorization,
                                                          const TokenService& tokens, TimestampMs nowMs)
{
    const std::string scheme = "Bearer ";
    const auto refused = [](const char* code) {
        return errorResponse(401, code, "the request's token was not accepted");
    };
    if (authorization.empty())
        return refused("token_missing");
    if (authorization.rfind(scheme, 0) != 0 || authorization.size() == scheme.size())
        return refused("token_invalid");
    const auto claims = tokens.verify(authorization.substr(scheme.size()), kDeviceAudience, nowMs);
    if (!claims) {
        const bool expired = claims.error().message.find("expired") != std::string::npos;
        return refused(expired ? "token_expired" : "token_invalid");
    }
    const std::string& sub = claims.value().subject;
    if (claims.value().role != "device" || sub.rfind(kDevicePrefix, 0) != 0 ||
        sub.size() == kDevicePrefix.size())
        return refused("token_invalid");
    return sub.substr(kDevicePrefix.size());
}

} // namespace saggar::server
