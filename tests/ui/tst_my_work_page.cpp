// "My work": each role sees its own queue — drafts for the analyst who prepared them, files to
// appraise for appraisers, decisions for managers — and a double-click opens the file.
#include "fake_workflow_store.h"

#include "ui/display_names.h"
#include "ui/my_work_page.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace saggar;
using Fake = test::FakeWorkflowStore;

class TestMyWorkPage : public QObject
{
    Q_OBJECT

private slots:
    void eachRoleSeesItsQueue_data()
    {
        QTest::addColumn<Id>("user");
        QTest::addColumn<QStringList>("states");
        QTest::newRow("analyst") << Fake::kAnalyst << QStringList{"Draft"};
        QTest::newRow("another analyst") << Fake::kOtherAnalyst << QStringList{};
        QTest::newRow("appraiser") << Fake::kAppraiser << QStringList{"Submitted", "Appraisal"};
        QTest::newRow("manager") << Fake::kManager << QStringList{"Manual review", "Approved"};
    }

    void eachRoleSeesItsQueue()
    {
        QFETCH(Id, user);
        QFETCH(QStringList, states);
        Fake store;
        for (LoanState s :
             {LoanState::Draft, LoanState::Submitted, LoanState::Appraisal, LoanState::RiskAssessment,
              LoanState::ManualReview, LoanState::Approved, LoanState::Closed})
            store.addFile(s);
        ui::MyWorkPage page(store, store.actor(user));
        page.show();
        QTableWidget* table = page.table();
        QStringList shown;
        for (int r = 0; r < table->rowCount(); ++r)
            shown << table->item(r, 2)->text();
        QCOMPARE(shown, states);
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("myWorkCount"))->text().isEmpty());
    }

    void doubleClickOpensTheFile()
    {
        Fake store;
        store.addFile(LoanState::Closed);
        const Id draft = store.addFile(LoanState::Draft);
        ui::MyWorkPage page(store, store.actor(Fake::kAnalyst));
        page.show();
        QSignalSpy opened(&page, &ui::MyWorkPage::openFileRequested);
        QCOMPARE(page.table()->rowCount(), 1);
        emit page.table()->cellActivated(0, 1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().value<Id>(), draft);
        QCOMPARE(page.table()->item(0, 0)->text(), QString::fromStdString(store.file(draft).fileNo));

        // the queue follows the files
        store.file(draft).state = LoanState::Submitted;
        page.refresh();
        QCOMPARE(page.table()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMyWorkPage)
#include "tst_my_work_page.moc"
