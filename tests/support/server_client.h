// The server tests' scaffolding (tests/server/tst_server_*.cpp, and SyncTestServer under the sync
// tests): saggar-server's API (server/api_handler_factory) on 127.0.0.1 at a free port over a fresh
// seeded demo workspace (TestApiServer), a plain HTTP client for it (httpCall), and the tokens a test
// signs in with (personToken, signIn). No Qt.
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "server/api_handler_factory.h"
#include "server/token_service.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/workspace.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace Poco::Net {
class HTTPServer;
} // namespace Poco::Net

namespace saggar::test {

// The API's answer to one request.
struct Answer
{
    int status = 0;
    std::string body;
    std::string replayed; // the Idempotent-Replayed header ("" when absent)
    std::string location; // the Location header ("" when absent)

    // The body as a JSON object (throws when it is not one).
    Poco::JSON::Object::Ptr json() const;
    // The error body's error.code (throws when the body is not an error).
    std::string code() const;
};

using Headers = std::vector<std::pair<std::string, std::string>>;

// How a request carries its body. The defaults: a JSON body with its length.
struct HttpOptions
{
    std::string contentType = "application/json"; // empty: no Content-Type
    // Content-Length of the body (or declaredLength); off: chunked when there is a body, else nothing.
    bool withLength = true;
    // Announced as Content-Length in place of the body's size, and then nothing is sent.
    std::optional<std::int64_t> declaredLength = std::nullopt;
    // A body over this size is announced in full but only its first kilobyte is sent: the server must
    // answer from the header alone. 0: always sent whole.
    std::int64_t sendWholeUpTo = 0;
};

// For a request without a body: no Content-Type, no Content-Length.
inline HttpOptions noBody()
{
    return HttpOptions{.contentType = "", .withLength = false};
}

// One HTTP/1.1 request to 127.0.0.1:port on its own connection; the headers are set in order.
Answer httpCall(std::uint16_t port, const std::string& method, const std::string& path,
                const std::string& body = {}, const Headers& headers = {}, const HttpOptions& options = {});

// A person's workstation token from the server's token service, valid from `now` for the lifetime
// sign-in gives (kPersonTokenLifetimeMs).
std::string personToken(const server::TokenService& tokens, Id userId, const std::string& login,
                        TimestampMs now);
// A token from POST /api/v1/auth/sign-in ("" when it is refused).
std::string signIn(std::uint16_t port, const std::string& login, const std::string& password);
// The If-Match form of a version: "7" with its quotes.
std::string quoted(std::int64_t version);
// A fresh Idempotency-Key (a random UUID).
std::string newKey();
// The error.code of an error body, or "(not an error body: …)".
std::string errorCode(const std::string& body);

// saggar-server's API over a fresh demo workspace in <root>/server, on 127.0.0.1 at a free port.
class TestApiServer
{
public:
    TestApiServer();
    ~TestApiServer();
    TestApiServer(const TestApiServer&) = delete;
    TestApiServer& operator=(const TestApiServer&) = delete;

    // Creates the server's workspace in <root>/server and seeds the demo data.
    Result<void> open(const std::string& root);

    struct StartOptions
    {
        bool keepAlive = true;  // off: one request per connection
        bool serveBlobs = true; // blobDir: the workspace's attachments folder
        // Called with the context before the HTTP server starts (telemetry, device secret, …).
        std::function<Result<void>(server::ApiContext&)> configure = {};
    };
    // The server's sync tables and secret, its token service and store, the context on `clock`, then
    // the HTTP server.
    Result<void> start(const Clock& clock, const StartOptions& options);
    Result<void> start(const Clock& clock) { return start(clock, StartOptions{}); }
    // Stops the HTTP server and closes its port (also on destruction). Idempotent.
    void stop();
    // Listens again on the same port after stop(), with the same context (a server that went away).
    void restart();

    // Before start() the test may use db() freely; after it, only under mutex() (or the helpers below).
    Database& db() { return m_workspace->db(); }
    Workspace& workspace() { return *m_workspace; }
    const Workspace& workspace() const { return *m_workspace; }
    SqliteLoanFileStore& store() { return *m_store; } // the server's own (queues nothing)
    const server::TokenService& tokens() const { return *m_tokens; }
    server::ApiContext& context() { return *m_context; }
    std::mutex& mutex() { return m_context->storeMutex; }
    std::uint16_t port() const { return m_port; }

    // The users' ids by login, as seeded (read once by open()).
    const std::map<std::string, Id>& userIds() const { return m_userIds; }
    Id userId(const std::string& login) const { return m_userIds.at(login); }
    // A workstation token for the demo user `login`, as sign-in would give it now.
    std::string token(const std::string& login);

    // Under the store mutex: a number (-1 when the query fails) and a text ("?" when it fails).
    std::int64_t scalar(const std::string& sql);
    std::string text(const std::string& sql);

private:
    std::string m_root;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SqliteLoanFileStore> m_store;
    std::unique_ptr<server::TokenService> m_tokens;
    const Clock* m_clock = nullptr;
    std::unique_ptr<server::ApiContext> m_context;
    std::uint16_t m_port = 0;
    bool m_keepAlive = true;
    std::unique_ptr<Poco::Net::HTTPServer> m_http;
    std::map<std::string, Id> m_userIds;
};

} // namespace saggar::test
