// From a device's sample posted to the bank server to the alert on a workstation (issue 7, goal ≤ 10 s):
// the real saggar-server on loopback (HTTP ingest with a device token, the live WebSocket), the
// workstation's LiveTelemetryClient writing its telemetry.db, and the app's alert step (half a second
// after a burst, the AlertEvaluator over the workspace) — timed until the geofence-exit alert is stored.
// Each trial takes another truck on a monitored file out of its fence for 40 minutes of readings.
// Prints figures; never fails on a time. Run: build/bench/bench_alert_latency [trials]
#include "core/telemetry_geo.h"
#include "server/api_handler_factory.h"
#include "server/demo_seed.h"
#include "server/live_hub.h"
#include "server/sync_schema.h"
#include "server/telemetry_service.h"
#include "storage/alert_evaluator.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/telemetry_asset_source.h"
#include "storage/telemetry_store.h"
#include "storage/workspace.h"
#include "sync/http_transport.h"
#include "sync/live_telemetry.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <thread>

using namespace saggar;
using namespace saggar::server;
using Steady = std::chrono::steady_clock;

namespace {

constexpr const char* kSecret = "bench-device-secret";

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "bench_alert_latency: %s\n", what.c_str());
    std::exit(1);
}

std::string post(std::uint16_t port, const std::string& path, const std::string& body,
                 const std::string& token = {})
{
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    Poco::Net::HTTPRequest request("POST", path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setContentType("application/json");
    request.setContentLength(static_cast<std::streamsize>(body.size()));
    if (!token.empty())
        request.set("Authorization", "Bearer " + token);
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::string answer;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), answer);
    if (response.getStatus() != 200)
        fail(path + " answered " + std::to_string(response.getStatus()) + ": " + answer);
    return answer;
}

// 40 minutes of positions every 5 minutes ending at `endMs`, `northKm` north of the fence's centre.
std::string positions(const std::string& device, const Geofence& fence, double northKm, TimestampMs endMs,
                      int& seq)
{
    const GeoPoint p = offsetKm(fence.centre, 0.0, northKm);
    std::string body = R"({"device":")" + device + R"(","readings":[)";
    for (int i = 8; i >= 0; --i) {
        const TimestampMs t = endMs - i * 5 * 60'000LL;
        body += std::string(i == 8 ? "" : ",") + R"({"seq":)" + std::to_string(++seq) +
                R"(,"channel":"latitude","t":)" + std::to_string(t) + R"(,"v":)" + std::to_string(p.lat) +
                "},";
        body += R"({"seq":)" + std::to_string(++seq) + R"(,"channel":"longitude","t":)" + std::to_string(t) +
                R"(,"v":)" + std::to_string(p.lon) + "}";
    }
    return body + "]}";
}

} // namespace

int main(int argc, char** argv)
{
    const int trials = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const auto dir =
        std::filesystem::temp_directory_path() / ("bench_alert_latency." + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    SystemClock clock;

    auto server = Workspace::open((dir / "server").string(), true);
    if (!server || !seedDemoIfEmpty(server.value()->db()))
        fail("the server's demo database was not made");
    Database& db = server.value()->db();
    if (!db.exec("VACUUM INTO '" + (dir / "ws.db").string() + "'"))
        fail("copy");
    std::filesystem::create_directories(dir / "ws");
    std::filesystem::rename(dir / "ws.db", dir / "ws" / "saggar.db");
    if (!ensureSyncSchema(db, clock.nowMs()))
        fail("sync schema");
    auto workstation = Workspace::open((dir / "ws").string(), false);
    if (!workstation)
        fail("workstation: " + workstation.error().message);

    TokenService tokens(serverSecret(server.value()->directory()).value());
    SqliteLoanFileStore store(db);
    ApiContext context{store, tokens, clock, db, {}};
    auto telemetry = TelemetryService::open(server.value()->directory(), [&context] {
        std::lock_guard lock(context.storeMutex);
        return loadTelemetryAssets(context.db);
    });
    if (!telemetry)
        fail(telemetry.error().message);
    LiveHub hub;
    telemetry.value()->setLiveHub(&hub);
    context.telemetry = telemetry.value().get();
    context.live = &hub;
    context.deviceSecret = kSecret;
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    Poco::Net::HTTPServer http(new ApiHandlerFactory(context), socket, new Poco::Net::HTTPServerParams);
    http.start();
    const std::uint16_t port = socket.address().port();

    // Trucks with trackers on monitored files, as the workstation follows them.
    auto monitored = monitoredAssets(workstation.value()->db());
    auto assets = loadTelemetryAssets(workstation.value()->db());
    if (!monitored || !assets)
        fail("assets");
    AssetDirectory directory(std::move(assets).value());
    std::vector<TelemetryAsset> trucks;
    for (const AssetRef& a : monitored.value())
        if (const TelemetryAsset* t = directory.find(a.kind, a.id);
            t && a.kind == AssetKind::Truck && !t->deviceId.empty())
            trucks.push_back(*t);
    if (static_cast<int>(trucks.size()) < trials)
        fail("not enough monitored trucks");

    std::mutex mutex;
    std::condition_variable arrived;
    std::int64_t stored = 0;
    HttpTransportOptions httpOptions;
    httpOptions.port = port;
    LiveTelemetryOptions liveOptions;
    liveOptions.port = port;
    liveOptions.workspaceDir = (dir / "ws").string();
    LiveTelemetryClient live(liveOptions,
                             std::make_unique<SignedInTransport>(std::make_unique<HttpTransport>(httpOptions),
                                                                 "manager", kDemoPassword),
                             [&](std::int64_t n) {
                                 std::lock_guard lock(mutex);
                                 stored += n;
                                 arrived.notify_all();
                             });
    live.setAssets(monitored.value());
    live.start();
    for (int i = 0; i < 200 && live.status().subscribed == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (live.status().subscribed == 0)
        fail("the workstation did not subscribe: " + live.status().lastError);

    std::vector<double> seconds;
    for (int trial = 0; trial < trials; ++trial) {
        const TelemetryAsset& truck = trucks[static_cast<std::size_t>(trial)];
        const Geofence fence = clusterGeofence(truck.cluster);
        const std::string token =
            Poco::JSON::Parser()
                .parse(post(port, "/api/v1/devices/token",
                            R"({"device":")" + truck.deviceId + R"(","secret":")" + kSecret + R"("})"))
                .extract<Poco::JSON::Object::Ptr>()
                ->getValue<std::string>("token");
        int seq = 0;
        const TimestampMs now = clock.nowMs();
        // An hour at home, then the exit: the first sample is posted at t0.
        post(port, "/api/v1/telemetry/ingest",
             positions(truck.deviceId, fence, 1.0, now - 45 * 60'000LL, seq), token);
        const auto t0 = Steady::now();
        std::int64_t before = 0;
        {
            std::lock_guard lock(mutex);
            before = stored;
        }
        post(port, "/api/v1/telemetry/ingest",
             positions(truck.deviceId, fence, fence.radiusKm + 150.0, now, seq), token);
        // The workstation: wait for the readings, then the app's half-second debounce, then evaluate.
        bool raised = false;
        while (!raised && Steady::now() - t0 < std::chrono::seconds(60)) {
            {
                std::unique_lock lock(mutex);
                arrived.wait_for(lock, std::chrono::seconds(1), [&] { return stored > before; });
                before = stored;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            auto wsTelemetry =
                TelemetryStore::openInWorkspace((dir / "ws").string(), OpenMode::ExistingReadOnly);
            if (!wsTelemetry)
                continue;
            AlertEvaluator evaluator(workstation.value()->db(), *wsTelemetry.value());
            if (auto r = evaluator.evaluate(clock.nowMs()); !r)
                fail("evaluation: " + r.error().message);
            raised =
                workstation.value()
                    ->db()
                    .queryInt64("SELECT count(*) FROM alerts WHERE rule = 'geofence_exit' AND asset_kind = "
                                "'truck' AND asset_id = " +
                                std::to_string(truck.id))
                    .value() > 0;
        }
        if (!raised)
            fail("no geofence alert for truck " + std::to_string(truck.id) + " within 60 s");
        seconds.push_back(std::chrono::duration<double>(Steady::now() - t0).count());
        std::printf("trial %d: truck %lld, posted → alert stored on the workstation in %.2f s\n", trial + 1,
                    static_cast<long long>(truck.id), seconds.back());
    }
    live.stop();
    http.stopAll(true);
    std::sort(seconds.begin(), seconds.end());
    std::printf("sample posted to the server → alert on the workstation: median %.2f s, worst %.2f s over %d "
                "trials (goal ≤ 10 s; includes the app's 0.5 s debounce and an evaluation of every monitored "
                "asset of a workspace holding this run's readings)\n",
                seconds[seconds.size() / 2], seconds.back(), trials);
    std::filesystem::remove_all(dir);
    return 0;
}
