// The manager's review queue and band editor, offscreen: the lazy model at 5,000 files under
// QAbstractItemModelTester with its SLA clock on a controllable clock; a walk on a real demo store where
// a manager claims a file, reads its reasons, approves it within the delegated limit, and finds another
// over the limit waiting for the committee; the band editor's preview against the arithmetic.
#include "seam_answers.h"
#include "test_workspace.h"

#include "core/risk_decision_service.h"
#include "core/risk_default_model.h"
#include "storage/demo_risk_history.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/sqlite_risk_store.h"
#include "storage/sqlite_workflow_store.h"
#include "ui/action_bar.h"
#include "ui/band_editor_dialog.h"
#include "ui/loan_file_page.h"
#include "ui/main_window.h"
#include "ui/reason_dialog.h"
#include "ui/review_queue_page.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <limits>

using namespace saggar;
using namespace saggar::ui;

namespace {

constexpr TimestampMs kT0 = 1'795'000'000'000;
constexpr TimestampMs kHourMs = 3600LL * 1000;

risk::ReviewItem item(int i)
{
    risk::ReviewItem it;
    it.fileId = i + 1;
    it.fileNo = "SG-" + std::to_string(i + 1);
    it.enterpriseZh = "企业" + std::to_string(i);
    it.enterpriseEn = "Enterprise " + std::to_string(i);
    it.amount = Money::fromYuan(100'000 + i);
    it.grade = RiskGrade::C;
    it.score = 480.0 + i % 20;
    it.reasons.push_back(risk::StoredReason{"ltv", "0.82", 31.6, ""});
    it.waitingSinceMs = kT0 + i * 60'000LL;
    return it;
}

} // namespace

class TestReviewQueue : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_answers.install(); }
    void cleanup() { m_answers = {}; }

    void lazyModelOfFiveThousand()
    {
        TimestampMs now = kT0;
        ReviewQueueModel model([&now] { return now; });
        std::vector<risk::ReviewItem> items;
        for (int i = 0; i < 5000; ++i)
            items.push_back(item(i));
        model.setItems(items);
        QCOMPARE(model.rowCount(), ReviewQueueModel::kBlockRows);
        QCOMPARE(model.totalItems(), std::size_t(5000));
        // The tester checks every change from here on (it fetches a block itself).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() < 5000);
        while (model.canFetchMore(QModelIndex())) {
            const int before = model.rowCount();
            model.fetchMore(QModelIndex());
            QVERIFY(model.rowCount() - before <= ReviewQueueModel::kBlockRows);
        }
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(model.index(4999, ReviewQueueModel::FileNo).data().toString(), QStringLiteral("SG-5000"));
        QVERIFY(model.index(0, ReviewQueueModel::TopReason).data().toString().contains(QStringLiteral("82")));

        // The SLA clock: 48 hours from entering review.
        now = kT0 + 47 * kHourMs;
        model.tick();
        QCOMPARE(model.slaLeftMs(*model.item(0)), kHourMs);
        QCOMPARE(model.index(0, ReviewQueueModel::Sla).data().toString(), QStringLiteral("1 h 0 min left"));
        QCOMPARE(model.index(0, ReviewQueueModel::Waiting).data().toString(), QStringLiteral("1 d 23 h"));
        QVERIFY(!model.index(0, ReviewQueueModel::Sla).data(Qt::ForegroundRole).isValid());
        now = kT0 + 50 * kHourMs;
        model.tick();
        QCOMPARE(model.index(0, ReviewQueueModel::Sla).data().toString(),
                 QStringLiteral("overdue by 2 h 0 min"));
        QVERIFY(model.index(0, ReviewQueueModel::Sla).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.slaLeftMs(*model.item(4999)) > 0); // entered 4,999 minutes later
    }

    void managerWorksTheQueue()
    {
        test::TestWorkspace ws(DemoOptions{});
        QVERIFY(ws.ok());
        Database& db = ws.workspace->db();
        const DemoOptions options;
        QVERIFY(addDemoRiskHistory(db, ws.workspace->attachmentsDirectory(),
                                   risk::defaultApplicationModel().value(), options.seed, options.nowMs)
                    .ok());
        SqliteLoanFileStore files(db);
        SqliteWorkflowStore workflowStore(db, ws.workspace->attachmentsDirectory());
        SqliteRiskStore riskStore(db);
        TimestampMs now = options.nowMs;
        WorkflowService workflow(workflowStore, [&now] { return now; });
        risk::RiskDecisionService service(workflow, riskStore, risk::defaultApplicationModel().value(),
                                          [&now] { return now; });
        const User manager = [&] {
            for (const User& u : ws.snapshot.users)
                if (u.login == "manager")
                    return u;
            return User{};
        }();
        const Actor actor{manager.id, manager.role, manager.displayName};
        // One manager decides up to ¥5 million at grades down to D; above that a committee of two.
        AuthorityTable table;
        table.limits = {{Money::fromYuan(5'000'000), RiskGrade::D, 1},
                        {Money::fromFen(std::numeric_limits<std::int64_t>::max()), RiskGrade::E, 2}};
        const auto set = workflowStore.setAuthority(table, actor);
        QVERIFY2(set.ok(), set.ok() ? "" : set.error().message.c_str());

        auto queue = riskStore.reviewQueue();
        QVERIFY(queue && queue->size() >= 2);
        const Id within = (*queue)[0].fileId;
        const Id over = (*queue)[1].fileId;
        QVERIFY(db.exec("UPDATE loan_files SET amount_fen = 300000000 WHERE id = " + std::to_string(within))
                    .ok());
        QVERIFY(
            db.exec("UPDATE loan_files SET amount_fen = 800000000 WHERE id = " + std::to_string(over)).ok());

        Session session;
        session.user = manager;
        session.store = &files;
        session.workflow = &workflow;
        session.risk = &service;
        session.portfolioSource = [] { return Result<std::unique_ptr<PortfolioSource>>(makeError("none")); };
        MainWindow window(session);
        window.show();
        ReviewQueuePage* page = window.reviewQueuePage();
        QVERIFY(page);
        window.showPage(static_cast<MainWindow::Page>(6));
        page->refresh();
        QCOMPARE(page->model()->totalItems(), queue->size());

        // Claim: the queue shows who holds the file; the reasons are there to read.
        QVERIFY(page->selectFile(within));
        page->findChild<QPushButton*>(QStringLiteral("claimButton"))->click();
        QVERIFY(page->selectFile(within));
        const int row = page->model()->rowOf(within);
        QCOMPARE(page->model()->index(row, ReviewQueueModel::HeldBy).data().toString(),
                 QString::fromStdString(manager.displayName));
        QVERIFY(page->details()->text().contains(QStringLiteral("Reason:")) ||
                page->details()->text().contains(QStringLiteral("Policy:")));
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("claimButton"))->isEnabled());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("releaseButton"))->isEnabled());

        // Open to decide: the Decision tab shows the score; approve within the limit.
        page->findChild<QPushButton*>(QStringLiteral("openButton"))->click();
        QCOMPARE(window.loanFilePage()->currentFileId(), within);
        QVERIFY(window.loanFilePage()->findChild<QLabel*>(QStringLiteral("riskScoreValue")));
        const auto approveWith = [this](const QString& text) {
            m_answers.dialogs.push_back([text](QDialog& dialog) {
                auto& reason = dynamic_cast<ReasonDialog&>(dialog);
                reason.textEdit()->setPlainText(text);
                return int(QDialog::Accepted);
            });
        };
        approveWith(QStringLiteral("Cash flow covers the instalments twice over."));
        window.loanFilePage()->actions()->run(WorkflowAction::Approve);
        QCOMPARE(workflowStore.context(within)->file.state, LoanState::Approved);
        page->refresh();
        QCOMPARE(page->model()->rowOf(within), -1); // decided files leave the queue

        // Over the limit: one approval is not enough, the committee's second is needed.
        QVERIFY(page->selectFile(over));
        page->openSelected();
        approveWith(QStringLiteral("Strong collateral; recommend to the committee."));
        window.loanFilePage()->actions()->run(WorkflowAction::Approve);
        const auto ctx = workflowStore.context(over);
        QCOMPARE(ctx->file.state, LoanState::ManualReview);
        QCOMPARE(ctx->approvals.size(), std::size_t(1));
        QCOMPARE(m_answers.unexpectedDialogs, 0);
    }

    void bandEditorPreviewsAndSaves()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.ok());
        Database& db = ws.workspace->db();
        QVERIFY(addDemoRiskHistory(db, ws.workspace->attachmentsDirectory(),
                                   risk::defaultApplicationModel().value(), 1, kT0)
                    .ok());
        SqliteWorkflowStore workflowStore(db, ws.workspace->attachmentsDirectory());
        SqliteRiskStore riskStore(db);
        WorkflowService workflow(workflowStore, [] { return kT0; });
        risk::RiskDecisionService service(workflow, riskStore, risk::defaultApplicationModel().value(),
                                          [] { return kT0; });
        const Actor manager{3, Role::Manager, "manager"};
        BandEditorDialog dialog(service, manager);
        const std::vector<double> scores = riskStore.portfolioScores().value();
        QVERIFY(!scores.empty());
        dialog.declineBelow()->setValue(470);
        dialog.approveFrom()->setValue(510);
        const risk::RoutingRates expected = risk::routingRates({470, 510}, scores);
        QCOMPARE(dialog.shownRates()->reviewed, expected.reviewed);
        QCOMPARE(dialog.shownRates()->approved, expected.approved);
        QVERIFY(dialog.preview()->text().contains(QString::number(expected.files)));
        QVERIFY(!dialog.saveButton()->isEnabled()); // no reason yet
        dialog.justification()->setPlainText(QStringLiteral("Review capacity doubled this quarter"));
        QVERIFY(dialog.saveButton()->isEnabled());
        dialog.declineBelow()->setValue(520); // crossed
        QVERIFY(!dialog.shownRates());
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.declineBelow()->setValue(470);
        dialog.save();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = riskStore.bands().value();
        QVERIFY(saved);
        QCOMPARE(saved->bands.approveFrom, 510.0);
        QCOMPARE(saved->reviewRate, expected.reviewRate());
        QCOMPARE(service.bandsInForce()->declineBelow, 470.0);
    }

private:
    testing_support::SeamAnswers m_answers;
};

QTEST_MAIN(TestReviewQueue)
#include "tst_review_queue.moc"
