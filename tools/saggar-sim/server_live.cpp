// saggar-sim live --server: the simulated devices post their readings to the bank server.
#include "server_sink.h"
#include "sim_setup.h"

#include "core/sim_device.h"
#include "core/telemetry_time.h"

#include <chrono>
#include <cstdlib>
#include <map>
#include <ostream>
#include <thread>

namespace saggar::simtool {

namespace {

constexpr auto kDrainTimeout = std::chrono::seconds(20);

void printSinkSummary(std::ostream& out, const SinkStats& s)
{
    out << "  posted " << withThousands(s.posted) << " readings in " << withThousands(s.requests)
        << " requests: " << withThousands(s.accepted) << " stored, " << withThousands(s.duplicates)
        << " duplicates, rejected: " << s.rejected.summary() << "; " << withThousands(s.retries)
        << " retries";
    if (s.dropped > 0)
        out << ", " << withThousands(s.dropped) << " readings refused by the server";
    out << '\n';
}

// The latest stored value of every channel of every asset, from <workspace>/telemetry.db when it exists.
std::map<std::pair<int, Id>, std::map<ChannelId, double>> latestReadings(const std::string& workspace)
{
    std::map<std::pair<int, Id>, std::map<ChannelId, double>> latest;
    auto store = TelemetryStore::openInWorkspace(workspace, OpenMode::ExistingReadOnly);
    if (!store)
        return latest;
    auto series = store.value()->allSeries();
    if (series)
        for (const SeriesInfo& s : *series)
            latest[{static_cast<int>(s.key.kind), s.key.assetId}][s.key.channel] = s.lastValue;
    return latest;
}

} // namespace

int liveToServer(const ctl::Arguments& args, std::ostream& out, std::ostream& err,
                 const std::atomic<bool>* stop)
{
    const auto number = [&](const char* name, long long fallback, long long min,
                            long long max) -> std::optional<long long> {
        const auto text = args.option(name);
        if (!text)
            return fallback;
        const auto v = ctl::parseCount(*text);
        if (!v || *v < min || *v > max) {
            err << "--" << name << " takes a whole number from " << min << " to " << max << ", not '" << *text
                << "'\n";
            return std::nullopt;
        }
        return *v;
    };
    const auto interval = number("interval-ms", 5000, 100, 3'600'000);
    const auto duration = number("duration", 0, 0, 100'000'000);
    if (!interval || !duration)
        return 2;
    std::string secret = args.option("device-secret").value_or("");
    if (secret.empty()) {
        if (const char* env = std::getenv("SAGGAR_DEVICE_SECRET"))
            secret = env;
    }
    if (secret.empty()) {
        err << "--server needs --device-secret (or SAGGAR_DEVICE_SECRET): the secret the server was started "
               "with\n";
        return 2;
    }
    std::string problem;
    auto sink = ServerSink::create(*args.option("server"), secret, problem);
    if (!sink) {
        err << problem << '\n';
        return 2;
    }
    auto setup = prepare(args, err);
    if (!setup)
        return 2;
    const TimestampMs startMs = wallClockMs();
    const TimeRange window{startMs, *duration > 0 ? startMs + *duration * 1000 : startMs + 365 * kMsPerDay};
    const auto faults = faultsFor(args, *setup, window, true, err);
    if (!faults)
        return 2;
    for (const sim::Fault& f : *faults)
        out << "  fault: " << describe(f) << '\n';

    auto latest = latestReadings(setup->workspace);
    std::vector<sim::DeviceSim> devices;
    std::size_t silent = 0;
    for (const TelemetryAsset& asset : setup->assets) {
        if (asset.deviceId.empty()) {
            ++silent; // no tracker or gateway: nothing to sign in as
            continue;
        }
        devices.emplace_back(asset, setup->seed, startMs, *faults,
                             latest[{static_cast<int>(asset.kind), asset.id}]);
    }
    if (devices.empty()) {
        err << "None of the selected assets has a device id to post as.\n";
        return 2;
    }
    out << "live: " << devices.size() << " devices, a reading every " << *interval << " ms"
        << (*duration > 0 ? " for " + std::to_string(*duration) + " s" : std::string(" until interrupted"))
        << ", posted to " << *args.option("server");
    if (silent > 0)
        out << " (" << silent << " assets without a device id left out)";
    out << '\n' << std::flush;

    std::vector<Sample> delivered;
    std::int64_t ticks = 0;
    const auto send = [&](sim::DeviceSim& device) {
        sink->enqueue(device.asset().deviceId, delivered);
        delivered.clear();
    };
    for (;;) {
        const TimestampMs now = wallClockMs();
        if ((stop && stop->load()) || (*duration > 0 && now >= window.toMs))
            break;
        const TimestampMs t = floorDiv(now, *interval) * *interval;
        for (sim::DeviceSim& device : devices) {
            device.report(t, delivered);
            send(device);
        }
        if (++ticks % 12 == 0) {
            const SinkStats s = sink->stats();
            err << "  " << formatTelemetryTime(t) << ": " << withThousands(s.accepted) << " stored, "
                << withThousands(s.waiting) << " waiting" << (s.lastError.empty() ? "" : "; last failure: ")
                << s.lastError << '\n';
        }
        const TimestampMs next = t + *interval;
        while (wallClockMs() < next && !(stop && stop->load()))
            std::this_thread::sleep_for(
                std::chrono::milliseconds(std::min<TimestampMs>(50, next - wallClockMs() + 1)));
    }
    for (sim::DeviceSim& device : devices) {
        device.flush(delivered);
        send(device);
    }
    const bool drained = sink->drain(kDrainTimeout);
    const SinkStats s = sink->stats();
    out << "live stopped after " << ticks << " readings of each device\n";
    printSinkSummary(out, s);
    if (!drained)
        err << withThousands(s.waiting) << " readings could not be delivered"
            << (s.lastError.empty() ? "" : ": " + s.lastError) << '\n';
    else if (s.dropped > 0)
        err << s.lastError << '\n';
    return drained && s.dropped == 0 ? 0 : 1;
}

} // namespace saggar::simtool
