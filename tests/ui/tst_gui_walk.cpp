// A walk through the workstation as a person would take it: sign in, search and filter the
// portfolio, open a file and read its tabs, then switch the screens to Chinese.
#include "app/language.h"
#include "app/shell.h"
#include "test_workspace.h"
#include "typing.h"
#include "ui/alert_queue_page.h"
#include "ui/dialog_seam.h"
#include "ui/loan_file_page.h"
#include "ui/main_window.h"
#include "ui/message_seam.h"
#include "ui/portfolio_page.h"
#include "ui/telemetry_import_dialog.h"
#include "ui/valuation_models_page.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace saggar;

class TestGuiWalk : public QObject
{
    Q_OBJECT
private:
    QStringList m_messages;

    static int waitForCount(ui::PortfolioPage* page)
    {
        if (!QTest::qWaitFor([page] { return !page->model()->isLoading(); }, 10'000))
            return -1;
        return page->model()->rowCount();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SaggarTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_walk"));
        QSettings().clear();
        ui::setMessageHandler([this](QWidget*, ui::MessageKind, const QString&, const QString& text,
                                     QMessageBox::StandardButtons) {
            m_messages << text;
            return QMessageBox::Ok;
        });
        app::applyLanguage(QStringLiteral("en"));
    }

    void signInFilterOpenAndSwitchLanguage()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.ok());
        const PortfolioSnapshot snapshot = ws.snapshot;
        app::Shell shell(std::move(ws.workspace), QStringLiteral("en"));
        QVERIFY(shell.start(QStringLiteral("analyst"), QString::fromLatin1(test::kPassword)));
        ui::MainWindow* window = shell.mainWindow();
        QVERIFY(window);
        QCOMPARE(shell.user().login, std::string("analyst"));
        QVERIFY(window->windowTitle().contains(QString::fromStdString(shell.user().displayName)));

        // the whole portfolio, then a search by an enterprise's Chinese name
        ui::PortfolioPage* portfolio = window->portfolioPage();
        QCOMPARE(waitForCount(portfolio), static_cast<int>(snapshot.files.size()));
        const LoanFile target = snapshot.files[17];
        const Enterprise& owner =
            *std::find_if(snapshot.enterprises.begin(), snapshot.enterprises.end(),
                          [&](const Enterprise& e) { return e.id == target.enterpriseId; });
        auto* search = portfolio->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        testing_support::typeText(search, QString::fromStdString(owner.nameZh));
        QTRY_VERIFY_WITH_TIMEOUT(portfolio->model()->filter().text == owner.nameZh, 5'000);
        const int matches = waitForCount(portfolio);
        const auto ownerFiles = std::count_if(snapshot.files.begin(), snapshot.files.end(),
                                              [&](const LoanFile& f) { return f.enterpriseId == owner.id; });
        QCOMPARE(matches, static_cast<int>(ownerFiles));
        auto* count = portfolio->findChild<QLabel*>(QStringLiteral("portfolioCount"));
        QVERIFY(count->text().contains(QString::number(matches)));

        // a state filter narrows it further; clearing brings everything back
        auto* state = portfolio->findChild<QComboBox*>(QStringLiteral("stateFilter"));
        state->setCurrentIndex(state->findData(static_cast<int>(target.state)));
        QTRY_VERIFY(portfolio->model()->filter().state == target.state);
        QVERIFY(waitForCount(portfolio) >= 1);
        int row = -1;
        for (int r = 0; r < portfolio->model()->rowCount(); ++r)
            if (portfolio->model()->fileIdAt(r) == target.id)
                row = r;
        QVERIFY(row >= 0);

        // a bad amount is explained and changes nothing
        auto* minAmount = portfolio->findChild<QLineEdit*>(QStringLiteral("minAmount"));
        QTest::keyClicks(minAmount, QStringLiteral("lots"));
        portfolio->applyFilter();
        QVERIFY(!portfolio->findChild<QLabel*>(QStringLiteral("filterError"))->text().isEmpty());
        QVERIFY(!portfolio->model()->filter().minAmount);

        // open the file from the table
        emit portfolio->view()->activated(portfolio->model()->index(row, 0));
        QCOMPARE(window->currentPage(), ui::MainWindow::LoanFilePageIndex);
        ui::LoanFilePage* page = window->loanFilePage();
        QCOMPARE(page->currentFileId(), target.id);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("fileTitle"))
                    ->text()
                    .contains(QString::fromStdString(target.fileNo)));
        QCOMPARE(page->tabs()->count(), 8);
        const auto pledgedTrucks = std::count_if(snapshot.trucks.begin(), snapshot.trucks.end(),
                                                 [&](const Truck& t) { return t.loanFileId == target.id; });
        QCOMPARE(page->findChild<QTableWidget*>(QStringLiteral("trucksTable"))->rowCount(),
                 static_cast<int>(pledgedTrucks));
        QVERIFY(page->findChild<QTableWidget*>(QStringLiteral("documentsTable"))->rowCount() >= 5);

        // the alert queue and the valuation models page are built; the one not built yet (disposal) says so
        window->showPage(ui::MainWindow::AlertsPage);
        QVERIFY(window->alertQueuePage() && window->alertQueuePage()->isVisible());
        window->showPage(ui::MainWindow::ModelsPage);
        QVERIFY(window->valuationModelsPage() && window->valuationModelsPage()->isVisible());
        QCOMPARE(window->findChildren<QLabel*>(QStringLiteral("placeholderText")).size(), 1);

        // Chinese: the window is rebuilt in the new language with the same file open
        window->showPage(ui::MainWindow::LoanFilePageIndex);
        emit window->languageChangeRequested(QStringLiteral("zh_CN"));
        QTRY_VERIFY(shell.mainWindow() && shell.mainWindow() != window);
        ui::MainWindow* chinese = shell.mainWindow();
        QCOMPARE(chinese->loanFilePage()->currentFileId(), target.id);
        QCOMPARE(chinese->currentPage(), ui::MainWindow::LoanFilePageIndex);
        auto* nav = chinese->findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("贷款组合"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QVERIFY(m_messages.isEmpty());
        app::applyLanguage(QStringLiteral("en"));
    }

    // File → Import telemetry… reaches the workspace's telemetry store through app/'s wiring.
    void importTelemetryFromTheFileMenu()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.ok());
        const std::string tracker = ws.snapshot.trucks.front().trackerId;
        const QString csv = ws.dir.filePath(QStringLiteral("export.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (int i = 1; i <= 50; ++i)
                f.write(QStringLiteral("truck,%1,speed,%2,%3\n")
                            .arg(QString::fromStdString(tracker))
                            .arg(now - i * 60'000)
                            .arg(i)
                            .toUtf8());
            f.write("truck,NO-SUCH-TRACKER,speed,1779963300000,5\n"); // line 51
        }
        app::Shell shell(std::move(ws.workspace), QStringLiteral("en"));
        QVERIFY(shell.start(QStringLiteral("analyst"), QString::fromLatin1(test::kPassword)));
        auto* action = shell.mainWindow()->findChild<QAction*>(QStringLiteral("actionImportTelemetry"));
        QVERIFY(action);
        TelemetryImportOutcome outcome;
        int shown = 0;
        ui::setDialogHandler([&](QDialog& dialog) {
            auto* import = qobject_cast<ui::TelemetryImportDialog*>(&dialog);
            if (!import)
                return int(QDialog::Rejected);
            ++shown;
            QSignalSpy done(import, &ui::TelemetryImportDialog::importFinished);
            import->pathEdit()->setText(csv);
            import->startImport();
            if (done.wait(60'000))
                outcome = import->lastOutcome();
            return int(QDialog::Accepted);
        });
        action->trigger();
        ui::setDialogHandler({});
        QCOMPARE(shown, 1);
        QVERIFY(outcome.ok());
        QVERIFY(outcome.report.committed);
        QCOMPARE(outcome.report.inserted, 50);
        QCOMPARE(outcome.report.errors.size(), std::size_t{1});
        QCOMPARE(outcome.report.errors.front().line, 51);
        QVERIFY(QFile::exists(ws.dir.filePath(QStringLiteral("telemetry.db"))));
    }
};

QTEST_MAIN(TestGuiWalk)
#include "tst_gui_walk.moc"
