// The sync client against the real saggar-server on loopback: the initial pull of a 10,000-file change
// feed (goal ≤ 5 s) and draining 10,000 edits queued offline (goal ≤ 10 s). The server holds a generated
// portfolio of N files; the workstation starts from a copy of it with the feed cursor at 0, as after a
// restore. Prints figures and checks nothing is lost or doubled; never fails on a time.
// Run: build/bench/bench_sync_server [N] [--single]  (--single: one PATCH per edit, no batches)
//      build/bench/bench_sync_server [N] --empty  (the pull into an empty workstation, which creates every
//      file with its enterprise and pledges from the feed; then stops)
#include "core/demo_portfolio.h"
#include "core/password.h"
#include "core/validation.h"
#include "server/api_handler_factory.h"
#include "server/demo_seed.h"
#include "server/sync_schema.h"
#include "storage/portfolio_writer.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/workspace.h"
#include "sync/http_transport.h"
#include "sync/signed_in_transport.h"
#include "sync/sync_engine.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/ServerSocket.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

using namespace saggar;
using Steady = std::chrono::steady_clock;

namespace {

double secondsSince(Steady::time_point start)
{
    return std::chrono::duration<double>(Steady::now() - start).count();
}

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "bench_sync_server: %s\n", what.c_str());
    std::exit(1);
}

template <typename T> T check(Result<T> r, const char* what)
{
    if (!r)
        fail(std::string(what) + ": " + r.error().message);
    if constexpr (!std::is_void_v<T>)
        return std::move(r).value();
}

} // namespace

int main(int argc, char** argv)
{
    const int n = argc > 1 ? std::max(100, std::atoi(argv[1])) : 10000;
    const auto dir =
        std::filesystem::temp_directory_path() / ("bench_sync_server." + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);

    // The server's portfolio: N files, the demo's users with the demo password.
    auto start = Steady::now();
    auto server = check(Workspace::open((dir / "server").string(), true), "server workspace");
    DemoOptions options;
    options.files = n;
    options.enterprises = std::max(150, n / 5);
    options.trucks = 2 * n;
    options.kilns = n / 2;
    PortfolioSnapshot snapshot = generateDemoPortfolio(options);
    for (User& user : snapshot.users)
        if (user.login == "analyst")
            user.passwordHash = check(hashPassword(server::kDemoPassword), "hash");
    check(savePortfolio(server->db(), snapshot), "save portfolio");
    const Id analyst =
        check(server->db().queryInt64("SELECT id FROM users WHERE login = 'analyst'"), "analyst");
    // Every file is the analyst's (an analyst reads only their own files); the first 100 are drafts and
    // take the edits: 100 each for N = 10,000.
    const int drafts = 100;
    check(server->db().exec("UPDATE loan_files SET analyst_id = " + std::to_string(analyst)), "analyst");
    check(server->db().exec("UPDATE loan_files SET state = 'draft' WHERE id <= " + std::to_string(drafts)),
          "drafts");
    const bool empty = argc > 2 && std::string(argv[2]) == "--empty";
    if (!empty) {
        check(server->db().exec("VACUUM INTO '" + (dir / "client.db").string() + "'"), "copy");
        std::filesystem::create_directories(dir / "client");
        std::filesystem::rename(dir / "client.db", dir / "client" / "saggar.db");
    }
    auto client = check(Workspace::open((dir / "client").string(), empty), "client workspace");
    SystemClock clock;
    check(server::ensureSyncSchema(server->db(), clock.nowMs()), "sync schema");
    std::printf("setup: %d files, %zu trucks, %zu kilns on the server (%.1f s)\n", n, snapshot.trucks.size(),
                snapshot.kilns.size(), secondsSince(start));

    const auto secret = check(server::serverSecret(server->directory()), "secret");
    server::TokenService tokens(secret);
    SqliteLoanFileStore serverStore(server->db());
    server::ApiContext context{serverStore, tokens, clock, server->db(), {}};
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    Poco::Net::HTTPServer http(new server::ApiHandlerFactory(context), socket,
                               new Poco::Net::HTTPServerParams);
    http.start();

    SyncEngineOptions engineOptions;
    engineOptions.databasePath = client->databasePath();
    engineOptions.seed = 1;
    engineOptions.batchPush = argc > 2 ? std::string(argv[2]) != "--single" : true;
    HttpTransportOptions transport;
    transport.port = socket.address().port();
    SyncEngine engine(engineOptions,
                      std::make_unique<SignedInTransport>(std::make_unique<HttpTransport>(transport),
                                                          "analyst", server::kDemoPassword),
                      nullptr);
    check(engine.open(), "engine");

    // 1. The initial pull: every file once, with its pledges, through the real feed.
    start = Steady::now();
    engine.runOnce();
    const double pull = secondsSince(start);
    const auto pulled = check(client->db().queryInt64("SELECT count(*) FROM sync_changes"), "count");
    if (pulled != n)
        fail("the pull stored " + std::to_string(pulled) + " files of " + std::to_string(n) + ": " +
             engine.status().lastError);
    std::printf("initial pull of %d files: %.2f s (goal 5 s)\n", n, pull);
    if (empty) {
        const auto created = check(client->db().queryInt64("SELECT count(*) FROM loan_files"), "count");
        const auto trucks = check(client->db().queryInt64("SELECT count(*) FROM trucks"), "count");
        std::printf("into an empty workstation: %lld files and %lld trucks created from the feed\n",
                    static_cast<long long>(created), static_cast<long long>(trucks));
        if (created != n)
            fail("the pull created " + std::to_string(created) + " files of " + std::to_string(n));
        http.stopAll(true);
        std::filesystem::remove_all(dir);
        return 0;
    }

    // 2. N edits queued offline (a truck pledged each), then drained in order.
    SqliteLoanFileStore local(client->db());
    const auto trucksBefore = check(server->db().queryInt64("SELECT count(*) FROM trucks"), "count");
    start = Steady::now();
    for (int i = 0; i < n; ++i) {
        Truck t;
        const std::string digits = std::to_string(1000000 + i).substr(1); // six digits
        t.vin = "LZZ5BBND0R" + std::string("1") + digits;
        t.vin[8] = *vinCheckDigit(t.vin);
        t.plate = std::string(i % 2 ? "新R" : "新Q") + digits.substr(1); // a province the demo does not use
        t.brand = "Sinotruk HOWO";
        t.model = "T7H";
        t.year = 2023;
        t.purchasePrice = Money::fromYuan(450000);
        t.trackerId = "BENCH-" + digits;
        t.loanFileId = 1 + i % drafts;
        check(local.addTruck(t), "queue an edit");
    }
    const double queued = secondsSince(start);
    start = Steady::now();
    for (int pass = 0; pass < 50; ++pass) {
        engine.runOnce();
        if (check(client->db().queryInt64("SELECT count(*) FROM sync_outbox"), "count") == 0)
            break;
    }
    const double drain = secondsSince(start);
    const auto left = check(client->db().queryInt64("SELECT count(*) FROM sync_outbox"), "count");
    const auto added = check(server->db().queryInt64("SELECT count(*) FROM trucks"), "count") - trucksBefore;
    if (left != 0 || added != n)
        fail(std::to_string(left) + " edits left, " + std::to_string(added) + " trucks added of " +
             std::to_string(n) + ": " + engine.status().lastError);
    std::printf(
        "queue %d edits offline: %.2f s; drain them to the server (%s): %.2f s (goal 10 s, %.0f edits/s); "
        "none left, none doubled\n",
        n, queued, engineOptions.batchPush ? "batches of up to 200 files' next edits" : "one PATCH each",
        drain, n / drain);
    http.stopAll(true);
    std::filesystem::remove_all(dir);
    return 0;
}
