// Telemetry store benchmark. Prints figures; never fails on a time.
//   1. Ingest: 2,000,000 readings (250 kilns × 8 channels × 1,000 reports) in batches of 100,000,
//      in two arrival orders — asset by asset, as history and imports come, and every asset's report
//      at one time then the next, as a live feed comes — through TelemetryStore::write and through
//      TelemetryIngest (validation included), against a bare SQLite prepared INSERT of the same rows
//      into the same table with the same file settings, in the same run.
//   2. Reads over a year at 5-minute steps (105,120 readings a channel, 8 channels): one channel's
//      range read, the 8 channels downsampled for a 1,000-pixel chart (from the hourly rollups), the
//      same from the raw readings in C++ and with SQL GROUP BY (why the rollups exist), gaps.
// Run: build/bench/bench_telemetry [--rows N] [--batch N] [--assets N] [--dir DIR]
#include "storage/telemetry_ingest.h"

#include "core/telemetry_time.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

using namespace saggar;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double timeMedian(int runs, const std::function<void()>& f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        f();
        times.push_back(msSince(start));
    }
    return median(times);
}

void removeDb(const fs::path& p)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(p.string() + suffix);
}

std::unique_ptr<TelemetryStore> freshStore(const fs::path& p)
{
    removeDb(p);
    auto store = TelemetryStore::open(p.string(), OpenMode::CreateReadWrite);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message.c_str());
        std::exit(2);
    }
    return std::move(*store);
}

constexpr TimestampMs kStartMs = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr std::array<ChannelId, 8> kKilnChannels{
    ChannelId::Zone1Temp, ChannelId::Zone2Temp, ChannelId::Zone3Temp,    ChannelId::Zone4Temp,
    ChannelId::Zone5Temp, ChannelId::Zone6Temp, ChannelId::FiringCycles, ChannelId::GasUse};

// Readings that look like a kiln's: temperatures wandering around a setpoint, counters growing.
double valueOf(std::size_t channel, std::int64_t step, Id asset)
{
    if (channel == 6)
        return static_cast<double>(step / 12 + asset * 1000);
    if (channel == 7)
        return static_cast<double>(step) * 48.5 + static_cast<double>(asset) * 1e6;
    return std::round((400.0 + 120.0 * static_cast<double>(channel) +
                       15.0 * std::sin(static_cast<double>(step) * 0.01 + static_cast<double>(asset))) *
                      10.0) /
           10.0;
}

std::vector<Sample> arrivalOrder(int assets, std::int64_t steps, bool assetMajor)
{
    std::vector<Sample> out;
    out.reserve(static_cast<std::size_t>(assets) * kKilnChannels.size() * static_cast<std::size_t>(steps));
    const auto add = [&](Id a, std::int64_t s) {
        for (std::size_t c = 0; c < kKilnChannels.size(); ++c)
            out.push_back({{AssetKind::Kiln, a, kKilnChannels[c]},
                           kStartMs + s * kDefaultReportIntervalMs,
                           valueOf(c, s, a),
                           s + 1});
    };
    if (assetMajor) {
        for (Id a = 1; a <= assets; ++a)
            for (std::int64_t s = 0; s < steps; ++s)
                add(a, s);
    } else {
        for (std::int64_t s = 0; s < steps; ++s)
            for (Id a = 1; a <= assets; ++a)
                add(a, s);
    }
    return out;
}

// The bare baseline: the samples table alone, one prepared single-row INSERT, no bookkeeping.
double bareInsert(const fs::path& p, const std::vector<Sample>& samples, std::size_t batch, bool sorted)
{
    removeDb(p);
    sqlite3* db = nullptr;
    sqlite3_open(p.string().c_str(), &db);
    sqlite3_exec(
        db,
        "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
        "PRAGMA cache_size = -65536; CREATE TABLE samples (series_id INTEGER NOT NULL, t_ms INTEGER "
        "NOT NULL, value REAL NOT NULL, device_seq INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (series_id, "
        "t_ms)) WITHOUT ROWID;",
        nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO samples VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", -1, &stmt,
                       nullptr);
    struct Row
    {
        std::int64_t series, t;
        double v;
        std::int64_t seq;
    };
    std::vector<Row> rows;
    rows.reserve(batch);
    const auto start = Clock::now();
    for (std::size_t i = 0; i < samples.size(); i += batch) {
        rows.clear();
        for (std::size_t k = i; k < std::min(samples.size(), i + batch); ++k) {
            const Sample& s = samples[k];
            rows.push_back({s.series.assetId * 256 + static_cast<std::int64_t>(s.series.channel) % 256, s.tMs,
                            s.value, s.deviceSeq});
        }
        if (sorted)
            std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
                return a.series != b.series ? a.series < b.series : a.t < b.t;
            });
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (const Row& r : rows) {
            sqlite3_bind_int64(stmt, 1, r.series);
            sqlite3_bind_int64(stmt, 2, r.t);
            sqlite3_bind_double(stmt, 3, r.v);
            sqlite3_bind_int64(stmt, 4, r.seq);
            sqlite3_step(stmt);
            sqlite3_reset(stmt);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double ms = msSince(start);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ms;
}

double storeInsert(const fs::path& p, const std::vector<Sample>& samples, std::size_t batch, bool validate)
{
    auto store = freshStore(p);
    TelemetryIngest ingest(*store, batch);
    const auto start = Clock::now();
    for (std::size_t i = 0; i < samples.size(); i += batch) {
        const std::span<const Sample> part(samples.data() + i, std::min(batch, samples.size() - i));
        if (validate) {
            for (const Sample& s : part)
                (void)ingest.add(s, kStartMs + 400 * kMsPerDay);
            if (auto r = ingest.flush(); !r)
                std::fprintf(stderr, "%s\n", r.error().message.c_str());
        } else if (auto r = store->write(part); !r) {
            std::fprintf(stderr, "%s\n", r.error().message.c_str());
        }
    }
    return msSince(start);
}

void line(const char* what, double value, const char* unit, const char* target = "")
{
    std::printf("  %-58s %12.1f %-10s %s\n", what, value, unit, target);
}

} // namespace

int main(int argc, char* argv[])
{
    std::int64_t rows = 2'000'000;
    std::size_t batch = 100'000;
    int assets = 250;
    fs::path dir = fs::temp_directory_path() / "saggar-bench-telemetry";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--rows") == 0)
            rows = std::max<std::int64_t>(8000, std::atoll(argv[i + 1]));
        else if (std::strcmp(argv[i], "--dir") == 0)
            dir = argv[i + 1];
        else if (std::strcmp(argv[i], "--batch") == 0)
            batch = static_cast<std::size_t>(std::max(1000LL, std::atoll(argv[i + 1])));
        else if (std::strcmp(argv[i], "--assets") == 0)
            assets = std::max(1, std::atoi(argv[i + 1]));
    }
    fs::create_directories(dir);
    std::printf("Telemetry store benchmark (SQLite %s), files in %s\n", sqlite3_libversion(),
                dir.string().c_str());

    // ---- ingest ----
    for (const bool assetMajor : {true, false}) {
        const std::int64_t steps = rows / (assets * static_cast<std::int64_t>(kKilnChannels.size()));
        const auto samples = arrivalOrder(assets, steps, assetMajor);
        const double n = static_cast<double>(samples.size());
        std::printf("\nIngest: %.0f readings of %d kilns x 8 channels, batches of %zu, %s\n", n, assets,
                    batch,
                    assetMajor ? "asset by asset (history, imports)"
                               : "every asset's report at one time, then the next (live feed)");
        const double bare = bareInsert(dir / "bare.db", samples, batch, false);
        const double bareSorted = bareInsert(dir / "bare-sorted.db", samples, batch, true);
        const double store = storeInsert(dir / "store.db", samples, batch, false);
        const double ingest = storeInsert(dir / "ingest.db", samples, batch, true);
        const double bestBare = std::min(bare, bareSorted);
        line("bare SQLite prepared INSERT, arrival order", n / bare * 1000, "rows/s");
        line("bare SQLite prepared INSERT, each batch sorted by key", n / bareSorted * 1000, "rows/s");
        line("TelemetryStore::write (series, rollups, duplicates)", n / store * 1000, "samples/s",
             "target >= 1,000,000");
        line("TelemetryIngest (validation + write)", n / ingest * 1000, "samples/s");
        line("ratio TelemetryStore::write / faster bare", bestBare / store, "x", "aim >= 0.5");
        line("ratio TelemetryIngest / faster bare", bestBare / ingest, "x");
    }

    // ---- reads ----
    const std::int64_t yearSteps = 365 * 288;
    std::printf("\nReads: one kiln, 8 channels, a year at 5-minute steps (%lld readings a channel)\n",
                static_cast<long long>(yearSteps));
    auto year = freshStore(dir / "year.db");
    {
        std::vector<Sample> batchSamples;
        for (std::int64_t s = 0; s < yearSteps; ++s) {
            for (std::size_t c = 0; c < kKilnChannels.size(); ++c)
                batchSamples.push_back({{AssetKind::Kiln, 1, kKilnChannels[c]},
                                        kStartMs + s * kDefaultReportIntervalMs,
                                        valueOf(c, s, 1),
                                        s + 1});
            if (batchSamples.size() >= 200'000 || s + 1 == yearSteps) {
                if (auto r = year->write(batchSamples); !r)
                    std::fprintf(stderr, "%s\n", r.error().message.c_str());
                batchSamples.clear();
            }
        }
    }
    year.reset();
    auto reader = TelemetryStore::open((dir / "year.db").string(), OpenMode::ExistingReadOnly);
    if (!reader) {
        std::fprintf(stderr, "%s\n", reader.error().message.c_str());
        return 2;
    }
    const TimeRange range{kStartMs, kStartMs + yearSteps * kDefaultReportIntervalMs};
    const SeriesKey zone3{AssetKind::Kiln, 1, ChannelId::Zone3Temp};
    std::size_t points = 0, buckets = 0;
    const double readMs = timeMedian(15, [&] { points = (*reader)->read(zone3, range)->size(); });
    const double downMs = timeMedian(15, [&] {
        buckets = 0;
        for (ChannelId c : kKilnChannels)
            buckets += (*reader)->downsampleForWidth({AssetKind::Kiln, 1, c}, range, 1000)->size();
    });
    const TimestampMs bucketMs = bucketLengthFor(range, 1000);
    const double rawDownMs = timeMedian(5, [&] {
        for (ChannelId c : kKilnChannels)
            (void)downsamplePoints(*(*reader)->read({AssetKind::Kiln, 1, c}, range), range, bucketMs);
    });
    const double sqlDownMs = timeMedian(3, [&] {
        for (ChannelId c : kKilnChannels) {
            auto stmt = (*reader)->db().prepare(
                "SELECT (x.t_ms - ?2) / ?4, min(value), max(value), avg(value), count(*) FROM samples x "
                "JOIN series s ON s.id = x.series_id WHERE s.asset_kind = 2 AND s.asset_id = 1 AND s.channel "
                "= ?1 "
                "AND x.t_ms >= ?2 AND x.t_ms < ?3 GROUP BY 1");
            (void)stmt->bindAll(static_cast<int>(c), range.fromMs, range.toMs, bucketMs);
            while (*stmt->step()) {
            }
        }
    });
    std::size_t gapCount = 0;
    const double gapMs = timeMedian(9, [&] { gapCount = (*reader)->gaps(zone3, range)->gaps.size(); });
    std::printf("  (%zu points read; %zu buckets of %lld h over 8 channels; %zu gaps)\n", points, buckets,
                static_cast<long long>(bucketMs / kMsPerHour), gapCount);
    line("read one channel, a year (median of 15)", readMs, "ms", "target <= 20");
    line("downsampled year, 8 channels, 1000 buckets, rollups (median)", downMs, "ms", "target <= 30");
    line("same from raw readings, bucketed in C++", rawDownMs, "ms");
    line("same from raw readings, SQL GROUP BY", sqlDownMs, "ms");
    line("gaps and coverage, one channel, a year", gapMs, "ms");
    return 0;
}
