// Every edit path queues for the bank server in its own transaction: a draft's terms as a field-level
// "set" of just the changed fields, and a workflow move as the body of POST …/actions, each on the
// version it was made on. A refused edit leaves neither the edit nor a row; the server's own store
// (queueing off) and the demo's history queue nothing.
#include "workflow_fixture.h"

#include "core/workflow_service.h"
#include "storage/sync_outbox.h"
#include "storage/sync_patches.h"
#include "storage_test_data.h"

#include <QTest>

using namespace saggar;
namespace td = saggar::testdata;
using td::kAnalyst;
using td::kAppraiser;
using td::kManager;

class TestSyncEditsOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<td::WorkflowFixture> m_f;
    int m_n = 0;

    td::WorkflowFixture& f() { return *m_f; }
    std::vector<OutboxRow> rows()
    {
        auto r = SqliteOutbox(f().db()).pending(1000);
        if (!r)
            qFatal("%s", r.error().message.c_str());
        return *r;
    }
    DraftTerms termsNow()
    {
        const LoanFile file = f().context().file;
        return DraftTerms{file.amount, file.termMonths, file.annualRatePct, file.purpose};
    }
    // Receives the documents and writes a memo, so the draft can be submitted.
    void prepare(WorkflowService& service)
    {
        for (const Document& d : f().context().documents)
            QVERIFY(service
                        .updateDocument(kAnalyst, f().fileId,
                                        DocumentRequest{d.id, DocumentStatus::Received, "", ""})
                        .ok());
        CreditMemo memo;
        for (MemoSection s : allValues<MemoSection>())
            memo.section(s) = "Steady orders for three years / " + std::string(key(s));
        memo.authorId = kAnalyst.userId;
        QVERIFY(service.saveMemo(kAnalyst, f().fileId, memo).ok());
    }

private slots:
    void init()
    {
        m_f = std::make_unique<td::WorkflowFixture>(m_dir, "ws" + std::to_string(++m_n));
        // The fixture's pledges were queued; start from an empty outbox.
        QVERIFY(f().db().exec("DELETE FROM sync_outbox").ok());
    }
    void cleanup() { m_f.reset(); }

    void changedTermsAreQueuedAsOneSetOfJustThoseFields()
    {
        const std::int64_t base = f().version();
        DraftTerms t = termsNow();
        t.amount = Money::fromYuan(4'000'000);
        t.purpose = "三台辊道窑改造 \"B\"";
        SAGGAR_VERIFY_OK(f().files().editDraftTerms(f().fileId, base, t, kAnalyst.userId));
        const LoanFile file = f().context().file;
        QCOMPARE(file.amount, Money::fromYuan(4'000'000));
        QCOMPARE(file.purpose, t.purpose);
        QCOMPARE(file.version, base + 1);
        const auto queued = rows();
        QCOMPARE(queued.size(), std::size_t(1));
        QCOMPARE(queued[0].loanFileId, f().fileId);
        QCOMPARE(queued[0].baseVersion, base);
        QCOMPARE(queued[0].patchJson,
                 std::string("{\"set\":{\"amountFen\":400000000,\"purpose\":\"三台辊道窑改造 \\\"B\\\"\"}}"));
        // Each changed term is in the history.
        const auto history = f().store().history(f().fileId);
        QVERIFY(history.ok() && history->verdict.ok());
        QCOMPARE(QString::fromStdString(history->entries.back().subject), QStringLiteral("purpose"));
        QCOMPARE(QString::fromStdString(history->entries[history->entries.size() - 2].subject),
                 QStringLiteral("amount"));

        // Term and rate next: a second row on the next version.
        t.termMonths = 48;
        t.annualRatePct = 4.5;
        SAGGAR_VERIFY_OK(f().files().editDraftTerms(f().fileId, base + 1, t, kAnalyst.userId));
        QCOMPARE(rows().size(), std::size_t(2));
        QCOMPARE(rows()[1].baseVersion, base + 1);
        QCOMPARE(rows()[1].patchJson, std::string("{\"set\":{\"termMonths\":48,\"annualRatePct\":4.5}}"));
    }

    void unchangedTermsWriteNothing()
    {
        const std::string before = f().dump();
        SAGGAR_VERIFY_OK(f().files().editDraftTerms(f().fileId, f().version(), termsNow(), kAnalyst.userId));
        QCOMPARE(f().dump(), before);
    }

    void refusedTermsChangeNothing_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<int>("code");
        QTest::newRow("zero term") << 0 << int(ErrorCode::InvalidInput);
        QTest::newRow("empty purpose") << 1 << int(ErrorCode::InvalidInput);
        QTest::newRow("stale version") << 2 << int(ErrorCode::Conflict);
        QTest::newRow("another analyst") << 3 << int(ErrorCode::Forbidden);
        QTest::newRow("a manager") << 4 << int(ErrorCode::Forbidden);
        QTest::newRow("no such file") << 5 << int(ErrorCode::NotFound);
    }

    void refusedTermsChangeNothing()
    {
        QFETCH(int, what);
        QFETCH(int, code);
        DraftTerms t = termsNow();
        t.amount = Money::fromYuan(123'456);
        std::int64_t base = f().version();
        Id actor = kAnalyst.userId;
        Id file = f().fileId;
        if (what == 0)
            t.termMonths = 0;
        if (what == 1)
            t.purpose = "";
        if (what == 2)
            base -= 1;
        if (what == 3)
            actor = td::kOtherAnalyst.userId;
        if (what == 4)
            actor = kManager.userId;
        if (what == 5)
            file = 9999;
        const std::string before = f().dump();
        auto r = f().files().editDraftTerms(file, base, t, actor);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(f().dump(), before);
    }

    void termsOfASubmittedFileAreRefused()
    {
        WorkflowService service(f().store(), [] { return td::kBaseMs; });
        prepare(service);
        SAGGAR_VERIFY_OK(
            service.perform(kAnalyst, f().fileId, WorkflowRequest{WorkflowAction::Submit, "", {}, ""}));
        DraftTerms t = termsNow();
        t.termMonths += 6;
        const std::string before = f().dump();
        auto r = f().files().editDraftTerms(f().fileId, f().version(), t, kAnalyst.userId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(ErrorCode::Forbidden));
        QCOMPARE(f().dump(), before);
    }

    void memoAndDocumentsAreQueuedAsFieldSets()
    {
        WorkflowService service(f().store(), [] { return td::kBaseMs; });
        const Document doc = f().context().documents.front();
        std::int64_t base = f().version();
        SAGGAR_VERIFY_OK(service.updateDocument(
            kAnalyst, f().fileId, DocumentRequest{doc.id, DocumentStatus::Received, "seen", ""}));
        const std::string prefix = "documents/" + std::to_string(doc.id) + "/";
        QCOMPARE(rows().size(), std::size_t(1));
        QCOMPARE(rows()[0].baseVersion, base);
        QCOMPARE(rows()[0].patchJson,
                 "{\"set\":{\"" + prefix + "status\":\"received\",\"" + prefix + "note\":\"seen\"}}");
        // A manager's waiver carries its justification.
        SAGGAR_VERIFY_OK(service.updateDocument(
            kManager, f().fileId,
            DocumentRequest{doc.id, DocumentStatus::Waived, "seen", "Known borrower, ten years"}));
        QCOMPARE(rows()[1].patchJson, "{\"set\":{\"" + prefix + "status\":\"waived\",\"" + prefix +
                                          "justification\":\"Known borrower, ten years\"}}");

        CreditMemo memo;
        memo.section(MemoSection::Borrower) = "A tile maker";
        memo.section(MemoSection::Risk) = "Thin margins";
        base = f().version();
        SAGGAR_VERIFY_OK(service.saveMemo(kAnalyst, f().fileId, memo));
        QCOMPARE(rows()[2].baseVersion, base);
        QCOMPARE(rows()[2].patchJson, std::string("{\"set\":{\"memo/sections/borrower\":\"A tile maker\","
                                                  "\"memo/sections/risk\":\"Thin margins\"}}"));
        memo.section(MemoSection::Risk) = "Margins recover";
        SAGGAR_VERIFY_OK(service.saveMemo(kAnalyst, f().fileId, memo));
        QCOMPARE(rows()[3].patchJson, std::string("{\"set\":{\"memo/sections/risk\":\"Margins recover\"}}"));
        QCOMPARE(rows().size(), std::size_t(4));
    }

    void workflowMovesAreQueuedAsActions()
    {
        TimestampMs now = td::kBaseMs;
        WorkflowService service(f().store(), [&now] { return now += 60'000; });
        prepare(service);
        QVERIFY(f().db().exec("DELETE FROM sync_outbox").ok()); // documents and memo are not sent yet
        const std::int64_t base = f().version();
        SAGGAR_VERIFY_OK(
            service.perform(kAnalyst, f().fileId, WorkflowRequest{WorkflowAction::Submit, "", {}, ""}));
        SAGGAR_VERIFY_OK(service.perform(kAppraiser, f().fileId,
                                         WorkflowRequest{WorkflowAction::StartAppraisal, "", {}, ""}));
        auto queued = rows();
        QCOMPARE(queued.size(), std::size_t(2));
        QCOMPARE(queued[0].baseVersion, base);
        QCOMPARE(queued[0].patchJson, std::string("{\"action\":\"submit\",\"reason\":\"\"}"));
        QVERIFY(isWorkflowActionBody(queued[0].patchJson));
        QCOMPARE(queued[1].baseVersion, base + 1);
        QCOMPARE(queued[1].patchJson, std::string("{\"action\":\"start_appraisal\",\"reason\":\"\"}"));
        QVERIFY(!isWorkflowActionBody("{\"set\":{\"purpose\":\"action\"}}"));

        // A refused move (the preparer cannot appraise) writes neither the move nor a row.
        const std::string before = f().dump();
        QVERIFY(!service
                     .perform(kAnalyst, f().fileId,
                              WorkflowRequest{WorkflowAction::CompleteAppraisal, "", {}, ""})
                     .ok());
        QCOMPARE(f().dump(), before);
    }

    void aMoveAfterAMergedEditGoesOnTheServersVersion()
    {
        const auto queue = [this](std::int64_t base, const std::string& patch) {
            auto tx = Transaction::begin(f().db());
            auto row = enqueueEdit(f().db(), f().fileId, base, patch, td::kBaseMs);
            if (!tx || !row || !tx->commit().ok())
                qFatal("could not queue");
            return *row;
        };
        const OutboxRow terms = queue(5, "{\"set\":{\"termMonths\":48}}");
        queue(6, "{\"action\":\"submit\",\"reason\":\"\"}");
        queue(7, "{\"set\":{\"purpose\":\"kilns\"}}");
        // Someone else wrote versions 6 and 7 meanwhile: the terms merged as 8.
        SAGGAR_VERIFY_OK(SqliteOutbox(f().db()).accept(terms, 8, td::kBaseMs));
        const auto left = rows();
        QCOMPARE(left.size(), std::size_t(2));
        QCOMPARE(left[0].baseVersion, 8); // the move: on the server's version
        QCOMPARE(left[1].baseVersion, 5); // a patch: rebased, its paths checked against all since
        // Accepted on base + 1 too, the move follows the server's answer.
        SAGGAR_VERIFY_OK(SqliteOutbox(f().db()).accept(left[0], 9, td::kBaseMs));
        QCOMPARE(rows().front().baseVersion, 5);
    }

    void assessedRiskCarriesTheGradeAndRationale()
    {
        WorkflowChange c;
        c.request = WorkflowRequest{WorkflowAction::AssessRisk, "", RiskGrade::B, "ignored"};
        c.risk = RiskAssessment{RiskGrade::C, "Thin margins \"this year\"", 1, 0};
        QCOMPARE(workflowActionBody(c),
                 std::string("{\"action\":\"assess_risk\",\"reason\":\"\",\"grade\":\"") +
                     std::string(key(RiskGrade::C)) + "\",\"rationale\":\"Thin margins \\\"this year\\\"\"}");
        c.request = WorkflowRequest{WorkflowAction::Reject, "Collateral below policy", {}, ""};
        c.risk.reset();
        QCOMPARE(workflowActionBody(c),
                 std::string("{\"action\":\"reject\",\"reason\":\"Collateral below policy\"}"));
    }

    void storeWithQueueingOffQueuesNothing()
    {
        WorkflowService service(f().store(), [] { return td::kBaseMs; });
        prepare(service);
        QVERIFY(f().db().exec("DELETE FROM sync_outbox").ok());
        f().store().setQueueForSync(false);
        SAGGAR_VERIFY_OK(
            service.perform(kAnalyst, f().fileId, WorkflowRequest{WorkflowAction::Submit, "", {}, ""}));
        QCOMPARE(f().context().file.state, LoanState::Submitted);
        QVERIFY(rows().empty());
    }
};

QTEST_GUILESS_MAIN(TestSyncEditsOutbox)
#include "tst_sync_edits_outbox.moc"
