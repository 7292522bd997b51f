// The History tab: every change is a line (when, who, role, what, before → after, why) under a banner
// that is green while the hash chain verifies and red — naming the entry and the problem — when not.
#include "page_fixture.h"

#include "ui/display_names.h"
#include "ui/history_tab.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace saggar;
using testing_support::PageFixture;
using Fake = test::FakeWorkflowStore;

Q_DECLARE_METATYPE(saggar::ChainProblem)

class TestHistoryTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing_support::isolateSettings("tst_history_tab"); }

    void everyMoveIsALine()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Submitted);
        f.open(Fake::kAppraiser, file);
        f.showTab(ui::LoanFilePage::History);
        QTest::mouseClick(f.action(WorkflowAction::StartAppraisal), Qt::LeftButton);

        ui::HistoryTab* tab = f.page->historyTab();
        QTableWidget* table = tab->table();
        QCOMPARE(static_cast<std::size_t>(table->rowCount()), f.store.audit(file).size());
        // the state change reads in words, with the person and role who made it
        int stateRow = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 5)->text() == QStringLiteral("Submitted → Appraisal"))
                stateRow = r;
        QVERIFY(stateRow >= 0);
        QCOMPARE(table->item(stateRow, 2)->text(), QStringLiteral("王强"));
        QCOMPARE(table->item(stateRow, 3)->text(), ui::DisplayNames::role(Role::Appraiser));
        QCOMPARE(table->item(stateRow, 4)->text(), ui::DisplayNames::auditKind(AuditKind::State));

        QLabel* banner = tab->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->property("problem").toBool(), false);
        QVERIFY2(banner->text().contains(QStringLiteral("verifies")), qPrintable(banner->text()));
    }

    void tamperedChainIsShownInRed_data()
    {
        QTest::addColumn<ChainProblem>("problem");
        QTest::newRow("edited") << ChainProblem::EditedEntry;
        QTest::newRow("missing") << ChainProblem::MissingEntry;
        QTest::newRow("reordered") << ChainProblem::Reordered;
        QTest::newRow("relinked") << ChainProblem::BrokenLink;
        QTest::newRow("head") << ChainProblem::HeadMismatch;
    }

    void tamperedChainIsShownInRed()
    {
        QFETCH(ChainProblem, problem);
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Draft);
        f.store.documents(file).front().status = DocumentStatus::Missing;
        f.service
            .updateDocument(
                f.store.actor(Fake::kAnalyst), file,
                DocumentRequest{f.store.documents(file).front().id, DocumentStatus::Received, {}, {}})
            .ok();
        f.store.forcedVerdict = ChainVerdict{problem, 2, "entry 2: stored hash does not match its contents"};
        f.open(Fake::kManager, file);
        f.showTab(ui::LoanFilePage::History);

        QLabel* banner = f.page->historyTab()->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->property("problem").toBool(), true);
        QVERIFY2(banner->text().contains(QStringLiteral("#2")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(ui::DisplayNames::chainProblem(problem)),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("stored hash does not match")));
        QVERIFY(banner->styleSheet().contains(QStringLiteral("#b3261e")));
        // the entry where it shows is marked too
        QTableWidget* table = f.page->historyTab()->table();
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(1, 4)->foreground().color(), QColor(0xb3, 0x26, 0x1e));
        QVERIFY(table->item(0, 4)->foreground().color() != QColor(0xb3, 0x26, 0x1e));
    }

    void realChainVerdictCatchesAnEditedEntry()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Submitted);
        f.service
            .perform(f.store.actor(Fake::kAppraiser), file,
                     WorkflowRequest{WorkflowAction::StartAppraisal, {}, {}, {}})
            .ok();
        f.store.audit(file)[1].reason = "quietly edited"; // after it was sealed
        f.open(Fake::kManager, file);
        QLabel* banner = f.page->historyTab()->banner();
        QCOMPARE(banner->property("problem").toBool(), true);
        QVERIFY2(banner->text().contains(QStringLiteral("#2")), qPrintable(banner->text()));
    }
};

QTEST_MAIN(TestHistoryTab)
#include "tst_history_tab.moc"
