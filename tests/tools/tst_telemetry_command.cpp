// saggarctl telemetry import: bad lines named by file and line number, --skip-bad against
// --all-or-nothing with their exit codes, device ids resolved against a demo workspace, usage errors.
#include "commands.h"

#include "storage/telemetry_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace saggar;

namespace {

struct Run
{
    int code;
    std::string out;
    std::string err;
};

Run saggarctl(std::vector<std::string> words)
{
    std::vector<const char*> argv{"saggarctl"};
    for (const auto& w : words)
        argv.push_back(w.c_str());
    const auto args = ctl::parseArguments(static_cast<int>(argv.size()), argv.data(),
                                          {"workspace", "seed", "files", "enterprises", "trucks", "kilns"});
    std::ostringstream out, err;
    const int code = ctl::run(args, out, err);
    return {code, out.str(), err.str()};
}

std::int64_t storedReadings(const std::string& ws)
{
    auto store = TelemetryStore::openInWorkspace(ws, OpenMode::CreateReadWrite);
    return store ? *(*store)->db().queryInt64("SELECT count(*) FROM samples") : -1;
}

} // namespace

class TestTelemetryCommand : public QObject
{
    Q_OBJECT

private:
    std::string file(const char* name, const std::string& text)
    {
        const QString path = m_dir.filePath(QString::fromUtf8(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text.data(), static_cast<qint64>(text.size()));
        return path.toStdString();
    }
    std::string workspace()
    {
        const std::string ws = m_dir.filePath("ws").toStdString();
        if (!QFile::exists(QString::fromStdString(ws + "/saggar.db")))
            if (saggarctl({"demo", "create", "--workspace", ws, "--files", "4", "--seed", "1"}).code != 0)
                qFatal("demo create failed");
        return ws;
    }
    // The tracker id of truck 1 in the demo workspace, read back from saggar.db.
    std::string trackerOfTruck1(const std::string& ws)
    {
        auto db = Database::open(ws + "/saggar.db", OpenMode::ExistingReadOnly);
        return *db->queryText("SELECT tracker_id FROM trucks WHERE id = 1");
    }

    QTemporaryDir m_dir;

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void importsAndNamesBadLines()
    {
        const std::string ws = workspace();
        const std::string tracker = trackerOfTruck1(ws);
        const std::string csv =
            file("readings.csv", "asset_kind,asset,channel,time,value,device_seq\n"
                                 "truck," +
                                     tracker +
                                     ",speed,2026-11-20T10:00:00Z,55.5,1\n"
                                     "truck,1,odometer,2026-11-20T10:00:00+08:00,120000.5,1\n"
                                     "truck,1,speed,2026-11-20T10:05:00,56\n"
                                     "kiln,1,zone3_temp,1795000000000,99999\n");
        const Run skip = saggarctl({"telemetry", "import", csv, "--workspace", ws});
        QCOMPARE(skip.code, 1); // some lines were refused
        QVERIFY2(skip.out.find(csv + ":4: malformed:") != std::string::npos, skip.out.c_str());
        QVERIFY2(skip.out.find(csv + ":5: out_of_range:") != std::string::npos, skip.out.c_str());
        QVERIFY2(skip.out.find("Imported 2 readings") != std::string::npos, skip.out.c_str());
        QCOMPARE(storedReadings(ws), 2);

        const std::string clean = file("clean.csv", "truck,1,speed,2026-11-20T10:10:00Z,57\n");
        const Run ok = saggarctl({"telemetry", "import", clean, "--workspace", ws, "--all-or-nothing"});
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.find("1 new, 0 already stored") != std::string::npos, ok.out.c_str());
        QCOMPARE(storedReadings(ws), 3);
    }

    void allOrNothingRefusesTheWholeFile()
    {
        const std::string ws = workspace();
        const std::string before = std::to_string(storedReadings(ws));
        const std::string csv = file("mixed.csv", "truck,1,speed,2026-11-21T10:00:00Z,40\n"
                                                  "truck,1,speed,2026-11-21T10:05:00Z,41\n"
                                                  "lorry,1,speed,2026-11-21T10:10:00Z,42\n");
        const Run run = saggarctl({"telemetry", "import", csv, "--workspace", ws, "--all-or-nothing"});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.find(csv + ":3: malformed:") != std::string::npos, run.out.c_str());
        QVERIFY2(run.out.find("Nothing was imported") != std::string::npos, run.out.c_str());
        QCOMPARE(std::to_string(storedReadings(ws)), before);
    }

    void usageAndEnvironmentErrors()
    {
        const std::string ws = workspace();
        const std::string csv = file("one.csv", "truck,1,speed,2026-11-21T10:00:00Z,40\n");
        QCOMPARE(saggarctl({"telemetry", "import", "--workspace", ws}).code, 2);
        QCOMPARE(
            saggarctl({"telemetry", "import", csv, "--workspace", ws, "--skip-bad", "--all-or-nothing"}).code,
            2);
        const Run missingFile =
            saggarctl({"telemetry", "import", m_dir.filePath("none.csv").toStdString(), "--workspace", ws});
        QCOMPARE(missingFile.code, 2);
        QVERIFY(missingFile.err.find("Could not open") != std::string::npos);
        const Run missingWs =
            saggarctl({"telemetry", "import", csv, "--workspace", m_dir.filePath("nows").toStdString()});
        QCOMPARE(missingWs.code, 2);
        QVERIFY(!QFile::exists(m_dir.filePath("nows/telemetry.db")));
        QVERIFY(saggarctl({"--help"}).out.find("telemetry import") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestTelemetryCommand)
#include "tst_telemetry_command.moc"
