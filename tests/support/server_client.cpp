#include "server_client.h"

#include "server/demo_seed.h"
#include "server/sync_schema.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/UUIDGenerator.h>

namespace saggar::test {

Poco::JSON::Object::Ptr Answer::json() const
{
    return Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
}

std::string Answer::code() const
{
    return json()->getObject("error")->getValue<std::string>("code");
}

Answer httpCall(std::uint16_t port, const std::string& method, const std::string& path,
                const std::string& body, const Headers& headers, const HttpOptions& options)
{
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : headers)
        req.set(name, value);
    if (!options.contentType.empty())
        req.setContentType(options.contentType);
    if (options.withLength)
        req.setContentLength64(options.declaredLength ? *options.declaredLength
                                                      : static_cast<std::int64_t>(body.size()));
    else if (!body.empty())
        req.setChunkedTransferEncoding(true);
    auto& out = session.sendRequest(req);
    const bool oversized =
        options.sendWholeUpTo > 0 && body.size() > static_cast<std::size_t>(options.sendWholeUpTo);
    if (!options.declaredLength)
        out << (oversized ? body.substr(0, 1024) : body);
    Poco::Net::HTTPResponse resp;
    Answer answer;
    Poco::StreamCopier::copyToString(session.receiveResponse(resp), answer.body);
    answer.status = resp.getStatus();
    answer.replayed = resp.get("Idempotent-Replayed", "");
    answer.location = resp.get("Location", "");
    return answer;
}

std::string personToken(const server::TokenService& tokens, Id userId, const std::string& login,
                        TimestampMs now)
{
    return tokens.issue({std::to_string(userId), login, server::kWorkstationAudience, now,
                         now + server::kPersonTokenLifetimeMs});
}

std::string signIn(std::uint16_t port, const std::string& login, const std::string& password)
{
    const Answer a = httpCall(port, "POST", "/api/v1/auth/sign-in",
                              R"({"login":")" + login + R"(","password":")" + password + R"("})");
    if (a.status != 200)
        return {};
    return a.json()->getValue<std::string>("token");
}

std::string quoted(std::int64_t version)
{
    return "\"" + std::to_string(version) + "\"";
}

std::string newKey()
{
    return Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
}

std::string errorCode(const std::string& body)
{
    try {
        return Answer{0, body, {}, {}}.code();
    } catch (const std::exception&) {
        return "(not an error body: " + body + ")";
    }
}

TestApiServer::TestApiServer() = default;

TestApiServer::~TestApiServer()
{
    stop();
}

Result<void> TestApiServer::open(const std::string& root)
{
    m_root = root;
    auto ws = Workspace::open(root + "/server", true);
    if (!ws)
        return ws.error();
    m_workspace = std::move(ws).value();
    if (auto seeded = server::seedDemoIfEmpty(db()); !seeded)
        return seeded;
    auto st = db().prepare("SELECT login, id FROM users");
    if (!st)
        return st.error();
    for (auto row = st.value().step(); row && row.value(); row = st.value().step())
        m_userIds[st.value().columnText(0)] = st.value().columnInt64(1);
    return {};
}

Result<void> TestApiServer::start(const Clock& clock, const StartOptions& options)
{
    m_clock = &clock;
    Database& database = db();
    if (auto r = server::ensureSyncSchema(database, clock.nowMs()); !r)
        return r;
    const auto secret = server::serverSecret(m_workspace->directory());
    if (!secret)
        return secret.error();
    m_tokens = std::make_unique<server::TokenService>(secret.value());
    m_store = std::make_unique<SqliteLoanFileStore>(database);
    m_context.reset(new server::ApiContext{*m_store, *m_tokens, clock, database, {}});
    if (options.serveBlobs)
        m_context->blobDir = m_workspace->attachmentsDirectory();
    if (options.configure)
        if (auto r = options.configure(*m_context); !r)
            return r;
    m_keepAlive = options.keepAlive;
    restart();
    return {};
}

void TestApiServer::stop()
{
    if (m_http) {
        m_http->stopAll(true);
        m_http.reset(); // and with it the listening socket
    }
}

void TestApiServer::restart()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", m_port)); // 0 the first time
    m_port = socket.address().port();
    auto* params = new Poco::Net::HTTPServerParams;
    params->setKeepAlive(m_keepAlive);
    m_http =
        std::make_unique<Poco::Net::HTTPServer>(new server::ApiHandlerFactory(*m_context), socket, params);
    m_http->start();
}

std::string TestApiServer::token(const std::string& login)
{
    return personToken(*m_tokens, userId(login), login, m_clock->nowMs());
}

std::int64_t TestApiServer::scalar(const std::string& sql)
{
    std::lock_guard lock(m_context->storeMutex);
    auto v = db().queryInt64(sql);
    return v.ok() ? v.value() : -1;
}

std::string TestApiServer::text(const std::string& sql)
{
    std::lock_guard lock(m_context->storeMutex);
    auto v = db().queryText(sql);
    return v.ok() ? v.value() : std::string("?");
}

} // namespace saggar::test
