#include "signed_in_transport.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <sstream>

namespace saggar {

namespace {

std::string errorCodeOf(const std::string& body)
{
    try {
        const auto o = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
        const auto error = o ? o->getObject("error") : nullptr;
        return error ? error->optValue<std::string>("code", "") : std::string();
    } catch (const std::exception&) {
        return {};
    }
}

std::string tokenOf(const std::string& body)
{
    try {
        const auto o = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
        const auto token = o ? o->get("token") : Poco::Dynamic::Var();
        return token.isString() ? token.extract<std::string>() : std::string();
    } catch (const std::exception&) {
        return {};
    }
}

bool tokenRefused(const SyncReply& reply)
{
    if (reply.status != 401)
        return false;
    const std::string code = errorCodeOf(reply.body);
    return code == "token_expired" || code == "token_invalid" || code == "token_missing";
}

} // namespace

SignedInTransport::SignedInTransport(std::unique_ptr<SyncTransport> inner, std::string login,
                                     std::string password)
    : m_inner(std::move(inner)), m_login(std::move(login)), m_password(std::move(password))
{}

SignedInTransport::~SignedInTransport()
{
    std::fill(m_password.begin(), m_password.end(), '\0');
}

Result<SyncReply> SignedInTransport::signIn()
{
    Poco::JSON::Object body;
    body.set("login", m_login);
    body.set("password", m_password);
    std::ostringstream text;
    body.stringify(text);
    SyncRequest request{"POST", "/api/v1/auth/sign-in", text.str(), {}, std::nullopt, {}};
    auto reply = m_inner->exchange(request);
    if (!reply)
        return reply;
    if (reply->status == 200) {
        m_token = tokenOf(reply->body);
        if (m_token.empty())
            return makeError("The bank server's sign-in answer carried no token.");
    }
    return reply;
}

Result<std::string> SignedInTransport::token()
{
    if (m_token.empty()) {
        auto signedIn = signIn();
        if (!signedIn)
            return signedIn.error();
        if (signedIn->status != 200)
            return makeError("The bank server refused the sign-in (HTTP " + std::to_string(signedIn->status) +
                             ").");
    }
    return m_token;
}

Result<SyncReply> SignedInTransport::exchange(const SyncRequest& request)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_token.empty()) {
            auto signedIn = signIn();
            if (!signedIn || signedIn->status != 200)
                return signedIn;
        }
        SyncRequest withToken = request;
        withToken.bearerToken = m_token;
        auto reply = m_inner->exchange(withToken);
        if (!reply || !tokenRefused(*reply))
            return reply;
        m_token.clear(); // expired or refused: sign in again, once
    }
    return makeError("The bank server refused the workstation's fresh sign-in token.");
}

} // namespace saggar
