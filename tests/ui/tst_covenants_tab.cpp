// The Covenants tab: analysts and managers add conditions precedent and covenants and set their
// status; only managers waive, with a justification that becomes a policy exception; once the loan
// is disbursed only status and note can change; appraisers only read.
#include "page_fixture.h"

#include "typing.h"
#include "ui/covenant_dialog.h"
#include "ui/covenants_tab.h"
#include "ui/display_names.h"
#include "ui/reason_dialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

using namespace saggar;
using testing_support::PageFixture;
using Fake = test::FakeWorkflowStore;

namespace {

// Fills the covenant dialog and saves it.
std::function<int(QDialog&)> fillCovenant(CovenantKind kind, CovenantMetric metric,
                                          const QString& description, double threshold)
{
    return [=](QDialog& dialog) {
        auto pick = [&](const char* name, int value) {
            auto* box = dialog.findChild<QComboBox*>(QLatin1String(name));
            box->setCurrentIndex(box->findData(value));
        };
        pick("covenantKind", static_cast<int>(kind));
        pick("covenantMetric", static_cast<int>(metric));
        auto* text = dialog.findChild<QLineEdit*>(QStringLiteral("covenantDescription"));
        text->clear();
        testing_support::typeText(text, description);
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("covenantThreshold"))->setValue(threshold);
        dialog.accept();
        return int(QDialog::Accepted);
    };
}

} // namespace

class TestCovenantsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing_support::isolateSettings("tst_covenants_tab"); }

    void analystAddsConditionsAndCovenants()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Draft);
        f.open(Fake::kAnalyst, file);
        f.showTab(ui::LoanFilePage::Covenants);
        auto* table = f.page->covenantsTab()->table();
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(f.find<QPushButton>("addCovenant")->isVisible());
        QVERIFY(!f.find<QPushButton>("waiveCovenant")->isVisible());

        f.answers.dialogs.push_back(fillCovenant(CovenantKind::ConditionPrecedent, CovenantMetric::Custom,
                                                 QStringLiteral("Kiln insurance assigned to the bank"), 0));
        QTest::mouseClick(f.find<QPushButton>("addCovenant"), Qt::LeftButton);
        f.answers.dialogs.push_back(fillCovenant(CovenantKind::Covenant, CovenantMetric::TrackerOnlinePct,
                                                 QStringLiteral("Trackers online"), 95));
        QTest::mouseClick(f.find<QPushButton>("addCovenant"), Qt::LeftButton);
        QVERIFY2(f.answers.messages.isEmpty(), qPrintable(f.answers.messages.join(QLatin1Char('\n'))));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("≥ 95 %"));
        QCOMPARE(table->item(0, 4)->text(), ui::DisplayNames::covenantStatus(CovenantStatus::Pending));
        QVERIFY(f.find<QLabel>("covenantSummary")->text().contains(QLatin1Char('1')));

        // a covenant without a description is refused and explained
        f.answers.dialogs.push_back(
            fillCovenant(CovenantKind::Covenant, CovenantMetric::Custom, QString(), 0));
        QTest::mouseClick(f.find<QPushButton>("addCovenant"), Qt::LeftButton);
        QCOMPARE(f.answers.messages.size(), 1);
        QCOMPARE(table->rowCount(), 2);
    }

    void managerWaivesAConditionPrecedent()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Approved);
        Covenant cp;
        cp.loanFileId = file;
        cp.description = "Mortgage registered with the vehicle office";
        f.store.apply(CovenantChange{file, 0, cp, std::nullopt, {}}).ok();
        f.open(Fake::kManager, file);
        f.showTab(ui::LoanFilePage::Covenants);
        auto* table = f.page->covenantsTab()->table();
        table->selectRow(0);
        auto* waive = f.find<QPushButton>("waiveCovenant");
        QVERIFY(waive->isVisible() && waive->isEnabled());

        // disbursement is blocked while the condition is open
        QTest::mouseClick(f.action(WorkflowAction::Disburse), Qt::LeftButton);
        QVERIFY2(f.answers.messages.last().contains(QStringLiteral("conditions precedent")),
                 qPrintable(f.answers.messages.last()));
        QCOMPARE(f.store.file(file).state, LoanState::Approved);

        f.answers.dialogs.push_back([](QDialog& dialog) {
            auto& d = static_cast<ui::ReasonDialog&>(dialog);
            testing_support::typeText(d.textEdit(),
                                      QStringLiteral("Registration booked for Monday; guarantor signed"));
            d.accept();
            return int(QDialog::Accepted);
        });
        table->selectRow(0);
        QTest::mouseClick(waive, Qt::LeftButton);
        QCOMPARE(table->item(0, 4)->text(), ui::DisplayNames::covenantStatus(CovenantStatus::Waived));
        QCOMPARE(f.find<QTableWidget>("exceptionsTable")->rowCount(), 1);
        f.answers.clear();
        QTest::mouseClick(f.action(WorkflowAction::Disburse), Qt::LeftButton);
        QCOMPARE(f.store.file(file).state, LoanState::Disbursed);
    }

    void afterDisbursementOnlyStatusChanges()
    {
        PageFixture f;
        const Id file = f.store.addFile(LoanState::Monitoring);
        Covenant c;
        c.loanFileId = file;
        c.kind = CovenantKind::Covenant;
        c.metric = CovenantMetric::KilnOperatingDaysPerMonth;
        c.threshold = 20;
        c.description = "Kiln operating days";
        f.store.apply(CovenantChange{file, 0, c, std::nullopt, {}}).ok();
        f.open(Fake::kAnalyst, file);
        f.showTab(ui::LoanFilePage::Covenants);
        QVERIFY(!f.find<QPushButton>("addCovenant")->isVisible());
        auto* edit = f.find<QPushButton>("editCovenant");
        QVERIFY(edit->isVisible());
        f.page->covenantsTab()->table()->selectRow(0);
        bool definitionLocked = false;
        bool waiveOffered = true;
        f.answers.dialogs.push_back([&](QDialog& dialog) {
            definitionLocked =
                !dialog.findChild<QLineEdit*>(QStringLiteral("covenantDescription"))->isEnabled();
            auto* status = dialog.findChild<QComboBox*>(QStringLiteral("covenantStatus"));
            status->setCurrentIndex(status->findData(static_cast<int>(CovenantStatus::Breached)));
            waiveOffered = status->findData(static_cast<int>(CovenantStatus::Waived)) >= 0;
            dialog.accept();
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(edit, Qt::LeftButton);
        QVERIFY(definitionLocked);
        QVERIFY2(!waiveOffered, "waiving is its own step, with a justification");
        QVERIFY(f.answers.messages.isEmpty());
        QCOMPARE(f.page->covenantsTab()->table()->item(0, 4)->text(),
                 ui::DisplayNames::covenantStatus(CovenantStatus::Breached));
    }

    void appraisersOnlyRead()
    {
        PageFixture f;
        f.open(Fake::kAppraiser, f.store.addFile(LoanState::Appraisal));
        f.showTab(ui::LoanFilePage::Covenants);
        QVERIFY(!f.find<QPushButton>("addCovenant")->isVisible());
    }
};

QTEST_MAIN(TestCovenantsTab)
#include "tst_covenants_tab.moc"
