// Every kind of edit reaches the real saggar-server on loopback: a draft's terms as field-level
// patches (made offline they drain; two workstations' edits of different fields merge; the same field
// is a conflict with base, theirs and mine), and workflow moves as actions judged by the server with
// core's rules (an approval by a manager arrives once, even when its answer is lost; an approval
// forced into an analyst's outbox is refused 403 with nothing written; a move on a stale version is
// refused 412 and shown as a conflict). Workstations start from copies of the server's database.
#include "sync_workstation.h"

#include "core/workflow_service.h"
#include "server/demo_seed.h"
#include "storage/sqlite_workflow_store.h"
#include "storage/sync_outbox.h"
#include "sync/sqlite_sync_queue.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using namespace saggar::server;
using saggar::test::ProxyFaults;
using saggar::test::SyncTestServer;
using saggar::test::Workstation;

class TestSyncEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncTestServer m_server;
    Workstation m_a{"analyst"}, m_b{"analyst"}, m_m{"manager"}, m_n{"manager"};
    std::map<std::string, Actor> m_people;
    Id m_draft = 0;   // the analyst's draft: terms are edited
    Id m_decide = 0;  // auto-approved: the manager approves
    Id m_decide2 = 0; // auto-approved: two managers move it at once
    Id m_decide3 = 0; // auto-approved: the workstation judges the approval otherwise than the server

    std::int64_t server(const std::string& sql) { return m_server.count(sql); }
    std::string serverText(const std::string& sql) { return m_server.text(sql); }
    std::string serverFile(Id id, const char* column)
    {
        return serverText(std::string("SELECT ") + column +
                          " FROM loan_files WHERE id = " + std::to_string(id));
    }

    // On the server's database, before the copies: a file taken from draft to auto-approved by the
    // demo's analyst and appraiser through core's workflow (nothing queued: the server's own store).
    void takeToAutoApproved(Database& db, Id id)
    {
        const auto r = test::takeToAutoApproved(db, id, m_people["analyst"], m_people["appraiser"],
                                                m_dir.filePath("server-attachments").toStdString());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.open(m_dir.path().toStdString()).ok());
        Database& db = m_server.db();
        m_people["analyst"] = {db.queryInt64("SELECT id FROM users WHERE login = 'analyst'").value(),
                               Role::Analyst, "analyst"};
        m_people["appraiser"] = {db.queryInt64("SELECT id FROM users WHERE login = 'appraiser'").value(),
                                 Role::Appraiser, "appraiser"};
        m_people["manager"] = {db.queryInt64("SELECT id FROM users WHERE login = 'manager'").value(),
                               Role::Manager, "manager"};
        // Files with pledged collateral, the first a draft of the demo analyst's.
        const std::string pledged =
            "SELECT f.id FROM loan_files f WHERE EXISTS (SELECT 1 FROM trucks t WHERE "
            "t.loan_file_id = f.id) ORDER BY f.id LIMIT 1 OFFSET ";
        m_draft = db.queryInt64(pledged + "0").value();
        m_decide = db.queryInt64(pledged + "1").value();
        m_decide2 = db.queryInt64(pledged + "2").value();
        m_decide3 = db.queryInt64(pledged + "3").value();
        QVERIFY(db.exec("UPDATE loan_files SET state = 'draft', amount_fen = 100000000, term_months = 24, "
                        "purpose = 'two roller kilns', analyst_id = " +
                        std::to_string(m_people["analyst"].userId) + " WHERE id = " + std::to_string(m_draft))
                    .ok());
        QVERIFY(
            db.exec("UPDATE documents SET status = 'missing' WHERE loan_file_id = " + std::to_string(m_draft))
                .ok());
        QVERIFY(db.exec("DELETE FROM credit_memos WHERE loan_file_id = " + std::to_string(m_draft)).ok());
        takeToAutoApproved(db, m_decide);
        takeToAutoApproved(db, m_decide2);
        takeToAutoApproved(db, m_decide3);
        int n = 0;
        for (Workstation* w : {&m_a, &m_b, &m_m, &m_n}) {
            const auto copied = m_server.copyTo(*w, "ws" + std::to_string(++n));
            QVERIFY2(copied.ok(), copied.ok() ? "" : copied.error().message.c_str());
        }
        QVERIFY(m_server.start().ok());
    }

    void cleanupTestCase() { m_server.stop(); }

    void init() { m_server.proxy().setFaults({}); }

    void termsEditedOfflineDrain()
    {
        m_server.proxy().setFaults(ProxyFaults{.resetOnAccept = true}); // the server cannot be reached
        QVERIFY(m_a.editTerms(m_draft, [](DraftTerms& t) { t.amount = Money::fromYuan(1'200'000); }).ok());
        QVERIFY(m_a.editTerms(m_draft, [](DraftTerms& t) { t.purpose = "three roller kilns"; }).ok());
        auto engine = m_a.engine(m_server.proxy().port());
        engine->runOnce();
        QCOMPARE(m_a.pending(), 2);
        QCOMPARE(serverFile(m_draft, "amount_fen"), std::string("100000000"));

        m_server.proxy().setFaults({});
        m_a.drain(*engine);
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(m_a.conflicts(), 0);
        QCOMPARE(serverFile(m_draft, "amount_fen"), std::string("120000000"));
        QCOMPARE(serverFile(m_draft, "purpose"), std::string("three roller kilns"));
        QCOMPARE(serverFile(m_draft, "version"), std::to_string(m_a.file(m_draft).version));
    }

    void memoAndDocumentsReachTheServer()
    {
        auto engine = m_a.engine(m_server.proxy().port());
        const Actor& analyst = m_people["analyst"];
        WorkflowService service(*m_a.workflow, [this] { return m_a.now; });
        const Document doc = service.context(m_draft).value().documents.front();
        QVERIFY(
            service
                .updateDocument(analyst, m_draft, DocumentRequest{doc.id, DocumentStatus::Received, "", ""})
                .ok());
        CreditMemo memo;
        memo.section(MemoSection::Risk) = "Thin margins this year";
        memo.authorId = analyst.userId;
        QVERIFY(service.saveMemo(analyst, m_draft, memo).ok());
        m_a.drain(*engine);
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(m_a.conflicts(), 0);
        QCOMPARE(serverText("SELECT status FROM documents WHERE id = " + std::to_string(doc.id)),
                 std::string("received"));
        QCOMPARE(serverText("SELECT risk FROM credit_memos WHERE loan_file_id = " + std::to_string(m_draft) +
                            " ORDER BY version DESC LIMIT 1"),
                 std::string("Thin margins this year"));
        QCOMPARE(serverFile(m_draft, "version"), std::to_string(m_a.file(m_draft).version));
    }

    void differentFieldsMergeSameFieldConflicts()
    {
        // Both workstations up to date with the server first.
        auto a = m_a.engine(m_server.proxy().port());
        auto b = m_b.engine(m_server.proxy().port());
        a->runOnce();
        b->runOnce();
        QCOMPARE(m_b.file(m_draft).version, m_a.file(m_draft).version);
        const std::int64_t base = m_a.file(m_draft).version;

        // Different fields on the same base: both land.
        QVERIFY(m_a.editTerms(m_draft, [](DraftTerms& t) { t.termMonths = 36; }).ok());
        QVERIFY(m_b.editTerms(m_draft, [](DraftTerms& t) { t.annualRatePct = 4.75; }).ok());
        m_a.drain(*a);
        m_b.drain(*b);
        QCOMPARE(m_a.conflicts() + m_b.conflicts(), 0);
        QCOMPARE(serverFile(m_draft, "term_months"), std::string("36"));
        QCOMPARE(serverFile(m_draft, "annual_rate_pct"), std::string("4.75"));
        QCOMPARE(serverFile(m_draft, "version"), std::to_string(base + 2));
        // Once both pulled, they hold what the server holds.
        m_a.now += 3600'000;
        m_b.now += 3600'000;
        a->runOnce();
        b->runOnce();
        for (Workstation* w : {&m_a, &m_b}) {
            const LoanFile f = w->file(m_draft);
            QCOMPARE(f.termMonths, 36);
            QCOMPARE(f.annualRatePct, 4.75);
            QCOMPARE(f.version, base + 2);
        }

        // The same field on the same base: the second is a conflict with base, theirs and mine.
        QVERIFY(m_a.editTerms(m_draft, [](DraftTerms& t) { t.termMonths = 48; }).ok());
        QVERIFY(m_b.editTerms(m_draft, [](DraftTerms& t) { t.termMonths = 60; }).ok());
        m_a.drain(*a);
        m_b.drain(*b);
        QCOMPARE(serverFile(m_draft, "term_months"), std::string("48"));
        QCOMPARE(m_b.pending(), 0);
        SqliteSyncQueue queue(m_b.db(), [this] { return m_b.now; });
        const auto conflicts = queue.conflicts();
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), std::size_t(1));
        const EditConflict& c = conflicts->front();
        QCOMPARE(c.code, std::string("conflict"));
        QCOMPARE(c.loanFileId, m_draft);
        QCOMPARE(c.currentVersion, base + 3);
        QCOMPARE(c.values.size(), std::size_t(1));
        QCOMPARE(c.values[0].path, std::string("termMonths"));
        QCOMPARE(c.values[0].base, std::string("36"));
        QCOMPARE(c.values[0].theirs, std::string("48"));
        QCOMPARE(c.values[0].mine, std::string("60"));
        // The refused edit is not left applied: B shows the server's copy while it waits here.
        QCOMPARE(m_b.file(m_draft).termMonths, 48);
        QCOMPARE(m_b.file(m_draft).version, base + 3);
        // Keep mine: sent again on the server's version, it lands.
        QVERIFY(queue.keepMine(c.id).ok());
        m_b.drain(*b);
        QCOMPARE(m_b.conflicts(), 0);
        QCOMPARE(serverFile(m_draft, "term_months"), std::string("60"));
    }

    void aManagersApprovalArrivesOnce()
    {
        auto engine = m_m.engine(m_server.proxy().port());
        engine->runOnce(); // signs in and pulls cleanly first
        const std::string approvals =
            "SELECT count(*) FROM approvals WHERE loan_file_id = " + std::to_string(m_decide);
        QCOMPARE(server(approvals), 0);
        QVERIFY(
            m_m.perform(m_decide, m_people["manager"],
                        WorkflowRequest{WorkflowAction::Approve, "Within limit, ample collateral", {}, ""})
                .ok());
        QCOMPARE(m_m.pending(), 1);
        // The server approves but the answer is lost; the repeat is answered from the first.
        m_server.proxy().setFaults(ProxyFaults{.dropResponse = true});
        engine->runOnce();
        QCOMPARE(m_m.pending(), 1);
        QCOMPARE(server(approvals), 1);
        m_server.proxy().setFaults({});
        m_m.drain(*engine);
        QCOMPARE(m_m.pending(), 0);
        QCOMPARE(m_m.conflicts(), 0);
        QCOMPARE(server(approvals), 1);
        QCOMPARE(server("SELECT approver_id FROM approvals WHERE loan_file_id = " + std::to_string(m_decide)),
                 m_people["manager"].userId);
        QCOMPARE(serverFile(m_decide, "state"), std::string(key(m_m.file(m_decide).state)));
        QCOMPARE(serverFile(m_decide, "version"), std::to_string(m_m.file(m_decide).version));
    }

    void theServersJudgmentOfAnAcceptedMoveIsKept()
    {
        // M approves; this workstation then holds another outcome at the same version (as when its rules,
        // authority table or scorecard route judge otherwise than the server's). The server accepts the
        // approval; both sides are at the same version, so only reading the file again shows its state.
        auto engine = m_m.engine(m_server.proxy().port());
        engine->runOnce();
        QVERIFY(
            m_m.perform(m_decide3, m_people["manager"],
                        WorkflowRequest{WorkflowAction::Approve, "Within limit, ample collateral", {}, ""})
                .ok());
        QVERIFY(
            m_m.db()
                .exec("UPDATE loan_files SET state = 'manual_review' WHERE id = " + std::to_string(m_decide3))
                .ok());
        m_m.drain(*engine);
        QCOMPARE(m_m.pending(), 0);
        QCOMPARE(m_m.conflicts(), 0);
        QCOMPARE(serverFile(m_decide3, "state"), std::string("approved"));
        QCOMPARE(std::string(key(m_m.file(m_decide3).state)), std::string("approved"));
        QCOMPARE(std::to_string(m_m.file(m_decide3).version), serverFile(m_decide3, "version"));
    }

    void anAnalystsApprovalIsRefusedWithoutEffect()
    {
        // The workstation's rules would never offer it; an outbox row forced in reaches the server.
        const std::int64_t v = m_a.file(m_decide2).version;
        {
            auto tx = Transaction::begin(m_a.db());
            QVERIFY(tx.ok());
            QVERIFY(enqueueEdit(m_a.db(), m_decide2, v, R"({"action":"approve","reason":"I approve my own"})",
                                m_a.now)
                        .ok());
            QVERIFY(tx->commit().ok());
        }
        const std::string before = serverFile(m_decide2, "version") + "/" + serverFile(m_decide2, "state") +
                                   "/" + std::to_string(server("SELECT count(*) FROM approvals")) + "/" +
                                   std::to_string(server("SELECT count(*) FROM server_changes"));
        auto engine = m_a.engine(m_server.proxy().port());
        m_a.drain(*engine);
        QCOMPARE(m_a.pending(), 0);
        SqliteSyncQueue queue(m_a.db(), [this] { return m_a.now; });
        const auto conflicts = queue.conflicts();
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), std::size_t(1));
        QCOMPARE(conflicts->front().code, std::string("forbidden_role"));
        QVERIFY(conflicts->front().values.empty()); // refused as a whole: only discarded
        QVERIFY(!conflicts->front().message.empty());
        QCOMPARE(serverFile(m_decide2, "version") + "/" + serverFile(m_decide2, "state") + "/" +
                     std::to_string(server("SELECT count(*) FROM approvals")) + "/" +
                     std::to_string(server("SELECT count(*) FROM server_changes")),
                 before);
        QVERIFY(queue.takeTheirs(conflicts->front().id).ok());
    }

    void aMoveOnAStaleVersionConflicts()
    {
        // Two managers decide the same file offline; the first to reach the server wins.
        auto m = m_m.engine(m_server.proxy().port());
        auto n = m_n.engine(m_server.proxy().port());
        QVERIFY(m_n.perform(m_decide2, m_people["manager"],
                            WorkflowRequest{WorkflowAction::Reject, "Enterprise under investigation", {}, ""})
                    .ok());
        QVERIFY(
            m_m.perform(m_decide2, m_people["manager"],
                        WorkflowRequest{WorkflowAction::Approve, "Within limit, ample collateral", {}, ""})
                .ok());
        m_n.drain(*n);
        QCOMPARE(serverFile(m_decide2, "state"), std::string("rejected"));
        m_m.drain(*m);
        QCOMPARE(m_m.pending(), 0);
        QCOMPARE(serverFile(m_decide2, "state"), std::string("rejected"));
        QCOMPARE(server("SELECT count(*) FROM approvals WHERE loan_file_id = " + std::to_string(m_decide2)),
                 0);
        SqliteSyncQueue queue(m_m.db(), [this] { return m_m.now; });
        const auto conflicts = queue.conflicts();
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), std::size_t(1));
        QCOMPARE(conflicts->front().code, std::string("version_mismatch"));
        QCOMPARE(conflicts->front().loanFileId, m_decide2);
        // The refused approval does not stay applied: M reads the server's copy (rejected, its version).
        QCOMPARE(m_m.file(m_decide2).state, LoanState::Rejected);
        QCOMPARE(std::to_string(m_m.file(m_decide2).version), serverFile(m_decide2, "version"));
    }
};

QTEST_GUILESS_MAIN(TestSyncEdits)
#include "tst_sync_edits.moc"
