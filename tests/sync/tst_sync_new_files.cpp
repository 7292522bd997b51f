// A loan file created on a workstation reaches the real saggar-server (through the fault proxy): made
// offline with a pledge, its POST /api/v1/files answered while the answer is lost, then replayed by key —
// one file and one truck on the server; the local file keeps its id, takes the server's number and is
// tied to the server's id, so a later edit lands on the server's file; another workstation pulls it.
#include "fault_proxy.h"

#include "core/clock.h"
#include "core/validation.h"
#include "server/api_handler_factory.h"
#include "server/demo_seed.h"
#include "server/sync_schema.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/sync_file_ids.h"
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

struct Workstation
{
    std::string login;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<SqliteLoanFileStore> files;
    TimestampMs now = kStart;

    Database& db() { return workspace->db(); }
    std::unique_ptr<SyncEngine> engine(std::uint16_t port, bool batch = false)
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
            std::make_unique<SignedInTransport>(std::make_unique<HttpTransport>(http), login, kDemoPassword);
        auto e = std::make_unique<SyncEngine>(o, std::move(transport), nullptr);
        if (!e->open())
            qFatal("the engine did not open");
        return e;
    }
    std::int64_t count(const std::string& sql) { return db().queryInt64(sql).value(); }
    std::string text(const std::string& sql) { return db().queryText(sql).value(); }
    std::int64_t pending() { return count("SELECT count(*) FROM sync_outbox"); }
    std::int64_t conflicts() { return count("SELECT count(*) FROM sync_conflicts"); }
    void drain(SyncEngine& e, int passes = 20)
    {
        for (int i = 0; i < passes && pending() > 0; ++i) {
            e.runOnce();
            now += 60'000;
        }
    }
};

Enterprise newEnterprise(const std::string& region = "360300")
{
    Enterprise e;
    e.nameZh = "景德镇东窑陶瓷有限公司";
    e.nameEn = "Jingdezhen East Kiln Ceramics";
    e.uscc = "91" + region + "MA35XYA11";
    e.uscc += *usccCheckCharacter(e.uscc);
    e.cluster = Cluster::Jingdezhen;
    e.segment = Segment::ArtPorcelain;
    e.legalRepresentative = "周强";
    e.annualRevenue = Money::fromYuan(36'000'000);
    e.staff = 64;
    return e;
}

Truck newTruck(Id file, int n = 1)
{
    Truck t;
    t.vin = "LFWADRJF0P177700" + std::to_string(n);
    t.vin[8] = *vinCheckDigit(t.vin);
    t.plate = "赣H7700" + std::to_string(n);
    t.brand = "Dongfeng";
    t.model = "KL";
    t.year = 2022;
    t.purchasePrice = Money::fromYuan(310'000);
    t.trackerId = "TRK-NEW-" + std::to_string(n);
    t.loanFileId = file;
    return t;
}

} // namespace

class TestSyncNewFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_server;
    std::unique_ptr<SqliteLoanFileStore> m_serverUsers;
    std::unique_ptr<TokenService> m_tokens;
    ManualClock m_serverClock{kStart};
    std::unique_ptr<ApiContext> m_context;
    std::unique_ptr<Poco::Net::ServerSocket> m_socket;
    std::unique_ptr<Poco::Net::HTTPServer> m_http;
    std::unique_ptr<FaultProxy> m_proxy;
    Workstation m_a{"analyst"}, m_b{"analyst"};

    std::int64_t server(const std::string& sql)
    {
        std::lock_guard lock(m_context->storeMutex);
        return m_server->db().queryInt64(sql).value();
    }
    std::string serverText(const std::string& sql)
    {
        std::lock_guard lock(m_context->storeMutex);
        return m_server->db().queryText(sql).value();
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
        int n = 0;
        for (Workstation* w : {&m_a, &m_b}) {
            const std::string name = "ws" + std::to_string(++n);
            QVERIFY(db.exec("VACUUM INTO '" + root + "/" + name + ".db'").ok());
            QVERIFY(QDir().mkpath(m_dir.filePath(QString::fromStdString(name))));
            QVERIFY(QFile::rename(m_dir.filePath(QString::fromStdString(name + ".db")),
                                  m_dir.filePath(QString::fromStdString(name + "/saggar.db"))));
            auto opened = Workspace::open(root + "/" + name, false);
            QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
            w->workspace = std::move(opened).value();
            w->files = std::make_unique<SqliteLoanFileStore>(w->db());
            w->files->setQueueForSync(true); // as the workstation's shell sets it
        }
        QVERIFY(ensureSyncSchema(db, m_serverClock.nowMs()).ok());
        const auto secret = serverSecret(m_server->directory());
        QVERIFY(secret.ok());
        m_tokens = std::make_unique<TokenService>(secret.value());
        m_serverUsers = std::make_unique<SqliteLoanFileStore>(db);
        m_context.reset(new ApiContext{*m_serverUsers, *m_tokens, m_serverClock, db, {}});
        m_socket = std::make_unique<Poco::Net::ServerSocket>(Poco::Net::SocketAddress("127.0.0.1", 0));
        auto* params = new Poco::Net::HTTPServerParams;
        params->setKeepAlive(false); // one request per connection: a proxy fault hits the next request
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

    void aFileCreatedOfflineReachesTheServerOnce()
    {
        auto a = m_a.engine(m_proxy->port());
        auto b = m_b.engine(m_proxy->port());
        a->runOnce(); // signed in and up to date first
        b->runOnce();
        const Id analyst = m_a.count("SELECT id FROM users WHERE login = 'analyst'");
        const Enterprise e = newEnterprise();
        const std::string filesOfE = "SELECT count(*) FROM loan_files f JOIN enterprises e ON e.id = "
                                     "f.enterprise_id WHERE e.uscc = '" +
                                     e.uscc + "'";
        const std::int64_t serverFiles = server("SELECT count(*) FROM loan_files");

        // Offline: the file and a pledge on it, each with its outbox row.
        m_proxy->setFaults(ProxyFaults{.resetOnAccept = true});
        LoanFile f;
        f.product = Product::KilnUpgrade;
        f.amount = Money::fromYuan(2'000'000);
        f.termMonths = 36;
        f.annualRatePct = 4.2;
        f.purpose = "梭式窑改造";
        f.analystId = analyst;
        f.createdAtMs = m_a.now;
        auto created = m_a.files->createDraft(e, f);
        QVERIFY2(created.ok(), created.ok() ? "" : created.error().message.c_str());
        const Id local = created.value();
        QVERIFY(local >= kLocalFileIdBase);
        const Truck t = newTruck(local);
        QVERIFY(m_a.files->addTruck(t).ok());
        QCOMPARE(m_a.pending(), 2);
        const std::string localNo =
            m_a.text("SELECT file_no FROM loan_files WHERE id = " + std::to_string(local));
        QVERIFY(localNo.find("-L") != std::string::npos);
        a->runOnce();
        QCOMPARE(m_a.pending(), 2);
        QCOMPARE(server("SELECT count(*) FROM loan_files"), serverFiles);

        // Back online, but the creation's answer is lost after the server committed it.
        m_proxy->setFaults(ProxyFaults{.dropResponse = true});
        m_a.now += 60'000;
        a->runOnce();
        QCOMPARE(server(filesOfE), 1);
        QCOMPARE(m_a.pending(), 2);
        m_proxy->setFaults({});
        m_a.drain(*a);
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(m_a.conflicts(), 0);

        // Once on the server, with its truck once; the local file keeps its id and is tied to the server's.
        QCOMPARE(server(filesOfE), 1);
        QCOMPARE(server("SELECT count(*) FROM loan_files"), serverFiles + 1);
        const Id remote = server("SELECT f.id FROM loan_files f JOIN enterprises e ON e.id = f.enterprise_id "
                                 "WHERE e.uscc = '" +
                                 e.uscc + "'");
        QCOMPARE(server("SELECT count(*) FROM trucks WHERE vin = '" + t.vin + "'"), std::int64_t(1));
        QCOMPARE(server("SELECT loan_file_id FROM trucks WHERE vin = '" + t.vin + "'"), remote);
        QCOMPARE(server("SELECT version FROM loan_files WHERE id = " + std::to_string(remote)),
                 std::int64_t(2));
        QCOMPARE(server("SELECT analyst_id FROM loan_files WHERE id = " + std::to_string(remote)), analyst);
        QCOMPARE(serverFileId(m_a.db(), local).value(), remote);
        const std::string serverNo =
            serverText("SELECT file_no FROM loan_files WHERE id = " + std::to_string(remote));
        QCOMPARE(m_a.text("SELECT file_no FROM loan_files WHERE id = " + std::to_string(local)), serverNo);
        QCOMPARE(m_a.count("SELECT count(*) FROM loan_files WHERE id = " + std::to_string(remote)),
                 std::int64_t(0));

        // A later edit of the new file goes to the server's file.
        const LoanFile now = m_a.files->loadFile(local).value().file;
        QVERIFY(m_a.files
                    ->editDraftTerms(local, now.version,
                                     DraftTerms{Money::fromYuan(2'200'000), 36, 4.2, "梭式窑改造"}, analyst)
                    .ok());
        m_a.drain(*a);
        QCOMPARE(m_a.conflicts(), 0);
        QCOMPARE(server("SELECT amount_fen FROM loan_files WHERE id = " + std::to_string(remote)),
                 Money::fromYuan(2'200'000).fen());
        m_a.now += 3600'000;
        a->runOnce(); // the feed's copy applies to the local file, not to a second one
        QCOMPARE(m_a.count(filesOfE), std::int64_t(1));
        QCOMPARE(m_a.files->loadFile(local).value().file.version,
                 server("SELECT version FROM loan_files WHERE id = " + std::to_string(remote)));

        // The other workstation pulls it under the server's id, with its truck.
        m_b.now += 3600'000;
        b->runOnce();
        const auto onB = m_b.files->loadFile(remote);
        QVERIFY2(onB.ok(), onB.ok() ? "" : onB.error().message.c_str());
        QCOMPARE(onB.value().file.fileNo, serverNo);
        QCOMPARE(onB.value().file.amount, Money::fromYuan(2'200'000));
        QCOMPARE(onB.value().enterprise.uscc, e.uscc);
        QCOMPARE(onB.value().trucks.size(), std::size_t(1));
        QCOMPARE(onB.value().trucks.front().vin, t.vin);
        QCOMPARE(m_b.count(filesOfE), std::int64_t(1));
    }

    // With batched pushes: two files made offline, each with a pledge, and an edit of a file the server
    // already had — the creations go alone, the pledges after them; everything lands once.
    void filesCreatedOfflineDrainInBatches()
    {
        auto a = m_a.engine(m_proxy->port(), true);
        a->runOnce();
        const Id analyst = m_a.count("SELECT id FROM users WHERE login = 'analyst'");
        m_proxy->setFaults(ProxyFaults{.resetOnAccept = true});
        std::vector<std::pair<Id, std::string>> made; // local id, USCC
        int n = 1;
        for (const char* region : {"360400", "360500"}) {
            const Enterprise e = newEnterprise(region);
            LoanFile f;
            f.product = Product::FleetPurchase;
            f.amount = Money::fromYuan(900'000);
            f.termMonths = 24;
            f.annualRatePct = 4.0;
            f.purpose = "两辆运输车";
            f.analystId = analyst;
            f.createdAtMs = m_a.now;
            auto id = m_a.files->createDraft(e, f);
            QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
            QVERIFY(m_a.files->addTruck(newTruck(*id, ++n)).ok());
            made.emplace_back(*id, e.uscc);
        }
        a->runOnce();
        QCOMPARE(m_a.pending(), 4);
        m_proxy->setFaults({});
        m_a.drain(*a);
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(m_a.conflicts(), 0);
        for (const auto& [local, uscc] : made) {
            const std::string onServer =
                "FROM loan_files f JOIN enterprises e ON e.id = f.enterprise_id WHERE "
                "e.uscc = '" +
                uscc + "'";
            QCOMPARE(server("SELECT count(*) " + onServer), std::int64_t(1));
            const Id remote = server("SELECT f.id " + onServer);
            QCOMPARE(serverFileId(m_a.db(), local).value(), remote);
            QCOMPARE(server("SELECT count(*) FROM trucks WHERE loan_file_id = " + std::to_string(remote)),
                     std::int64_t(1));
            QCOMPARE(server("SELECT version FROM loan_files WHERE id = " + std::to_string(remote)),
                     std::int64_t(2));
        }
    }

    // A creation the server refuses for good waits in the conflicts, and so does the file's later row
    // (the server has no file for it); nothing reaches the server and the pull goes on.
    void aRefusedCreationWaitsInTheConflicts()
    {
        auto a = m_a.engine(m_proxy->port());
        a->runOnce();
        const Enterprise e = newEnterprise("360600");
        LoanFile f;
        f.product = Product::FleetPurchase;
        f.amount = Money::fromYuan(800'000);
        f.termMonths = 24;
        f.annualRatePct = 4.0;
        f.purpose = "运输车";
        f.analystId = m_a.count("SELECT id FROM users WHERE login = 'analyst'");
        f.createdAtMs = m_a.now;
        auto id = m_a.files->createDraft(e, f);
        QVERIFY(id.ok());
        QVERIFY(m_a.files->addTruck(newTruck(*id, 9)).ok());
        // A body the server cannot take (as an older or newer workstation might send).
        QVERIFY(m_a.db()
                    .exec("UPDATE sync_outbox SET patch_json = replace(patch_json, '\"staff\":64', "
                          "'\"staff\":\"many\"') WHERE loan_file_id = " +
                          std::to_string(*id) + " AND patch_json LIKE '{\"product\":%'")
                    .ok());
        const std::int64_t cursor = m_a.count("SELECT cursor FROM sync_state");
        const std::int64_t serverFiles = server("SELECT count(*) FROM loan_files");
        m_a.drain(*a);
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(m_a.conflicts(), 2);
        QCOMPARE(server("SELECT count(*) FROM loan_files"), serverFiles);
        QCOMPARE(serverFileId(m_a.db(), *id).value(), Id{0});
        QVERIFY(m_a.files->loadFile(*id).ok()); // kept locally
        // The pull is not held: a change made on the server arrives.
        {
            std::lock_guard lock(m_context->storeMutex);
            QVERIFY(m_server->db()
                        .exec("INSERT INTO server_changes (file_id, version, deleted, at_ms) SELECT id, "
                              "version, 0, "
                              "0 FROM loan_files ORDER BY id LIMIT 1")
                        .ok());
        }
        m_a.now += 3600'000;
        a->runOnce();
        QVERIFY(m_a.count("SELECT cursor FROM sync_state") > cursor);
    }
};

QTEST_GUILESS_MAIN(TestSyncNewFiles)
#include "tst_sync_new_files.moc"
