// A loan file taken from nothing to approval through the screens by three people on the real
// SQLite store, each signed in on their own workstation: the analyst creates the draft, pledges a
// truck, receives the documents (attaching the licence scan), writes the memo and submits; the
// appraiser takes the file from "My work", values the truck and completes the appraisal; the analyst
// grades the risk; a manager approves from "My work". Then on through its life: a condition precedent
// holds the disbursement until met, the analyst starts monitoring, the manager declares the default,
// disposes and closes. The history verifies at the end.
#include "app/language.h"
#include "app/shell.h"
#include "form_filling.h"
#include "seam_answers.h"
#include "test_workspace.h"
#include "ui/action_bar.h"
#include "ui/collateral_tab.h"
#include "ui/documents_tab.h"
#include "ui/file_controller.h"
#include "ui/history_tab.h"
#include "ui/loan_file_page.h"
#include "ui/main_window.h"
#include "ui/memo_tab.h"
#include "ui/my_work_page.h"
#include "ui/reason_dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace saggar;
using testing_support::SeamAnswers;
using testing_support::type;

namespace {

// Presses a dialog's own OK (it validates and saves, staying open when refused).
int acceptDialog(QDialog& dialog)
{
    dialog.accept();
    return dialog.result();
}

int rowOf(QTableWidget* table, int column, const QString& text)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, column) && table->item(r, column)->text() == text)
            return r;
    return -1;
}

} // namespace

class TestWorkflowWalk : public QObject
{
    Q_OBJECT
private:
    SeamAnswers m_answers;
    std::unique_ptr<test::TestWorkspace> m_ws;
    QString m_fileNo;
    Id m_fileId = 0;

    // A workstation of its own for `login`, on the same workspace folder.
    std::unique_ptr<app::Shell> signIn(const char* login)
    {
        auto workspace = Workspace::open(m_ws->dir.path().toStdString(), false);
        if (!workspace)
            return nullptr;
        auto shell = std::make_unique<app::Shell>(std::move(workspace).value(), QStringLiteral("en"));
        if (!shell->start(QLatin1String(login), QString::fromLatin1(test::kPassword)))
            return nullptr;
        return shell;
    }

    static void click(ui::LoanFilePage* page, WorkflowAction action)
    {
        QPushButton* b = page->actions()->button(action);
        QVERIFY2(b, key(action).data());
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // Opens the walked file from the "My work" page, as a double-click does.
    void openFromMyWork(ui::MainWindow* window)
    {
        window->showPage(ui::MainWindow::MyWorkPageIndex);
        QTableWidget* table = window->myWorkPage()->table();
        const int row = rowOf(table, 0, m_fileNo);
        QVERIFY2(row >= 0, qPrintable(m_fileNo + QStringLiteral(" is not in My work")));
        emit table->cellActivated(row, 0);
        QCOMPARE(window->currentPage(), ui::MainWindow::LoanFilePageIndex);
        QCOMPARE(window->loanFilePage()->currentFileId(), m_fileId);
    }

    LoanState state(ui::MainWindow* window) const
    {
        return window->loanFilePage()->view()->detail.file.state;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SaggarTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workflow_walk"));
        QSettings().clear();
        app::applyLanguage(QStringLiteral("en"));
        m_answers.install();
        m_ws = std::make_unique<test::TestWorkspace>();
        QVERIFY(m_ws->ok());
        m_ws->workspace.reset(); // each person opens it on their own workstation
    }

    void cleanupTestCase() { SeamAnswers::uninstall(); }

    void analystPreparesAndSubmits()
    {
        auto shell = signIn("analyst");
        QVERIFY(shell);
        ui::MainWindow* window = shell->mainWindow();

        // a new file for a new enterprise
        m_answers.dialogs.push_back([](QDialog& dialog) {
            type(&dialog, "nameZh", QStringLiteral("景德镇昌南窑业有限公司"));
            type(&dialog, "nameEn", QStringLiteral("Jingdezhen Changnan Kiln Co., Ltd."));
            type(&dialog, "uscc", QString::fromStdString(testing_support::freshUscc("87654321")));
            type(&dialog, "legalRep", QStringLiteral("余平"));
            type(&dialog, "revenue", QStringLiteral("6,000万"));
            type(&dialog, "amount", QStringLiteral("50万"));
            dialog.findChild<QSpinBox*>(QStringLiteral("staff"))->setValue(120);
            auto* product = dialog.findChild<QComboBox*>(QStringLiteral("product"));
            product->setCurrentIndex(product->findData(static_cast<int>(Product::FleetPurchase)));
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("purpose"))
                ->setPlainText(QStringLiteral("购置配送货车"));
            return acceptDialog(dialog);
        });
        window->newFile();
        QVERIFY2(m_answers.messages.isEmpty(), qPrintable(m_answers.messages.join(QLatin1Char('\n'))));
        ui::LoanFilePage* page = window->loanFilePage();
        QVERIFY(page->view());
        m_fileId = page->currentFileId();
        m_fileNo = QString::fromStdString(page->view()->detail.file.fileNo);
        QCOMPARE(state(window), LoanState::Draft);

        // a truck pledged through its form
        m_answers.dialogs.push_back([](QDialog& dialog) {
            type(&dialog, "plate", QStringLiteral("赣H52871"));
            type(&dialog, "vin", QString::fromStdString(testing_support::freshVin("LFWSRXRJ0N1234567")));
            type(&dialog, "brand", QStringLiteral("FAW Jiefang"));
            type(&dialog, "model", QStringLiteral("J6P"));
            type(&dialog, "price", QStringLiteral("90万"));
            type(&dialog, "tracker", QStringLiteral("TRK-1A2B3C4D"));
            return acceptDialog(dialog);
        });
        page->tabs()->setCurrentIndex(ui::LoanFilePage::Collateral);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addTruck")), Qt::LeftButton);
        QVERIFY2(m_answers.messages.isEmpty(), qPrintable(m_answers.messages.join(QLatin1Char('\n'))));
        QCOMPARE(page->findChild<QTableWidget*>(QStringLiteral("trucksTable"))->rowCount(), 1);

        // submitting now is refused, naming what is missing
        click(page, WorkflowAction::Submit);
        QVERIFY(m_answers.messages.size() == 2 &&
                m_answers.messages.last().contains(QStringLiteral("missing")));
        QCOMPARE(state(window), LoanState::Draft);
        m_answers.clear();

        // every document received; the licence scan attached
        page->tabs()->setCurrentIndex(ui::LoanFilePage::Documents);
        ui::DocumentsTab* docs = page->documentsTab();
        const int documents = docs->table()->rowCount();
        QVERIFY(documents >= 5);
        for (int r = 0; r < documents; ++r) {
            docs->table()->selectRow(r);
            QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("receiveDocument")),
                              Qt::LeftButton);
        }
        QVERIFY2(m_answers.messages.isEmpty(), qPrintable(m_answers.messages.join(QLatin1Char('\n'))));
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("missingDocuments"))->isVisible());
        const QString scan = m_ws->dir.filePath(QStringLiteral("licence-scan.pdf"));
        {
            QFile pdf(scan);
            QVERIFY(pdf.open(QIODevice::WriteOnly));
            pdf.write("%PDF-1.4\n% licence scan\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        }
        docs->selectDocument(DocumentKind::BusinessLicence);
        m_answers.files.push_back(scan);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("attachFile")), Qt::LeftButton);
        QVERIFY2(m_answers.messages.isEmpty(), qPrintable(m_answers.messages.join(QLatin1Char('\n'))));
        QCOMPARE(page->findChild<QListWidget*>(QStringLiteral("attachmentList"))->count(), 1);

        // the memo, section by section
        page->tabs()->setCurrentIndex(ui::LoanFilePage::Memo);
        ui::MemoTab* memo = page->memoTab();
        for (MemoSection s : allValues<MemoSection>())
            testing_support::typeText(memo->editor(s),
                                      QStringLiteral("Memo: ") + QString::fromLatin1(key(s)));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveMemo")), Qt::LeftButton);
        QCOMPARE(memo->versionList()->count(), 1);

        click(page, WorkflowAction::Submit);
        QVERIFY2(m_answers.messages.size() == 1, qPrintable(m_answers.messages.join(QLatin1Char('\n'))));
        QCOMPARE(state(window), LoanState::Submitted);
        QVERIFY(page->actions()->offered().isEmpty()); // the analyst waits now
        m_answers.clear();
    }

    void appraiserValuesTheTruck()
    {
        QVERIFY(m_fileId);
        auto shell = signIn("appraiser");
        QVERIFY(shell);
        ui::MainWindow* window = shell->mainWindow();
        openFromMyWork(window);
        ui::LoanFilePage* page = window->loanFilePage();
        click(page, WorkflowAction::StartAppraisal);
        QCOMPARE(state(window), LoanState::Appraisal);

        page->tabs()->setCurrentIndex(ui::LoanFilePage::Collateral);
        page->collateralTab()->selectAsset(true, 0);
        testing_support::typeText(page->findChild<QLineEdit*>(QStringLiteral("appraisedValue")),
                                  QStringLiteral("80万"));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveValue")), Qt::LeftButton);
        QVERIFY2(m_answers.messages.size() == 1, qPrintable(m_answers.messages.join(QLatin1Char('\n'))));
        QVERIFY(
            page->findChild<QLabel*>(QStringLiteral("overviewLtv"))->text().contains(QStringLiteral("62.5")));

        click(page, WorkflowAction::CompleteAppraisal);
        QCOMPARE(state(window), LoanState::RiskAssessment);
        m_answers.clear();
    }

    void analystGradesTheRisk()
    {
        QVERIFY(m_fileId);
        auto shell = signIn("analyst");
        QVERIFY(shell);
        ui::MainWindow* window = shell->mainWindow();
        window->openFile(m_fileId);
        // This walk grades by hand (the path without a scorecard); scoring through the app's model is
        // walked in tst_review_queue and tst_risk_decisions.
        window->loanFilePage()->controller()->setRiskDecisions(nullptr);
        m_answers.dialogs.push_back([](QDialog& dialog) {
            auto& d = static_cast<ui::ReasonDialog&>(dialog);
            d.gradeBox()->setCurrentIndex(d.gradeBox()->findData(static_cast<int>(RiskGrade::B)));
            testing_support::typeText(d.textEdit(), QStringLiteral("订单稳定，车辆估值充足，负债率低"));
            d.accept();
            return d.result();
        });
        click(window->loanFilePage(), WorkflowAction::AssessRisk);
        QVERIFY2(m_answers.messages.isEmpty(), qPrintable(m_answers.messages.join(QLatin1Char('\n'))));
        QCOMPARE(state(window), LoanState::AutoApproved);
        QVERIFY(window->loanFilePage()->actions()->offered().isEmpty()); // the preparer cannot approve
    }

    void managerApproves()
    {
        QVERIFY(m_fileId);
        auto shell = signIn("manager");
        QVERIFY(shell);
        ui::MainWindow* window = shell->mainWindow();
        openFromMyWork(window);
        ui::LoanFilePage* page = window->loanFilePage();
        auto* summary = page->findChild<QLabel*>(QStringLiteral("approvalSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("0 of 1")), qPrintable(summary->text()));

        m_answers.dialogs.push_back([](QDialog& dialog) {
            auto& d = static_cast<ui::ReasonDialog&>(dialog);
            testing_support::typeText(d.textEdit(), QStringLiteral("Within branch authority"));
            d.accept();
            return d.result();
        });
        click(page, WorkflowAction::Approve);
        QVERIFY2(m_answers.messages.isEmpty(), qPrintable(m_answers.messages.join(QLatin1Char('\n'))));
        QCOMPARE(state(window), LoanState::Approved);
        QVERIFY2(summary->text().contains(QStringLiteral("1 of 1")), qPrintable(summary->text()));
        QVERIFY(!page->memoTab()->isEditable());
        QVERIFY(page->memoTab()->versionList()->item(0)->text().contains(QStringLiteral("frozen")));

        // the manager reads the analyst's scan, unchanged
        page->tabs()->setCurrentIndex(ui::LoanFilePage::Documents);
        page->documentsTab()->selectDocument(DocumentKind::BusinessLicence);
        page->findChild<QListWidget*>(QStringLiteral("attachmentList"))->setCurrentRow(0);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("openAttachment")), Qt::LeftButton);
        QCOMPARE(m_answers.opened.size(), 1);
        QFile opened(m_answers.opened.first());
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QVERIFY(opened.readAll().contains("licence scan"));

        // three people in the history, and it verifies
        page->tabs()->setCurrentIndex(ui::LoanFilePage::History);
        QLabel* banner = page->historyTab()->banner();
        QCOMPARE(banner->property("problem").toBool(), false);
        QTableWidget* history = page->historyTab()->table();
        QSet<QString> people;
        for (int r = 0; r < history->rowCount(); ++r)
            people << history->item(r, 3)->text();
        QCOMPARE(people.size(), 3); // analyst, appraiser, manager
        QVERIFY(rowOf(history, 5, QStringLiteral("Auto-approved → Approved")) >= 0);

        // and the portfolio knows
        window->showPage(ui::MainWindow::MyWorkPageIndex);
        QVERIFY(rowOf(window->myWorkPage()->table(), 0, m_fileNo) >= 0); // approved: to be disbursed
        QCOMPARE(m_answers.unexpectedDialogs, 0);
    }

    void managerDisbursesOnceTheConditionIsMet()
    {
        QVERIFY(m_fileId);
        auto shell = signIn("manager");
        QVERIFY(shell);
        ui::MainWindow* window = shell->mainWindow();
        window->openFile(m_fileId);
        ui::LoanFilePage* page = window->loanFilePage();
        page->tabs()->setCurrentIndex(ui::LoanFilePage::Covenants);

        // a condition precedent, added before disbursement
        m_answers.dialogs.push_back([](QDialog& dialog) {
            type(&dialog, "covenantDescription", QStringLiteral("车辆抵押登记完成"));
            dialog.accept();
            return dialog.result();
        });
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addCovenant")), Qt::LeftButton);
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("covenantsTable"));
        QCOMPARE(table->rowCount(), 1);

        click(page, WorkflowAction::Disburse);
        QCOMPARE(m_answers.messages.size(), 2);
        QVERIFY2(m_answers.messages.last().contains(QStringLiteral("车辆抵押登记完成")),
                 qPrintable(m_answers.messages.last()));
        QCOMPARE(state(window), LoanState::Approved);
        m_answers.clear();

        // met: the loan goes out
        table->selectRow(0);
        m_answers.dialogs.push_back([](QDialog& dialog) {
            auto* status = dialog.findChild<QComboBox*>(QStringLiteral("covenantStatus"));
            status->setCurrentIndex(status->findData(static_cast<int>(CovenantStatus::Met)));
            type(&dialog, "covenantNote", QStringLiteral("登记证书已核验"));
            dialog.accept();
            return dialog.result();
        });
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("editCovenant")), Qt::LeftButton);
        QVERIFY2(m_answers.messages.isEmpty(), qPrintable(m_answers.messages.join(QLatin1Char('\n'))));
        click(page, WorkflowAction::Disburse);
        QCOMPARE(state(window), LoanState::Disbursed);
        m_answers.clear();
    }

    void analystMonitorsAndManagerWorksTheDefault()
    {
        QVERIFY(m_fileId);
        {
            auto shell = signIn("analyst");
            QVERIFY(shell);
            shell->mainWindow()->openFile(m_fileId);
            click(shell->mainWindow()->loanFilePage(), WorkflowAction::StartMonitoring);
            QCOMPARE(state(shell->mainWindow()), LoanState::Monitoring);
            QVERIFY(!shell->mainWindow()->loanFilePage()->actions()->button(WorkflowAction::DeclareDefault));
        }
        auto shell = signIn("manager");
        QVERIFY(shell);
        ui::MainWindow* window = shell->mainWindow();
        window->openFile(m_fileId);
        ui::LoanFilePage* page = window->loanFilePage();
        m_answers.dialogs.push_back([](QDialog& dialog) {
            auto& d = static_cast<ui::ReasonDialog&>(dialog);
            testing_support::typeText(d.textEdit(), QStringLiteral("连续三期未还款，窑厂停产"));
            d.accept();
            return d.result();
        });
        click(page, WorkflowAction::DeclareDefault);
        QCOMPARE(state(window), LoanState::Default);
        click(page, WorkflowAction::StartDisposal);
        QCOMPARE(state(window), LoanState::Disposal);
        click(page, WorkflowAction::Close);
        QCOMPARE(state(window), LoanState::Closed);
        QVERIFY(page->actions()->offered().isEmpty());
        QCOMPARE(page->historyTab()->banner()->property("problem").toBool(), false);
        QVERIFY(rowOf(page->historyTab()->table(), 6, QStringLiteral("连续三期未还款，窑厂停产")) >= 0);
        QCOMPARE(m_answers.unexpectedDialogs, 0);
    }
};

QTEST_MAIN(TestWorkflowWalk)
#include "tst_workflow_walk.moc"
