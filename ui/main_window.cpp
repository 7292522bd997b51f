#include "main_window.h"

#include "alert_queue_page.h"
#include "band_editor_dialog.h"
#include "dialog_seam.h"
#include "display_names.h"
#include "file_controller.h"
#include "loan_file_page.h"
#include "message_seam.h"
#include "my_work_page.h"
#include "new_file_dialog.h"
#include "placeholder_page.h"
#include "portfolio_page.h"
#include "review_queue_page.h"
#include "settings_dialog.h"
#include "sync_queue_dialog.h"
#include "sync_status_label.h"
#include "telemetry_import_dialog.h"
#include "valuation_models_page.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace saggar::ui {

MainWindow::MainWindow(Session session, QWidget* parent)
    : QMainWindow(parent), m_session(std::move(session)), m_nav(new QListWidget(this)),
      m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Saggar — %1").arg(qs(m_session.user.displayName)));
    m_portfolio = new PortfolioPage(m_session.portfolioSource, m_session.staff, this);
    m_loanFile = new LoanFilePage(*m_session.store, *m_session.workflow, m_session.user, this);
    const Actor actor{m_session.user.id, m_session.user.role, m_session.user.displayName};
    m_myWork = new MyWorkPage(m_session.workflow->store(), actor, this);

    m_nav->setObjectName(QStringLiteral("navigation"));
    addNavigation(tr("Portfolio"), m_portfolio);
    addNavigation(tr("Loan file"), m_loanFile);
    addNavigation(tr("My work"), m_myWork);
    if (m_session.alerts) {
        m_alertQueue = new AlertQueuePage(*m_session.alerts, actor, m_session.staff, this);
        addNavigation(tr("Alerts"), m_alertQueue);
        connect(m_alertQueue, &AlertQueuePage::openFileRequested, this, &MainWindow::openFile);
    } else {
        addNavigation(
            tr("Alerts"),
            new PlaceholderPage(tr("Alerts"), tr("The alert queue is not available in this window."), this));
    }
    addNavigation(
        tr("Disposal"),
        new PlaceholderPage(tr("Disposal"),
                            tr("Not built yet. Defaulted collateral will be sold from here: judicial "
                               "auction, second-hand matching, reserve prices and bids."),
                            this));
    if (m_session.valuations && m_session.sales) {
        m_models = new ValuationModelsPage(
            *m_session.valuations, *m_session.sales, m_session.user,
            [] { return QDateTime::currentMSecsSinceEpoch(); }, this);
        addNavigation(tr("Models"), m_models);
    } else {
        addNavigation(
            tr("Models"),
            new PlaceholderPage(tr("Models"),
                                tr("Not built yet. Valuation and risk model versions, their measured error "
                                   "and champion/challenger comparisons will be shown here."),
                                this));
    }
    m_loanFile->controller()->setValuations(m_session.valuations);
    m_loanFile->controller()->setSales(m_session.sales); // the valuation report's comparables
    m_loanFile->controller()->setTelemetry(m_session.charts, m_session.assetTelemetry);
    m_loanFile->controller()->setAppraiser(m_session.appraiser);
    if (m_session.risk) {
        m_loanFile->controller()->setRiskDecisions(m_session.risk);
        if (m_session.user.role == Role::Manager) {
            // Complements My work: the manual-review files with claims, reasons and the SLA clock.
            m_reviewQueue = new ReviewQueuePage(
                m_session.risk->store(), actor, [] { return QDateTime::currentMSecsSinceEpoch(); }, this);
            addNavigation(tr("Review queue"), m_reviewQueue);
            connect(m_reviewQueue, &ReviewQueuePage::openFileRequested, this, [this](Id id) {
                openFile(id);
                m_loanFile->tabs()->setCurrentIndex(LoanFilePage::Decision);
            });
            connect(m_loanFile, &LoanFilePage::fileChanged, m_reviewQueue, &ReviewQueuePage::refresh);
        }
    }
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_nav->setFixedWidth(em * 11);
    m_nav->setSpacing(2);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_portfolio, &PortfolioPage::openFileRequested, this, &MainWindow::openFile);
    connect(m_myWork, &MyWorkPage::openFileRequested, this, &MainWindow::openFile);
    connect(m_loanFile, &LoanFilePage::fileChanged, m_portfolio, &PortfolioPage::refresh);
    connect(m_loanFile, &LoanFilePage::fileChanged, m_myWork, &MyWorkPage::refresh);
    connect(m_loanFile, &LoanFilePage::fileDeleted, this, [this] { showPage(PortfolioPageIndex); });
    buildMenus();

    auto* who = new QLabel(tr("Signed in as %1 (%2)")
                               .arg(qs(m_session.user.displayName), DisplayNames::role(m_session.user.role)),
                           this);
    who->setObjectName(QStringLiteral("signedInAs"));
    statusBar()->addWidget(who);
    m_syncStatus = new SyncStatusLabel(this);
    SyncSnapshot off;
    off.configured = !m_session.serverAddress.isEmpty();
    m_syncStatus->setSnapshot(off);
    statusBar()->addWidget(m_syncStatus);
    statusBar()->addPermanentWidget(new QLabel(m_session.workspacePath, this));
    m_nav->setCurrentRow(PortfolioPageIndex);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    resize(std::min(available.width() * 9 / 10, em * 150), std::min(available.height() * 9 / 10, em * 90));
}

void MainWindow::addNavigation(const QString& text, QWidget* page)
{
    m_nav->addItem(text);
    m_pages->addWidget(page);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (m_session.user.role == Role::Analyst) {
        QAction* create = file->addAction(tr("&New loan file…"), this, &MainWindow::newFile);
        create->setObjectName(QStringLiteral("actionNewFile"));
        create->setShortcut(QKeySequence::New);
    }
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    if (m_session.syncQueue) {
        QAction* queue = file->addAction(tr("Sync &queue…"), this, &MainWindow::openSyncQueue);
        queue->setObjectName(QStringLiteral("actionSyncQueue"));
    }
    if (m_session.telemetryImporter) {
        QAction* import = file->addAction(tr("Import &telemetry…"), this, &MainWindow::importTelemetry);
        import->setObjectName(QStringLiteral("actionImportTelemetry"));
    }
    file->addSeparator();
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    if (m_session.risk && m_session.user.role == Role::Manager) {
        QMenu* riskMenu = menuBar()->addMenu(tr("&Risk"));
        QAction* bands = riskMenu->addAction(tr("Routing &bands…"), this, &MainWindow::editBands);
        bands->setObjectName(QStringLiteral("actionRoutingBands"));
    }
    if (m_models && m_session.user.role == Role::Manager) {
        QMenu* valuationMenu = menuBar()->addMenu(tr("&Valuation"));
        QAction* models =
            valuationMenu->addAction(tr("Valuation &models…"), this, [this] { showPage(ModelsPage); });
        models->setObjectName(QStringLiteral("actionValuationModels"));
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Saggar"), this, [this] {
        showMessage(
            this, MessageKind::Information, tr("About Saggar"),
            tr("Saggar %1\nUnderwriting workstation for loans to ceramics makers secured by their trucks "
               "and kilns.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::openFile(Id fileId)
{
    m_loanFile->openFile(fileId);
    showPage(LoanFilePageIndex);
}

void MainWindow::newFile()
{
    NewFileDialog dialog(*m_session.store, m_session.user, this);
    if (execDialog(dialog) != QDialog::Accepted)
        return;
    m_portfolio->refresh();
    openFile(dialog.createdFileId());
}

void MainWindow::editBands()
{
    if (!m_session.risk)
        return;
    const Actor actor{m_session.user.id, m_session.user.role, m_session.user.displayName};
    BandEditorDialog dialog(*m_session.risk, actor, this);
    execDialog(dialog);
}

void MainWindow::openSyncQueue()
{
    if (!m_session.syncQueue)
        return;
    SyncQueueDialog dialog(*m_session.syncQueue, this);
    connect(&dialog, &SyncQueueDialog::queueChanged, this, &MainWindow::syncQueueChanged);
    execDialog(dialog);
}

void MainWindow::importTelemetry()
{
    if (!m_session.telemetryImporter)
        return;
    TelemetryImportDialog dialog(*m_session.telemetryImporter, this);
    execDialog(dialog);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_session.language, m_session.workspacePath, m_session.serverAddress, this);
    if (execDialog(dialog) != QDialog::Accepted)
        return;
    if (dialog.serverAddress() != m_session.serverAddress) {
        m_session.serverAddress = dialog.serverAddress();
        emit serverAddressChangeRequested(m_session.serverAddress);
    }
    if (dialog.language() != m_session.language)
        emit languageChangeRequested(dialog.language());
}

} // namespace saggar::ui
