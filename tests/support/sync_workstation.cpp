#include "sync_workstation.h"

#include "core/workflow_service.h"
#include "server/demo_seed.h"
#include "server/sync_schema.h"
#include "sync/http_transport.h"
#include "sync/signed_in_transport.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace saggar::test {

std::unique_ptr<SyncEngine> Workstation::engine(std::uint16_t port, const EngineChoice& choice)
{
    SyncEngineOptions o;
    o.batchPush = choice.batchPush;
    o.databasePath = workspace->databasePath();
    o.seed = seed;
    o.backoffBaseMs = 100;
    o.backoffCapMs = 1000;
    o.clock = [this] { return now; };
    HttpTransportOptions http;
    http.port = port;
    http.timeoutMs = 3000;
    std::unique_ptr<SyncTransport> inner = std::make_unique<HttpTransport>(http);
    if (wrapTransport)
        inner = wrapTransport(std::move(inner));
    const std::string secret = choice.password
                                   ? *choice.password
                                   : (password.empty() ? std::string(server::kDemoPassword) : password);
    auto transport = std::make_unique<SignedInTransport>(std::move(inner), login, secret);
    auto e = std::make_unique<SyncEngine>(o, std::move(transport), nullptr);
    if (!e->open()) {
        std::fprintf(stderr, "the engine did not open\n");
        std::abort();
    }
    return e;
}

void Workstation::drain(SyncEngine& e, int passes)
{
    for (int i = 0; i < passes && pending() > 0; ++i) {
        e.runOnce();
        now += 60'000;
    }
}

void Workstation::settle(SyncEngine& e)
{
    drain(e);
    e.runOnce();
    now += 60'000;
}

Result<void> Workstation::editTerms(Id id, const std::function<void(DraftTerms&)>& change)
{
    const LoanFile f = file(id);
    DraftTerms t{f.amount, f.termMonths, f.annualRatePct, f.purpose};
    change(t);
    return files->editDraftTerms(id, f.version, t, f.analystId);
}

Result<void> Workstation::perform(Id id, const Actor& actor, WorkflowRequest request)
{
    WorkflowService service(*workflow, [this] { return now; });
    return service.perform(actor, id, request);
}

SyncTestServer::SyncTestServer() = default;

SyncTestServer::~SyncTestServer()
{
    stop();
}

Result<void> SyncTestServer::open(const std::string& root)
{
    m_root = root;
    auto ws = Workspace::open(root + "/server", true);
    if (!ws)
        return ws.error();
    m_workspace = std::move(ws).value();
    return server::seedDemoIfEmpty(m_workspace->db());
}

Result<void> SyncTestServer::copyTo(Workstation& w, const std::string& name)
{
    namespace fs = std::filesystem;
    const fs::path copy = fs::path(m_root) / (name + ".db");
    const fs::path dir = fs::path(m_root) / name;
    {
        std::unique_lock<std::mutex> lock;
        if (m_context)
            lock = std::unique_lock(m_context->storeMutex);
        if (auto r = db().exec("VACUUM INTO '" + copy.string() + "'"); !r)
            return r;
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (!ec)
        fs::rename(copy, dir / Workspace::kDatabaseFileName, ec);
    if (ec)
        return makeError("could not place the copy in " + dir.string() + ": " + ec.message(),
                         ErrorCode::DatabaseIo);
    auto opened = Workspace::open(dir.string(), false);
    if (!opened)
        return opened.error();
    w.workspace = std::move(opened).value();
    w.files = std::make_unique<SqliteLoanFileStore>(w.db());
    w.workflow = std::make_unique<SqliteWorkflowStore>(w.db(), w.workspace->attachmentsDirectory());
    return {};
}

Result<void> SyncTestServer::start()
{
    Database& database = db();
    if (auto r = server::ensureSyncSchema(database, m_clock.nowMs()); !r)
        return r;
    const auto secret = server::serverSecret(m_workspace->directory());
    if (!secret)
        return secret.error();
    m_tokens = std::make_unique<server::TokenService>(secret.value());
    m_store = std::make_unique<SqliteLoanFileStore>(database);
    m_context.reset(new server::ApiContext{*m_store, *m_tokens, m_clock, database, {}});
    m_context->blobDir = m_workspace->attachmentsDirectory();
    m_socket = std::make_unique<Poco::Net::ServerSocket>(Poco::Net::SocketAddress("127.0.0.1", 0));
    auto* params = new Poco::Net::HTTPServerParams;
    params->setKeepAlive(false); // one request per connection: a proxy fault hits the next request
    m_http =
        std::make_unique<Poco::Net::HTTPServer>(new server::ApiHandlerFactory(*m_context), *m_socket, params);
    m_http->start();
    m_proxy = std::make_unique<FaultProxy>("127.0.0.1", m_socket->address().port());
    return {};
}

void SyncTestServer::stop()
{
    m_proxy.reset();
    if (m_http) {
        m_http->stopAll(true);
        m_http.reset();
    }
}

std::uint16_t SyncTestServer::directPort() const
{
    return m_socket->address().port();
}

std::int64_t SyncTestServer::count(const std::string& sql)
{
    std::lock_guard lock(m_context->storeMutex);
    return db().queryInt64(sql).value();
}

std::string SyncTestServer::text(const std::string& sql)
{
    std::lock_guard lock(m_context->storeMutex);
    return db().queryText(sql).value();
}

} // namespace saggar::test
