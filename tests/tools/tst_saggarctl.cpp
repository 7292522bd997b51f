// saggarctl commands: demo creation (and refusing to touch an existing workspace), validation, users.
#include "commands.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <sstream>

using namespace saggar::ctl;

namespace {

struct Run
{
    int code;
    std::string out;
    std::string err;
};

Run ctl(std::vector<std::string> words)
{
    std::vector<const char*> argv{"saggarctl"};
    for (const auto& w : words)
        argv.push_back(w.c_str());
    const auto args = parseArguments(static_cast<int>(argv.size()), argv.data(),
                                     {"workspace", "seed", "now", "files", "enterprises", "trucks", "kilns"});
    std::ostringstream out, err;
    const int code = run(args, out, err);
    return {code, out.str(), err.str()};
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The newest loan-file change in a workspace, in epoch ms (0 when unreadable).
qint64 newestChangeMs(const std::string& db)
{
    sqlite3* handle = nullptr;
    qint64 newest = 0;
    if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT max(updated_at_ms) FROM loan_files", -1, &st, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            newest = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(handle);
    return newest;
}

} // namespace

class TestSaggarctl : public QObject
{
    Q_OBJECT
private slots:
    void demoCreateThenRefuseToOverwrite()
    {
        QTemporaryDir dir;
        const std::string ws = dir.filePath(QStringLiteral("ws")).toStdString();
        const Run created = ctl({"demo", "create", "--workspace", ws, "--files", "40", "--seed", "3"});
        QCOMPARE(created.code, 0);
        QVERIFY(created.out.find("40 loan files") != std::string::npos);
        const QString db = QString::fromStdString(ws + "/saggar.db");
        const QByteArray before = digest(db);
        QVERIFY(!before.isEmpty());

        const Run again = ctl({"demo", "create", "--workspace", ws});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.find("left untouched") != std::string::npos);
        QCOMPARE(digest(db), before);

        const Run users = ctl({"users", "list", "--workspace", ws});
        QCOMPARE(users.code, 0);
        for (const char* login : {"analyst\tanalyst", "appraiser\tappraiser", "manager\tmanager"})
            QVERIFY2(users.out.find(login) != std::string::npos, login);
    }

    void demoTodayFollowsNow()
    {
        QTemporaryDir dir;
        const std::string ws = dir.filePath(QStringLiteral("ws")).toStdString();
        const Run created =
            ctl({"demo", "create", "--workspace", ws, "--files", "40", "--now", "2027-03-01T09:00:00Z"});
        QCOMPARE(created.code, 0);
        const qint64 today = 1803891600000; // 2027-03-01 09:00 UTC
        const qint64 newest = newestChangeMs(ws + "/saggar.db");
        QVERIFY2(newest <= today && newest > today - 30LL * 86'400'000, QByteArray::number(newest));

        const std::string other = dir.filePath(QStringLiteral("other")).toStdString();
        const Run refused = ctl({"demo", "create", "--workspace", other, "--now", "next week"});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.find("--now") != std::string::npos);
        QVERIFY(!QFile::exists(QString::fromStdString(other + "/saggar.db")));
    }

    void badCountsAreRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("word") << "many";
        QTest::newRow("zero") << "0";
        QTest::newRow("negative") << "-5";
        QTest::newRow("trailing") << "12x";
    }
    void badCountsAreRefused()
    {
        QFETCH(QString, value);
        QTemporaryDir dir;
        const Run r = ctl({"demo", "create", "--workspace", dir.path().toStdString() + "/ws", "--files",
                           value.toStdString()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.find("--files") != std::string::npos);
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/ws/saggar.db")));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        QTest::newRow("uscc ok") << "uscc"
                                 << "91350100M000100Y43" << 0;
        QTest::newRow("uscc bad") << "uscc"
                                  << "91350100M000100Y44" << 1;
        QTest::newRow("vin ok") << "vin"
                                << "1M8GDM9AXKP042788" << 0;
        QTest::newRow("vin bad") << "vin"
                                 << "1M8GDM9A1KP042788" << 1;
        QTest::newRow("plate ok") << "plate"
                                  << "粤E12345" << 0;
        QTest::newRow("plate bad") << "plate"
                                   << "XX12345" << 1;
        QTest::newRow("unknown kind") << "iban"
                                      << "x" << 2;
    }
    void validate()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(int, code);
        const Run r = ctl({"validate", kind.toStdString(), value.toStdString()});
        QCOMPARE(r.code, code);
    }

    void versionAndUsage()
    {
        QCOMPARE(ctl({"--version"}).code, 0);
        QCOMPARE(ctl({}).code, 2);
        QCOMPARE(ctl({"frobnicate"}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestSaggarctl)
#include "tst_saggarctl.moc"
