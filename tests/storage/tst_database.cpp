// Database, Statement and Transaction: the pragmas every connection relies on, value round trips,
// RAII finalize / rollback, and the errors of the failure paths.
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <limits>
#include <optional>

using namespace saggar;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    std::string path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }
    Database create(const char* name)
    {
        auto db = Database::open(path(name), OpenMode::CreateReadWrite);
        if (!db)
            qFatal("%s", db.error().message.c_str());
        return std::move(*db);
    }

    QTemporaryDir m_dir;

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void pragmasOnReadWriteConnection()
    {
        Database db = create("pragmas.db");
        QCOMPARE(*db.queryInt64("PRAGMA foreign_keys"), 1);
        QCOMPARE(*db.queryText("PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(*db.queryInt64("PRAGMA synchronous"), 1); // NORMAL
        QCOMPARE(*db.queryInt64("PRAGMA busy_timeout"), 2000);
        QVERIFY(!db.isReadOnly());
    }

    void readOnlyConnectionRefusesWrites()
    {
        {
            Database db = create("ro.db");
            QVERIFY(db.exec("CREATE TABLE t (x INTEGER)").ok());
        }
        auto ro = Database::open(path("ro.db"), OpenMode::ExistingReadOnly);
        QVERIFY2(ro.ok(), ro.ok() ? "" : ro.error().message.c_str());
        QVERIFY(ro->isReadOnly());
        QCOMPARE(*ro->queryInt64("PRAGMA foreign_keys"), 1);
        auto write = ro->exec("INSERT INTO t VALUES (1)");
        QVERIFY(!write.ok());
        QCOMPARE(write.error().code, int(ErrorCode::DatabaseIo));
    }

    void int64RoundTrip_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("negative") << qint64(-42);
        QTest::newRow("fen beyond 2^31") << qint64(9'000'000'000'000'000);
        QTest::newRow("max") << std::numeric_limits<qint64>::max();
        QTest::newRow("min") << std::numeric_limits<qint64>::min();
    }
    void int64RoundTrip()
    {
        QFETCH(qint64, value);
        Database db = create("int.db");
        auto stmt = db.prepare("SELECT ?1, typeof(?1)");
        QVERIFY(stmt.ok());
        QVERIFY(stmt->bindInt64(1, value).ok());
        QCOMPARE(*stmt->step(), true);
        QCOMPARE(stmt->columnInt64(0), value);
        QCOMPARE(stmt->columnText(1), std::string("integer"));
        QCOMPARE(*stmt->step(), false);
    }

    void textRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("ascii") << QByteArray("SG-2026-000123");
        QTest::newRow("chinese") << QByteArray("佛山市南海区金刚陶瓷有限公司");
        QTest::newRow("embedded nul") << QByteArray("a\0b", 3);
    }
    void textRoundTrip()
    {
        QFETCH(QByteArray, value);
        Database db = create("text.db");
        auto stmt = db.prepare("SELECT ?1, typeof(?1)");
        QVERIFY(stmt.ok());
        QVERIFY(stmt->bindText(1, std::string_view(value.constData(), std::size_t(value.size()))).ok());
        QCOMPARE(*stmt->step(), true);
        QCOMPARE(stmt->columnText(0), value.toStdString());
        QCOMPARE(stmt->columnText(1), std::string("text"));
    }

    void doubleNullAndBindAll()
    {
        Database db = create("mixed.db");
        auto stmt = db.prepare("SELECT ?1, ?2, ?3, ?4, ?5, ?6");
        QVERIFY(stmt.ok());
        const std::optional<std::int64_t> none;
        const std::optional<std::int64_t> some = 7;
        QVERIFY(stmt->bindAll(4.35, nullptr, none, some, std::string("x"), true).ok());
        QCOMPARE(*stmt->step(), true);
        QCOMPARE(stmt->columnDouble(0), 4.35);
        QVERIFY(stmt->columnIsNull(1));
        QVERIFY(stmt->columnIsNull(2));
        QCOMPARE(stmt->columnInt64(3), 7);
        QCOMPARE(stmt->columnText(4), std::string("x"));
        QCOMPARE(stmt->columnInt(5), 1);
        QVERIFY(!stmt->columnIsNull(5));
        QVERIFY(!stmt->bindNull(1).ok()); // binding a running statement: an error, not a crash
        stmt->reset();
        QVERIFY(stmt->bindNull(1).ok());
        QVERIFY(!stmt->bindInt64(7, 1).ok()); // out of range
        QCOMPARE(*stmt->step(), true);
        QVERIFY(stmt->columnIsNull(0));
    }

    static int statementsOpen(const Database& db)
    {
        int n = 0;
        for (sqlite3_stmt* st = sqlite3_next_stmt(db.handle(), nullptr); st;
             st = sqlite3_next_stmt(db.handle(), st))
            ++n;
        return n;
    }

    static bool anyBusy(const Database& db)
    {
        for (sqlite3_stmt* st = sqlite3_next_stmt(db.handle(), nullptr); st;
             st = sqlite3_next_stmt(db.handle(), st))
            if (sqlite3_stmt_busy(st))
                return true;
        return false;
    }

    void statementIsKeptForReuseWhenDestroyed()
    {
        Database db = create("reuse.db");
        {
            auto stmt = db.prepare("SELECT 1");
            QVERIFY(stmt.ok());
            QCOMPARE(statementsOpen(db), 1);
            Statement moved = std::move(*stmt);
            QVERIFY(moved.isValid());
            QVERIFY(!stmt->isValid());
        }
        QCOMPARE(statementsOpen(db), 1); // kept, reset
        QVERIFY(!anyBusy(db));
        {
            auto again = db.prepare("SELECT 1");
            QCOMPARE(statementsOpen(db), 1); // the kept one, not a second
            auto twice = db.prepare("SELECT 1");
            QCOMPARE(statementsOpen(db), 2); // in use twice at once: a second copy
            QCOMPARE(*again->step(), true);
            QCOMPARE(*twice->step(), true);
        }
        QCOMPARE(statementsOpen(db), 1); // one kept, the other finalized
        // Text with more than one statement is not kept (the cache finds statements by their whole text).
        {
            auto first = db.prepare("SELECT 1; SELECT 2");
            QVERIFY(first.ok());
        }
        QCOMPARE(statementsOpen(db), 1);
    }

    void reusedStatementStartsClean()
    {
        Database db = create("clean.db");
        {
            auto stmt = db.prepare("SELECT ?1 UNION ALL SELECT 2");
            QVERIFY(stmt->bindInt64(1, 5).ok());
            QCOMPARE(*stmt->step(), true);
            QCOMPARE(stmt->columnInt64(0), 5);
            QVERIFY(anyBusy(db)); // dropped in the middle of its rows
        }
        QVERIFY(!anyBusy(db)); // reset: no read held open
        auto stmt = db.prepare("SELECT ?1 UNION ALL SELECT 2");
        QCOMPARE(*stmt->step(), true);
        QVERIFY(stmt->columnIsNull(0)); // the old binding is gone
    }

    void keptStatementFollowsSchemaChanges()
    {
        Database db = create("schema.db");
        QVERIFY(db.exec("CREATE TABLE t (a INTEGER)").ok());
        QVERIFY(db.exec("INSERT INTO t VALUES (1)").ok());
        {
            auto stmt = db.prepare("SELECT * FROM t");
            QCOMPARE(stmt->columnCount(), 1);
        }
        QVERIFY(db.exec("ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'x'").ok());
        {
            auto stmt = db.prepare("SELECT * FROM t");
            QCOMPARE(*stmt->step(), true);
            QCOMPARE(stmt->columnCount(), 2);
            QCOMPARE(stmt->columnText(1), std::string("x"));
        }
        QVERIFY(db.exec("DROP TABLE t").ok()); // a kept, idle statement does not lock the table
        // The kept statement for a table that is gone fails when run (SQLite prepares it again).
        auto gone = db.prepare("SELECT * FROM t");
        QVERIFY(!gone.ok() || !gone->step().ok());
    }

    void cacheStaysBounded()
    {
        Database db = create("bounded.db");
        for (int i = 0; i < 600; ++i) {
            auto stmt = db.prepare("SELECT " + std::to_string(i));
            QCOMPARE(*stmt->step(), true);
            QCOMPARE(stmt->columnInt(0), i);
        }
        QVERIFY(statementsOpen(db) <= 256);
        QVERIFY(statementsOpen(db) >= 1);
    }

    void statementMayOutliveItsDatabase()
    {
        std::optional<Statement> held;
        {
            Database db = create("outlive.db");
            {
                auto kept = db.prepare("SELECT 2");
            } // idle in the cache when the connection closes
            auto stmt = db.prepare("SELECT 1");
            held.emplace(std::move(*stmt));
        }
        QVERIFY(held->isValid());
        held.reset(); // finalized, not handed back to a closed cache
        Database again = create("outlive.db");
        QCOMPARE(*again.queryInt64("SELECT 3"), 3);
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db = create("tx.db");
        QVERIFY(db.exec("CREATE TABLE t (x INTEGER)").ok());
        {
            auto tx = Transaction::begin(db);
            QVERIFY(tx.ok());
            QVERIFY(db.inTransaction());
            QVERIFY(db.exec("INSERT INTO t VALUES (1)").ok());
        }
        QVERIFY(!db.inTransaction());
        QCOMPARE(*db.queryInt64("SELECT count(*) FROM t"), 0);
        {
            auto tx = Transaction::begin(db);
            QVERIFY(db.exec("INSERT INTO t VALUES (2)").ok());
            QVERIFY(tx->commit().ok());
            QVERIFY(!tx->commit().ok()); // a second commit is an error, not a crash
        }
        QCOMPARE(*db.queryInt64("SELECT count(*) FROM t"), 1);
    }

    void nestedTransactionIsASavepoint()
    {
        Database db = create("nested.db");
        QVERIFY(db.exec("CREATE TABLE t (x INTEGER)").ok());
        auto outer = Transaction::begin(db);
        QVERIFY(outer.ok());
        QVERIFY(db.exec("INSERT INTO t VALUES (1)").ok());
        {
            auto inner = Transaction::begin(db);
            QVERIFY(inner.ok());
            QVERIFY(db.exec("INSERT INTO t VALUES (2)").ok());
        } // inner rolled back, outer still open
        QVERIFY(db.inTransaction());
        {
            auto inner = Transaction::begin(db);
            QVERIFY(db.exec("INSERT INTO t VALUES (3)").ok());
            QVERIFY(inner->commit().ok());
        }
        QVERIFY(outer->commit().ok());
        QCOMPARE(*db.queryText("SELECT group_concat(x) FROM t"), std::string("1,3"));
    }

    void failurePaths()
    {
        Database db = create("fail.db");
        auto bad = db.prepare("SELEKT 1");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.find("syntax error") != std::string::npos);
        QVERIFY(db.exec("CREATE TABLE trucks (id INTEGER PRIMARY KEY, vin TEXT UNIQUE)").ok());
        QVERIFY(db.exec("INSERT INTO trucks (vin) VALUES ('A')").ok());
        auto dup = db.exec("INSERT INTO trucks (vin) VALUES ('A')");
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, int(ErrorCode::Conflict));
        QVERIFY(dup.error().message.find("Another truck already has this VIN") != std::string::npos);
        auto none = db.queryInt64("SELECT id FROM trucks WHERE vin = 'B'");
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, int(ErrorCode::NotFound));
    }

    void moveTransfersOwnership()
    {
        Database a = create("move.db");
        sqlite3* handle = a.handle();
        Database b = std::move(a);
        QCOMPARE(b.handle(), handle);
        QCOMPARE(a.handle(), nullptr);
        QCOMPARE(b.path(), path("move.db"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
