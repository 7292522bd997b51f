// Conditions, covenants and appraised values reach the real saggar-server on loopback (through the
// fault proxy) and the other workstations: a condition added offline on A lands once although the
// answer is dropped after the server committed, A's local row takes the server's id, and B pulls it
// under that id; A's later status change lands; A and B changing the same condition's status on one
// base is a conflict in the second one's conflicts (base, theirs, mine); the appraiser's value of a
// truck lands and B pulls it; a document received on a file created offline (before the server's 201)
// reaches the server's document once the file is created there. Workstations start from copies of the
// server's database (tests/support/sync_workstation.h).
#include "sync_workstation.h"

#include "core/validation.h"
#include "core/workflow_service.h"
#include "storage/sync_child_ids.h"
#include "storage/sync_file_ids.h"
#include "storage/workflow_records.h"
#include "sync/sync_reply.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using saggar::test::ProxyFaults;
using saggar::test::SyncTestServer;
using saggar::test::Workstation;

namespace {

Covenant condition(const std::string& description)
{
    Covenant c;
    c.kind = CovenantKind::ConditionPrecedent;
    c.metric = CovenantMetric::TrackerOnlinePct;
    c.description = description;
    c.threshold = 95.0;
    return c;
}

} // namespace

class TestSyncCovenants : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncTestServer m_server;
    Workstation m_a{"analyst"}, m_b{"analyst"}, m_p{"appraiser"};
    std::map<std::string, Actor> m_people;
    Id m_draft = 0;    // the analyst's draft
    Id m_appraise = 0; // in appraisal, the demo appraiser's
    Id m_covenant = 0; // the server's id of the condition A adds

    std::int64_t server(const std::string& sql) { return m_server.count(sql); }
    std::vector<Covenant> covenantsOn(Workstation& w, Id file) { return listCovenants(w.db(), file).value(); }
    Result<void> saveCovenant(Workstation& w, const Actor& actor, Id file, const CovenantRequest& r)
    {
        WorkflowService service(*w.workflow, [&w] { return w.now; });
        return service.saveCovenant(actor, file, r);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.open(m_dir.path().toStdString()).ok());
        Database& db = m_server.db();
        for (const auto& [login, role] : {std::pair{"analyst", Role::Analyst},
                                          {"appraiser", Role::Appraiser},
                                          {"manager", Role::Manager}})
            m_people[login] = {
                db.queryInt64(std::string("SELECT id FROM users WHERE login = '") + login + "'").value(),
                role, login};
        const std::string pledged =
            "SELECT f.id FROM loan_files f WHERE EXISTS (SELECT 1 FROM trucks t WHERE "
            "t.loan_file_id = f.id) ORDER BY f.id LIMIT 1 OFFSET ";
        m_draft = db.queryInt64(pledged + "0").value();
        m_appraise = db.queryInt64(pledged + "1").value();
        const std::string analyst = std::to_string(m_people["analyst"].userId);
        const std::string appraiser = std::to_string(m_people["appraiser"].userId);
        QVERIFY(db.exec("UPDATE loan_files SET state = 'draft', analyst_id = " + analyst +
                        " WHERE id = " + std::to_string(m_draft))
                    .ok());
        QVERIFY(db.exec("UPDATE loan_files SET state = 'appraisal', analyst_id = " + analyst +
                        ", appraiser_id = " + appraiser + " WHERE id = " + std::to_string(m_appraise))
                    .ok());
        QVERIFY(
            db.exec("UPDATE trucks SET appraised_value_fen = 0, appraised_by = NULL WHERE loan_file_id = " +
                    std::to_string(m_appraise))
                .ok());
        QVERIFY(db.exec("DELETE FROM covenants WHERE loan_file_id = " + std::to_string(m_draft)).ok());
        QVERIFY(m_server.copyTo(m_a, "a").ok());
        QVERIFY(m_server.copyTo(m_b, "b").ok());
        QVERIFY(m_server.copyTo(m_p, "p").ok());
        QVERIFY(m_server.start().ok());
    }

    void cleanupTestCase() { m_server.stop(); }

    void aConditionAddedOfflineLandsOnceUnderTheServersId()
    {
        auto a = m_a.engine(m_server.proxy().port());
        auto b = m_b.engine(m_server.proxy().port());
        m_a.settle(*a);
        m_b.settle(*b);
        const std::int64_t onServer = server("SELECT count(*) FROM covenants");

        // Offline: the condition and a note on it, each with its row.
        m_server.proxy().setFaults(ProxyFaults{.resetOnAccept = true});
        QVERIFY(
            saveCovenant(m_a, m_people["analyst"], m_draft, CovenantRequest{condition("Trackers online"), {}})
                .ok());
        Covenant local = covenantsOn(m_a, m_draft).back();
        QVERIFY(local.id >= kLocalChildIdBase);
        local.note = "asked the fleet manager";
        QVERIFY(saveCovenant(m_a, m_people["analyst"], m_draft, CovenantRequest{local, {}}).ok());
        a->runOnce();
        QCOMPARE(m_a.pending(), std::int64_t(2));
        QCOMPARE(server("SELECT count(*) FROM covenants"), onServer);

        // Back, but the add's answer is lost after the server committed: replayed by key, added once.
        m_server.proxy().setFaults(ProxyFaults{.dropResponse = true});
        a->runOnce();
        m_server.proxy().setFaults(ProxyFaults{});
        m_a.drain(*a);
        QCOMPARE(m_a.pending(), std::int64_t(0));
        QCOMPARE(m_a.conflicts(), std::int64_t(0));
        QCOMPARE(server("SELECT count(*) FROM covenants"), onServer + 1);
        m_covenant = server("SELECT max(id) FROM covenants WHERE loan_file_id = " + std::to_string(m_draft));
        QCOMPARE(m_server.text("SELECT note FROM covenants WHERE id = " + std::to_string(m_covenant)),
                 std::string("asked the fleet manager"));
        // A's row took the server's id; A's own pull adds no second one.
        m_a.settle(*a);
        const auto onA = covenantsOn(m_a, m_draft);
        QCOMPARE(onA.size(), std::size_t(1));
        QCOMPARE(onA[0].id, m_covenant);
        // B pulls it under the server's id.
        m_b.settle(*b);
        const auto onB = covenantsOn(m_b, m_draft);
        QCOMPARE(onB.size(), std::size_t(1));
        QCOMPARE(onB[0].id, m_covenant);
        QCOMPARE(onB[0].description, std::string("Trackers online"));
        QCOMPARE(onB[0].note, std::string("asked the fleet manager"));
        QCOMPARE(m_b.pending(), std::int64_t(0));
    }

    void aStatusSetAfterwardsLands()
    {
        QVERIFY(m_covenant > 0);
        auto a = m_a.engine(m_server.proxy().port());
        Covenant c = covenantsOn(m_a, m_draft).back();
        c.status = CovenantStatus::Met;
        QVERIFY(saveCovenant(m_a, m_people["analyst"], m_draft, CovenantRequest{c, {}}).ok());
        m_a.drain(*a);
        QCOMPARE(m_a.conflicts(), std::int64_t(0));
        QCOMPARE(m_server.text("SELECT status FROM covenants WHERE id = " + std::to_string(m_covenant)),
                 std::string("met"));
    }

    void theSameStatusOnOneBaseIsAConflict()
    {
        auto a = m_a.engine(m_server.proxy().port());
        auto b = m_b.engine(m_server.proxy().port());
        m_a.settle(*a);
        m_b.settle(*b);
        QCOMPARE(covenantsOn(m_b, m_draft).back().status, CovenantStatus::Met);
        Covenant onA = covenantsOn(m_a, m_draft).back();
        Covenant onB = covenantsOn(m_b, m_draft).back();
        onA.status = CovenantStatus::Pending;
        onB.status = CovenantStatus::Breached;
        QVERIFY(saveCovenant(m_a, m_people["analyst"], m_draft, CovenantRequest{onA, {}}).ok());
        QVERIFY(saveCovenant(m_b, m_people["analyst"], m_draft, CovenantRequest{onB, {}}).ok());
        m_a.drain(*a);
        m_b.drain(*b);
        QCOMPARE(m_a.conflicts(), std::int64_t(0));
        QCOMPARE(m_b.conflicts(), std::int64_t(1));
        QCOMPARE(m_server.text("SELECT status FROM covenants WHERE id = " + std::to_string(m_covenant)),
                 std::string("pending"));
        auto reply = parseConflictReply(m_b.text("SELECT reply_json FROM sync_conflicts"));
        QVERIFY(reply.ok());
        QCOMPARE(reply->code, std::string("conflict"));
        QCOMPARE(reply->fields.size(), std::size_t(1));
        QCOMPARE(reply->fields[0].path, "covenants/" + std::to_string(m_covenant) + "/status");
        QCOMPARE(reply->fields[0].baseJson, std::string("\"met\""));
        QCOMPARE(reply->fields[0].theirsJson, std::string("\"pending\""));
        QCOMPARE(reply->fields[0].mineJson, std::string("\"breached\""));
        // B shows the server's copy again.
        m_b.settle(*b);
        QCOMPARE(covenantsOn(m_b, m_draft).back().status, CovenantStatus::Pending);
    }

    void anAppraisedValueReachesTheServerAndB()
    {
        auto p = m_p.engine(m_server.proxy().port());
        auto b = m_b.engine(m_server.proxy().port());
        m_p.settle(*p);
        const Truck truck = m_p.workflow->context(m_appraise).value().trucks.front();
        const Money value = Money::fromFen(truck.purchasePrice.fen() / 2 + 1);
        WorkflowService service(*m_p.workflow, [this] { return m_p.now; });
        QVERIFY(
            service.enterValuation(m_people["appraiser"], m_appraise, ValuationRequest{true, truck.id, value})
                .ok());
        m_p.drain(*p);
        QCOMPARE(m_p.conflicts(), std::int64_t(0));
        QCOMPARE(server("SELECT appraised_value_fen FROM trucks WHERE id = " + std::to_string(truck.id)),
                 value.fen());
        QCOMPARE(server("SELECT appraised_by FROM trucks WHERE id = " + std::to_string(truck.id)),
                 m_people["appraiser"].userId);
        m_b.settle(*b);
        QCOMPARE(m_b.count("SELECT appraised_value_fen FROM trucks WHERE vin = '" + truck.vin + "'"),
                 value.fen());
        QCOMPARE(m_b.count("SELECT appraised_by FROM trucks WHERE vin = '" + truck.vin + "'"),
                 m_people["appraiser"].userId);
    }

    void aDocumentOfAFileCreatedOfflineReachesTheServer()
    {
        auto a = m_a.engine(m_server.proxy().port());
        m_a.settle(*a);
        m_a.files->setQueueForSync(true);
        const Enterprise e = test::newEnterprise("360300", "B26");
        const LoanFile f =
            test::kilnUpgradeDraft(m_people["analyst"].userId, Money::fromYuan(2'000'000), m_a.now);
        m_server.proxy().setFaults(ProxyFaults{.resetOnAccept = true});
        auto created = m_a.files->createDraft(e, f);
        QVERIFY2(created.ok(), created.ok() ? "" : created.error().message.c_str());
        const Id local = created.value();
        const std::vector<Document> checklist = m_a.workflow->context(local).value().documents;
        QVERIFY(!checklist.empty());
        for (const Document& d : checklist)
            QVERIFY(d.id >= kLocalChildIdBase);
        WorkflowService service(*m_a.workflow, [this] { return m_a.now; });
        QVERIFY(service
                    .updateDocument(
                        m_people["analyst"], local,
                        DocumentRequest{checklist.front().id, DocumentStatus::Received, "original seen", ""})
                    .ok());
        // A condition on the new file too, after its creation.
        QVERIFY(
            saveCovenant(m_a, m_people["analyst"], local, CovenantRequest{condition("Kiln log monthly"), {}})
                .ok());
        a->runOnce();
        QCOMPARE(m_a.pending(), std::int64_t(3));

        m_server.proxy().setFaults(ProxyFaults{});
        m_a.drain(*a);
        QCOMPARE(m_a.conflicts(), std::int64_t(0));
        QCOMPARE(m_a.pending(), std::int64_t(0));
        const Id remote = serverFileId(m_a.db(), local).value();
        QVERIFY(remote > 0 && remote < kLocalFileIdBase);
        const std::string kind(key(checklist.front().kind));
        QCOMPARE(m_server.text("SELECT status || '/' || note FROM documents WHERE loan_file_id = " +
                               std::to_string(remote) + " AND kind = '" + kind + "'"),
                 std::string("received/original seen"));
        // A's checklist took the server's ids, kind by kind; its condition too.
        const std::vector<Document> renumbered = m_a.workflow->context(local).value().documents;
        QCOMPARE(renumbered.size(), checklist.size());
        for (const Document& d : renumbered)
            QCOMPARE(d.id,
                     Id(server("SELECT id FROM documents WHERE loan_file_id = " + std::to_string(remote) +
                               " AND kind = '" + std::string(key(d.kind)) + "'")));
        QCOMPARE(covenantsOn(m_a, local).size(), std::size_t(1));
        QCOMPARE(covenantsOn(m_a, local).front().id,
                 Id(server("SELECT id FROM covenants WHERE loan_file_id = " + std::to_string(remote))));
        // B lacks the file: its pull creates it with the condition and the checklist under the server's ids.
        auto b = m_b.engine(m_server.proxy().port());
        m_b.settle(*b);
        const auto onB = covenantsOn(m_b, remote);
        QCOMPARE(onB.size(), std::size_t(1));
        QCOMPARE(onB.front().id,
                 Id(server("SELECT id FROM covenants WHERE loan_file_id = " + std::to_string(remote))));
        QCOMPARE(onB.front().description, std::string("Kiln log monthly"));
        QCOMPARE(m_b.text("SELECT status FROM documents WHERE loan_file_id = " + std::to_string(remote) +
                          " AND kind = '" + kind + "'"),
                 std::string("received"));
    }
};

QTEST_GUILESS_MAIN(TestSyncCovenants)
#include "tst_sync_covenants.moc"
