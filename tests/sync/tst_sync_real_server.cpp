// The workstation's sync client against the real saggar-server on loopback, through the fault proxy:
// the client signs in as its user, and edits made offline, across lost and cut answers, an expired
// token, a refused password and a second workstation all arrive exactly once, in order. The server and
// the workstations start from the same demo database (the client's a copy of the server's), as a
// workstation does after its first full pull.
#include "sync_workstation.h"

#include "core/validation.h"
#include "storage/sync_outbox.h"
#include "sync/http_transport.h"
#include "sync/signed_in_transport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using saggar::test::EngineChoice;
using saggar::test::ProxyFaults;
using saggar::test::SyncTestServer;
using saggar::test::Workstation;

namespace {

Truck truckNumber(int n)
{
    return test::seriesTruck(n, 100000, "粤E", "TRK-SYNC-"); // six digits
}

} // namespace

class TestSyncRealServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncTestServer m_server;
    Workstation m_a{"analyst", 11}, m_b{"analyst", 11};
    Id m_file = 0;
    Id m_enterprise = 0;
    int m_trucks = 0; // trucks made so far, for fresh VINs

    std::int64_t serverCount(const std::string& sql) { return m_server.count(sql); }
    std::int64_t serverTrucksWithVin(const std::string& vin)
    {
        return serverCount("SELECT count(*) FROM trucks WHERE vin = '" + vin +
                           "' AND loan_file_id = " + std::to_string(m_file));
    }
    Truck pledge(Workstation& w, Id file = 0)
    {
        Truck t = truckNumber(++m_trucks);
        t.loanFileId = file ? file : m_file;
        if (!w.files->addTruck(t))
            qFatal("the workstation did not store the truck");
        return t;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.open(m_dir.path().toStdString()).ok());
        Database& db = m_server.db();
        const auto analyst = db.queryInt64("SELECT id FROM users WHERE login = 'analyst'");
        QVERIFY(analyst.ok());
        m_file = db.queryInt64("SELECT min(id) FROM loan_files").value();
        m_enterprise =
            db.queryInt64("SELECT enterprise_id FROM loan_files WHERE id = " + std::to_string(m_file))
                .value();
        QVERIFY(db.exec("UPDATE loan_files SET state = 'draft', analyst_id = " +
                        std::to_string(analyst.value()) + " WHERE id <= " + std::to_string(m_file + 4))
                    .ok());
        // The workstations start from the server's data, as after a first full pull.
        for (auto [w, name] : {std::pair{&m_a, "a"}, std::pair{&m_b, "b"}}) {
            const auto copied = m_server.copyTo(*w, name);
            QVERIFY2(copied.ok(), copied.ok() ? "" : copied.error().message.c_str());
        }
        QVERIFY(m_server.start().ok());
    }

    void cleanupTestCase() { m_server.stop(); }

    void init() { m_server.proxy().setFaults({}); }

    void offlineEditsDrainOnceInOrder()
    {
        m_server.proxy().setFaults(ProxyFaults{.resetOnAccept = true}); // the server cannot be reached
        std::vector<Truck> made;
        for (int i = 0; i < 40; ++i)
            made.push_back(pledge(m_a));
        auto engine = m_a.engine(m_server.proxy().port());
        engine->runOnce();
        QCOMPARE(m_a.pending(), 40);
        QVERIFY(!engine->status().online);
        for (const Truck& t : made)
            QCOMPARE(serverTrucksWithVin(t.vin), 0);

        m_server.proxy().setFaults({});
        m_a.drain(*engine);
        QCOMPARE(m_a.pending(), 0);
        QVERIFY(engine->status().online);
        // Each once, and in the order they were made: server ids rise with the workstation's order.
        std::int64_t lastId = 0;
        for (const Truck& t : made) {
            QCOMPARE(serverTrucksWithVin(t.vin), 1);
            const auto id = serverCount("SELECT id FROM trucks WHERE vin = '" + t.vin + "'");
            QVERIFY(id > lastId);
            lastId = id;
        }
    }

    void aLostAnswerIsReplayedNotRepeated()
    {
        for (const ProxyFaults faults :
             {ProxyFaults{.dropResponse = true}, ProxyFaults{.truncateResponseAt = 40}}) {
            const Truck t = pledge(m_a);
            auto engine = m_a.engine(m_server.proxy().port());
            engine->runOnce(); // signs in and pulls cleanly first
            m_a.now += 60'000;
            // Signed in already, and one request per connection: the fault meets the patch itself.
            const Truck lost = pledge(m_a);
            m_server.proxy().setFaults(faults);
            engine->runOnce();
            QCOMPARE(m_a.pending(), 1);                 // the answer never arrived…
            QCOMPARE(serverTrucksWithVin(lost.vin), 1); // …but the server made the change
            m_server.proxy().setFaults({});
            m_a.drain(*engine);
            QCOMPARE(m_a.pending(), 0);
            QCOMPARE(serverTrucksWithVin(lost.vin), 1);
            QCOMPARE(serverTrucksWithVin(t.vin), 1);
        }
    }

    void anExpiredTokenIsRenewed()
    {
        auto engine = m_a.engine(m_server.proxy().port());
        const Truck first = pledge(m_a);
        m_a.drain(*engine);
        QCOMPARE(serverTrucksWithVin(first.vin), 1);
        m_server.clock().advance(9 * 3600 * 1000LL); // past the token's 8 hours
        const Truck second = pledge(m_a);
        m_a.drain(*engine, 1); // one pass: the 401 is answered by a new sign-in, not a retry later
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(serverTrucksWithVin(second.vin), 1);
    }

    void aRefusedPasswordKeepsTheEdit()
    {
        const Truck t = pledge(m_a);
        {
            auto wrong = m_a.engine(m_server.proxy().port(), {.password = "not-the-password"});
            m_a.drain(*wrong, 3);
            QCOMPARE(m_a.pending(), 1);
            QVERIFY2(wrong->status().lastError.find("401") != std::string::npos,
                     wrong->status().lastError.c_str());
            QCOMPARE(serverTrucksWithVin(t.vin), 0);
        }
        auto right = m_a.engine(m_server.proxy().port());
        m_a.drain(*right);
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(serverTrucksWithVin(t.vin), 1);
    }

    void twoWorkstationsMergeTheirPledges()
    {
        // B still holds the file at the version both started from; A has moved it on since.
        const Truck fromB = pledge(m_b);
        Kiln k;
        k.loanFileId = m_file;
        k.enterpriseId = m_enterprise;
        k.type = KilnType::Tunnel;
        k.lengthM = 120;
        k.dailyCapacity = 5000;
        k.yearInstalled = 2020;
        k.purchaseCost = Money::fromYuan(2500000);
        k.gatewayId = "GW-SYNC-B";
        QVERIFY(m_b.files->addKiln(k).ok());
        const Truck fromA = pledge(m_a);
        auto a = m_a.engine(m_server.proxy().port());
        auto b = m_b.engine(m_server.proxy().port());
        m_a.drain(*a);
        m_b.drain(*b);
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(m_b.pending(), 0);
        QCOMPARE(serverTrucksWithVin(fromA.vin), 1);
        QCOMPARE(serverTrucksWithVin(fromB.vin), 1);
        QCOMPARE(serverCount("SELECT count(*) FROM kilns WHERE gateway_id = 'GW-SYNC-B'"), 1);
        QCOMPARE(m_b.workspace->db().queryInt64("SELECT count(*) FROM sync_conflicts").value(), 0);
    }

    // Several files' edits in one request (POST /api/v1/patches), one row per file per request:
    // through a lost answer, every edit lands once and each file's edits in their order.
    void batchedPushLandsEachEditOnceInOrder()
    {
        auto engine = m_a.engine(m_server.proxy().port(), EngineChoice{.batchPush = true});
        engine->runOnce(); // signs in (and pulls) with nothing to push
        m_a.now += 60'000;
        std::vector<std::vector<Truck>> made(5);
        for (int round = 0; round < 6; ++round)
            for (Id f = 0; f < 5; ++f)
                made[static_cast<std::size_t>(f)].push_back(pledge(m_a, m_file + f));
        m_server.proxy().setFaults(
            ProxyFaults{.dropResponse = true}); // the first batch lands, its answer is lost
        engine->runOnce();
        QCOMPARE(m_a.pending(), 30);
        int landed = 0;
        for (const auto& file : made)
            for (const Truck& t : file)
                landed +=
                    static_cast<int>(serverCount("SELECT count(*) FROM trucks WHERE vin = '" + t.vin + "'"));
        QCOMPARE(landed, 5); // one request: each file's first edit, and nothing after it
        for (const auto& file : made)
            QCOMPARE(serverCount("SELECT count(*) FROM trucks WHERE vin = '" + file.front().vin + "'"), 1);
        m_server.proxy().setFaults({});
        m_a.drain(*engine);
        QCOMPARE(m_a.pending(), 0);
        QVERIFY2(m_a.workspace->db().queryInt64("SELECT count(*) FROM sync_conflicts").value() == 0,
                 m_a.workspace->db()
                     .queryText("SELECT coalesce(min(reply_json), '') FROM sync_conflicts")
                     .value()
                     .c_str());
        for (const auto& file : made) {
            std::int64_t lastId = 0;
            for (const Truck& t : file) {
                QCOMPARE(serverCount("SELECT count(*) FROM trucks WHERE vin = '" + t.vin + "'"), 1);
                const auto id = serverCount("SELECT id FROM trucks WHERE vin = '" + t.vin + "'");
                QVERIFY(id > lastId);
                lastId = id;
            }
        }
    }

    // Once quiet, every workstation holds what the server holds: the file's fields, version and
    // pledges, including an edit made on the server by another client.
    void workstationsConvergeOnceQuiet()
    {
        const std::string file = std::to_string(m_file);
        const std::int64_t version = serverCount("SELECT version FROM loan_files WHERE id = " + file);
        HttpTransportOptions http;
        http.port = m_server.directPort();
        SignedInTransport other(std::make_unique<HttpTransport>(http), "analyst", "saggar-demo");
        const auto edited = other.exchange({"PATCH",
                                            "/api/v1/files/" + file,
                                            R"({"set":{"amountFen":123456700,"purpose":"两条辊道窑"}})",
                                            "6f1c7f9e-2b1a-4c3d-9e8f-0123456789ab",
                                            version,
                                            {}});
        QVERIFY(edited.ok());
        QCOMPARE(edited->status, 200);
        const Truck late = pledge(m_b); // B pledges once more before it hears of the edit
        auto a = m_a.engine(m_server.proxy().port());
        auto b = m_b.engine(m_server.proxy().port());
        m_a.drain(*a);
        m_b.drain(*b);
        // Quiet now: one more pass each, with nothing left to push, hears everything.
        m_a.now += 60'000;
        m_b.now += 60'000;
        a->runOnce();
        b->runOnce();
        QCOMPARE(serverTrucksWithVin(late.vin), 1);
        const std::string state =
            "SELECT version || '|' || state || '|' || amount_fen || '|' || term_months || '|' || purpose || "
            "'|' || "
            "(SELECT group_concat(vin, ',') FROM (SELECT vin FROM trucks WHERE loan_file_id = " +
            file +
            " ORDER BY vin)) || '|' || (SELECT group_concat(g, ',') FROM (SELECT coalesce(gateway_id, type) "
            "AS g "
            "FROM kilns WHERE loan_file_id = " +
            file + " ORDER BY g)) FROM loan_files WHERE id = " + file;
        std::string onServer;
        {
            std::lock_guard lock(m_server.mutex());
            onServer = m_server.db().queryText(state).value();
        }
        QVERIFY(onServer.find("|123456700|") != std::string::npos);
        QVERIFY(onServer.find(late.vin) != std::string::npos);
        QCOMPARE(QString::fromStdString(m_a.workspace->db().queryText(state).value()),
                 QString::fromStdString(onServer));
        QCOMPARE(QString::fromStdString(m_b.workspace->db().queryText(state).value()),
                 QString::fromStdString(onServer));
    }
};

QTEST_GUILESS_MAIN(TestSyncRealServer)
#include "tst_sync_real_server.moc"
