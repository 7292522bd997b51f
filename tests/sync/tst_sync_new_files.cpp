// A loan file created on a workstation reaches the real saggar-server (through the fault proxy): made
// offline with a pledge, its POST /api/v1/files answered while the answer is lost, then replayed by key —
// one file and one truck on the server; the local file keeps its id, takes the server's number and is
// tied to the server's id, so a later edit lands on the server's file; another workstation pulls it.
#include "sync_workstation.h"

#include "core/validation.h"
#include "storage/sync_file_ids.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using saggar::test::EngineChoice;
using saggar::test::newEnterprise;
using saggar::test::ProxyFaults;
using saggar::test::SyncTestServer;
using saggar::test::Workstation;

namespace {

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
    SyncTestServer m_server;
    Workstation m_a{"analyst", 11}, m_b{"analyst", 11};

    std::int64_t server(const std::string& sql) { return m_server.count(sql); }
    std::string serverText(const std::string& sql) { return m_server.text(sql); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.open(m_dir.path().toStdString()).ok());
        int n = 0;
        for (Workstation* w : {&m_a, &m_b}) {
            const auto copied = m_server.copyTo(*w, "ws" + std::to_string(++n));
            QVERIFY2(copied.ok(), copied.ok() ? "" : copied.error().message.c_str());
            w->files->setQueueForSync(true); // as the workstation's shell sets it
        }
        QVERIFY(m_server.start().ok());
    }

    void cleanupTestCase() { m_server.stop(); }

    void aFileCreatedOfflineReachesTheServerOnce()
    {
        auto a = m_a.engine(m_server.proxy().port());
        auto b = m_b.engine(m_server.proxy().port());
        a->runOnce(); // signed in and up to date first
        b->runOnce();
        const Id analyst = m_a.count("SELECT id FROM users WHERE login = 'analyst'");
        const Enterprise e = newEnterprise();
        const std::string filesOfE = "SELECT count(*) FROM loan_files f JOIN enterprises e ON e.id = "
                                     "f.enterprise_id WHERE e.uscc = '" +
                                     e.uscc + "'";
        const std::int64_t serverFiles = server("SELECT count(*) FROM loan_files");

        // Offline: the file and a pledge on it, each with its outbox row.
        m_server.proxy().setFaults(ProxyFaults{.resetOnAccept = true});
        const LoanFile f = saggar::test::kilnUpgradeDraft(analyst, Money::fromYuan(2'000'000), m_a.now);
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
        m_server.proxy().setFaults(ProxyFaults{.dropResponse = true});
        m_a.now += 60'000;
        a->runOnce();
        QCOMPARE(server(filesOfE), 1);
        QCOMPARE(m_a.pending(), 2);
        m_server.proxy().setFaults({});
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
        auto a = m_a.engine(m_server.proxy().port(), EngineChoice{.batchPush = true});
        a->runOnce();
        const Id analyst = m_a.count("SELECT id FROM users WHERE login = 'analyst'");
        m_server.proxy().setFaults(ProxyFaults{.resetOnAccept = true});
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
        m_server.proxy().setFaults({});
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
        auto a = m_a.engine(m_server.proxy().port());
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
            std::lock_guard lock(m_server.mutex());
            QVERIFY(m_server.db()
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
