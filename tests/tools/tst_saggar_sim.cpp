// saggar-sim over real demo workspaces: the same seed gives the same telemetry (by digest), counters
// only grow, kiln temperatures stay physical, every injected fault shows in the store, duplicates and
// out-of-order reports change nothing stored, live mode continues the history, and bad options are
// refused.
#include "commands.h"
#include "sim_commands.h"

#include "core/telemetry_geo.h"
#include "core/telemetry_time.h"
#include "storage/telemetry_asset_source.h"
#include "storage/telemetry_store.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <sstream>

using namespace saggar;

namespace {

struct Run
{
    int code;
    std::string out;
    std::string err;
};

ctl::Arguments arguments(const std::vector<std::string>& words, const std::vector<std::string>& valued)
{
    std::vector<const char*> argv{"tool"};
    for (const auto& w : words)
        argv.push_back(w.c_str());
    return ctl::parseArguments(static_cast<int>(argv.size()), argv.data(), valued);
}

Run sim(const std::vector<std::string>& words)
{
    std::ostringstream out, err;
    const int code = simtool::run(arguments(words, simtool::valuedOptions()), out, err);
    return {code, out.str(), err.str()};
}

const std::string kEnd = "2026-11-01T00:00:00Z";
const TimestampMs kEndMs = parseTelemetryTime(kEnd).value();
constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kHour = 3'600'000;

std::unique_ptr<TelemetryStore> store(const std::string& ws)
{
    auto s = TelemetryStore::openInWorkspace(ws, OpenMode::ExistingReadOnly);
    if (!s)
        qFatal("%s", s.error().message.c_str());
    return std::move(*s);
}

// Every stored reading, in key order, hashed.
QByteArray digest(const std::string& ws)
{
    auto s = store(ws);
    auto stmt =
        s->db().prepare("SELECT asset_kind, asset_id, channel, t_ms, value, device_seq FROM samples_view "
                        "ORDER BY asset_kind, asset_id, channel, t_ms");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    int rows = 0;
    while (*stmt->step()) {
        for (int c = 0; c < 6; ++c)
            hash.addData(QByteArray::fromStdString(stmt->columnText(c) + ","));
        ++rows;
    }
    hash.addData(QByteArray::number(rows));
    return hash.result().toHex();
}

// The rollup-only hours and spans, hashed.
QByteArray rollupDigest(const std::string& ws)
{
    auto s = store(ws);
    auto stmt = s->db().prepare(
        "SELECT s.asset_kind || ',' || s.asset_id || ',' || s.channel || ',' || d.day_ms || ',' || "
        "hex(d.hours) "
        "FROM rollup_only_days d JOIN series s ON s.id = d.series_id UNION ALL "
        "SELECT s.asset_kind || ',' || s.asset_id || ',' || s.channel || ',' || r.from_ms || '-' || r.to_ms "
        "FROM rollup_only_spans r JOIN series s ON s.id = r.series_id ORDER BY 1");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (*stmt->step())
        hash.addData(QByteArray::fromStdString(stmt->columnText(0) + ";"));
    return hash.result().toHex();
}

} // namespace

class TestSaggarSim : public QObject
{
    Q_OBJECT

private:
    // A small demo portfolio (40 trucks, 10 kilns), the same for every test.
    std::string workspace(const char* name)
    {
        const std::string ws = m_dir.filePath(QString::fromUtf8(name)).toStdString();
        std::ostringstream out, err;
        const int code =
            ctl::run(arguments({"demo", "create", "--workspace", ws, "--files", "10", "--seed", "3"},
                               {"workspace", "seed", "files"}),
                     out, err);
        if (code != 0)
            qFatal("%s", err.str().c_str());
        return ws;
    }
    // One demo portfolio without telemetry for the tests that copy it.
    std::string portfolio()
    {
        static const std::string ws = workspace("portfolio");
        return ws;
    }
    // Another workspace with the same portfolio (a copy of `ws`'s saggar.db, before any telemetry).
    std::string copyOf(const std::string& ws, const char* name)
    {
        const std::string copy = m_dir.filePath(QString::fromUtf8(name)).toStdString();
        std::filesystem::create_directories(copy);
        std::filesystem::copy_file(ws + "/saggar.db", copy + "/saggar.db");
        return copy;
    }
    Run history(const std::string& ws, const std::string& seed, const std::string& faults = "",
                const std::string& assets = "trucks:6,kilns:4")
    {
        std::vector<std::string> words{"history", "--workspace", ws,   "--days",   "3",   "--end",
                                       kEnd,      "--seed",      seed, "--assets", assets};
        if (!faults.empty())
            words.insert(words.end(), {"--faults", faults});
        return sim(words);
    }

    QTemporaryDir m_dir;

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void sameSeedSameTelemetry()
    {
        const std::string a = workspace("a"), b = workspace("b"), c = workspace("c");
        QCOMPARE(history(a, "9").code, 0);
        QCOMPARE(history(b, "9").code, 0);
        QCOMPARE(history(c, "10").code, 0);
        const QByteArray da = digest(a);
        QCOMPARE(digest(b), da);
        QVERIFY(digest(c) != da);
        // Run again over the same days: every reading is already stored, nothing changes.
        const Run again = history(a, "9");
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.find("written 0 readings") != std::string::npos, again.out.c_str());
        QCOMPARE(digest(a), da);
        // 3 days of 5-minute reports: 6 trucks × 7 channels + 4 kilns × 9 channels.
        QCOMPARE(*store(a)->db().queryInt64("SELECT count(*) FROM samples"), (6 * 7 + 4 * 9) * 3 * 288);
    }

    void aYearOfRollupsAndTheLastDaysAsReadings()
    {
        const std::string a = copyOf(portfolio(), "year-a"), b = copyOf(portfolio(), "year-b");
        const std::vector<std::string> words{
            "history", "--workspace", a,        "--days", "365",      "--raw-days",    "7",
            "--end",   kEnd,          "--seed", "5",      "--assets", "truck:1,kiln:1"};
        const Run first = sim(words);
        QCOMPARE(first.code, 0);
        auto other = words;
        other[2] = b;
        QCOMPARE(sim(other).code, 0);
        QCOMPARE(digest(b), digest(a));
        QCOMPARE(rollupDigest(b), rollupDigest(a));

        const TimestampMs rawFrom = kEndMs - 7 * kDay;
        const TimeRange year{kEndMs - 365 * kDay, kEndMs};
        auto s = store(a);
        const auto all = *s->allSeries();
        QCOMPARE(all.size(), std::size_t{7 + 9});
        for (const SeriesInfo& series : all) {
            // Readings for the last 7 days only ...
            QCOMPARE(s->read(series.key, year)->size(), std::size_t{7 * 288});
            QCOMPARE(*series.firstMs, rawFrom);
            // ... and hourly rollups for the year before them: 358 days of 24 hours, 12 readings each.
            const auto spans = *s->rollupOnlySpans(series.key, year);
            QCOMPARE(spans.size(), std::size_t{1});
            QCOMPARE(spans[0].fromMs, year.fromMs);
            QCOMPARE(spans[0].toMs, rawFrom);
            const auto days = *s->downsample(series.key, year, kDay);
            QCOMPARE(days.size(), std::size_t{365});
            for (const TelemetryBucket& d : days)
                QCOMPARE(d.count, 288);
            const auto gaps = *s->gaps(series.key, year);
            QCOMPARE(gaps.coveragePct, 100.0);
            QCOMPARE(gaps.samples, 365 * 288);
        }
        QCOMPARE(*s->db().queryInt64("SELECT count(*) FROM rollup_only_days"), (7 + 9) * 358);

        // Again: nothing changes.
        const Run again = sim(words);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.find("into 0 rollup-only hours") != std::string::npos, again.out.c_str());
        QCOMPARE(digest(a), digest(b));
        QCOMPARE(rollupDigest(a), rollupDigest(b));
    }

    void rollupsEqualTheReadingsTheyReplace()
    {
        // The same 3 days simulated twice: all as readings, and with the first 2 as rollups only.
        const std::string raw = copyOf(portfolio(), "both-raw"), tiered = copyOf(portfolio(), "both-tiered");
        const std::string assets = "trucks:2,kilns:2";
        QCOMPARE(history(raw, "6", "", assets).code, 0);
        QCOMPARE(sim({"history", "--workspace", tiered, "--days", "3", "--raw-days", "1", "--end", kEnd,
                      "--seed", "6", "--assets", assets})
                     .code,
                 0);
        auto r = store(raw), t = store(tiered);
        const TimeRange old{kEndMs - 3 * kDay, kEndMs - kDay};
        const auto all = *r->allSeries();
        QCOMPARE(all.size(), std::size_t{2 * 7 + 2 * 9});
        for (const SeriesInfo& series : all) {
            QVERIFY(t->read(series.key, old)->empty());
            const auto expected = downsamplePoints(*r->read(series.key, old), old, kHour);
            const auto got = *t->downsample(series.key, old, kHour);
            QCOMPARE(got.size(), std::size_t{48});
            QCOMPARE(got.size(), expected.size());
            for (std::size_t i = 0; i < got.size(); ++i) {
                QCOMPARE(got[i].count, expected[i].count);
                QCOMPARE(got[i].min, expected[i].min);
                QCOMPARE(got[i].max, expected[i].max);
                QVERIFY(std::abs(got[i].mean - expected[i].mean) <=
                        1e-12 * std::max(1.0, std::abs(expected[i].mean)));
            }
            // The last day is the very same readings.
            const TimeRange last{kEndMs - kDay, kEndMs};
            const auto a = *r->read(series.key, last), b = *t->read(series.key, last);
            QCOMPARE(b.size(), a.size());
            for (std::size_t i = 0; i < a.size(); ++i)
                QVERIFY(a[i].tMs == b[i].tMs && a[i].value == b[i].value);
        }
    }

    void countersGrowAndKilnsStayPhysical()
    {
        const std::string ws = workspace("physical");
        QCOMPARE(history(ws, "4", "", "trucks:10,kilns:10").code, 0);
        auto s = store(ws);
        const auto all = *s->allSeries();
        QCOMPARE(all.size(), std::size_t{10 * 7 + 10 * 9});
        for (const SeriesInfo& series : all) {
            const ChannelSpec& spec = channelSpec(series.key.channel);
            const auto points = *s->read(series.key, {0, kEndMs});
            QCOMPARE(points.size(), std::size_t{3 * 288});
            for (std::size_t i = 0; i < points.size(); ++i) {
                QVERIFY(points[i].value >= spec.minValue && points[i].value <= spec.maxValue);
                if (spec.counter && i > 0)
                    QVERIFY2(points[i].value >= points[i - 1].value, std::string(spec.key).c_str());
            }
        }
        const std::int64_t hottest =
            *s->db().queryInt64("SELECT CAST(max(value) AS INTEGER) FROM samples_view WHERE asset_kind = 2 "
                                "AND channel IN (103, 104)");
        QVERIFY2(hottest > 1100 && hottest < 1350, std::to_string(hottest).c_str());
        QVERIFY(s->rejects()->empty());
    }

    void injectedFaultsAppear()
    {
        const std::string ws = workspace("faults");
        const Run run =
            history(ws, "5",
                    "offline:truck:1@-2d/6h,odometer-rollback:truck:2@-1d,geofence-exit:truck:3@-2d,"
                    "kiln-shutdown:kiln:1@-3d/30h,duplicates:truck:4@-1d/2h,out-of-order:kiln:2@-1d/3h");
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.find("fault: odometer-rollback truck 2") != std::string::npos, run.out.c_str());
        auto s = store(ws);
        const TimeRange window{kEndMs - 3 * kDay, kEndMs};

        // Tracker offline: a six-hour gap.
        const auto gaps = *s->gaps({AssetKind::Truck, 1, ChannelId::Speed}, window);
        QCOMPARE(gaps.gaps.size(), std::size_t{1});
        QCOMPARE(gaps.gaps[0].fromMs, kEndMs - 2 * kDay); // the first report that did not come
        QCOMPARE(gaps.gaps[0].toMs - gaps.gaps[0].fromMs, 6 * 3'600'000);
        QVERIFY(gaps.coveragePct < 92.0);

        // Odometer rollback: refused and tallied from then on; the stored odometer stops there.
        const auto tallies = *s->rejects(AssetRef{AssetKind::Truck, 2});
        QCOMPARE(tallies.size(), std::size_t{1});
        QCOMPARE(tallies[0].reason, RejectReason::CounterBackwards);
        QCOMPARE(tallies[0].count, 288);
        QCOMPARE((*s->series({AssetKind::Truck, 2, ChannelId::Odometer}))->lastMs,
                 kEndMs - kDay - 5 * 60'000);

        // Geofence exit: truck 3 far beyond its cluster's fence.
        auto mainDb = Database::open(ws + "/saggar.db", OpenMode::ExistingReadOnly);
        const AssetDirectory assets(*loadTelemetryAssets(*mainDb));
        const Geofence fence = clusterGeofence(assets.find(AssetKind::Truck, 3)->cluster);
        const auto lat = *s->read({AssetKind::Truck, 3, ChannelId::Latitude}, window);
        const auto lon = *s->read({AssetKind::Truck, 3, ChannelId::Longitude}, window);
        QCOMPARE(lat.size(), lon.size());
        int outside = 0;
        for (std::size_t i = 0; i < lat.size(); ++i)
            outside += inside(fence, {lat[i].value, lon[i].value}) ? 0 : 1;
        QVERIFY2(outside >= 6, std::to_string(outside).c_str());

        // Kiln shut down: the firing zone goes cold.
        const auto zone4 = *s->downsample({AssetKind::Kiln, 1, ChannelId::Zone4Temp}, window, 3 * kDay);
        QVERIFY2(zone4.front().min < 500, std::to_string(zone4.front().min).c_str());

        // Duplicates were ignored; late, out-of-order reports all landed.
        QVERIFY2(run.out.find(" 168 duplicates ignored") != std::string::npos,
                 run.out.c_str()); // 24 reports × 7
        QCOMPARE(*s->count({AssetKind::Kiln, 2, ChannelId::Zone3Temp}, window), 3 * 288);
        QCOMPARE(*s->count({AssetKind::Truck, 4, ChannelId::Speed}, window), 3 * 288);
    }

    void duplicatesAndOutOfOrderChangeNothingStored()
    {
        const std::string clean = workspace("clean"), shaken = workspace("shaken");
        QCOMPARE(history(clean, "6").code, 0);
        QCOMPARE(history(shaken, "6",
                         "duplicates:truck:1@-2d/12h,out-of-order:truck:2@-2d/12h,"
                         "out-of-order:kiln:1@-1d/6h,duplicates:kiln:2@+1h/1d")
                     .code,
                 0);
        QCOMPARE(digest(shaken), digest(clean));
    }

    void liveContinuesTheHistory()
    {
        const std::string ws = workspace("live");
        QCOMPARE(
            sim({"history", "--workspace", ws, "--days", "1", "--assets", "truck:1,kiln:1", "--seed", "2"})
                .code,
            0);
        const SeriesKey odometer{AssetKind::Truck, 1, ChannelId::Odometer};
        const SeriesKey cycles{AssetKind::Kiln, 1, ChannelId::FiringCycles};
        const auto before = *store(ws)->series(odometer);
        const auto cyclesBefore = *store(ws)->series(cycles);
        const Run live = sim({"live", "--workspace", ws, "--interval-ms", "200", "--duration", "1",
                              "--assets", "truck:1,kiln:1", "--seed", "2"});
        QVERIFY2(live.code == 0, live.err.c_str());
        auto s = store(ws);
        const auto after = *s->series(odometer);
        QVERIFY(after->lastMs > before->lastMs);
        QVERIFY(after->lastValue >= before->lastValue);                      // continued, not restarted
        QVERIFY(after->lastValue < before->lastValue + 5);                   // a second of driving at most
        QVERIFY((*s->series(cycles))->lastValue >= cyclesBefore->lastValue); // likewise the kiln's count
        QVERIFY(s->rejects()->empty());
        QVERIFY(*s->count(odometer, {before->lastMs + 1, after->lastMs + 1}) >= 2);
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"replay"};
        QTest::newRow("zero days") << QStringList{"history", "--days", "0"};
        QTest::newRow("zero raw days") << QStringList{"history", "--raw-days", "0"};
        QTest::newRow("more raw days than days") << QStringList{"history", "--days", "3", "--raw-days", "4"};
        QTest::newRow("bad end") << QStringList{"history", "--end", "tomorrow"};
        QTest::newRow("bad assets") << QStringList{"history", "--assets", "boats:3"};
        QTest::newRow("asset not in workspace") << QStringList{"history", "--assets", "kiln:999"};
        QTest::newRow("bad fault") << QStringList{"history", "--faults", "meteor"};
        QTest::newRow("fault outside the window") << QStringList{"history", "--faults", "offline@-40d"};
        QTest::newRow("fast live") << QStringList{"live", "--interval-ms", "5"};
        QTest::newRow("missing workspace") << QStringList{"history", "--workspace", "/nonexistent/ws"};
    }
    void badOptionsAreRefused()
    {
        QFETCH(QStringList, words);
        static const std::string ws = workspace("refusals");
        std::vector<std::string> w;
        for (const QString& word : words)
            w.push_back(word.toStdString());
        if (std::find(w.begin(), w.end(), "--workspace") == w.end() && !w.empty())
            w.insert(w.end(), {"--workspace", ws});
        const Run run = sim(w);
        QCOMPARE(run.code, 2);
        QVERIFY(!run.err.empty());
        QVERIFY2(!QFileInfo::exists(QString::fromStdString(ws + "/telemetry.db")),
                 "a refused run writes nothing");
    }

    void helpAndVersion()
    {
        const Run help = sim({"--help"});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.find("history [--days N]") != std::string::npos);
        QVERIFY(help.out.find("live [--interval-ms N]") != std::string::npos);
        const Run version = sim({"--version"});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.rfind("saggar-sim ", 0) == 0);
    }
};

QTEST_GUILESS_MAIN(TestSaggarSim)
#include "tst_saggar_sim.moc"
