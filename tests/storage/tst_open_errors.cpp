// Opening a file that is missing, not a database, damaged, too new or held by another program:
// each gives its ErrorCode and a message a person can act on, and leaves the bytes untouched.
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/workspace.h"
#include "storage_test_data.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace saggar;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// A closed, checkpointed database of several pages with a table of data.
void makeRealDatabase(const std::string& path)
{
    Database db = testdata::freshDatabase(path);
    if (!db.exec(
               "CREATE TABLE filler (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
               "WHERE i < 2000) INSERT INTO filler SELECT hex(randomblob(40)) FROM n;")
             .ok())
        qFatal("could not fill the database");
}

// A raw connection that holds an exclusive lock until destroyed, as another program would.
class Locker
{
public:
    explicit Locker(const std::string& path)
    {
        sqlite3_open(path.c_str(), &m_db);
        m_ok = sqlite3_exec(m_db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~Locker()
    {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
    }
    Locker(const Locker&) = delete;
    Locker& operator=(const Locker&) = delete;
    bool ok() const { return m_ok; }

private:
    sqlite3* m_db = nullptr;
    bool m_ok = false;
};

} // namespace

class TestOpenErrors : public QObject
{
    Q_OBJECT

private:
    QString qpath(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    std::string path(const char* name) const { return qpath(name).toStdString(); }
    QTemporaryDir m_dir;

private slots:
    void missingFile_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("read-write") << int(OpenMode::ExistingReadWrite);
        QTest::newRow("read-only") << int(OpenMode::ExistingReadOnly);
    }
    void missingFile()
    {
        QFETCH(int, mode);
        const std::string p = path("absent.db");
        auto db = Database::open(p, OpenMode(mode));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, int(ErrorCode::DatabaseMissing));
        QVERIFY(contains(db.error().message, p));
        QVERIFY(contains(db.error().message, "does not exist"));
        QVERIFY(!QFile::exists(qpath("absent.db"))); // not created as a side effect
    }

    void missingWorkspaceFolder()
    {
        const std::string dir = path("no-such-workspace");
        auto ws = Workspace::open(dir, false);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, int(ErrorCode::DatabaseMissing));
        QVERIFY(contains(ws.error().message, dir));
        QVERIFY(!QFile::exists(QString::fromStdString(dir)));
        auto created = Workspace::open(dir, true);
        QVERIFY2(created.ok(), created.ok() ? "" : created.error().message.c_str());
        QVERIFY(QFile::exists(QString::fromStdString((*created)->databasePath())));
    }

    void corruptFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("random bytes") << "random";
        QTest::newRow("text file") << "text";
        QTest::newRow("empty file") << "empty";
        QTest::newRow("truncated database") << "truncated";
        QTest::newRow("damaged page") << "damaged";
    }
    void corruptFile()
    {
        QFETCH(QString, kind);
        const QString file = qpath("corrupt.db");
        QFile::remove(file);
        if (kind == "truncated" || kind == "damaged")
            makeRealDatabase(file.toStdString());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (kind == "random") {
            QByteArray bytes(8192, '\0');
            QRandomGenerator gen(42);
            for (auto& b : bytes)
                b = char(gen.bounded(256));
            f.write(bytes);
        } else if (kind == "text") {
            f.write("file_no,enterprise\nSG-2026-000001,Foshan Ceramics\n");
        } else if (kind == "truncated") {
            QVERIFY(f.size() > 8 * 4096);
            QVERIFY(f.resize(f.size() / 2));
        } else if (kind == "damaged") {
            // Scribble over the b-tree page header of a page in the middle of the filler table.
            QVERIFY(f.seek(f.size() / 2 / 4096 * 4096));
            f.write(QByteArray(64, '\x7f'));
        }
        f.close();
        const QByteArray before = testdata::fileHash(file);

        for (OpenMode mode : {OpenMode::ExistingReadWrite, OpenMode::ExistingReadOnly}) {
            auto db = Database::open(file.toStdString(), mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, int(ErrorCode::DatabaseCorrupt));
            QVERIFY(contains(db.error().message, "is not a Saggar database or is damaged"));
            QVERIFY(contains(db.error().message, "has not changed it"));
        }
        if (kind != "empty") { // a new database may be made in an empty file, never in anything else
            auto created = Database::open(file.toStdString(), OpenMode::CreateReadWrite);
            QVERIFY(!created.ok());
            QCOMPARE(created.error().code, int(ErrorCode::DatabaseCorrupt));
        }
        QCOMPARE(testdata::fileHash(file), before);
    }

    void newerSchema()
    {
        QVERIFY(QDir(m_dir.path()).mkpath("newer"));
        const std::string dir = path("newer");
        const std::string p = dir + "/saggar.db";
        {
            Database db = testdata::freshDatabase(p);
            QVERIFY(db.exec("PRAGMA user_version = " + std::to_string(currentSchemaVersion() + 1)).ok());
        }
        const QByteArray before = testdata::fileHash(QString::fromStdString(p));
        const std::string expected = "created by a newer version of Saggar (schema " +
                                     std::to_string(currentSchemaVersion() + 1) + ", this build knows " +
                                     std::to_string(currentSchemaVersion()) + ")";
        for (OpenMode mode :
             {OpenMode::ExistingReadWrite, OpenMode::ExistingReadOnly, OpenMode::CreateReadWrite}) {
            auto db = Database::open(p, mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, int(ErrorCode::DatabaseTooNew));
            QVERIFY2(contains(db.error().message, expected), db.error().message.c_str());
        }
        auto ws = Workspace::open(dir, true);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, int(ErrorCode::DatabaseTooNew));
        QCOMPARE(testdata::fileHash(QString::fromStdString(p)), before);
    }

    void lockedByAnotherProgram_data()
    {
        QTest::addColumn<bool>("wal");
        QTest::newRow("rollback journal") << false;
        QTest::newRow("wal") << true;
    }
    void lockedByAnotherProgram()
    {
        QFETCH(bool, wal);
        const std::string p = path(wal ? "locked-wal.db" : "locked-journal.db");
        {
            sqlite3* raw = nullptr;
            sqlite3_open(p.c_str(), &raw);
            const char* sql = wal ? "PRAGMA journal_mode=WAL; CREATE TABLE t (x)" : "CREATE TABLE t (x)";
            QCOMPARE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(raw);
        }
        const QByteArray before = testdata::fileHash(QString::fromStdString(p));
        {
            Locker locker(p);
            QVERIFY(locker.ok());
            auto db = Database::open(p, OpenMode::ExistingReadWrite);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, int(ErrorCode::DatabaseLocked));
            QVERIFY(contains(db.error().message, "is in use by another Saggar window or program"));
            QVERIFY(contains(db.error().message, p));
        }
        QCOMPARE(testdata::fileHash(QString::fromStdString(p)), before);
        auto db = Database::open(p, OpenMode::ExistingReadWrite); // free again: opens
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().message.c_str());
    }

    void folderIsNotADatabase()
    {
        QVERIFY(QDir(m_dir.path()).mkpath("folder.db"));
        auto db = Database::open(path("folder.db"), OpenMode::CreateReadWrite);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, int(ErrorCode::DatabaseIo));
    }
};

QTEST_GUILESS_MAIN(TestOpenErrors)
#include "tst_open_errors.moc"
