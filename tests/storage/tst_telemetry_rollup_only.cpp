// Rollup-only history in the telemetry store: the same readings stored once as readings and once
// with their older days kept as hourly rollups only give the same hourly buckets (min, max, mean,
// count) and counts; raw reads of the rollup-only part are empty and the store names the span;
// rewriting is idempotent and readings sent into the span are ignored; gaps count an hour of the
// span as covered when it has a rollup; bad input writes nothing; retention keeps the rollups.
#include "storage/store_chart_source.h"
#include "storage/telemetry_ingest.h"

#include "core/telemetry_time.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace saggar;

namespace {

constexpr TimestampMs kMin = 60'000;
constexpr TimestampMs kHour = 3'600'000;
constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kBase = 1'780'000'000'000 - 1'780'000'000'000 % kDay; // a UTC midnight in 2026
const SeriesKey kSpeed{AssetKind::Truck, 1, ChannelId::Speed};
const SeriesKey kLat{AssetKind::Truck, 1, ChannelId::Latitude};
const SeriesKey kOdometer{AssetKind::Truck, 1, ChannelId::Odometer};

// Three days of a truck's readings every 5 minutes: speed in 0.1 km/h steps (parked at night: constant
// hours), latitude in 1e-6° steps, and an odometer with values that are no short decimal at all.
// Readings in [holeFrom, holeTo) are left out.
std::vector<Sample> threeDays(TimestampMs holeFrom = 0, TimestampMs holeTo = 0)
{
    std::vector<Sample> out;
    double odometer = 120'000.0;
    std::uint64_t x = 88172645463325252ull;
    for (TimestampMs t = kBase; t < kBase + 3 * kDay; t += 5 * kMin) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        const double u = static_cast<double>(x % 1'000'000) / 1e6;
        const bool night = (t - kBase) % kDay < 6 * kHour;
        const double speed = night ? 0.0 : std::round(u * 900.0) / 10.0;
        odometer += speed / 12.0 + u * 1e-3;
        if (t >= holeFrom && t < holeTo)
            continue;
        out.push_back({kSpeed, t, speed, 0});
        out.push_back({kLat, t, std::round((23.02 + u * 0.1) * 1e6) / 1e6, 0});
        out.push_back({kOdometer, t, odometer, 0});
    }
    return out;
}

std::unique_ptr<TelemetryStore> openStore(const QTemporaryDir& dir, const char* name)
{
    auto store = TelemetryStore::open(dir.filePath(name).toStdString(), OpenMode::CreateReadWrite);
    if (!store)
        qFatal("%s", store.error().message.c_str());
    return std::move(*store);
}

// Stores `samples` with readings from `rawFrom` on and rollups only in [span.fromMs, rawFrom).
IngestStats writeTiered(TelemetryStore& store, const std::vector<Sample>& samples, TimeRange span)
{
    TelemetryIngest ingest(store);
    ingest.rollupOnlyBefore(span.toMs);
    for (const Sample& s : samples)
        if (ingest.add(s, kBase + 10 * kDay))
            qFatal("a test reading was refused");
    if (!ingest.flushRollups(span) || !ingest.flush())
        qFatal("tiered write failed");
    return ingest.stats();
}

using Spans = std::vector<std::pair<TimestampMs, TimestampMs>>;
Spans spans(const TelemetryStore& store, const SeriesKey& series, TimeRange range)
{
    Spans out;
    const auto found = store.rollupOnlySpans(series, range);
    for (const TimeRange& r : found.value())
        out.emplace_back(r.fromMs, r.toMs);
    return out;
}

std::string tableDigest(TelemetryStore& store)
{
    auto stmt =
        store.db().prepare("SELECT (SELECT group_concat(series_id || ':' || day_ms || ':' || hex(hours)) "
                           "FROM rollup_only_days) || '|' || (SELECT group_concat(series_id || ':' || "
                           "from_ms || '-' || to_ms) FROM rollup_only_spans)");
    (void)stmt->step();
    return stmt->columnText(0);
}

} // namespace

class TestTelemetryRollupOnly : public QObject
{
    Q_OBJECT

private slots:
    void hourlyBucketsMatchTheReadingsTheyReplace()
    {
        QTemporaryDir dir;
        auto raw = openStore(dir, "raw.db");
        auto tiered = openStore(dir, "tiered.db");
        const auto samples = threeDays();
        QVERIFY(raw->write(samples));
        const TimeRange span{kBase, kBase + 2 * kDay};
        const IngestStats stats = writeTiered(*tiered, samples, span);
        QCOMPARE(stats.rollupHours, 3 * 48);
        QCOMPARE(stats.rolledUp, 3 * 2 * 288);
        QCOMPARE(stats.inserted, 3 * 288);

        const TimeRange all{kBase, kBase + 3 * kDay};
        for (const SeriesKey& series : {kSpeed, kLat, kOdometer}) {
            // No readings in the rollup-only part, and the store says which part that is.
            QVERIFY(tiered->read(series, span)->empty());
            QCOMPARE(tiered->read(series, {span.toMs, all.toMs})->size(), std::size_t{288});
            QCOMPARE(spans(*tiered, series, all), (Spans{{span.fromMs, span.toMs}}));
            QVERIFY(spans(*raw, series, all).empty());
            // Hourly buckets across the boundary: the same as the readings' own (brute force too).
            const auto points = raw->read(series, all);
            for (TimestampMs bucket : {kHour, 3 * kHour, kDay}) {
                const auto expected = downsamplePoints(*points, all, bucket);
                const auto got = tiered->downsample(series, all, bucket);
                QVERIFY(got);
                QCOMPARE(got->size(), expected.size());
                for (std::size_t i = 0; i < expected.size(); ++i) {
                    QCOMPARE(got->at(i).startMs, expected[i].startMs);
                    QCOMPARE(got->at(i).count, expected[i].count);
                    QCOMPARE(got->at(i).min, expected[i].min);
                    QCOMPARE(got->at(i).max, expected[i].max);
                    QVERIFY2(std::abs(got->at(i).mean - expected[i].mean) <=
                                 1e-12 * std::max(1.0, std::abs(expected[i].mean)),
                             qPrintable(QString::number(i)));
                }
            }
            QCOMPARE(*tiered->count(series, all), *raw->count(series, all));
            // A ragged end inside a rollup-only hour counts none of that hour (its 6 readings here).
            const TimeRange ragged{kBase + 90 * kMin, kBase + 2 * kDay + 90 * kMin};
            QCOMPARE(*tiered->count(series, ragged), *raw->count(series, ragged) - 6);
            // A week-wide chart of the rollup-only part gets hourly buckets rather than nothing.
            const auto chart =
                tiered->downsampleForWidth(series, {kBase + 10 * kHour, kBase + 30 * kHour}, 400);
            QVERIFY(chart);
            QCOMPARE(chart->size(), std::size_t{20});
        }
    }

    void rewritingChangesNothing()
    {
        QTemporaryDir dir;
        auto store = openStore(dir, "t.db");
        const auto samples = threeDays();
        const TimeRange span{kBase, kBase + 2 * kDay};
        writeTiered(*store, samples, span);
        const std::string before = tableDigest(*store);
        QVERIFY(!before.empty());

        const IngestStats again = writeTiered(*store, samples, span);
        QCOMPARE(again.rollupHours, 0);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(tableDigest(*store), before);

        // A later run whose span reaches into the stored readings keeps those hours' readings.
        const IngestStats later = writeTiered(*store, samples, {kBase, kBase + 2 * kDay + 6 * kHour});
        QCOMPARE(later.rollupHours, 0);
        QCOMPARE(tableDigest(*store), before);
        QCOMPARE(store->read(kSpeed, {kBase + 2 * kDay, kBase + 3 * kDay})->size(), std::size_t{288});

        // Readings sent into the rollup-only span are ignored, as duplicates.
        const auto written = store->write(std::vector<Sample>{{kSpeed, kBase + kDay + 7 * kMin, 50.0, 0}});
        QVERIFY(written);
        QCOMPARE(written->inserted, 0);
        QCOMPARE(written->duplicates, 1);
        QVERIFY(store->read(kSpeed, {kBase, kBase + 2 * kDay})->empty());
        QCOMPARE(tableDigest(*store), before);

        // An earlier span joins the stored one.
        std::vector<HourRollup> earlier{{kSpeed, kBase - 5 * kHour, 1.0, 2.0, 18.0, 12}};
        const auto joined = store->writeRollupOnly(earlier, {kBase - 10 * kHour, kBase});
        QVERIFY(joined);
        QCOMPARE(joined->inserted, 1);
        QCOMPARE(spans(*store, kSpeed, {0, kBase + 10 * kDay}),
                 (Spans{{kBase - 10 * kHour, kBase + 2 * kDay}}));
        QCOMPARE(spans(*store, kLat, {0, kBase + 10 * kDay}).front().first, kBase);
    }

    void gapsCountHoursWithARollup()
    {
        QTemporaryDir dir;
        // Six whole hours missing in the older part, two in the recent one.
        const TimestampMs holeA = kBase + kDay + 3 * kHour;
        const TimestampMs holeB = kBase + 2 * kDay + 12 * kHour;
        auto samples = threeDays(holeA, holeA + 6 * kHour);
        std::erase_if(samples, [&](const Sample& s) { return s.tMs >= holeB && s.tMs < holeB + 2 * kHour; });
        auto raw = openStore(dir, "raw.db");
        auto tiered = openStore(dir, "tiered.db");
        QVERIFY(raw->write(samples));
        writeTiered(*tiered, samples, {kBase, kBase + 2 * kDay});

        const TimeRange all{kBase, kBase + 3 * kDay};
        const auto expected = raw->gaps(kSpeed, all);
        const auto got = tiered->gaps(kSpeed, all);
        QVERIFY(expected && got);
        QCOMPARE(got->gaps.size(), std::size_t{2});
        QCOMPARE(got->gaps[0].fromMs, holeA);
        QCOMPARE(got->gaps[0].toMs, holeA + 6 * kHour);
        QCOMPARE(got->gaps.size(), expected->gaps.size());
        for (std::size_t i = 0; i < got->gaps.size(); ++i) {
            QCOMPARE(got->gaps[i].fromMs, expected->gaps[i].fromMs);
            QCOMPARE(got->gaps[i].toMs, expected->gaps[i].toMs);
        }
        QCOMPARE(got->coveragePct, expected->coveragePct);
        QCOMPARE(got->samples, expected->samples);

        // Twenty minutes missing inside an hour: a gap in readings, covered in rollup-only hours.
        auto shortHole = threeDays(kBase + 10 * kHour + 10 * kMin, kBase + 10 * kHour + 30 * kMin);
        auto tiered2 = openStore(dir, "tiered2.db");
        writeTiered(*tiered2, shortHole, {kBase, kBase + 2 * kDay});
        const auto hour = tiered2->gaps(kSpeed, {kBase + 9 * kHour, kBase + 12 * kHour});
        QVERIFY(hour);
        QVERIFY(hour->gaps.empty());
        QCOMPARE(hour->coveragePct, 100.0);
        QCOMPARE(hour->samples, 36 - 4);

        // A range of the span before any rollup: all gap; a range beyond: no rollup-only part.
        auto alone = openStore(dir, "alone.db");
        QVERIFY(alone->writeRollupOnly(std::vector<HourRollup>{{kSpeed, kBase + 5 * kHour, 1, 1, 12, 12}},
                                       {kBase, kBase + kDay}));
        const auto empty = alone->gaps(kSpeed, {kBase, kBase + 5 * kHour});
        QVERIFY(empty);
        QCOMPARE(empty->coveragePct, 0.0);
        QCOMPARE(empty->gaps.size(), std::size_t{1});
        const auto oneHour = alone->gaps(kSpeed, {kBase + 5 * kHour, kBase + 6 * kHour});
        QCOMPARE(oneHour->coveragePct, 100.0);
    }

    void badInputWritesNothing()
    {
        QTemporaryDir dir;
        auto store = openStore(dir, "t.db");
        const HourRollup good{kSpeed, kBase + kHour, 1.0, 2.0, 18.0, 12};
        const std::vector<std::pair<std::vector<HourRollup>, TimeRange>> bad{
            {{good}, {kBase + kMin, kBase + kDay}},      // span not on the hour
            {{good}, {kBase + 2 * kHour, kBase + kDay}}, // hour outside the span
            {{good, {kLat, kBase + 2 * kHour + kMin, 1, 1, 1, 1}}, {kBase, kBase + kDay}}, // not on the hour
            {{good, {kLat, kBase + 2 * kHour, 1, 1, 1, 0}}, {kBase, kBase + kDay}},        // no readings
            {{good, {kLat, kBase + 2 * kHour, 3, 1, 4, 2}}, {kBase, kBase + kDay}},        // min > max
            {{good, {kLat, kBase + 2 * kHour, 1, NAN, 4, 2}}, {kBase, kBase + kDay}},      // not a number
        };
        for (const auto& [hours, span] : bad) {
            const auto r = store->writeRollupOnly(hours, span);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        }
        QCOMPARE(*store->db().queryInt64("SELECT count(*) FROM rollup_only_days"), 0);
        QCOMPARE(*store->db().queryInt64("SELECT count(*) FROM rollup_only_spans"), 0);
        QVERIFY(store->allSeries()->empty());
    }

    void chartsOfTheRollupOnlyPartGetHourlyBuckets()
    {
        QTemporaryDir dir;
        {
            auto store = openStore(dir, TelemetryStore::kFileName);
            writeTiered(*store, threeDays(), {kBase, kBase + 2 * kDay});
        }
        StoreChartSource source(dir.path().toStdString());
        // Six hours of the rollup-only part: 72 readings would fit the budget, but there are none.
        const auto old = source.load(kSpeed, {kBase + 12 * kHour, kBase + 18 * kHour}, 1000);
        QVERIFY(old);
        QVERIFY(old->downsampled);
        QVERIFY(old->points.empty());
        QCOMPARE(old->buckets.size(), std::size_t{6});
        QCOMPARE(old->bucketMs, kHour);
        // The recent part still comes as readings.
        const auto recent =
            source.load(kSpeed, {kBase + 2 * kDay + 12 * kHour, kBase + 2 * kDay + 18 * kHour}, 1000);
        QVERIFY(recent);
        QVERIFY(!recent->downsampled);
        QCOMPARE(recent->points.size(), std::size_t{72});
    }

    void aSchemaOneFileIsUpgraded()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("v1.db").toStdString();
        {
            auto store = openStore(dir, "v1.db");
            QVERIFY(store->write(std::vector<Sample>{{kSpeed, kBase, 10.0, 0}}));
            QVERIFY(
                store->db()
                    .exec(
                        "DROP TABLE rollup_only_spans; DROP TABLE rollup_only_days; PRAGMA user_version = 1")
                    .ok());
        }
        auto store = TelemetryStore::open(path, OpenMode::CreateReadWrite);
        QVERIFY(store);
        QCOMPARE(*(*store)->db().queryInt64("PRAGMA user_version"), 2);
        QCOMPARE((*store)->read(kSpeed, {kBase, kBase + kHour})->size(), std::size_t{1});
        QVERIFY((*store)->writeRollupOnly(std::vector<HourRollup>{{kSpeed, kBase - kHour, 1, 1, 12, 12}},
                                          {kBase - kHour, kBase}));
    }

    void retentionKeepsRollupOnlyHours()
    {
        QTemporaryDir dir;
        auto store = openStore(dir, "t.db");
        writeTiered(*store, threeDays(), {kBase, kBase + 2 * kDay});
        const std::string before = tableDigest(*store);
        const auto removed = store->deleteOlderThan(kBase + 2 * kDay + 12 * kHour);
        QVERIFY(removed);
        QCOMPARE(removed->deleted, 3 * 144);
        QCOMPARE(tableDigest(*store), before);
        QCOMPARE(store->downsample(kSpeed, {kBase, kBase + 2 * kDay}, kHour)->size(), std::size_t{48});
    }
};

QTEST_GUILESS_MAIN(TestTelemetryRollupOnly)
#include "tst_telemetry_rollup_only.moc"
