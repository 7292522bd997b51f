// Sync client figures over loopback HTTP: draining 10,000 queued edits (goal ≤ 10 s) and the initial
// pull of a 10,000-file change feed (goal ≤ 5 s). The server here is a small in-process Poco stub that
// answers PATCH and /changes as docs/sync-api.md says (version per file, stored answer per key), because
// saggar-server does not serve those endpoints yet: the figures are the client's side (engine, HTTP,
// SQLite outbox and feed writes) and a lower bound for the real server. Run: build/bench/bench_sync [N]
#include "storage/schema.h"
#include "storage/sync_outbox.h"
#include "sync/http_transport.h"
#include "sync/sync_engine.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/StreamCopier.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>

using namespace saggar;

namespace {

struct StubState
{
    std::mutex mutex;
    std::map<std::string, std::string> answers; // idempotency key → stored answer
    std::map<long long, long long> versions;
    long long feedFiles = 0;
};

class Stub : public Poco::Net::HTTPRequestHandler
{
public:
    explicit Stub(StubState& s) : m_s(s) {}
    void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp) override
    {
        std::string body;
        Poco::StreamCopier::copyToString(req.stream(), body);
        std::string answer;
        const std::string uri = req.getURI();
        if (req.getMethod() == "GET") {
            const long long cursor = std::stoll(uri.substr(uri.find("cursor=") + 7));
            const long long end = std::min(m_s.feedFiles, cursor + 1000);
            answer = "{\"changes\":[";
            for (long long seq = cursor + 1; seq <= end; ++seq)
                answer += (seq > cursor + 1 ? "," : "") + std::string("{\"seq\":") + std::to_string(seq) +
                          ",\"fileId\":" + std::to_string(seq) +
                          ",\"version\":3,\"deleted\":false,\"atMs\":0}";
            answer += "],\"cursor\":" + std::to_string(end) +
                      ",\"more\":" + (end < m_s.feedFiles ? "true" : "false") + "}";
        } else {
            std::lock_guard lock(m_s.mutex);
            const std::string key = req.get("Idempotency-Key", "");
            auto& stored = m_s.answers[key];
            if (stored.empty()) {
                const long long file = std::stoll(uri.substr(uri.rfind('/') + 1));
                stored = "{\"version\":" + std::to_string(++m_s.versions[file]) + ",\"file\":{}}";
            }
            answer = stored;
        }
        resp.setContentType("application/json");
        resp.setContentLength(static_cast<std::streamsize>(answer.size()));
        resp.send() << answer;
    }

private:
    StubState& m_s;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(StubState& s) : m_s(s) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new Stub(m_s);
    }

private:
    StubState& m_s;
};

double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char** argv)
{
    const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
    const auto dir = std::filesystem::temp_directory_path() / ("bench_sync_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "ws.db").string();
    auto db = Database::open(path, OpenMode::CreateReadWrite);
    if (!db || !migrate(*db)) {
        std::fprintf(stderr, "could not create %s\n", path.c_str());
        return 1;
    }
    {
        auto tx = Transaction::begin(*db);
        for (int i = 0; i < n; ++i)
            if (!tx || !enqueueEdit(*db, 1 + i % 500, 1,
                                    "{\"set\":{\"purpose\":\"edit " + std::to_string(i) + "\"}}", 0))
                return 1;
        if (!tx->commit())
            return 1;
    }

    StubState state;
    state.feedFiles = 0; // the drain first, with an empty feed
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    Poco::Net::HTTPServer server(new Factory(state), socket, new Poco::Net::HTTPServerParams);
    server.start();

    HttpTransportOptions http;
    http.port = socket.address().port();
    SyncEngineOptions options;
    options.databasePath = path;
    options.seed = 1;
    SyncEngine engine(options, std::make_unique<HttpTransport>(http), nullptr);
    if (!engine.open())
        return 1;
    const auto t0 = std::chrono::steady_clock::now();
    engine.runOnce(); // pushes every due row in order, then asks the (empty) feed once
    const double drain = secondsSince(t0);
    const auto s = SqliteOutbox(*db).state();
    std::printf(
        "bench_sync: %d queued edits and a %d-file change feed, loopback HTTP to an in-process stub\n", n, n);
    std::printf(
        "  drain of %d edits: %.2f s, %.0f edits/s (goal <= 10 s); outbox left %lld, edits applied %zu\n", n,
        drain, n / drain, static_cast<long long>(s->pending), state.answers.size());

    state.feedFiles = n; // now 10,000 files changed on the server
    SyncEngine puller(options, std::make_unique<HttpTransport>(http), nullptr);
    if (!puller.open())
        return 1;
    const auto t1 = std::chrono::steady_clock::now();
    puller.runOnce();
    const double pull = secondsSince(t1);
    const auto after = SqliteOutbox(*db).state();
    std::printf("  initial pull of %d files (pages of 1,000): %.2f s (goal <= 5 s); cursor %lld\n", n, pull,
                static_cast<long long>(after->cursor));
    server.stopAll(true);
    std::filesystem::remove_all(dir);
    return 0;
}
