// Early-warning rules benchmark. Prints figures; never fails on a time.
//   1. Rule evaluation throughput: a day of telemetry at 5-minute steps for 1,000 assets (800 trucks with
//      position, odometer and fuel; 200 kilns with two firing zones) plus 35 days of daily activity each,
//      built in memory with a fixed seed, every rule run over every asset; median of several runs.
//   2. With --workspace DIR: the evaluator over that workspace's stored telemetry (first run reads
//      everything; a second run finds nothing new), as `saggarctl alerts evaluate` does.
// Run: build/bench/bench_alerts [--assets N] [--runs N] [--workspace DIR]
#include "core/alert_rules.h"
#include "storage/alert_evaluator.h"
#include "storage/workspace.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace saggar;

namespace {

constexpr TimestampMs kStep = 5 * 60 * 1000;
constexpr TimestampMs kDay = 24LL * 3600 * 1000;
constexpr TimestampMs kStart = 1'790'000'000'000;

std::vector<AssetTelemetry> makeFleet(int assets, std::int64_t& readings)
{
    std::mt19937_64 rng(7);
    std::normal_distribution<double> jitter(0.0, 1.0);
    std::vector<AssetTelemetry> fleet;
    readings = 0;
    const int trucks = assets * 4 / 5;
    for (int i = 0; i < assets; ++i) {
        AssetTelemetry a;
        a.asset.id = i + 1;
        a.loanFileId = i / 4 + 1;
        a.asset.cluster = static_cast<Cluster>(i % 8);
        std::vector<TelemetryPoint> c1, c2, c3, c4;
        const GeoPoint home = clusterCentre(a.asset.cluster);
        double odo = 50'000.0 + i, fuel = 80.0, km = 0.0;
        for (int s = 0; s < 288; ++s) {
            const TimestampMs t = kStart + s * kStep;
            if (i < trucks) {
                const bool driving = s > 80 && s < 220;
                const double step = driving ? 4.0 + jitter(rng) : 0.0;
                odo += std::max(0.0, step);
                km += std::max(0.0, step);
                fuel = std::max(10.0, fuel - std::max(0.0, step) * 0.08);
                const GeoPoint p = offsetKm(home, 40.0 * std::sin(km / 60.0), 30.0 * std::cos(km / 80.0));
                c1.push_back({t, p.lat});
                c2.push_back({t, p.lon});
                c3.push_back({t, odo});
                c4.push_back({t, fuel});
            } else {
                c1.push_back({t, 1180.0 + 10.0 * jitter(rng)});
                c2.push_back({t, 1200.0 + 10.0 * jitter(rng)});
            }
        }
        if (i < trucks) {
            a.asset.kind = AssetKind::Truck;
            a.channels = {{ChannelId::Latitude, c1},
                          {ChannelId::Longitude, c2},
                          {ChannelId::Odometer, c3},
                          {ChannelId::FuelLevel, c4}};
        } else {
            a.asset.kind = AssetKind::Kiln;
            a.channels = {{ChannelId::Zone3Temp, c1}, {ChannelId::Zone4Temp, c2}};
        }
        for (const auto& [ch, p] : a.channels)
            readings += static_cast<std::int64_t>(p.size());
        double counter = 0.0;
        for (int d = 0; d < 35; ++d) {
            const double v = 150.0 + 20.0 * jitter(rng);
            a.dailyActivity.push_back({kStart - (35 - d) * kDay, counter, counter + v, counter + v / 2, 288});
            counter += v;
        }
        fleet.push_back(std::move(a));
    }
    return fleet;
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

} // namespace

int main(int argc, char* argv[])
{
    int assets = 1000, runs = 5;
    std::string workspace;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--assets"))
            assets = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--runs"))
            runs = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--workspace"))
            workspace = argv[i + 1];
    }
    std::int64_t readings = 0;
    const auto fleet = makeFleet(assets, readings);
    std::vector<double> times;
    std::size_t findings = 0;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        findings = 0;
        for (const AssetTelemetry& a : fleet)
            findings += evaluateAsset(a, kStart + kDay, AlertRuleConfig{}).size();
        times.push_back(seconds(t0));
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("rules over a day of telemetry: %d assets, %lld readings, %zu findings\n", assets,
                static_cast<long long>(readings), findings);
    std::printf("  median of %d runs: %.1f ms = %.0f assets/s, %.2f M readings/s (one thread)\n", runs,
                median * 1000.0, assets / median, static_cast<double>(readings) / median / 1e6);

    if (!workspace.empty()) {
        auto ws = Workspace::open(workspace, false);
        auto telemetry = ws ? TelemetryStore::openInWorkspace(workspace, OpenMode::ExistingReadOnly)
                            : Result<std::unique_ptr<TelemetryStore>>(ws.error());
        if (!ws || !telemetry) {
            std::fprintf(stderr, "%s\n", (!ws ? ws.error() : telemetry.error()).message.c_str());
            return 2;
        }
        AlertEvaluator evaluator((*ws)->db(), **telemetry);
        for (int pass = 1; pass <= 2; ++pass) {
            const auto t0 = std::chrono::steady_clock::now();
            auto stats = evaluator.evaluate(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                std::chrono::system_clock::now().time_since_epoch())
                                                .count());
            if (!stats) {
                std::fprintf(stderr, "%s\n", stats.error().message.c_str());
                return 2;
            }
            const double s = seconds(t0);
            std::printf(
                "evaluator pass %d on %s: %d assets watched, %d with new readings, %lld readings read, "
                "%d new alerts, %.2f s (%.2f M readings/s)\n",
                pass, workspace.c_str(), stats->assetsWatched, stats->assetsEvaluated,
                static_cast<long long>(stats->readings), stats->stored.raised, s,
                s > 0 ? static_cast<double>(stats->readings) / s / 1e6 : 0.0);
        }
    }
    return 0;
}
