// Change-feed latency on the real saggar-server over loopback with many clients polling at once.
//  1. `wrk` (Debian's load generator) keeps C connections polling GET /api/v1/changes back to back, each
//     following the feed's cursor as a caught-up workstation does (a workstation polls every few seconds;
//     back to back is the worst case), while a writer changes a file every 50 ms: wrk's p50/p99 are the
//     latency of one feed request under that load.
//  2. Meanwhile one more client polls the feed in a loop and notes when each write shows up: the
//     write-to-seen latency (from sending the PATCH to reading its change) at p50/p99.
// Prints figures; never fails on a time. Run: build/bench/bench_feed_latency [--clients 50]
//   [--seconds 10] [--files 2000]. Without wrk installed, part 1 is skipped and says so.
#include "core/clock.h"
#include "core/demo_portfolio.h"
#include "core/password.h"
#include "server/api_handler_factory.h"
#include "server/demo_seed.h"
#include "server/http_server.h"
#include "server/sync_schema.h"
#include "server/token_service.h"
#include "storage/portfolio_writer.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/sync_outbox.h"
#include "storage/workspace.h"
#include "sync/http_transport.h"
#include "sync/sync_reply.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace saggar;
using Steady = std::chrono::steady_clock;

namespace {

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "bench_feed_latency: %s\n", what.c_str());
    std::exit(1);
}

template <typename T> T check(Result<T> r, const char* what)
{
    if (!r)
        fail(std::string(what) + ": " + r.error().message);
    if constexpr (!std::is_void_v<T>)
        return std::move(r).value();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

int argValue(int argc, char** argv, const char* name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return std::max(1, std::atoi(argv[i + 1]));
    return fallback;
}

std::string runCapture(const std::string& command)
{
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer{};
        while (std::fgets(buffer.data(), buffer.size(), pipe))
            out += buffer.data();
        ::pclose(pipe);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    const int clients = argValue(argc, argv, "--clients", 50);
    const int seconds = argValue(argc, argv, "--seconds", 10);
    const int n = std::max(100, argValue(argc, argv, "--files", 2000));
    const int drafts = 50;
    const auto dir =
        std::filesystem::temp_directory_path() / ("bench_feed_latency." + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);

    auto server = check(Workspace::open((dir / "server").string(), true), "server workspace");
    DemoOptions options;
    options.files = n;
    options.enterprises = std::max(150, n / 5);
    options.trucks = n;
    options.kilns = n / 4;
    PortfolioSnapshot snapshot = generateDemoPortfolio(options);
    check(savePortfolio(server->db(), snapshot), "save portfolio");
    const Id analyst =
        check(server->db().queryInt64("SELECT id FROM users WHERE login = 'analyst'"), "analyst");
    check(server->db().exec("UPDATE loan_files SET analyst_id = " + std::to_string(analyst)), "analyst");
    check(server->db().exec("UPDATE loan_files SET state = 'draft' WHERE id <= " + std::to_string(drafts)),
          "drafts");
    SystemClock clock;
    check(server::ensureSyncSchema(server->db(), clock.nowMs()), "sync schema");

    const auto secret = check(server::serverSecret(server->directory()), "secret");
    server::TokenService tokens(secret);
    const std::string token = tokens.issue({std::to_string(analyst), "analyst", server::kWorkstationAudience,
                                            clock.nowMs(), clock.nowMs() + server::kPersonTokenLifetimeMs});
    SqliteLoanFileStore serverStore(server->db());
    server::ApiContext context{serverStore, tokens, clock, server->db(), {}};
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    server::ApiHttpServer http(context, socket);
    http.start();
    const int port = socket.address().port();

    HttpTransportOptions transportOptions;
    transportOptions.port = static_cast<std::uint16_t>(port);
    HttpTransport poller(transportOptions);
    HttpTransport writer(transportOptions);
    const auto get = [&](HttpTransport& t, std::int64_t cursor) {
        SyncRequest request{
            "GET", "/api/v1/changes?cursor=" + std::to_string(cursor) + "&limit=1000", {}, {}, {}, token};
        return t.exchange(request);
    };
    // The feed's end (a caught-up client's cursor) and the drafts' versions.
    std::int64_t cursor = 0;
    std::vector<std::int64_t> versions(drafts + 1, 0);
    for (;;) {
        auto reply = get(poller, cursor);
        if (!reply || reply.value().status != 200)
            fail("GET /changes: " + (reply ? describeErrorBody(reply.value().status, reply.value().body)
                                           : reply.error().message));
        auto page = check(parseChangePage(reply.value().body, cursor), "change page");
        for (const FeedChange& change : page.changes)
            if (change.loanFileId <= drafts)
                versions[static_cast<std::size_t>(change.loanFileId)] = change.version;
        cursor = page.cursor;
        if (!page.more)
            break;
    }
    std::printf("setup: %d files on the server, feed at %lld; %d polling clients for %d s\n", n,
                static_cast<long long>(cursor), clients, seconds);

    // The writer: one draft's purpose every 50 ms, noting when each PATCH was sent.
    std::mutex mutex;
    std::map<std::pair<Id, std::int64_t>, Steady::time_point> sent; // (file, version) -> sent at
    std::vector<double> seenMs;
    std::atomic<bool> stop{false};
    std::thread writerThread([&] {
        for (int i = 0; !stop; ++i) {
            const auto file = static_cast<std::size_t>(1 + i % drafts);
            const auto at = Steady::now();
            {
                std::lock_guard lock(mutex);
                sent[{static_cast<Id>(file), versions[file] + 1}] = at;
            }
            SyncRequest patch{"PATCH",
                              "/api/v1/files/" + std::to_string(file),
                              "{\"set\":{\"purpose\":\"bench " + std::to_string(i) + "\"}}",
                              newIdempotencyKey(),
                              versions[file],
                              token};
            auto reply = writer.exchange(patch);
            if (!reply || reply.value().status != 200)
                fail("PATCH: " + (reply ? describeErrorBody(reply.value().status, reply.value().body)
                                        : reply.error().message));
            versions[file] = check(parseAcceptedVersion(reply.value().body), "PATCH answer");
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    // The observer: polls back to back and notes when each write appears.
    std::thread observerThread([&] {
        std::int64_t at = cursor;
        while (!stop) {
            auto reply = get(poller, at);
            if (!reply || reply.value().status != 200)
                fail("observer GET /changes");
            auto page = check(parseChangePage(reply.value().body, at), "observer page");
            const auto now = Steady::now();
            std::lock_guard lock(mutex);
            for (const FeedChange& change : page.changes) {
                const auto it = sent.find({change.loanFileId, change.version});
                if (it != sent.end()) {
                    seenMs.push_back(std::chrono::duration<double, std::milli>(now - it->second).count());
                    sent.erase(it);
                }
            }
            at = page.cursor;
        }
    });

    const bool haveWrk = std::system("command -v wrk >/dev/null 2>&1") == 0;
    if (haveWrk) {
        const auto script = dir / "feed.lua";
        // Each wrk thread's connections follow the feed like caught-up workstations: the cursor moves on
        // to the one each answer gives.
        std::ofstream(script)
            << "local cursor = \"" << cursor << "\"\n"
            << "wrk.headers[\"Authorization\"] = \"Bearer " << token << "\"\n"
            << "request = function()\n"
            << "  return wrk.format(nil, \"/api/v1/changes?limit=1000&cursor=\" .. cursor)\n"
            << "end\n"
            << "response = function(status, headers, body)\n"
            << "  local c = body:match('\"cursor\":(%d+)')\n"
            << "  if c then cursor = c end\n"
            << "end\n";
        const std::string command = "wrk --latency -t" + std::to_string(std::min(2, clients)) + " -c" +
                                    std::to_string(clients) + " -d" + std::to_string(seconds) + "s -s " +
                                    script.string() + " http://127.0.0.1:" + std::to_string(port) + " 2>&1";
        const std::string out = runCapture(command);
        std::printf("--- wrk, %d connections polling GET /api/v1/changes back to back, each following the "
                    "feed ---\n%s",
                    clients, out.c_str());
        if (out.find("Latency Distribution") == std::string::npos)
            fail("wrk printed no latency distribution");
    } else {
        std::printf(
            "wrk is not installed (Debian package wrk): only the write-to-seen latency is measured\n");
        std::this_thread::sleep_for(std::chrono::seconds(seconds));
    }
    stop = true;
    writerThread.join();
    observerThread.join();
    http.stop();

    std::printf(
        "write-to-seen latency (PATCH sent -> change read by a polling client), %zu writes: p50 %.1f ms, "
        "p99 %.1f ms, worst %.1f ms\n",
        seenMs.size(), percentile(seenMs, 0.5), percentile(seenMs, 0.99), percentile(seenMs, 1.0));
    std::filesystem::remove_all(dir);
    return 0;
}
