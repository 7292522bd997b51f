// The telemetry store on a fresh telemetry.db per test: the file's settings, duplicates ignored,
// late and out-of-order readings stored, range and downsampled reads against brute force (both the
// rollup and the raw path), gaps and coverage, retention that keeps pinned ranges, reject tallies,
// and the cache of series ids surviving a rolled-back transaction.
#include "storage/telemetry_ingest.h"

#include "core/telemetry_time.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <random>

using namespace saggar;

namespace {

constexpr TimestampMs kMin = 60'000;
constexpr TimestampMs kHour = 3'600'000;
constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kBase = 1'780'000'000'000 - 1'780'000'000'000 % kDay; // a UTC midnight in 2026
const SeriesKey kSpeed{AssetKind::Truck, 1, ChannelId::Speed};
const SeriesKey kOdometer{AssetKind::Truck, 1, ChannelId::Odometer};

Sample at(const SeriesKey& s, TimestampMs t, double v, std::int64_t seq = 0)
{
    return Sample{s, t, v, seq};
}

// The brute-force reference: what a store holding these samples (first of equal times wins) contains.
using Reference = std::map<TimestampMs, double>;
void remember(Reference& ref, std::span<const Sample> samples)
{
    for (const Sample& s : samples)
        ref.emplace(s.tMs, s.value);
}

std::vector<TelemetryBucket> bruteBuckets(const Reference& ref, TimeRange range, TimestampMs bucket)
{
    std::vector<TelemetryPoint> points;
    for (const auto& [t, v] : ref)
        points.push_back({t, v});
    return downsamplePoints(points, range, bucket);
}

bool sameBuckets(const std::vector<TelemetryBucket>& a, const std::vector<TelemetryBucket>& b, QString& why)
{
    if (a.size() != b.size()) {
        why = QStringLiteral("%1 buckets, expected %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        const bool same = a[i].startMs == b[i].startMs && a[i].count == b[i].count && a[i].min == b[i].min &&
                          a[i].max == b[i].max &&
                          std::abs(a[i].mean - b[i].mean) <= 1e-9 * std::max(1.0, std::abs(b[i].mean));
        if (!same) {
            why = QStringLiteral("bucket %1 differs").arg(i);
            return false;
        }
    }
    return true;
}

} // namespace

class TestTelemetryStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TelemetryStore> open(const char* name = "telemetry.db")
    {
        auto store = TelemetryStore::open(m_dir.filePath(QString::fromUtf8(name)).toStdString(),
                                          OpenMode::CreateReadWrite);
        if (!store)
            qFatal("%s", store.error().message.c_str());
        return std::move(*store);
    }

    QTemporaryDir m_dir;

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_dir.remove();
        m_dir = QTemporaryDir();
    }

    void fileSettings()
    {
        {
            auto store = open();
            Database& db = store->db();
            QCOMPARE(*db.queryText("PRAGMA journal_mode"), std::string("wal"));
            QCOMPARE(*db.queryInt64("PRAGMA synchronous"), 1); // NORMAL: see telemetry_store.cpp
            QCOMPARE(*db.queryInt64("PRAGMA page_size"), 16384);
            QCOMPARE(*db.queryInt64("PRAGMA user_version"), TelemetryStore::currentSchemaVersion());
            QCOMPARE(*db.queryInt64("PRAGMA application_id"), 0x53474752);
            QCOMPARE(
                *db.queryText("SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE name = 'samples'"),
                std::string("1"));
            QVERIFY(store->write(std::vector<Sample>{at(kSpeed, kBase, 5)}).ok());
        }
        // Reopened: migrations do not run again; a read-only store reads.
        auto again = open();
        QCOMPARE(*again->count(kSpeed, {kBase, kBase + kDay}), 1);
        auto reader = TelemetryStore::open(again->db().path(), OpenMode::ExistingReadOnly);
        QVERIFY(reader.ok());
        QCOMPARE((*reader)->read(kSpeed, {kBase, kBase + 1})->size(), std::size_t{1});
        // In the workspace folder, by its fixed name.
        auto inWorkspace =
            TelemetryStore::openInWorkspace(m_dir.path().toStdString(), OpenMode::CreateReadWrite);
        QVERIFY(inWorkspace.ok());
        QCOMPARE((*inWorkspace)->db().path(), again->db().path());
        QVERIFY(!TelemetryStore::openInWorkspace(m_dir.filePath("missing").toStdString(),
                                                 OpenMode::CreateReadWrite));
    }

    void newerSchemaIsRefusedUntouched()
    {
        const std::string path = m_dir.filePath("newer.db").toStdString();
        {
            auto store = open("newer.db");
            QVERIFY(store->db()
                        .exec("PRAGMA user_version = " +
                              std::to_string(TelemetryStore::currentSchemaVersion() + 1))
                        .ok());
        }
        auto refused = TelemetryStore::open(path, OpenMode::CreateReadWrite);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, int(ErrorCode::DatabaseTooNew));
    }

    void duplicatesAreIgnored()
    {
        auto store = open();
        const std::vector<Sample> batch{at(kSpeed, kBase, 10, 1), at(kSpeed, kBase + 5 * kMin, 20, 2)};
        auto first = store->write(batch);
        QVERIFY(first.ok());
        QCOMPARE(first->inserted, 2);
        QCOMPARE(first->duplicates, 0);
        // Resent, and resent with a changed value: the first reading received stays.
        auto again =
            store->write(std::vector<Sample>{at(kSpeed, kBase, 99, 1), at(kSpeed, kBase + 5 * kMin, 20, 2)});
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->duplicates, 2);
        // Twice in one batch.
        auto within = store->write(
            std::vector<Sample>{at(kSpeed, kBase + 10 * kMin, 30), at(kSpeed, kBase + 10 * kMin, 31)});
        QCOMPARE(within->inserted, 1);
        QCOMPARE(within->duplicates, 1);
        const auto points = *store->read(kSpeed, {kBase, kBase + kDay});
        QCOMPARE(points.size(), std::size_t{3});
        QCOMPARE(points[0].value, 10.0);
        QCOMPARE(points[2].value, 30.0);
        // The rollups saw each reading once.
        const auto hourly = *store->downsample(kSpeed, {kBase, kBase + kHour}, kHour);
        QCOMPARE(hourly.size(), std::size_t{1});
        QCOMPARE(hourly[0].count, 3);
        QCOMPARE(hourly[0].mean, 20.0);
        QCOMPARE(hourly[0].max, 30.0);
    }

    void lateAndOutOfOrderReadingsLand()
    {
        auto store = open();
        QVERIFY(store->write(
            std::vector<Sample>{at(kSpeed, kBase + 50 * kMin, 50), at(kSpeed, kBase + 55 * kMin, 55)}));
        // A day late, reversed, older than everything stored.
        QVERIFY(store->write(std::vector<Sample>{at(kSpeed, kBase + 20 * kMin, 20),
                                                 at(kSpeed, kBase + 10 * kMin, 10),
                                                 at(kSpeed, kBase - kDay, 1)}));
        const auto points = *store->read(kSpeed, {kBase - kDay, kBase + kDay});
        QCOMPARE(points.size(), std::size_t{5});
        for (std::size_t i = 1; i < points.size(); ++i)
            QVERIFY(points[i - 1].tMs < points[i].tMs);
        const auto info = *store->series(kSpeed);
        QVERIFY(info.has_value());
        QCOMPARE(*info->firstMs, kBase - kDay);
        QCOMPARE(info->lastMs, kBase + 55 * kMin); // a late reading does not become the latest
        QCOMPARE(info->lastValue, 55.0);
    }

    void readsMatchBruteForce()
    {
        auto store = open();
        std::mt19937_64 random(7);
        Reference ref;
        // Ten days of 5-minute readings, delivered in shuffled batches with repeats and holes.
        std::vector<Sample> all;
        for (TimestampMs t = kBase; t < kBase + 10 * kDay; t += 5 * kMin)
            if (random() % 50 != 0)
                all.push_back(at(kSpeed, t + static_cast<TimestampMs>(random() % 3000),
                                 static_cast<double>(random() % 900) / 10.0));
        for (std::size_t i = 0; i < 300; ++i)
            all.push_back(all[random() % all.size()]); // duplicates
        std::shuffle(all.begin(), all.end(), random);
        for (std::size_t i = 0; i < all.size(); i += 997) {
            const std::span<const Sample> part(all.data() + i, std::min<std::size_t>(997, all.size() - i));
            QVERIFY(store->write(part).ok());
            remember(ref, part);
        }
        for (int trial = 0; trial < 60; ++trial) {
            const bool aligned = trial % 2 == 0;
            TimestampMs from = kBase - kDay + static_cast<TimestampMs>(random() % (11 * kDay));
            if (aligned)
                from -= from % kHour;
            const TimeRange range{from, from + static_cast<TimestampMs>(random() % (6 * kDay))};
            // Range read.
            const auto points = *store->read(kSpeed, range);
            std::vector<TelemetryPoint> expected;
            for (auto it = ref.lower_bound(range.fromMs); it != ref.end() && it->first < range.toMs; ++it)
                expected.push_back({it->first, it->second});
            QCOMPARE(points.size(), expected.size());
            for (std::size_t i = 0; i < points.size(); ++i) {
                QCOMPARE(points[i].tMs, expected[i].tMs);
                QCOMPARE(points[i].value, expected[i].value);
            }
            QCOMPARE(*store->count(kSpeed, range), static_cast<std::int64_t>(expected.size()));
            // Downsampled: whole hours from an hour (rollups) and odd buckets (raw readings).
            const TimestampMs bucket = aligned ? kHour * static_cast<TimestampMs>(1 + random() % 12)
                                               : kMin * static_cast<TimestampMs>(1 + random() % 300);
            QString why;
            QVERIFY2(
                sameBuckets(*store->downsample(kSpeed, range, bucket), bruteBuckets(ref, range, bucket), why),
                qPrintable(why));
        }
        // For a chart: the start moves back to the hour and the rollups answer.
        const TimeRange week{kBase + 17 * kMin, kBase + 7 * kDay};
        const auto chart = *store->downsampleForWidth(kSpeed, week, 100);
        QString why;
        QVERIFY2(sameBuckets(chart, bruteBuckets(ref, {kBase, week.toMs}, 2 * kHour), why), qPrintable(why));
        QVERIFY(chart.size() <= 100);
        // Unknown series and empty ranges read as nothing.
        QVERIFY(store->read({AssetKind::Kiln, 9, ChannelId::Zone1Temp}, {kBase, kBase + kDay})->empty());
        QVERIFY(store->downsample(kSpeed, {kBase, kBase}, kHour)->empty());
        QVERIFY(!store->downsample(kSpeed, {kBase, kBase + kDay}, 0));
    }

    void gapsAndCoverage()
    {
        auto store = open();
        std::vector<Sample> samples;
        for (TimestampMs t = kBase; t < kBase + kDay; t += 5 * kMin)
            if (t < kBase + 6 * kHour || t >= kBase + 8 * kHour) // two hours silent
                samples.push_back(at(kSpeed, t, 1));
        QVERIFY(store->write(samples).ok());
        const auto report = *store->gaps(kSpeed, {kBase, kBase + kDay});
        QCOMPARE(report.gaps.size(), std::size_t{1});
        QCOMPARE(report.gaps[0].fromMs, kBase + 6 * kHour); // the first report that did not come
        QCOMPARE(report.gaps[0].toMs, kBase + 8 * kHour);
        QVERIFY(std::abs(report.coveragePct - 100.0 * 22 / 24) < 1e-9);
        QCOMPARE(report.samples, static_cast<std::int64_t>(samples.size()));
        // A channel with no readings is one gap.
        const auto none = *store->gaps(kOdometer, {kBase, kBase + kDay});
        QCOMPARE(none.coveragePct, 0.0);
        QCOMPARE(none.gaps.size(), std::size_t{1});
        // A longer expectation sees no gap.
        QVERIFY(store->gaps(kSpeed, {kBase, kBase + kDay}, 3 * kHour)->gaps.empty());
    }

    void retentionKeepsPinnedRanges()
    {
        auto store = open();
        const SeriesKey other{AssetKind::Truck, 2, ChannelId::Speed};
        const SeriesKey kilnSameId{AssetKind::Kiln, 1, ChannelId::Zone1Temp};
        Reference speed, otherRef, kilnRef;
        std::vector<Sample> samples;
        for (TimestampMs t = kBase; t < kBase + 10 * kDay; t += 5 * kMin) {
            const double v = static_cast<double>((t / kMin) % 97);
            samples.push_back(at(kSpeed, t, v));
            samples.push_back(at(kOdometer, t, static_cast<double>(t - kBase) / kMin));
            samples.push_back(at(other, t, v + 1));
            samples.push_back(at(kilnSameId, t, v + 500));
        }
        QVERIFY(store->write(samples).ok());
        for (const Sample& s : samples)
            (s.series == kSpeed ? speed : s.series == other ? otherRef : kilnRef).emplace(s.tMs, s.value);

        // A valuation report pins truck 1's days 2 and 3 (ragged edges, not on the hour).
        const TimeRange pinned{kBase + 2 * kDay + 7 * kMin, kBase + 4 * kDay - 13 * kMin};
        auto pinId =
            store->pin({AssetKind::Truck, 1}, pinned, "valuation report SG-2026-000123", kBase + 11 * kDay);
        QVERIFY(pinId.ok());
        QVERIFY(!store->pin({AssetKind::Truck, 1}, {kBase, kBase}, "empty", 0));
        QVERIFY(!store->pin({AssetKind::Truck, 1}, pinned, "", 0));
        QCOMPARE(store->pins(AssetRef{AssetKind::Truck, 1})->size(), std::size_t{1});
        QCOMPARE(store->pins(AssetRef{AssetKind::Truck, 2})->size(), std::size_t{0});

        const TimestampMs cutoff = kBase + 5 * kDay + 30 * kMin;
        auto stats = store->deleteOlderThan(cutoff);
        QVERIFY(stats.ok());
        const auto keep = [&](Reference& ref, bool isPinned) {
            for (auto it = ref.begin(); it != ref.end();)
                it = (it->first < cutoff && !(isPinned && pinned.contains(it->first))) ? ref.erase(it)
                                                                                       : std::next(it);
        };
        const std::size_t before = speed.size() + otherRef.size() + kilnRef.size();
        keep(speed, true);
        keep(otherRef, false);
        keep(kilnRef, false); // kiln 1 is not truck 1: its readings are not pinned
        const TimeRange all{kBase - kDay, kBase + 11 * kDay};
        QCOMPARE(*store->count(kSpeed, all), static_cast<std::int64_t>(speed.size()));
        QCOMPARE(*store->count(other, all), static_cast<std::int64_t>(otherRef.size()));
        QCOMPARE(*store->count(kilnSameId, all), static_cast<std::int64_t>(kilnRef.size()));
        QCOMPARE(*store->count(kOdometer, all),
                 static_cast<std::int64_t>(speed.size())); // every channel pinned
        QCOMPARE(stats->deleted, static_cast<std::int64_t>(samples.size() - 2 * speed.size() -
                                                           otherRef.size() - kilnRef.size()));
        QVERIFY(before > speed.size() + otherRef.size() + kilnRef.size());
        // The rollups agree with what is left, through the ragged hours.
        QString why;
        QVERIFY2(sameBuckets(*store->downsample(kSpeed, {kBase, kBase + 11 * kDay}, kHour),
                             bruteBuckets(speed, {kBase, kBase + 11 * kDay}, kHour), why),
                 qPrintable(why));
        QVERIFY2(sameBuckets(*store->downsample(other, {kBase, kBase + 11 * kDay}, 6 * kHour),
                             bruteBuckets(otherRef, {kBase, kBase + 11 * kDay}, 6 * kHour), why),
                 qPrintable(why));
        QCOMPARE(*(*store->series(kSpeed))->firstMs, speed.begin()->first);
        QCOMPARE(*(*store->series(other))->firstMs, otherRef.begin()->first);

        // Unpinned, the next retention removes the rest.
        QVERIFY(store->unpin(*pinId).ok());
        QCOMPARE(store->unpin(*pinId).error().code, int(ErrorCode::NotFound));
        QVERIFY(store->deleteOlderThan(cutoff).ok());
        QCOMPARE(*store->count(kSpeed, {kBase, cutoff}), 0);
        QCOMPARE(*(*store->series(kSpeed))->firstMs, cutoff); // the cutoff falls on a report
    }

    void ingestValidatesAndTalliesRejects()
    {
        auto store = open();
        const TimestampMs now = kBase + kDay;
        {
            TelemetryIngest ingest(*store, 3);
            QVERIFY(ingest.loadCounters().ok());
            QVERIFY(!ingest.add(at(kOdometer, kBase, 1000), now));
            QVERIFY(!ingest.add(at(kOdometer, kBase + 5 * kMin, 1002), now));
            QCOMPARE(ingest.add(at(kSpeed, kBase, 400), now)->reason, RejectReason::OutOfRange);
            QCOMPARE(ingest.add(at(kSpeed, now + kHour, 40), now)->reason, RejectReason::FutureTimestamp);
            QVERIFY(!ingest.add(at(kSpeed, kBase + kMin, 40), now));
            QVERIFY(ingest.full());
            auto written = ingest.flush();
            QVERIFY(written.ok());
            QCOMPARE(written->inserted, 3);
            QCOMPARE(ingest.pending(), std::size_t{0});
            QCOMPARE(ingest.stats().rejected.total(), 2);
        }
        {
            // A later run knows the stored odometer: a rollback is refused and tallied.
            TelemetryIngest ingest(*store);
            QVERIFY(ingest.loadCounters().ok());
            QCOMPARE(ingest.add(at(kOdometer, kBase + 10 * kMin, 600), now)->reason,
                     RejectReason::CounterBackwards);
            QCOMPARE(ingest.add(at(kOdometer, kBase + 15 * kMin, 601), now)->reason,
                     RejectReason::CounterBackwards);
            QVERIFY(!ingest.add(at(kOdometer, kBase + 15 * kMin, 1003), now));
            QVERIFY(ingest.flush().ok());
        }
        const auto tallies = *store->rejects(AssetRef{AssetKind::Truck, 1});
        QCOMPARE(tallies.size(), std::size_t{3});
        std::map<std::pair<int, int>, std::int64_t> byChannelReason;
        for (const RejectTally& t : tallies)
            byChannelReason[{t.channel, static_cast<int>(t.reason)}] = t.count;
        QCOMPARE((byChannelReason[{int(ChannelId::Odometer), int(RejectReason::CounterBackwards)}]), 2);
        QCOMPARE((byChannelReason[{int(ChannelId::Speed), int(RejectReason::OutOfRange)}]), 1);
        QCOMPARE((byChannelReason[{int(ChannelId::Speed), int(RejectReason::FutureTimestamp)}]), 1);
        QVERIFY(store->rejects(AssetRef{AssetKind::Truck, 2})->empty());
        QCOMPARE(store->rejects()->size(), std::size_t{3});
        QCOMPARE(store->seriesOf({AssetKind::Truck, 1})->size(), std::size_t{2});
    }

    void rolledBackSeriesDoNotLinger()
    {
        auto store = open();
        const SeriesKey a{AssetKind::Kiln, 5, ChannelId::Zone1Temp};
        const SeriesKey b{AssetKind::Kiln, 6, ChannelId::Zone1Temp};
        {
            auto tx = Transaction::begin(store->db());
            QVERIFY(tx.ok());
            QVERIFY(store->write(std::vector<Sample>{at(a, kBase, 100)}).ok());
            QCOMPARE(store->read(a, {kBase, kBase + 1})->size(), std::size_t{1}); // visible inside
        }                                                                         // rolled back
        QVERIFY(store->read(a, {kBase, kBase + 1})->empty());
        // The id `a` had is handed to `b`; `a` must not find b's readings, nor b's land on a's.
        QVERIFY(store->write(std::vector<Sample>{at(b, kBase, 200)}).ok());
        QVERIFY(store->read(a, {kBase, kBase + 1})->empty());
        QVERIFY(store->write(std::vector<Sample>{at(a, kBase + 5 * kMin, 101)}).ok());
        QCOMPARE(store->read(b, {kBase, kBase + kDay})->size(), std::size_t{1});
        QCOMPARE(store->read(b, {kBase, kBase + kDay})->front().value, 200.0);
        QCOMPARE(store->read(a, {kBase, kBase + kDay})->front().value, 101.0);
        QCOMPARE(
            *store->db().queryInt64("SELECT count(*) FROM samples_view WHERE asset_id = 5 AND value = 101"),
            1);
    }
};

QTEST_GUILESS_MAIN(TestTelemetryStore)
#include "tst_telemetry_store.moc"
