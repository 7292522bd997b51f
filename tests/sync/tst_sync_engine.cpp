// The sync engine against a scripted server with a manual clock: edits pushed in order and exactly
// once through lost answers and restarts, backoff and Retry-After respected, conflicts and refusals
// kept for the user, malformed answers leaving the outbox intact, the feed stored with its cursor, and
// the engine's own thread draining the outbox.
#include "scripted_server.h"

#include "storage/schema.h"
#include "storage/sync_outbox.h"
#include "sync/sync_engine.h"

#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace saggar;
using namespace saggar::test;

namespace {

constexpr TimestampMs kStart = 1795100000000;

class Recorder : public SyncListener
{
public:
    void syncStatusChanged(const SyncStatus& s) override
    {
        std::lock_guard lock(mutex);
        last = s;
        ++statusCalls;
    }
    void filesChanged(const std::vector<Id>& ids) override
    {
        std::lock_guard lock(mutex);
        changed.insert(changed.end(), ids.begin(), ids.end());
    }
    std::mutex mutex;
    SyncStatus last;
    int statusCalls = 0;
    std::vector<Id> changed;
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_path;
    std::unique_ptr<Database> m_db; // the UI's connection
    ScriptedServer m_server;
    Recorder m_recorder;
    TimestampMs m_now = kStart;
    int m_n = 0;

    std::unique_ptr<SyncEngine> engine(std::int64_t baseMs = 500)
    {
        SyncEngineOptions o;
        o.databasePath = m_path;
        o.seed = 7;
        o.backoffBaseMs = baseMs;
        o.backoffCapMs = 60000;
        o.clock = [this] { return m_now; };
        auto e = std::make_unique<SyncEngine>(o, forwardTo(m_server), &m_recorder);
        if (!e->open())
            qFatal("engine did not open");
        return e;
    }
    std::vector<std::string> queue(int n, int files = 3)
    {
        std::vector<std::string> keys;
        for (int i = 0; i < n; ++i) {
            auto tx = Transaction::begin(*m_db);
            auto row = enqueueEdit(*m_db, 1 + i % files, 1,
                                   "{\"set\":{\"purpose\":\"" + std::to_string(i) + "\"}}", m_now);
            if (!tx || !row || !tx->commit().ok())
                qFatal("queue failed");
            keys.push_back(row->idempotencyKey);
        }
        return keys;
    }
    std::int64_t pending() { return SqliteOutbox(*m_db).state()->pending; }
    // Runs passes, moving the clock to each next due time, until the outbox is empty.
    void drain(SyncEngine& e, int maxPasses = 1000)
    {
        for (int i = 0; i < maxPasses && pending() > 0; ++i)
            m_now = std::max(m_now + 1, e.runOnce());
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QString("ws-%1.db").arg(++m_n)).toStdString();
        auto db = Database::open(m_path, OpenMode::CreateReadWrite);
        QVERIFY(db.ok());
        m_db = std::make_unique<Database>(std::move(*db));
        QVERIFY(migrate(*m_db).ok());
        m_server = ScriptedServer();
        m_now = kStart;
        std::lock_guard lock(m_recorder.mutex);
        m_recorder.changed.clear();
    }

    void pushesInOrderExactlyOnceThroughLostAnswers()
    {
        const auto keys = queue(30);
        for (int i = 0; i < 30; ++i)
            m_server.script.push_back(i % 3 == 0   ? Fault::AfterCommit
                                      : i % 5 == 0 ? Fault::BeforeDelivery
                                                   : Fault::None);
        auto e = engine();
        drain(*e);
        QCOMPARE(pending(), std::int64_t(0));
        QCOMPARE(m_server.effects, keys);                // each key once, in the order queued
        QVERIFY(m_server.requests.size() > keys.size()); // the lost answers were asked again
        QCOMPARE(m_recorder.last.pending, std::int64_t(0));
        QVERIFY(m_recorder.last.online);
        QCOMPARE(m_recorder.last.lastSuccessMs > 0, true);
    }

    void crashMatrix_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("stopped after the local commit") << int(Fault::None);
        QTest::newRow("destroyed after sending") << int(Fault::BeforeDelivery);
        QTest::newRow("server committed, answer lost") << int(Fault::AfterCommit);
        QTest::newRow("server committed, answer cut off") << int(Fault::MalformedSuccess);
    }

    void crashMatrix()
    {
        QFETCH(int, fault);
        const auto keys = queue(5);
        {
            auto first = engine();
            if (fault != int(Fault::None)) {
                m_server.script = {Fault(fault)};
                first->runOnce();
            }
        }                                     // destroyed: nothing in memory survives
        QCOMPARE(pending(), std::int64_t(5)); // the server's answer never reached the outbox
        auto second = engine();
        drain(*second);
        QCOMPARE(m_server.effects, keys);
        QCOMPARE(pending(), std::int64_t(0));
    }

    void laterRowsWaitBehindARetry()
    {
        queue(3);
        m_server.script = {Fault::BeforeDelivery, Fault::BeforeDelivery}; // the push and the feed
        auto e = engine();
        const TimestampMs due = e->runOnce();
        QCOMPARE(m_server.requests.size(), std::size_t(2)); // one PATCH, then the feed
        QVERIFY(due > m_now && due <= m_now + 500);
        QCOMPARE(pending(), std::int64_t(3));
        auto rows = SqliteOutbox(*m_db).pending(3);
        QCOMPARE(rows->front().attempts, 1);
        QVERIFY(rows->front().lastError.find("reset") != std::string::npos);
        QVERIFY(!e->status().online);
        QVERIFY(!e->status().lastError.empty());
    }

    void retryAfterIsHonoured()
    {
        queue(1);
        m_server.script = {Fault::Unavailable};
        m_server.retryAfter = "120";
        auto e = engine();
        e->runOnce();
        auto rows = SqliteOutbox(*m_db).pending(1);
        QCOMPARE(rows->front().nextAttemptMs, m_now + 120000);
        QCOMPARE(rows->front().lastError, std::string("HTTP 503: overloaded"));
        const auto sent = m_server.effects.size();
        m_now += 119000;
        e->runOnce();
        QCOMPARE(m_server.effects.size(), sent); // not yet
        m_now += 1000;
        e->runOnce();
        QCOMPARE(pending(), std::int64_t(0));
    }

    void backoffGrowsWithAttempts()
    {
        queue(1);
        for (int i = 0; i < 8; ++i)
            m_server.script.push_back(Fault::BeforeDelivery);
        auto e = engine(1000);
        std::vector<std::int64_t> waits;
        for (int i = 0; i < 8; ++i) {
            const TimestampMs due = e->runOnce();
            waits.push_back(due - m_now);
            QVERIFY(due - m_now <= std::min<std::int64_t>(60000, 1000LL << i));
            m_now = due;
        }
        QVERIFY(*std::max_element(waits.begin(), waits.end()) > 8000); // it grew past the first ceilings
        drain(*e);
        QCOMPARE(m_server.effects.size(), std::size_t(1));
    }

    void conflictsAndRefusalsAreKeptAndTheRestGoesOn()
    {
        const auto keys = queue(4);
        m_server.script = {Fault::None, Fault::Conflict, Fault::Unprocessable};
        auto e = engine();
        e->runOnce();
        QCOMPARE(pending(), std::int64_t(0));
        QCOMPARE(m_server.effects, (std::vector<std::string>{keys[0], keys[3]}));
        auto conflicts = SqliteOutbox(*m_db).conflicts();
        QCOMPARE(conflicts->size(), std::size_t(2));
        QCOMPARE(conflicts->at(0).idempotencyKey, keys[1]);
        QVERIFY(conflicts->at(0).replyJson.find("\"theirs\":\"b\"") != std::string::npos);
        QCOMPARE(conflicts->at(1).idempotencyKey, keys[2]);
        QCOMPARE(m_recorder.last.conflicts, std::int64_t(2));
    }

    void laterRowsAreSentOnTheRebasedBase()
    {
        for (std::int64_t base : {1, 2, 3}) {
            auto tx = Transaction::begin(*m_db);
            QVERIFY(
                enqueueEdit(*m_db, 1, base, "{\"set\":{\"termMonths\":" + std::to_string(base) + "}}", m_now)
                    .ok());
            QVERIFY(tx->commit().ok());
        }
        m_server.versions[1] = 5; // someone else wrote versions 2 to 5
        auto e = engine();
        e->runOnce();
        QCOMPARE(pending(), std::int64_t(0));
        QCOMPARE(m_server.requests.at(0).ifMatch, std::optional<std::int64_t>(1));
        QCOMPARE(m_server.requests.at(1).ifMatch, std::optional<std::int64_t>(1)); // not 2: checked from 1
        QCOMPARE(m_server.requests.at(2).ifMatch, std::optional<std::int64_t>(1));
    }

    void malformedSuccessKeepsTheRow()
    {
        const auto keys = queue(1);
        m_server.script = {Fault::MalformedSuccess};
        auto e = engine();
        e->runOnce();
        QCOMPARE(pending(), std::int64_t(1));
        QVERIFY(e->status().lastError.find("not understood") != std::string::npos);
        drain(*e); // the same key replays the stored answer: still one effect
        QCOMPARE(m_server.effects, keys);
    }

    void feedIsPagedAndStoredWithItsCursor()
    {
        for (int i = 1; i <= 5; ++i)
            m_server.feed.push_back("{\"seq\":" + std::to_string(i) +
                                    ",\"fileId\":" + std::to_string(10 + i % 3) +
                                    ",\"version\":" + std::to_string(i) + ",\"deleted\":false,\"atMs\":0}");
        auto e = engine();
        e->runOnce();
        QCOMPARE(SqliteOutbox(*m_db).state()->cursor, std::int64_t(5));
        QCOMPARE(m_server.requests.size(), std::size_t(3));                        // pages of 2, 2 and 1
        QCOMPARE((*SqliteOutbox(*m_db).lastChange(12))->version, std::int64_t(5)); // seq 2, then 5
        std::vector<Id> changed = m_recorder.changed;
        std::sort(changed.begin(), changed.end());
        QCOMPARE(changed, (std::vector<Id>{10, 11, 12}));
    }

    void hostileFeedChangesNothing()
    {
        QVERIFY(SqliteOutbox(*m_db).storeChanges({{3, 10, 1, false, 0}}, 3, kStart).ok());
        m_server.feedOverride = "{\"changes\":[{\"seq\":4,\"fileId\":\"10\",\"version\":2,\"deleted\":false,"
                                "\"atMs\":0}],\"cursor\":4,\"more\":false}";
        auto e = engine();
        e->runOnce();
        QCOMPARE(SqliteOutbox(*m_db).state()->cursor, std::int64_t(3));
        QCOMPARE((*SqliteOutbox(*m_db).lastChange(10))->version, std::int64_t(1));
        QVERIFY(e->status().lastError.find("'fileId' is not an integer") != std::string::npos);
        QVERIFY(m_recorder.changed.empty());
    }

    void threadDrainsAndStops()
    {
        const auto keys = queue(50);
        SyncEngineOptions o;
        o.databasePath = m_path;
        o.seed = 1;
        o.backoffBaseMs = 1;
        o.backoffCapMs = 5;
        for (int i = 0; i < 50; i += 7)
            m_server.script.push_back(Fault::AfterCommit);
        SyncEngine e(o, forwardTo(m_server), &m_recorder);
        QVERIFY(e.open().ok());
        QCOMPARE(e.status().pending, std::int64_t(50)); // read from the database, before any pass
        e.start();
        QTRY_COMPARE_WITH_TIMEOUT(e.status().pending, std::int64_t(0), 10000);
        e.stop();
        QCOMPARE(m_server.effects.size(), keys.size());
        QCOMPARE(m_server.effects, keys);
        QCOMPARE(pending(), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
