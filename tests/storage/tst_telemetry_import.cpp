// Importing telemetry CSV files: bad lines reported by line number, skip-bad against all-or-nothing,
// nothing half-written when the import is cancelled or the file cannot be read part way, duplicates
// counted, progress reported; and the workspace's assets as the import resolves them.
#include "storage/telemetry_asset_source.h"
#include "storage/telemetry_import.h"

#include "core/telemetry_time.h"
#include "storage/portfolio_writer.h"
#include "storage_test_data.h"

#include <QTemporaryDir>
#include <QTest>

#include <sstream>
#include <streambuf>

using namespace saggar;

namespace {

constexpr TimestampMs kNow = 1'780'000'000'000;
const SeriesKey kSpeed{AssetKind::Truck, 1, ChannelId::Speed};

AssetDirectory assets()
{
    TelemetryAsset truck;
    truck.kind = AssetKind::Truck;
    truck.id = 1;
    truck.deviceId = "TRK-000001";
    TelemetryAsset kiln;
    kiln.kind = AssetKind::Kiln;
    kiln.id = 1;
    kiln.deviceId = "GW-000001";
    return AssetDirectory({truck, kiln});
}

// `n` good speed readings 5 minutes apart, going back from `firstMinute` minutes before kNow.
std::string goodLines(int n, int firstMinute = 0)
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += "truck,TRK-000001,speed," +
               std::to_string(kNow - (firstMinute + 5 * static_cast<std::int64_t>(i) + 1) * 60'000) + "," +
               std::to_string(i % 90) + "\n";
    return out;
}

// A stream that fails after `good` characters, like a file on a disconnected share.
class FailingBuffer : public std::streambuf
{
public:
    FailingBuffer(std::string text, std::size_t good) : m_text(std::move(text)), m_good(good)
    {
        setg(m_text.data(), m_text.data(), m_text.data() + m_good);
    }

protected:
    int_type underflow() override { throw std::ios_base::failure("read error"); }

private:
    std::string m_text;
    std::size_t m_good;
};

} // namespace

class TestTelemetryImport : public QObject
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
    ImportReport import(TelemetryStore& store, const std::string& text, ImportMode mode)
    {
        std::istringstream in(text);
        ImportOptions options;
        options.mode = mode;
        options.nowMs = kNow;
        auto report = importTelemetryCsv(store, in, m_assets, options);
        if (!report)
            qFatal("%s", report.error().message.c_str());
        return *report;
    }
    static std::int64_t stored(TelemetryStore& store)
    {
        return *store.db().queryInt64("SELECT count(*) FROM samples");
    }

    QTemporaryDir m_dir;
    AssetDirectory m_assets = assets();

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_dir.remove();
        m_dir = QTemporaryDir();
    }

    void badLinesAreReportedByLineNumber()
    {
        auto store = open();
        const std::string file = "asset_kind,asset,channel,time,value,device_seq\n" // 1
                                 + goodLines(2) +                                   // 2, 3
                                 "truck,TRK-000001,speed,yesterday,5\n"             // 4 malformed
                                 "\n"                                               // 5 blank
                                 "truck,42,speed,1779990000000,5\n"                 // 6 unknown asset
                                 "kiln,1,zone3_temp,1779990000000,1900\n"           // 7 out of range
                                 "kiln,GW-000001,zone3_temp,1779990000000,1190\n"   // 8 good
                                 "truck,1,speed," +
                                 std::to_string(kNow + 3'600'000) + ",5\n" // 9 future
                                 + "truck,1,altitude,1779990000000,5\n";   // 10 unknown channel
        const ImportReport report = import(*store, file, ImportMode::SkipBad);
        QVERIFY(report.committed);
        QCOMPARE(report.lines, 10);
        QCOMPARE(report.samples, 3);
        QCOMPARE(report.inserted, 3);
        QCOMPARE(report.rejected.total(), 5);
        QCOMPARE(report.errors.size(), std::size_t{5});
        const std::vector<std::pair<int, RejectReason>> expected{{4, RejectReason::Malformed},
                                                                 {6, RejectReason::UnknownAsset},
                                                                 {7, RejectReason::OutOfRange},
                                                                 {9, RejectReason::FutureTimestamp},
                                                                 {10, RejectReason::UnknownChannel}};
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(report.errors[i].line, expected[i].first);
            QCOMPARE(report.errors[i].reason, expected[i].second);
            QVERIFY(!report.errors[i].message.empty());
        }
        QCOMPARE(stored(*store), 3);
        // The device's faults are tallied against the asset; the file's own mistakes are not.
        const auto tallies = *store->rejects();
        QCOMPARE(tallies.size(), std::size_t{2});
    }

    void allOrNothingWritesNothingWhenALineIsBad()
    {
        auto store = open();
        const std::string file = goodLines(300) + "truck,1,speed,1779990000000,9000\n" + goodLines(10, 3000);
        const ImportReport report = import(*store, file, ImportMode::AllOrNothing);
        QVERIFY(!report.committed);
        QCOMPARE(report.errors.size(), std::size_t{1});
        QCOMPARE(report.errors[0].line, 301);
        QCOMPARE(stored(*store), 0);
        QVERIFY(store->rejects()->empty());
        QVERIFY(store->allSeries()->empty());
        // The same file with the line skipped stores the rest…
        const ImportReport skipping = import(*store, file, ImportMode::SkipBad);
        QVERIFY(skipping.committed);
        QCOMPARE(stored(*store), 310);
        // …and with every line good, all-or-nothing stores it all; resent, it is all duplicates.
        auto clean = open("clean.db");
        QVERIFY(import(*clean, goodLines(50), ImportMode::AllOrNothing).committed);
        const ImportReport again = import(*clean, goodLines(50), ImportMode::AllOrNothing);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.duplicates, 50);
        QCOMPARE(stored(*clean), 50);
    }

    void cancelledImportWritesNothing()
    {
        auto store = open();
        std::istringstream in(goodLines(5000));
        std::atomic<bool> cancel{false};
        ImportOptions options;
        options.nowMs = kNow;
        options.cancel = &cancel;
        options.progressEveryLines = 1000;
        std::vector<std::int64_t> seen;
        options.progress = [&](const ImportProgress& p) {
            seen.push_back(p.lines);
            if (p.lines >= 3000)
                cancel = true;
        };
        auto report = importTelemetryCsv(*store, in, m_assets, options);
        QVERIFY(report.ok());
        QVERIFY(report->cancelled);
        QVERIFY(!report->committed);
        QCOMPARE(seen, (std::vector<std::int64_t>{1000, 2000, 3000, 3000}));
        QCOMPARE(stored(*store), 0);
    }

    void failingFileWritesNothing()
    {
        auto store = open();
        QVERIFY(import(*store, goodLines(3), ImportMode::SkipBad).committed); // stored before: stays
        // More lines than a batch, so some were flushed inside the transaction before the failure.
        const std::string text = goodLines(250'000, 100);
        FailingBuffer buffer(text, text.size() / 2);
        std::istream in(&buffer);
        in.exceptions(std::ios::goodbit);
        ImportOptions options;
        options.nowMs = kNow;
        auto report = importTelemetryCsv(*store, in, m_assets, options);
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.find("nothing was imported") != std::string::npos);
        QCOMPARE(stored(*store), 3);
        QCOMPARE(*store->count(kSpeed, {0, kNow}), 3);
    }

    void progressCountsBytes()
    {
        auto store = open();
        const std::string text = goodLines(2500);
        std::istringstream in(text);
        ImportOptions options;
        options.nowMs = kNow;
        options.totalBytes = static_cast<std::int64_t>(text.size());
        options.progressEveryLines = 1000;
        std::vector<ImportProgress> seen;
        options.progress = [&](const ImportProgress& p) { seen.push_back(p); };
        QVERIFY(importTelemetryCsv(*store, in, m_assets, options)->committed);
        QCOMPARE(seen.size(), std::size_t{3});
        QVERIFY(seen[0].bytesRead < seen[1].bytesRead);
        QCOMPARE(seen.back().bytesRead, static_cast<std::int64_t>(text.size()));
        QCOMPARE(seen.back().lines, 2500);
        QCOMPARE(seen.back().totalBytes, static_cast<std::int64_t>(text.size()));
    }

    void workspaceAssetsResolveDeviceIds()
    {
        const std::string path = m_dir.filePath("saggar.db").toStdString();
        Database db = testdata::freshDatabase(path);
        PortfolioSnapshot s;
        s.users.push_back(testdata::user(1, "analyst", "Analyst", Role::Analyst));
        s.enterprises.push_back(
            testdata::enterprise(1, 1, "景德镇瓷业", "Jingdezhen Porcelain", Cluster::Jingdezhen));
        s.files.push_back(testdata::file(1, "SG-2026-000001", 1));
        s.trucks.push_back(testdata::truck(1, 1, 1, 1));
        s.trucks.push_back(testdata::truck(2, 2, 1, 0));
        s.trucks.back().brand = "Unknown";
        s.trucks.back().purchasePrice = Money::fromYuan(150'000);
        s.kilns.push_back(testdata::kiln(1, 1, 1, 1));
        s.kilns.back().fuel = KilnFuel::Electric;
        s.kilns.back().capacityUnit = CapacityUnit::Pieces;
        QVERIFY(savePortfolio(db, s).ok());
        auto ro = Database::open(path, OpenMode::ExistingReadOnly);
        QVERIFY(ro.ok());
        auto loaded = loadTelemetryAssets(*ro);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), std::size_t{3});
        const AssetDirectory directory(*loaded);
        const TelemetryAsset* t1 = directory.findByDevice(s.trucks[0].trackerId);
        QVERIFY(t1);
        QCOMPARE(t1->id, 1);
        QCOMPARE(t1->cluster, Cluster::Jingdezhen);
        QVERIFY(!t1->lightTruck);                                 // a Tianlong KL, by the model table
        QVERIFY(directory.find(AssetKind::Truck, 2)->lightTruck); // unknown model, light by price
        const TelemetryAsset* k1 = directory.findByDevice(s.kilns[0].gatewayId);
        QVERIFY(k1);
        QCOMPARE(k1->kind, AssetKind::Kiln);
        QCOMPARE(k1->fuel, KilnFuel::Electric);
        QCOMPARE(channelsOf(*k1).size(), std::size_t{9});
        QVERIFY(!directory.find(AssetKind::Kiln, 2));
    }
};

QTEST_GUILESS_MAIN(TestTelemetryImport)
#include "tst_telemetry_import.moc"
