// saggar-server telemetry ingest over loopback HTTP: an in-process server (the real handler factory,
// TelemetryService and telemetry.db in a temporary data folder over a demo database) and a few sender
// threads, each with its own kept-alive connection, posting batches of device readings (default 5,000
// a request) of simulated trucks. Prints readings a second end to end (request bodies built before
// the clock starts), the same again for a resend (all duplicates), and the server's JSON parse alone.
// Also CPU seconds used (server and senders in this process), which other load on the machine does not
// inflate. Goal ≥ 200,000 readings/s. Figures only, never fails on time.
// Run: build/bench/bench_server [--devices N] [--senders N] [--batch N] [--readings N]
#include "server_sink.h"

#include "server/api_handler_factory.h"
#include "server/demo_seed.h"
#include "server/telemetry_endpoints.h"
#include "server/telemetry_service.h"

#include "core/sim_device.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/telemetry_asset_source.h"
#include "storage/workspace.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace saggar;
using namespace saggar::server;

namespace {

constexpr const char* kSecret = "bench-device-secret";

struct Body
{
    std::string device;
    std::string json;
    std::size_t readings = 0;
};

struct Totals
{
    std::atomic<std::int64_t> accepted{0}, duplicates{0}, rejected{0}, failed{0};
};

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

int post(Poco::Net::HTTPClientSession& session, const std::string& path, const std::string& body,
         const std::string& token, std::string& answer)
{
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setKeepAlive(true);
    request.setContentType("application/json");
    request.setContentLength(static_cast<std::streamsize>(body.size()));
    if (!token.empty())
        request.set("Authorization", "Bearer " + token);
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    answer.clear();
    Poco::StreamCopier::copyToString(session.receiveResponse(response), answer);
    return static_cast<int>(response.getStatus());
}

// Posts every body once over `senders` connections; returns the seconds taken.
double sendAll(const std::vector<Body>& bodies, const std::map<std::string, std::string>& tokens, int senders,
               unsigned short port, Totals& totals)
{
    std::atomic<std::size_t> next{0};
    const auto started = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (int s = 0; s < senders; ++s)
        threads.emplace_back([&] {
            Poco::Net::HTTPClientSession session("127.0.0.1", port);
            session.setKeepAlive(true);
            std::string answer;
            for (std::size_t i = next++; i < bodies.size(); i = next++) {
                const Body& b = bodies[i];
                if (post(session, "/api/v1/telemetry/ingest", b.json, tokens.at(b.device), answer) != 200) {
                    ++totals.failed;
                    continue;
                }
                const auto json = Poco::JSON::Parser().parse(answer).extract<Poco::JSON::Object::Ptr>();
                totals.accepted += json->getValue<std::int64_t>("accepted");
                totals.duplicates += json->getValue<std::int64_t>("duplicates");
                totals.rejected += json->getValue<std::int64_t>("rejectedTotal");
            }
        });
    for (auto& t : threads)
        t.join();
    return seconds(started);
}

// CPU seconds this process (server and senders) has used so far.
double cpuSeconds()
{
    rusage use{};
    getrusage(RUSAGE_SELF, &use);
    return static_cast<double>(use.ru_utime.tv_sec + use.ru_stime.tv_sec) +
           static_cast<double>(use.ru_utime.tv_usec + use.ru_stime.tv_usec) / 1e6;
}

long long option(int argc, char** argv, const char* name, long long fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return std::atoll(argv[i + 1]);
    return fallback;
}

} // namespace

int main(int argc, char** argv)
{
    const int devices = static_cast<int>(option(argc, argv, "--devices", 20));
    const int senders = static_cast<int>(option(argc, argv, "--senders", 4));
    const std::size_t batch = static_cast<std::size_t>(option(argc, argv, "--batch", 5000));
    const long long total = option(argc, argv, "--readings", 1'000'000);

    const auto dir =
        std::filesystem::temp_directory_path() / ("saggar-bench-server-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    auto workspace = Workspace::open(dir.string(), true);
    if (!workspace || !seedDemoIfEmpty(workspace.value()->db())) {
        std::fprintf(stderr, "cannot create the demo database in %s\n", dir.c_str());
        return 1;
    }
    Database& db = workspace.value()->db();
    const TokenService tokens(serverSecret(dir.string()).value());
    SqliteLoanFileStore store(db);
    const SystemClock clock;
    ApiContext context{store, tokens, clock, db, {}};
    auto telemetry = TelemetryService::open(dir.string(), [&context] {
        std::lock_guard lock(context.storeMutex);
        return loadTelemetryAssets(context.db);
    });
    if (!telemetry) {
        std::fprintf(stderr, "%s\n", telemetry.error().message.c_str());
        return 1;
    }
    context.telemetry = telemetry.value().get();
    context.deviceSecret = kSecret;
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(std::max(4, senders + 2));
    Poco::Net::HTTPServer server(new ApiHandlerFactory(context), socket, params);
    server.start();
    const unsigned short port = socket.address().port();

    // Readings of the first `devices` trucks every 5 minutes going back from now, built into bodies.
    std::vector<TelemetryAsset> trucks;
    {
        std::lock_guard lock(context.storeMutex);
        const auto all = loadTelemetryAssets(db);
        for (const TelemetryAsset& a : all.value())
            if (a.kind == AssetKind::Truck && static_cast<int>(trucks.size()) < devices)
                trucks.push_back(a);
    }
    const long long perDevice = total / static_cast<long long>(trucks.size());
    const TimestampMs nowMs = clock.nowMs();
    std::vector<Body> bodies;
    std::int64_t readings = 0;
    std::size_t bytes = 0;
    for (const TelemetryAsset& truck : trucks) {
        std::vector<Sample> samples;
        const TimestampMs reports = perDevice / static_cast<long long>(channelsOf(truck).size()) + 1;
        sim::DeviceSim device(truck, 20261129, nowMs - reports * kDefaultReportIntervalMs, {});
        for (TimestampMs t = nowMs - reports * kDefaultReportIntervalMs;
             t < nowMs && static_cast<long long>(samples.size()) < perDevice; t += kDefaultReportIntervalMs)
            device.report(t, samples);
        samples.resize(std::min<std::size_t>(samples.size(), static_cast<std::size_t>(perDevice)));
        for (std::size_t i = 0; i < samples.size(); i += batch) {
            const std::size_t n = std::min(batch, samples.size() - i);
            bodies.push_back(
                {truck.deviceId, simtool::ingestBody(truck.deviceId, {samples.data() + i, n}), n});
            bytes += bodies.back().json.size();
            readings += static_cast<std::int64_t>(n);
        }
    }
    // Device tokens, as devices get them.
    std::map<std::string, std::string> deviceTokens;
    {
        Poco::Net::HTTPClientSession session("127.0.0.1", port);
        std::string answer;
        for (const TelemetryAsset& truck : trucks) {
            if (post(session, "/api/v1/devices/token",
                     R"({"device":")" + truck.deviceId + R"(","secret":")" + kSecret + R"("})", {},
                     answer) != 200) {
                std::fprintf(stderr, "no device token: %s\n", answer.c_str());
                return 1;
            }
            deviceTokens[truck.deviceId] =
                Poco::JSON::Parser().parse(answer).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>(
                    "token");
        }
    }
    std::printf(
        "bench_server: %zu trucks, %lld readings in %zu requests of up to %zu (%.1f MB of JSON), %d senders, "
        "%u hardware threads\n",
        trucks.size(), static_cast<long long>(readings), bodies.size(), batch,
        static_cast<double>(bytes) / 1e6, senders, std::thread::hardware_concurrency());

    Totals first;
    const double cpu0 = cpuSeconds();
    const double t1 = sendAll(bodies, deviceTokens, senders, port, first);
    const double cpu1 = cpuSeconds() - cpu0;
    std::printf("  ingest, new readings:      %8.2f s  %9.0f readings/s  (%lld stored, %lld duplicates, %lld "
                "rejected, %lld failed requests)  goal >= 200,000/s\n",
                t1, static_cast<double>(readings) / t1, static_cast<long long>(first.accepted.load()),
                static_cast<long long>(first.duplicates.load()),
                static_cast<long long>(first.rejected.load()), static_cast<long long>(first.failed.load()));
    std::printf("  CPU used by server and senders together: %.2f s, %.0f readings per CPU second (wall-clock "
                "figures depend on what else the machine runs)\n",
                cpu1, static_cast<double>(readings) / cpu1);
    Totals again;
    const double t2 = sendAll(bodies, deviceTokens, senders, port, again);
    std::printf("  ingest, resent (all dups): %8.2f s  %9.0f readings/s  (%lld stored, %lld duplicates)\n",
                t2, static_cast<double>(readings) / t2, static_cast<long long>(again.accepted.load()),
                static_cast<long long>(again.duplicates.load()));
    // The server's share that is JSON: parsing every body once, on this thread.
    const auto parseStart = std::chrono::steady_clock::now();
    std::size_t parsed = 0;
    for (const Body& b : bodies) {
        const auto v = parseIngestBody(b.json);
        if (const auto* r = std::get_if<IngestRequest>(&v))
            parsed += r->readings.size();
    }
    const double t3 = seconds(parseStart);
    std::printf("  JSON parse of the bodies alone (one thread): %.2f s  %.0f readings/s\n", t3,
                static_cast<double>(parsed) / t3);
    server.stopAll(true);
    telemetry.value().reset();
    std::filesystem::remove_all(dir);
    return 0;
}
