// Deletes and new files through the real saggar-server on loopback, through the fault proxy, with two
// workstations (each on a copy of the server's database, as after a first full pull), both signed in
// as the demo analyst:
// - a delete racing an edit of the same base, in both orders the server can see them: when the delete
//   lands first, the edit is refused (409 deleted) and kept in the editor's conflicts naming who
//   deleted the file; when the edit lands first, the delete is refused (412, the file changed) and kept
//   in the deleter's conflicts, and the file shows again with the edit. Once quiet, both workstations
//   hold what the server holds (version, deleted or not, pledges).
// - a lost DELETE answer is replayed by its key, not applied twice.
// - a file created on the server by another client appears on a workstation from the feed.
#include "sync_workstation.h"

#include "core/validation.h"
#include "storage/sync_outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using saggar::test::ProxyFaults;
using saggar::test::SyncTestServer;
using saggar::test::Workstation;

namespace {

Truck truckNumber(int n)
{
    return test::seriesTruck(n, 200000, "粤D", "TRK-DEL-");
}

// A file as the comparison sees it: version, deleted or not, and its pledged VINs.
std::string workstationView(Database& db, Id file)
{
    const std::string id = std::to_string(file);
    return db
        .queryText(
            "SELECT version || '|' || (deleted_at_ms <> 0) || '|' || coalesce((SELECT group_concat(vin, ',') "
            "FROM (SELECT vin FROM trucks WHERE loan_file_id = " +
            id + " ORDER BY vin)), '') FROM loan_files WHERE id = " + id)
        .value();
}

} // namespace

class TestSyncDeletes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncTestServer m_server;
    Workstation m_a{"analyst", 5}, m_b{"analyst", 5};
    std::vector<Id> m_drafts; // the analyst's drafts, one per test
    int m_trucks = 0;
    std::string m_analystName;

    std::string serverView(Id file)
    {
        const std::string id = std::to_string(file);
        std::lock_guard lock(m_server.mutex());
        return m_server.db()
            .queryText(
                "SELECT version || '|' || (EXISTS (SELECT 1 FROM server_tombstones WHERE file_id = " + id +
                ")) || '|' || coalesce((SELECT group_concat(vin, ',') FROM (SELECT vin FROM trucks WHERE "
                "loan_file_id = " +
                id + " ORDER BY vin)), '') FROM loan_files WHERE id = " + id)
            .value();
    }
    Truck pledge(Workstation& w, Id file)
    {
        Truck t = truckNumber(++m_trucks);
        t.loanFileId = file;
        if (!w.files->addTruck(t))
            qFatal("the workstation did not store the truck");
        return t;
    }
    std::string firstConflictReply(Workstation& w)
    {
        return w.db().queryText("SELECT coalesce(min(reply_json), '') FROM sync_conflicts").value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.open(m_dir.path().toStdString()).ok());
        Database& db = m_server.db();
        const auto analyst = db.queryInt64("SELECT id FROM users WHERE login = 'analyst'");
        QVERIFY(analyst.ok());
        m_analystName = db.queryText("SELECT display_name FROM users WHERE login = 'analyst'").value();
        QVERIFY(
            db.exec("UPDATE loan_files SET state = 'draft', analyst_id = " + std::to_string(analyst.value()) +
                    " WHERE id IN (SELECT id FROM loan_files ORDER BY id LIMIT 5)")
                .ok());
        auto st = db.prepare("SELECT id FROM loan_files ORDER BY id LIMIT 5");
        QVERIFY(st.ok());
        while (st.value().step().value())
            m_drafts.push_back(st.value().columnInt64(0));
        for (auto [w, name] : {std::pair{&m_a, "a"}, std::pair{&m_b, "b"}}) {
            const auto copied = m_server.copyTo(*w, name);
            QVERIFY2(copied.ok(), copied.ok() ? "" : copied.error().message.c_str());
        }
        QVERIFY(m_server.start().ok());
        // Both workstations hear the seeded feed first, so each test starts quiet.
        auto a = m_a.engine(m_server.proxy().port());
        auto b = m_b.engine(m_server.proxy().port());
        m_a.settle(*a);
        m_b.settle(*b);
    }

    void cleanupTestCase() { m_server.stop(); }

    void init() { m_server.proxy().setFaults({}); }

    // A deletes, B pledges a truck on the same base; the server sees the delete first (its answer lost
    // once, replayed by key). B's edit is refused and waits in B's conflicts; everyone ends deleted.
    void theDeleteLandsFirst()
    {
        const Id file = m_drafts.at(0);
        const std::int64_t base =
            m_a.db().queryInt64("SELECT version FROM loan_files WHERE id = " + std::to_string(file)).value();
        QVERIFY(m_a.files
                    ->deleteDraft(file,
                                  m_a.db().queryInt64("SELECT id FROM users WHERE login = 'analyst'").value())
                    .ok());
        const Truck fromB = pledge(m_b, file);
        auto a = m_a.engine(m_server.proxy().port());
        auto b = m_b.engine(m_server.proxy().port());
        a->runOnce(); // A first: the server sees the delete before B's edit
        m_a.now += 60'000;
        QCOMPARE(m_a.pending(), 0);
        const std::string tombstone = serverView(file);
        QCOMPARE(QString::fromStdString(tombstone.substr(0, tombstone.find('|', tombstone.find('|') + 1))),
                 QString::fromStdString(std::to_string(base + 1) + "|1")); // a tombstone one version on
        m_b.settle(*b);
        m_a.settle(*a);
        QCOMPARE(m_b.pending(), 0);
        QCOMPARE(m_b.conflicts(), 1); // B's pledge is kept for B to see, not lost
        const QString reply = QString::fromStdString(firstConflictReply(m_b));
        QVERIFY2(reply.contains(R"("code":"deleted")"), qPrintable(reply));
        QVERIFY2(reply.contains(QString::fromStdString("deleted on the server by " + m_analystName)),
                 qPrintable(reply));
        QCOMPARE(m_a.conflicts(), 0);
        {
            std::lock_guard lock(m_server.mutex());
            QCOMPARE(m_server.db()
                         .queryInt64("SELECT count(*) FROM trucks WHERE vin = '" + fromB.vin + "'")
                         .value(),
                     0);
        }
        // Quiet: the server's tombstone everywhere. B still has its own truck locally, on the hidden file.
        const std::string onServer = serverView(file);
        QVERIFY(onServer.find("|1|") != std::string::npos);
        const std::string deletedPart = onServer.substr(0, onServer.find("|1|") + 2);
        QCOMPARE(QString::fromStdString(workstationView(m_a.db(), file)), QString::fromStdString(onServer));
        QVERIFY(QString::fromStdString(workstationView(m_b.db(), file))
                    .startsWith(QString::fromStdString(deletedPart)));
        QVERIFY(m_b.db()
                    .queryInt64("SELECT deleted_at_ms FROM loan_files WHERE id = " + std::to_string(file))
                    .value() != 0);
    }

    // B's pledge lands first; A's delete on the old base is refused (412) and kept in A's conflicts; A's
    // file shows again with B's truck. Everyone holds the live file at the server's version.
    void theEditLandsFirst()
    {
        const Id file = m_drafts.at(1);
        const Id analyst = m_a.db().queryInt64("SELECT id FROM users WHERE login = 'analyst'").value();
        QVERIFY(m_a.files->deleteDraft(file, analyst).ok());
        const Truck fromB = pledge(m_b, file);
        auto a = m_a.engine(m_server.proxy().port());
        auto b = m_b.engine(m_server.proxy().port());
        m_b.settle(*b);
        m_a.settle(*a);
        m_b.settle(*b);
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(m_a.conflicts(), 1);
        const QString reply = QString::fromStdString(firstConflictReply(m_a));
        QVERIFY2(reply.contains(R"("code":"version_mismatch")"), qPrintable(reply));
        QCOMPARE(m_b.conflicts(), 1); // only the previous test's
        const std::string onServer = serverView(file);
        QVERIFY2(onServer.find("|0|") != std::string::npos && onServer.find(fromB.vin) != std::string::npos,
                 onServer.c_str());
        QCOMPARE(QString::fromStdString(workstationView(m_a.db(), file)), QString::fromStdString(onServer));
        QCOMPARE(QString::fromStdString(workstationView(m_b.db(), file)), QString::fromStdString(onServer));
    }

    // The DELETE's answer is lost after the server made the tombstone: the retry with the same key gets
    // the first answer, and the file is deleted once (one tombstone, one version step).
    void aLostDeleteAnswerIsReplayed()
    {
        const Id file = m_drafts.at(2);
        const Id analyst = m_a.db().queryInt64("SELECT id FROM users WHERE login = 'analyst'").value();
        const std::int64_t before =
            m_a.db().queryInt64("SELECT version FROM loan_files WHERE id = " + std::to_string(file)).value();
        auto a = m_a.engine(m_server.proxy().port());
        a->runOnce(); // signed in, nothing to push
        m_a.now += 60'000;
        QVERIFY(m_a.files->deleteDraft(file, analyst).ok());
        m_server.proxy().setFaults(ProxyFaults{.dropResponse = true});
        a->runOnce();
        QCOMPARE(m_a.pending(), 1); // the answer never came…
        QCOMPARE(serverView(file).substr(0, serverView(file).find('|') + 2),
                 std::to_string(before + 1) + "|1");
        m_server.proxy().setFaults({});
        m_a.settle(*a);
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(m_a.conflicts(), 1); // only the previous test's
        QCOMPARE(QString::fromStdString(serverView(file).substr(0, serverView(file).find('|') + 2)),
                 QString::fromStdString(std::to_string(before + 1) + "|1")); // not twice
        QCOMPARE(QString::fromStdString(workstationView(m_a.db(), file)),
                 QString::fromStdString(serverView(file)));
    }

    // The delete waits for a retry while a pull brings B's edit (not applied: the delete waits); when
    // the delete is then refused, the workstation reads the file again and holds the server's copy.
    void aRefusedDeleteReadsTheFileAgain()
    {
        const Id file = m_drafts.at(3);
        const Id analyst = m_a.db().queryInt64("SELECT id FROM users WHERE login = 'analyst'").value();
        QVERIFY(m_a.files->deleteDraft(file, analyst).ok());
        const Truck fromB = pledge(m_b, file);
        auto b = m_b.engine(m_server.proxy().port());
        m_b.settle(*b);
        auto a = m_a.engine(m_server.proxy().port());
        // As after a lost answer: the delete's retry is not due yet when A pulls.
        QVERIFY(m_a.db()
                    .exec("UPDATE sync_outbox SET next_attempt_ms = " + std::to_string(m_a.now + 3'600'000))
                    .ok());
        a->runOnce();
        QCOMPARE(m_a.pending(), 1);
        QVERIFY(workstationView(m_a.db(), file) != serverView(file)); // the feed's copy waited
        m_a.now += 2 * 3'600'000;
        m_a.settle(*a);
        QCOMPARE(m_a.pending(), 0);
        const QString reply = QString::fromStdString(
            m_a.db()
                .queryText("SELECT reply_json FROM sync_conflicts WHERE loan_file_id = " +
                           std::to_string(file))
                .value());
        QVERIFY2(reply.contains(R"("code":"version_mismatch")"), qPrintable(reply));
        const std::string onServer = serverView(file);
        QVERIFY(onServer.find(fromB.vin) != std::string::npos);
        QCOMPARE(QString::fromStdString(workstationView(m_a.db(), file)), QString::fromStdString(onServer));
    }

    // Another client creates a file on the server (its store, and the feed entry the server writes
    // with every change); the workstation creates it from the feed with its enterprise.
    void aFileCreatedOnTheServerAppears()
    {
        Enterprise e;
        e.nameZh = "景德镇新瓷窑业有限公司";
        e.nameEn = "Jingdezhen New Kiln Co.";
        e.uscc = "91360200MA35XYA11";
        e.uscc += *usccCheckCharacter(e.uscc);
        e.cluster = Cluster::Jingdezhen;
        e.segment = Segment::ArtPorcelain;
        e.legalRepresentative = "陈明";
        e.annualRevenue = Money::fromYuan(42'000'000);
        e.staff = 80;
        LoanFile f;
        f.product = Product::KilnUpgrade;
        f.amount = Money::fromYuan(2'500'000);
        f.termMonths = 36;
        f.annualRatePct = 4.2;
        f.purpose = "梭式窑改造";
        Id created = 0;
        {
            std::lock_guard lock(m_server.mutex());
            Database& db = m_server.db();
            f.analystId = db.queryInt64("SELECT id FROM users WHERE login = 'analyst'").value();
            f.createdAtMs = m_server.clock().nowMs();
            auto id = m_server.store().createDraft(e, f);
            QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
            created = id.value();
            QVERIFY(db.exec("INSERT INTO server_changes (file_id, version, deleted, at_ms) SELECT id, "
                            "version, 0, " +
                            std::to_string(m_server.clock().nowMs()) +
                            " FROM loan_files WHERE id = " + std::to_string(created))
                        .ok());
        }
        QCOMPARE(m_a.db()
                     .queryInt64("SELECT count(*) FROM loan_files WHERE id = " + std::to_string(created))
                     .value(),
                 0);
        auto a = m_a.engine(m_server.proxy().port());
        m_a.settle(*a);
        const std::string check =
            "SELECT f.file_no || '|' || f.state || '|' || f.amount_fen || '|' || f.version || "
            "'|' || e.uscc || '|' || e.name_zh FROM loan_files f JOIN enterprises e ON e.id = "
            "f.enterprise_id WHERE f.id = " +
            std::to_string(created);
        std::string onServer;
        {
            std::lock_guard lock(m_server.mutex());
            onServer = m_server.db().queryText(check).value();
        }
        QVERIFY(onServer.find(e.uscc) != std::string::npos);
        QCOMPARE(QString::fromStdString(m_a.db().queryText(check).value()), QString::fromStdString(onServer));
        QCOMPARE(m_a.pending(), 0); // nothing of the server's own queued back
    }
};

QTEST_GUILESS_MAIN(TestSyncDeletes)
#include "tst_sync_deletes.moc"
