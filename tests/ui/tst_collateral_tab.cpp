// The Collateral tab: the file's appraiser enters appraised values during Appraisal (a bad figure is
// explained where it was typed); nobody else sees the entry; values and loan-to-value then show.
#include "page_fixture.h"

#include "typing.h"
#include "ui/collateral_tab.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace saggar;
using testing_support::PageFixture;
using Fake = test::FakeWorkflowStore;

class TestCollateralTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing_support::isolateSettings("tst_collateral_tab"); }

    void appraiserValuesEveryAsset()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Appraisal);
        f.open(Fake::kAppraiser, file);
        f.showTab(ui::LoanFilePage::Collateral);
        QVERIFY(f.find<QWidget>("valuationBox")->isVisible());
        auto* value = f.find<QLineEdit>("appraisedValue");
        auto* save = f.find<QPushButton>("saveValue");
        QVERIFY(!save->isEnabled()); // nothing selected

        // completing before every asset is valued is refused, naming what is missing
        QTest::mouseClick(f.action(WorkflowAction::CompleteAppraisal), Qt::LeftButton);
        QVERIFY2(f.answers.messages.last().contains(QStringLiteral("粤E12345")),
                 qPrintable(f.answers.messages.last()));
        QCOMPARE(f.store.file(file).state, LoanState::Appraisal);

        f.answers.clear();
        f.page->collateralTab()->selectAsset(true, 0);
        QVERIFY(save->isEnabled());
        testing_support::typeText(value, QStringLiteral("lots"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!f.find<QLabel>("valueError")->text().isEmpty());
        QCOMPARE(f.store.writes, 0);

        value->clear();
        testing_support::typeText(value, QStringLiteral("2000万")); // far above the purchase price
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(f.answers.messages.size(), 1);
        QCOMPARE(f.store.writes, 0);
        QCOMPARE(value->text(), QStringLiteral("2000万")); // kept for correcting

        value->clear();
        testing_support::typeText(value, QStringLiteral("120万"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(f.store.writes, 1);
        QVERIFY(value->text().isEmpty());
        auto* trucks = f.find<QTableWidget>("trucksTable");
        QCOMPARE(trucks->item(0, 6)->text(), QStringLiteral("¥1,200,000.00"));

        f.page->collateralTab()->selectAsset(false, 0);
        testing_support::typeText(value, QStringLiteral("4,000,000"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(f.find<QLabel>("collateralTotals")->text().contains(QStringLiteral("57.7")));
        QVERIFY(f.find<QLabel>("overviewLtv")->text().contains(QStringLiteral("57.7")));

        f.answers.clear();
        QTest::mouseClick(f.action(WorkflowAction::CompleteAppraisal), Qt::LeftButton);
        QCOMPARE(f.store.file(file).state, LoanState::RiskAssessment);
        QVERIFY(!f.find<QWidget>("valuationBox")->isVisible());
    }

    void othersDoNotValue()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Appraisal);
        f.open(Fake::kAnalyst, file);
        f.showTab(ui::LoanFilePage::Collateral);
        QVERIFY(!f.find<QWidget>("valuationBox")->isVisible());
        QVERIFY(!f.find<QPushButton>("addTruck")->isVisible()); // pledging is for drafts
        f.open(Fake::kManager, file);
        f.showTab(ui::LoanFilePage::Collateral);
        QVERIFY(!f.find<QWidget>("valuationBox")->isVisible());
    }

    void analystPledgesToADraft()
    {
        PageFixture f;
        f.open(Fake::kAnalyst, f.store.addFile(LoanState::Draft));
        f.showTab(ui::LoanFilePage::Collateral);
        QVERIFY(f.find<QPushButton>("addTruck")->isVisible());
        QTest::mouseClick(f.find<QPushButton>("addTruck"), Qt::LeftButton); // the form, cancelled
        QCOMPARE(f.answers.unexpectedDialogs, 1);
        QCOMPARE(f.store.writes, 0);
    }
};

QTEST_MAIN(TestCollateralTab)
#include "tst_collateral_tab.moc"
