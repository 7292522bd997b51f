// The workstation's sync client against the real saggar-server on loopback, through the fault proxy:
// the client signs in as its user, and edits made offline, across lost and cut answers, an expired
// token, a refused password and a second workstation all arrive exactly once, in order. The server and
// the workstations start from the same demo database (the client's a copy of the server's), as a
// workstation does after its first full pull.
#include "fault_proxy.h"

#include "core/clock.h"
#include "core/validation.h"
#include "server/api_handler_factory.h"
#include "server/demo_seed.h"
#include "server/sync_schema.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/sync_outbox.h"
#include "storage/workspace.h"
#include "sync/http_transport.h"
#include "sync/signed_in_transport.h"
#include "sync/sync_engine.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/ServerSocket.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using namespace saggar::server;
using saggar::test::FaultProxy;
using saggar::test::ProxyFaults;

namespace {

constexpr TimestampMs kStart = 1795100000000;

// A workstation: its own copy of the database, its store (which queues edits) and its clock.
struct Workstation
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<SqliteLoanFileStore> store;
    TimestampMs now = kStart;

    std::unique_ptr<SyncEngine> engine(std::uint16_t port, const std::string& password = "saggar-demo",
                                       bool batch = false)
    {
        SyncEngineOptions o;
        o.batchPush = batch;
        o.databasePath = workspace->databasePath();
        o.seed = 11;
        o.backoffBaseMs = 100;
        o.backoffCapMs = 1000;
        o.clock = [this] { return now; };
        HttpTransportOptions http;
        http.port = port;
        http.timeoutMs = 3000;
        auto transport =
            std::make_unique<SignedInTransport>(std::make_unique<HttpTransport>(http), "analyst", password);
        auto e = std::make_unique<SyncEngine>(o, std::move(transport), nullptr);
        if (!e->open())
            qFatal("the engine did not open");
        return e;
    }
    std::int64_t pending() { return workspace->db().queryInt64("SELECT count(*) FROM sync_outbox").value(); }
    // Passes until the outbox is empty (or `passes` ran), a minute of the client's clock apart.
    void drain(SyncEngine& e, int passes = 20)
    {
        for (int i = 0; i < passes && pending() > 0; ++i) {
            e.runOnce();
            now += 60'000;
        }
    }
};

Truck truckNumber(int n)
{
    Truck t;
    const std::string digits = std::to_string(100000 + n % 100000); // six digits
    t.vin = "LFWADRJF0P1" + digits;
    t.vin[8] = *vinCheckDigit(t.vin);
    t.plate = "粤E" + digits.substr(1);
    t.brand = "Dongfeng";
    t.model = "KL";
    t.year = 2022;
    t.purchasePrice = Money::fromYuan(300000 + n);
    t.trackerId = "TRK-SYNC-" + std::to_string(n);
    return t;
}

} // namespace

class TestSyncRealServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_server;
    std::unique_ptr<SqliteLoanFileStore> m_serverStore;
    std::unique_ptr<TokenService> m_tokens;
    ManualClock m_serverClock{kStart};
    std::unique_ptr<ApiContext> m_context;
    std::unique_ptr<Poco::Net::ServerSocket> m_socket;
    std::unique_ptr<Poco::Net::HTTPServer> m_http;
    std::unique_ptr<FaultProxy> m_proxy;
    Workstation m_a, m_b;
    Id m_file = 0;
    Id m_enterprise = 0;
    int m_trucks = 0; // trucks made so far, for fresh VINs

    std::int64_t serverCount(const std::string& sql)
    {
        std::lock_guard lock(m_context->storeMutex);
        return m_server->db().queryInt64(sql).value();
    }
    std::int64_t serverTrucksWithVin(const std::string& vin)
    {
        return serverCount("SELECT count(*) FROM trucks WHERE vin = '" + vin +
                           "' AND loan_file_id = " + std::to_string(m_file));
    }
    Truck pledge(Workstation& w, Id file = 0)
    {
        Truck t = truckNumber(++m_trucks);
        t.loanFileId = file ? file : m_file;
        if (!w.store->addTruck(t))
            qFatal("the workstation did not store the truck");
        return t;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const std::string root = m_dir.path().toStdString();
        auto ws = Workspace::open(root + "/server", true);
        QVERIFY(ws.ok());
        m_server = std::move(ws).value();
        Database& db = m_server->db();
        QVERIFY(seedDemoIfEmpty(db).ok());
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
        for (const char* name : {"a", "b"})
            QVERIFY(db.exec("VACUUM INTO '" + root + "/" + name + ".db'").ok());
        for (auto [w, name] : {std::pair{&m_a, "a"}, std::pair{&m_b, "b"}}) {
            QVERIFY(QDir().mkpath(m_dir.filePath(name)));
            QVERIFY(QFile::rename(m_dir.filePath(QString(name) + ".db"),
                                  m_dir.filePath(QString(name) + "/saggar.db")));
            auto opened = Workspace::open(root + "/" + name, false);
            QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
            w->workspace = std::move(opened).value();
            w->store = std::make_unique<SqliteLoanFileStore>(w->workspace->db());
        }
        QVERIFY(ensureSyncSchema(db, m_serverClock.nowMs()).ok());
        const auto secret = serverSecret(m_server->directory());
        QVERIFY(secret.ok());
        m_tokens = std::make_unique<TokenService>(secret.value());
        m_serverStore = std::make_unique<SqliteLoanFileStore>(db);
        m_context.reset(new ApiContext{*m_serverStore, *m_tokens, m_serverClock, db, {}});
        m_socket = std::make_unique<Poco::Net::ServerSocket>(Poco::Net::SocketAddress("127.0.0.1", 0));
        // One request per connection, so a fault set on the proxy hits the very next request.
        auto* params = new Poco::Net::HTTPServerParams;
        params->setKeepAlive(false);
        m_http =
            std::make_unique<Poco::Net::HTTPServer>(new ApiHandlerFactory(*m_context), *m_socket, params);
        m_http->start();
        m_proxy = std::make_unique<FaultProxy>("127.0.0.1", m_socket->address().port());
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        m_http->stopAll(true);
    }

    void init() { m_proxy->setFaults({}); }

    void offlineEditsDrainOnceInOrder()
    {
        m_proxy->setFaults(ProxyFaults{.resetOnAccept = true}); // the server cannot be reached
        std::vector<Truck> made;
        for (int i = 0; i < 40; ++i)
            made.push_back(pledge(m_a));
        auto engine = m_a.engine(m_proxy->port());
        engine->runOnce();
        QCOMPARE(m_a.pending(), 40);
        QVERIFY(!engine->status().online);
        for (const Truck& t : made)
            QCOMPARE(serverTrucksWithVin(t.vin), 0);

        m_proxy->setFaults({});
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
            auto engine = m_a.engine(m_proxy->port());
            engine->runOnce(); // signs in and pulls cleanly first
            m_a.now += 60'000;
            // Signed in already, and one request per connection: the fault meets the patch itself.
            const Truck lost = pledge(m_a);
            m_proxy->setFaults(faults);
            engine->runOnce();
            QCOMPARE(m_a.pending(), 1);                 // the answer never arrived…
            QCOMPARE(serverTrucksWithVin(lost.vin), 1); // …but the server made the change
            m_proxy->setFaults({});
            m_a.drain(*engine);
            QCOMPARE(m_a.pending(), 0);
            QCOMPARE(serverTrucksWithVin(lost.vin), 1);
            QCOMPARE(serverTrucksWithVin(t.vin), 1);
        }
    }

    void anExpiredTokenIsRenewed()
    {
        auto engine = m_a.engine(m_proxy->port());
        const Truck first = pledge(m_a);
        m_a.drain(*engine);
        QCOMPARE(serverTrucksWithVin(first.vin), 1);
        m_serverClock.advance(9 * 3600 * 1000LL); // past the token's 8 hours
        const Truck second = pledge(m_a);
        m_a.drain(*engine, 1); // one pass: the 401 is answered by a new sign-in, not a retry later
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(serverTrucksWithVin(second.vin), 1);
    }

    void aRefusedPasswordKeepsTheEdit()
    {
        const Truck t = pledge(m_a);
        {
            auto wrong = m_a.engine(m_proxy->port(), "not-the-password");
            m_a.drain(*wrong, 3);
            QCOMPARE(m_a.pending(), 1);
            QVERIFY2(wrong->status().lastError.find("401") != std::string::npos,
                     wrong->status().lastError.c_str());
            QCOMPARE(serverTrucksWithVin(t.vin), 0);
        }
        auto right = m_a.engine(m_proxy->port());
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
        QVERIFY(m_b.store->addKiln(k).ok());
        const Truck fromA = pledge(m_a);
        auto a = m_a.engine(m_proxy->port());
        auto b = m_b.engine(m_proxy->port());
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
        auto engine = m_a.engine(m_proxy->port(), "saggar-demo", true);
        engine->runOnce(); // signs in (and pulls) with nothing to push
        m_a.now += 60'000;
        std::vector<std::vector<Truck>> made(5);
        for (int round = 0; round < 6; ++round)
            for (Id f = 0; f < 5; ++f)
                made[static_cast<std::size_t>(f)].push_back(pledge(m_a, m_file + f));
        m_proxy->setFaults(ProxyFaults{.dropResponse = true}); // the first batch lands, its answer is lost
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
        m_proxy->setFaults({});
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
        http.port = m_socket->address().port();
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
        auto a = m_a.engine(m_proxy->port());
        auto b = m_b.engine(m_proxy->port());
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
            std::lock_guard lock(m_context->storeMutex);
            onServer = m_server->db().queryText(state).value();
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
