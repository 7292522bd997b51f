// The loan-file page's workflow actions: only the moves the role and state allow are offered; a
// move the rules refuse changes nothing and says why; reasons are required where the rules need them
// and survive a cancelled dialog; committees need two different managers.
#include "page_fixture.h"

#include "typing.h"
#include "ui/display_names.h"
#include "ui/reason_dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

using namespace saggar;
using testing_support::PageFixture;
using Fake = test::FakeWorkflowStore;

Q_DECLARE_METATYPE(saggar::LoanState)

namespace {

QStringList shownActions(const ui::LoanFilePage& page)
{
    QStringList keys;
    for (WorkflowAction a : page.actions()->offered())
        keys << QString::fromLatin1(key(a));
    return keys;
}

// A dialog answer: types `text` into the reason box and presses OK (or Cancel).
std::function<int(QDialog&)> writeReason(const QString& text, bool accept = true)
{
    return [text, accept](QDialog& dialog) {
        auto* edit = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reason"));
        edit->clear();
        testing_support::typeText(edit, text);
        auto* ok = static_cast<ui::ReasonDialog&>(dialog).okButton();
        const int result = accept && ok->isEnabled() ? QDialog::Accepted : QDialog::Rejected;
        dialog.done(result);
        return result;
    };
}

} // namespace

class TestActionBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing_support::isolateSettings("tst_action_bar"); }

    void offeredFollowRoleAndState_data()
    {
        QTest::addColumn<LoanState>("state");
        QTest::addColumn<Id>("user");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::newRow("draft, its preparer") << LoanState::Draft << Fake::kAnalyst << QStringList{"submit"};
        QTest::newRow("draft, another analyst") << LoanState::Draft << Fake::kOtherAnalyst << none;
        QTest::newRow("draft, appraiser") << LoanState::Draft << Fake::kAppraiser << none;
        QTest::newRow("draft, manager") << LoanState::Draft << Fake::kManager << QStringList{"submit"};
        QTest::newRow("submitted, appraiser") << LoanState::Submitted << Fake::kAppraiser
                                              << QStringList{"start_appraisal", "return_for_rework"};
        QTest::newRow("submitted, analyst") << LoanState::Submitted << Fake::kAnalyst << none;
        QTest::newRow("appraisal, its appraiser") << LoanState::Appraisal << Fake::kAppraiser
                                                  << QStringList{"complete_appraisal", "return_for_rework"};
        QTest::newRow("risk assessment, analyst")
            << LoanState::RiskAssessment << Fake::kAnalyst << QStringList{"assess_risk"};
        QTest::newRow("risk assessment, manager")
            << LoanState::RiskAssessment << Fake::kManager << QStringList{"assess_risk", "return_for_rework"};
        QTest::newRow("manual review, manager") << LoanState::ManualReview << Fake::kManager
                                                << QStringList{"approve", "reject", "return_for_rework"};
        QTest::newRow("manual review, analyst") << LoanState::ManualReview << Fake::kAnalyst << none;
        QTest::newRow("manual review, appraiser") << LoanState::ManualReview << Fake::kAppraiser << none;
        QTest::newRow("approved, manager")
            << LoanState::Approved << Fake::kManager << QStringList{"disburse"};
        QTest::newRow("declined, manager")
            << LoanState::Declined << Fake::kManager << QStringList{"override_decline", "close"};
        QTest::newRow("monitoring, manager")
            << LoanState::Monitoring << Fake::kManager << QStringList{"repay", "declare_default"};
        QTest::newRow("monitoring, analyst")
            << LoanState::Monitoring << Fake::kAnalyst << QStringList{"repay"};
        QTest::newRow("closed, manager") << LoanState::Closed << Fake::kManager << none;
    }

    void offeredFollowRoleAndState()
    {
        QFETCH(LoanState, state);
        QFETCH(Id, user);
        QFETCH(QStringList, expected);
        PageFixture f;
        auto& page = f.open(user, f.store.addFile(state));
        QCOMPARE(shownActions(page), expected);
        for (const QString& k : expected) {
            QPushButton* b = f.action(*fromKey<WorkflowAction>(k.toStdString()));
            QVERIFY2(b && b->isVisible(), qPrintable(k));
        }
        // "nothing to do" shows exactly when no action is offered
        QCOMPARE(f.find<QLabel>("noActions")->isVisible(), expected.isEmpty());
    }

    void refusedSubmitChangesNothingAndSaysWhy()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Draft); // the business licence is missing, no memo
        auto& page = f.open(Fake::kAnalyst, file);
        const auto entries = f.store.audit(file).size();
        const auto version = f.store.file(file).version;

        // "No" to the confirmation: nothing is tried
        f.answers.answer = QMessageBox::No;
        QTest::mouseClick(f.action(WorkflowAction::Submit), Qt::LeftButton);
        QCOMPARE(f.answers.messages.size(), 1);
        QCOMPARE(f.store.writes, 0);

        f.answers.clear();
        QTest::mouseClick(f.action(WorkflowAction::Submit), Qt::LeftButton);
        QCOMPARE(f.answers.messages.size(), 2); // the question, then the refusal
        const QString refusal = f.answers.messages.last();
        QVERIFY2(refusal.contains(QStringLiteral("Submission is blocked")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("business licence")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("credit memo")), qPrintable(refusal));
        QCOMPARE(f.store.file(file).state, LoanState::Draft);
        QCOMPARE(f.store.file(file).version, version);
        QCOMPARE(f.store.audit(file).size(), entries);
        QCOMPARE(f.store.writes, 0);
        QCOMPARE(page.view()->detail.file.state, LoanState::Draft);
        QVERIFY(f.action(WorkflowAction::Submit)); // still offered: the analyst can fix and retry
    }

    void staleFileIsRefusedAndReloaded()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Submitted);
        auto& page = f.open(Fake::kAppraiser, file);
        // someone else takes the file meanwhile
        f.store.file(file).state = LoanState::Appraisal;
        f.store.file(file).appraiserId = Fake::kAppraiser;
        ++f.store.file(file).version;
        QTest::mouseClick(f.action(WorkflowAction::StartAppraisal), Qt::LeftButton);
        QCOMPARE(f.answers.messages.size(), 2);
        QVERIFY2(!f.answers.messages.last().isEmpty(), "the refusal is explained");
        QCOMPARE(f.store.writes, 0);
        // the page shows the file as it is now, with what is offered now
        QCOMPARE(page.view()->detail.file.state, LoanState::Appraisal);
        QVERIFY(f.action(WorkflowAction::CompleteAppraisal));
        QVERIFY(!f.action(WorkflowAction::StartAppraisal));
    }

    void startAppraisalMovesTheFile()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Submitted);
        bool changed = false;
        auto& page = f.open(Fake::kAppraiser, file);
        connect(&page, &ui::LoanFilePage::fileChanged, this, [&] { changed = true; });
        QTest::mouseClick(f.action(WorkflowAction::StartAppraisal), Qt::LeftButton);
        QCOMPARE(f.store.file(file).state, LoanState::Appraisal);
        QCOMPARE(f.store.file(file).appraiserId, Fake::kAppraiser);
        QVERIFY(changed);
        QCOMPARE(page.view()->detail.file.state, LoanState::Appraisal);
        QVERIFY(f.find<QLabel>("fileSubtitle")
                    ->text()
                    .startsWith(ui::DisplayNames::loanState(LoanState::Appraisal)));
        QCOMPARE(f.answers.messages.size(), 1); // only the confirmation
    }

    void rejectionNeedsAReason()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::ManualReview, RiskGrade::C);
        f.open(Fake::kManager, file);
        bool okWhenShort = true;
        f.answers.dialogs.push_back([&](QDialog& dialog) {
            auto& reason = static_cast<ui::ReasonDialog&>(dialog);
            testing_support::typeText(reason.textEdit(), QStringLiteral("  too short  "));
            okWhenShort = reason.okButton()->isEnabled();
            testing_support::typeText(reason.textEdit(), QStringLiteral("; cash flow does not cover"));
            if (!reason.okButton()->isEnabled())
                return int(QDialog::Rejected);
            reason.accept();
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(f.action(WorkflowAction::Reject), Qt::LeftButton);
        QVERIFY2(!okWhenShort, "fewer than 10 characters cannot be sent");
        QCOMPARE(f.store.file(file).state, LoanState::Rejected);
        const AuditEntry& last = f.store.audit(file).back();
        QCOMPARE(last.subject, std::string("state"));
        QCOMPARE(QString::fromStdString(last.reason),
                 QStringLiteral("too short  ; cash flow does not cover"));
        QVERIFY(f.answers.messages.isEmpty()); // no confirmation on top of the dialog
    }

    void cancelledReasonIsKept()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::ManualReview, RiskGrade::C);
        f.open(Fake::kManager, file);
        f.answers.dialogs.push_back(writeReason(QStringLiteral("Collateral photos are missing"), false));
        QTest::mouseClick(f.action(WorkflowAction::ReturnForRework), Qt::LeftButton);
        QCOMPARE(f.store.file(file).state, LoanState::ManualReview);

        QString restored;
        f.answers.dialogs.push_back([&](QDialog& dialog) {
            restored = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reason"))->toPlainText();
            dialog.accept();
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(f.action(WorkflowAction::ReturnForRework), Qt::LeftButton);
        QCOMPARE(restored, QStringLiteral("Collateral photos are missing"));
        QCOMPARE(f.store.file(file).state, LoanState::Draft);

        // taken: the next dialog starts empty
        f.store.file(file).state = LoanState::ManualReview;
        f.page->reload();
        f.answers.dialogs.push_back([&](QDialog& dialog) {
            restored = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reason"))->toPlainText();
            dialog.reject();
            return int(QDialog::Rejected);
        });
        QTest::mouseClick(f.action(WorkflowAction::ReturnForRework), Qt::LeftButton);
        QCOMPARE(restored, QString());
    }

    void riskAssessmentNeedsAGradeAndRationale()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::RiskAssessment);
        f.open(Fake::kAnalyst, file);
        f.answers.dialogs.push_back([](QDialog& dialog) {
            auto& d = static_cast<ui::ReasonDialog&>(dialog);
            testing_support::typeText(d.textEdit(), QStringLiteral("两家经销商订单稳定，现金流充足"));
            if (d.okButton()->isEnabled()) // a rationale without a grade is not enough
                return int(QDialog::Rejected);
            d.gradeBox()->setCurrentIndex(d.gradeBox()->findData(static_cast<int>(RiskGrade::C)));
            d.accept();
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(f.action(WorkflowAction::AssessRisk), Qt::LeftButton);
        QCOMPARE(f.store.file(file).state, LoanState::ManualReview);
        QCOMPARE(f.find<QLabel>("overviewGrade")->text(), ui::DisplayNames::riskGrade(RiskGrade::C));
    }

    void committeeNeedsTwoDifferentManagers()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::ManualReview, RiskGrade::C); // C: a committee of two
        f.open(Fake::kManager, file);
        auto* summary = f.find<QLabel>("approvalSummary");
        QVERIFY2(summary->text().contains(QStringLiteral("0 of 2")), qPrintable(summary->text()));
        f.answers.dialogs.push_back(writeReason(QStringLiteral("Within appetite")));
        QTest::mouseClick(f.action(WorkflowAction::Approve), Qt::LeftButton);
        QCOMPARE(f.store.file(file).state, LoanState::ManualReview);
        QVERIFY2(summary->text().contains(QStringLiteral("1 of 2")), qPrintable(summary->text()));
        QVERIFY2(!f.action(WorkflowAction::Approve), "the same manager cannot give the second approval");

        f.open(Fake::kSecondManager, file);
        f.answers.dialogs.push_back(writeReason(QString()));
        QTest::mouseClick(f.action(WorkflowAction::Approve), Qt::LeftButton);
        QVERIFY2(f.answers.messages.isEmpty(), qPrintable(f.answers.messages.join(QLatin1Char('\n'))));
        QCOMPARE(f.store.file(file).state, LoanState::Approved);
        QVERIFY(f.action(WorkflowAction::Disburse));
    }

    void approvalAboveTheLtvLimitNeedsAJustification()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::AutoApproved);
        f.store.file(file).amount = Money::fromYuan(4'500'000); // 86.5 % of ¥5.2 million
        f.open(Fake::kManager, file);
        f.answers.dialogs.push_back(writeReason(QStringLiteral("ok")));
        QTest::mouseClick(f.action(WorkflowAction::Approve), Qt::LeftButton);
        QCOMPARE(f.store.writes, 0);
        f.answers.dialogs.push_back(
            writeReason(QStringLiteral("Second-hand value of the kiln is understated")));
        QTest::mouseClick(f.action(WorkflowAction::Approve), Qt::LeftButton);
        QCOMPARE(f.store.file(file).state, LoanState::Approved);
        auto* exceptions = f.find<QTableWidget>("exceptionsTable");
        QCOMPARE(exceptions->rowCount(), 1);
        QCOMPARE(exceptions->item(0, 0)->text(),
                 ui::DisplayNames::exceptionKind(ExceptionKind::LtvAboveLimit));
        QCOMPARE(exceptions->item(0, 2)->text(),
                 QStringLiteral("Second-hand value of the kiln is understated"));
    }

    void nobodyApprovesWhatTheyPrepared()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::AutoApproved);
        f.store.file(file).analystId = Fake::kManager;
        auto& page = f.open(Fake::kManager, file);
        QVERIFY(!shownActions(page).contains(QStringLiteral("approve")));
        QVERIFY(shownActions(page).contains(QStringLiteral("reject")));
    }
};

QTEST_MAIN(TestActionBar)
#include "tst_action_bar.moc"
