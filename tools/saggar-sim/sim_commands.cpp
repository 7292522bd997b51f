// saggar-sim history and live.
#include "sim_commands.h"

#include "history_feed.h"
#include "server_sink.h"
#include "sim_setup.h"

#include "core/sim_device.h"
#include "core/telemetry_time.h"
#include "storage/telemetry_ingest.h"

#include <chrono>
#include <filesystem>
#include <iomanip>
#include <ostream>
#include <thread>

namespace saggar::simtool {
namespace {

constexpr const char* kUsage =
    "usage: saggar-sim <command> [--workspace DIR] [--seed N] [--assets SPEC] [--faults SPEC,…]\n"
    "  history [--days N] [--raw-days R] [--end TIME]\n"
    "        writes N days (default 30) of readings every 5 minutes, ending at TIME (default now),\n"
    "        for the selected assets straight into DIR/telemetry.db; with R < N only the last R days\n"
    "        are stored as readings and the days before them as hourly rollups (min, max, mean, count)\n"
    "  live [--interval-ms N] [--duration S]\n"
    "        appends a reading of every selected asset every N ms (default 5000) in real time, for S\n"
    "        seconds (default: until interrupted); counters continue from the stored history\n"
    "        --server http://HOST:PORT --device-secret S: post them to saggar-server instead\n"
    "  --assets   all (default) or a comma list of truck:12, truck:1-40, kiln:3, trucks:100, kilns:20\n"
    "  --faults   KIND[:truck:ID|:kiln:ID][@WHEN][/DURATION], KIND one of offline, geofence-exit,\n"
    "             kiln-shutdown, odometer-rollback, duplicates, out-of-order; WHEN ISO-8601, epoch ms,\n"
    "             -3d (before the end) or +12h (after the start; in live mode the start is now);\n"
    "             e.g. offline:truck:12@-3d/6h\n";

constexpr TimestampMs kStepMs = kDefaultReportIntervalMs;
constexpr std::size_t kBatch = 200'000;

std::optional<long long> countOption(const ctl::Arguments& args, const std::string& name, long long fallback,
                                     long long min, long long max, std::ostream& err)
{
    const auto text = args.option(name);
    if (!text)
        return fallback;
    const auto value = ctl::parseCount(*text);
    if (!value || *value < min || *value > max) {
        err << "--" << name << " takes a whole number from " << min << " to " << max << ", not '" << *text
            << "'\n";
        return std::nullopt;
    }
    return *value;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void printSummary(std::ostream& out, const IngestStats& stats)
{
    out << "  written " << withThousands(stats.inserted) << " readings, " << withThousands(stats.duplicates)
        << " duplicates ignored, rejected: " << stats.rejected.summary() << '\n';
}

} // namespace

const std::vector<std::string>& valuedOptions()
{
    static const std::vector<std::string> options{"workspace", "seed",   "assets",       "faults",
                                                  "days",      "end",    "duration",     "interval-ms",
                                                  "raw-days",  "server", "device-secret"};
    return options;
}

int run(const ctl::Arguments& args, std::ostream& out, std::ostream& err, const std::atomic<bool>* stop)
{
    if (args.has("version")) {
        out << "saggar-sim " << SAGGAR_VERSION << '\n';
        return 0;
    }
    if (args.words.size() != 1 || args.has("help")) {
        (args.has("help") ? out : err) << kUsage;
        return args.has("help") ? 0 : 2;
    }
    if (args.words[0] == "history")
        return history(args, out, err);
    if (args.words[0] == "live")
        return live(args, out, err, stop);
    err << "Unknown command '" << args.words[0] << "'.\n" << kUsage;
    return 2;
}

int history(const ctl::Arguments& args, std::ostream& out, std::ostream& err)
{
    const auto days = countOption(args, "days", 30, 1, 3650, err);
    const auto rawDays =
        days ? countOption(args, "raw-days", *days, 1, *days, err) : std::optional<long long>(1);
    bool badTime = false;
    const auto end = timeOption(args, "end", err, badTime);
    if (!days || !rawDays || badTime)
        return 2;
    auto setup = prepare(args, err);
    if (!setup)
        return 2;
    const TimestampMs endMs = floorDiv(end.value_or(wallClockMs()), kStepMs) * kStepMs;
    const TimeRange window{endMs - *days * kMsPerDay, endMs};
    // Tiered: readings from rawFrom (on the hour) on, hourly rollups of the same simulation before it.
    const bool tiered = rawDays.value_or(0) < *days;
    const TimestampMs rawFrom =
        tiered ? floorDiv(endMs - rawDays.value_or(0) * kMsPerDay, kMsPerHour) * kMsPerHour : window.fromMs;
    const TimeRange rollupSpan{tiered ? floorDiv(window.fromMs, kMsPerHour) * kMsPerHour : rawFrom, rawFrom};
    const auto faults = faultsFor(args, *setup, window, false, err);
    if (!faults || !openStore(*setup, err))
        return 2;
    for (const sim::Fault& f : *faults)
        out << "  fault: " << describe(f) << '\n';

    TelemetryIngest ingest(*setup->store, kBatch);
    if (auto r = ingest.loadCounters(); !r) {
        err << r.error().message << '\n';
        return 2;
    }
    if (rollupSpan.length() > 0)
        ingest.rollupOnlyBefore(rawFrom);
    // The receiver's clock for the future-time check: readings up to the window's end are not future.
    const TimestampMs clock = std::max(wallClockMs(), window.toMs);
    out << "history: " << setup->assets.size() << " assets, " << *days << " days from "
        << formatTelemetryTime(window.fromMs) << " to " << formatTelemetryTime(window.toMs) << ", seed "
        << setup->seed << '\n';
    if (rollupSpan.length() > 0)
        out << "  readings from " << formatTelemetryTime(rawFrom) << ", hourly rollups only before\n";
    const auto started = std::chrono::steady_clock::now();
    // The devices run on a thread of their own, a chunk ahead of the validation and the writes here.
    HistoryFeed feed(setup->assets, setup->seed, window, kStepMs, *faults);
    std::vector<Sample> chunk;
    bool assetDone = false;
    std::size_t done = 0;
    while (feed.next(chunk, assetDone)) {
        for (const Sample& s : chunk) {
            (void)ingest.add(s, clock);
            if (ingest.full()) {
                if (auto r = ingest.flush(); !r) {
                    err << r.error().message << '\n';
                    return 2;
                }
            }
        }
        if (!assetDone)
            continue;
        if (rollupSpan.length() > 0) { // the asset's older hours are complete: write their rollups
            if (auto r = ingest.flushRollups(rollupSpan); !r) {
                err << r.error().message << '\n';
                return 2;
            }
        }
        if (++done % 50 == 0 || done == setup->assets.size()) {
            const double seconds = secondsSince(started);
            err << "  " << done << '/' << setup->assets.size() << " assets, "
                << withThousands(ingest.stats().accepted) << " readings, "
                << withThousands(static_cast<std::int64_t>(static_cast<double>(ingest.stats().accepted) /
                                                           std::max(seconds, 1e-3)))
                << " a second\n";
        }
    }
    if (auto r = ingest.flush(); !r) {
        err << r.error().message << '\n';
        return 2;
    }
    if (auto r = setup->store->checkpoint(); !r)
        err << "The readings are stored; tidying the file failed: " << r.error().message << '\n';
    const double seconds = secondsSince(started);
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(setup->store->db().path(), ec);
    out << std::fixed << std::setprecision(1) << "done in " << seconds << " s ("
        << withThousands(static_cast<std::int64_t>(static_cast<double>(ingest.stats().accepted) /
                                                   std::max(seconds, 1e-3)))
        << " readings a second); " << setup->store->db().path() << " is "
        << (ec ? 0.0 : static_cast<double>(bytes) / 1e6) << " MB\n";
    printSummary(out, ingest.stats());
    if (rollupSpan.length() > 0)
        out << "  rolled up " << withThousands(ingest.stats().rolledUp) << " older readings into "
            << withThousands(ingest.stats().rollupHours) << " rollup-only hours\n";
    return 0;
}

int live(const ctl::Arguments& args, std::ostream& out, std::ostream& err, const std::atomic<bool>* stop)
{
    if (args.option("server"))
        return liveToServer(args, out, err, stop);
    const auto interval = countOption(args, "interval-ms", 5000, 100, 3'600'000, err);
    const auto duration = countOption(args, "duration", 0, 0, 100'000'000, err);
    if (!interval || !duration)
        return 2;
    auto setup = prepare(args, err);
    if (!setup)
        return 2;
    const TimestampMs startMs = wallClockMs();
    const TimeRange window{startMs, *duration > 0 ? startMs + *duration * 1000 : startMs + 365 * kMsPerDay};
    const auto faults = faultsFor(args, *setup, window, true, err);
    if (!faults || !openStore(*setup, err))
        return 2;
    for (const sim::Fault& f : *faults)
        out << "  fault: " << describe(f) << '\n';

    // Counters continue from the latest stored readings, as the real devices' would.
    auto series = setup->store->allSeries();
    if (!series) {
        err << series.error().message << '\n';
        return 2;
    }
    std::map<std::pair<int, Id>, std::map<ChannelId, double>> latest;
    for (const SeriesInfo& s : *series)
        latest[{static_cast<int>(s.key.kind), s.key.assetId}][s.key.channel] = s.lastValue;
    std::vector<sim::DeviceSim> devices;
    devices.reserve(setup->assets.size());
    for (const TelemetryAsset& asset : setup->assets)
        devices.emplace_back(asset, setup->seed, startMs, *faults,
                             latest[{static_cast<int>(asset.kind), asset.id}]);

    TelemetryIngest ingest(*setup->store, kBatch);
    if (auto r = ingest.loadCounters(); !r) {
        err << r.error().message << '\n';
        return 2;
    }
    out << "live: " << devices.size() << " assets, a reading every " << *interval << " ms"
        << (*duration > 0 ? " for " + std::to_string(*duration) + " s" : std::string(" until interrupted"))
        << ", into " << setup->store->db().path() << '\n'
        << std::flush;
    std::vector<Sample> delivered;
    std::int64_t ticks = 0;
    for (;;) {
        const TimestampMs now = wallClockMs();
        if ((stop && stop->load()) || (*duration > 0 && now >= window.toMs))
            break;
        const TimestampMs t = floorDiv(now, *interval) * *interval;
        for (sim::DeviceSim& device : devices) {
            device.report(t, delivered);
            for (const Sample& s : delivered)
                (void)ingest.add(s, now);
            delivered.clear();
        }
        if (auto r = ingest.flush(); !r) {
            err << r.error().message << '\n';
            return 2;
        }
        if (++ticks % 12 == 0)
            err << "  " << formatTelemetryTime(t) << ": " << withThousands(ingest.stats().inserted)
                << " readings\n";
        // Sleep to the next tick in short steps, so a stop request is honoured promptly.
        const TimestampMs next = t + *interval;
        while (wallClockMs() < next && !(stop && stop->load()))
            std::this_thread::sleep_for(
                std::chrono::milliseconds(std::min<TimestampMs>(50, next - wallClockMs() + 1)));
    }
    for (sim::DeviceSim& device : devices) {
        device.flush(delivered);
        for (const Sample& s : delivered)
            (void)ingest.add(s, wallClockMs());
        delivered.clear();
    }
    if (auto r = ingest.flush(); !r) {
        err << r.error().message << '\n';
        return 2;
    }
    out << "live stopped after " << ticks << " readings of each asset\n";
    printSummary(out, ingest.stats());
    return 0;
}

} // namespace saggar::simtool
