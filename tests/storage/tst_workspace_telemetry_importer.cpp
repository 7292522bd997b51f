// The workstation's telemetry import over a workspace folder: a good file's counts, bad lines by
// number in both modes, cancellation, one import at a time, and files that are missing, empty or
// someone else's (wrong header) refused with nothing written.
#include "storage/workspace_telemetry_importer.h"

#include "storage/portfolio_writer.h"
#include "storage/telemetry_store.h"
#include "storage/workspace.h"
#include "storage_test_data.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace saggar;

namespace {

constexpr TimestampMs kNow = 1'780'000'000'000;
const SeriesKey kSpeed{AssetKind::Truck, 1, ChannelId::Speed};

// `n` good speed readings of truck 1, a minute apart, ending a minute before kNow.
QByteArray goodLines(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += "truck,1,speed," + QByteArray::number(kNow - static_cast<qint64>(n - i) * 60'000) + "," +
               QByteArray::number(i % 90) + "\n";
    return out;
}

} // namespace

class TestWorkspaceTelemetryImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceTelemetryImporter> m_importer;

    std::string write(const char* name, const QByteArray& text)
    {
        QFile f(m_dir.filePath(QString::fromUtf8(name)));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", name);
        return f.fileName().toStdString();
    }
    std::int64_t stored()
    {
        auto store = TelemetryStore::openInWorkspace(m_dir.path().toStdString(), OpenMode::CreateReadWrite);
        if (!store)
            qFatal("%s", store.error().message.c_str());
        return *(*store)->count(kSpeed, {0, kNow + 1});
    }
    bool telemetryFileExists() const { return QFile::exists(m_dir.filePath(TelemetryStore::kFileName)); }
    TelemetryImportOutcome run(const std::string& path, ImportMode mode = ImportMode::SkipBad)
    {
        TelemetryImportRequest request;
        request.path = path;
        request.mode = mode;
        return m_importer->importFile(request);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Database db = testdata::freshDatabase(
            m_dir.filePath(QString::fromUtf8(Workspace::kDatabaseFileName)).toStdString());
        PortfolioSnapshot s;
        s.users.push_back(testdata::user(1, "analyst", "Analyst", Role::Analyst));
        s.enterprises.push_back(
            testdata::enterprise(1, 1, "景德镇瓷业", "Jingdezhen Porcelain", Cluster::Jingdezhen));
        s.files.push_back(testdata::file(1, "SG-2026-000001", 1));
        s.trucks.push_back(testdata::truck(1, 1, 1, 1));
        QVERIFY(savePortfolio(db, s).ok());
        m_importer =
            std::make_unique<WorkspaceTelemetryImporter>(m_dir.path().toStdString(), [] { return kNow; });
    }
    void cleanup()
    {
        m_importer.reset();
        m_dir.remove();
        m_dir = QTemporaryDir();
    }

    void goodFileCountsMatch()
    {
        const auto path =
            write("good.csv", "asset_kind,asset,channel,time,value,device_seq\n" + goodLines(300));
        const auto outcome = run(path);
        QVERIFY2(outcome.ok(), outcome.message().c_str());
        QCOMPARE(outcome.report.lines, 301);
        QCOMPARE(outcome.report.samples, 300);
        QCOMPARE(outcome.report.inserted, 300);
        QCOMPARE(outcome.report.duplicates, 0);
        QVERIFY(outcome.report.committed);
        QCOMPARE(stored(), 300);
        // The same file again: every reading is a duplicate.
        const auto again = run(path);
        QCOMPARE(again.report.inserted, 0);
        QCOMPARE(again.report.duplicates, 300);
        QCOMPARE(stored(), 300);
    }

    void badLinesInBothModes()
    {
        QByteArray text = goodLines(10);
        text.insert(0, "truck,1,speed,yesterday,5\n");                              // line 1
        text += "truck,1,speed," + QByteArray::number(kNow - 1000) + ",400\n";      // line 12
        text += "kiln,99,zone1_temp," + QByteArray::number(kNow - 1000) + ",900\n"; // line 13
        const auto path = write("bad.csv", text);
        const auto strict = run(path, ImportMode::AllOrNothing);
        QVERIFY(strict.ok());
        QVERIFY(!strict.report.committed);
        QCOMPARE(strict.report.rejected.total(), 3);
        QVERIFY(!telemetryFileExists() || stored() == 0);
        const auto skip = run(path, ImportMode::SkipBad);
        QVERIFY(skip.report.committed);
        QCOMPARE(skip.report.inserted, 10);
        QCOMPARE(skip.report.errors.size(), std::size_t{3});
        QCOMPARE(skip.report.errors[0].line, 1);
        QCOMPARE(skip.report.errors[0].reason, RejectReason::Malformed);
        QCOMPARE(skip.report.errors[1].line, 12);
        QCOMPARE(skip.report.errors[1].reason, RejectReason::OutOfRange);
        QCOMPARE(skip.report.errors[2].line, 13);
        QCOMPARE(skip.report.errors[2].reason, RejectReason::UnknownAsset);
        QCOMPARE(stored(), 10);
    }

    void cancelFromProgressWritesNothing()
    {
        m_importer->setProgressEveryLines(1000);
        const auto path = write("big.csv", goodLines(20'000));
        std::atomic<bool> cancel{false};
        std::vector<std::int64_t> seen;
        TelemetryImportRequest request;
        request.path = path;
        request.cancel = &cancel;
        request.progress = [&](const ImportProgress& p) {
            seen.push_back(p.lines);
            QVERIFY(p.totalBytes > 0);
            if (p.lines >= 5000)
                cancel = true;
        };
        const auto outcome = m_importer->importFile(request);
        QVERIFY(outcome.ok());
        QVERIFY(outcome.report.cancelled);
        QVERIFY(!outcome.report.committed);
        QCOMPARE(outcome.report.lines, 5000);
        QCOMPARE(seen.front(), 1000);
        QCOMPARE(stored(), 0);
    }

    void oneImportAtATime()
    {
        QVERIFY(m_importer->claim());
        QVERIFY(m_importer->busy());
        QVERIFY(!m_importer->claim());
        m_importer->release();
        QVERIFY(m_importer->claim());
        m_importer->release();
        QVERIFY(!m_importer->busy());
    }

    void unusableFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("failure");
        QTest::newRow("empty") << QByteArray() << int(ImportFailure::Empty);
        QTest::newRow("blank and comments") << QByteArray("\n# exported\n  \n") << int(ImportFailure::Empty);
        QTest::newRow("header only") << QByteArray("asset_kind,asset,channel,time,value\n")
                                     << int(ImportFailure::Empty);
        QTest::newRow("other platform's header")
            << QByteArray("timestamp,device,metric,reading\n2026-05-28T10:15:00Z,TRK-1,speed,5\n")
            << int(ImportFailure::WrongHeader);
        QTest::newRow("columns in another order")
            << QByteArray("asset_kind,asset,time,channel,value\ntruck,1,1779963300000,speed,5\n")
            << int(ImportFailure::WrongHeader);
        QTest::newRow("extra column") << QByteArray("asset_kind,asset,channel,time,value,device_seq,note\n")
                                      << int(ImportFailure::WrongHeader);
    }
    void unusableFilesChangeNothing()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, failure);
        const auto outcome = run(write("file.csv", text));
        QCOMPARE(int(outcome.failure), failure);
        QVERIFY(!outcome.message().empty());
        QVERIFY(!telemetryFileExists()); // refused before the store was even opened
    }

    void unreadableFilesAreRefused()
    {
        auto missing = run(m_dir.filePath("no-such.csv").toStdString());
        QCOMPARE(missing.failure, ImportFailure::CannotOpen);
        QVERIFY(QDir(m_dir.path()).mkdir("folder.csv"));
        auto folder = run(m_dir.filePath("folder.csv").toStdString());
        QCOMPARE(folder.failure, ImportFailure::CannotOpen);
        QVERIFY(!telemetryFileExists());
    }

    void headerCheck()
    {
        QCOMPARE(checkTelemetryCsvHeader("asset_kind,asset,channel,time,value,device_seq"),
                 ImportFailure::None);
        QCOMPARE(checkTelemetryCsvHeader("\xEF\xBB\xBF"
                                         "ASSET_KIND, asset, channel, time, value"),
                 ImportFailure::None);
        QCOMPARE(checkTelemetryCsvHeader("truck,1,speed,1779963300000,5"), ImportFailure::None);
        QCOMPARE(checkTelemetryCsvHeader("truck,TRK-X,speed,yesterday,fast"),
                 ImportFailure::None); // a bad line
        QCOMPARE(checkTelemetryCsvHeader("asset_kind,asset,channel"), ImportFailure::WrongHeader);
        QCOMPARE(checkTelemetryCsvHeader("time;device;value"), ImportFailure::WrongHeader);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceTelemetryImporter)
#include "tst_workspace_telemetry_importer.moc"
