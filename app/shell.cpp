#include "shell.h"

#include "alert_worker.h"
#include "core/alert_queue.h"
#include "core/password.h"
#include "core/risk_default_model.h"
#include "core/workflow_service.h"
#include "language.h"
#include "notifying_importer.h"
#include "storage/alert_evaluator.h"
#include "storage/risk_signal_reader.h"
#include "storage/sqlite_alert_store.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/sqlite_portfolio_source.h"
#include "storage/sqlite_risk_store.h"
#include "storage/sqlite_sales_store.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/sqlite_workflow_store.h"
#include "storage/store_asset_telemetry_source.h"
#include "storage/store_chart_source.h"
#include "storage/workspace.h"
#include "storage/workspace_appraiser.h"
#include "storage/workspace_telemetry_importer.h"
#include "sync/sqlite_sync_queue.h"
#include "sync_bridge.h"
#include "ui/alert_queue_page.h"
#include "ui/display_names.h"
#include "ui/file_controller.h"
#include "ui/loan_file_page.h"
#include "ui/login_dialog.h"
#include "ui/main_window.h"
#include "ui/my_work_page.h"
#include "ui/portfolio_page.h"
#include "ui/sync_status_label.h"

#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QTimer>

namespace saggar::app {

Shell::Shell(std::unique_ptr<Workspace> workspace, QString language, QObject* parent)
    : QObject(parent), m_workspace(std::move(workspace)),
      m_store(std::make_unique<SqliteLoanFileStore>(m_workspace->db())),
      m_workflowStore(
          std::make_unique<SqliteWorkflowStore>(m_workspace->db(), m_workspace->attachmentsDirectory())),
      m_workflow(std::make_unique<WorkflowService>(*m_workflowStore,
                                                   [] { return QDateTime::currentMSecsSinceEpoch(); })),
      m_riskStore(std::make_unique<SqliteRiskStore>(m_workspace->db())),
      m_valuations(
          std::make_unique<SqliteValuationStore>(m_workspace->db(), m_workspace->attachmentsDirectory())),
      m_sales(std::make_unique<SqliteSalesStore>(m_workspace->db())),
      m_language(std::move(language))
{
    m_store->setQueueForSync(true); // files created here are queued for the server (sync_file_ids.h)
    if (const auto& model = risk::defaultApplicationModel()) {
        m_risk = std::make_unique<risk::RiskDecisionService>(
            *m_workflow, *m_riskStore, *model, [] { return QDateTime::currentMSecsSinceEpoch(); });
        // Kiln firing days and truck activity from the pledged assets' telemetry of the last 90 days.
        m_risk->setSignalSource(workspaceSignalSource(m_workspace->directory()));
    }
    m_alertStore = std::make_unique<SqliteAlertStore>(m_workspace->db());
    m_clock = std::make_unique<SystemClock>();
    m_alerts = std::make_unique<AlertService>(*m_alertStore, *m_clock);
    // New telemetry is checked every minute; the queue refreshes when a run stored something.
    m_alertEvaluation = new AlertEvaluation(QString::fromStdString(m_workspace->directory()), 60'000, this);
    connect(m_alertEvaluation, &AlertEvaluation::evaluated, this, [this](int raised, int updated) {
        if (m_window && m_window->alertQueuePage() && raised + updated > 0)
            m_window->alertQueuePage()->refresh();
    });
    // Live readings are checked for alerts half a second after the last batch of a burst.
    m_alertSoon = new QTimer(this);
    m_alertSoon->setSingleShot(true);
    m_alertSoon->setInterval(500);
    connect(m_alertSoon, &QTimer::timeout, m_alertEvaluation, &AlertEvaluation::evaluateNow);
    // Collateral is revalued (and LTV checked) in the same runs; a signed inspection or an imported
    // telemetry file starts one at once. The open file shows what a run stored.
    m_valuations->setInspectionSaved(
        [this](const valuation::Inspection&) { m_alertEvaluation->evaluateNow(); });
    m_telemetryImporter = std::make_unique<NotifyingImporter>(
        std::make_unique<WorkspaceTelemetryImporter>(m_workspace->directory()),
        [evaluation = QPointer<AlertEvaluation>(m_alertEvaluation)] {
            if (AlertEvaluation* e = evaluation.data()) // from the import's thread to the UI thread
                QMetaObject::invokeMethod(
                    e, [e] { e->evaluateNow(); }, Qt::QueuedConnection);
        });
    connect(m_alertEvaluation, &AlertEvaluation::revalued, this, [this](int) {
        if (m_window && m_window->loanFilePage()->currentFileId() != 0)
            m_window->loanFilePage()->reload();
    });
    // Sync is off until a server address is set in Settings; the app works the same without one.
    // It starts once someone signs in: the server is signed in to as that user.
    m_sync = new SyncBridge(QString::fromStdString(m_workspace->databasePath()), this);
    m_sync->configure(storedServerAddress());
    m_syncQueue = std::make_unique<SqliteSyncQueue>(m_workspace->db(),
                                                    [] { return QDateTime::currentMSecsSinceEpoch(); });
}

Shell::~Shell()
{
    delete m_sync;   // stops the engine's thread
    delete m_window; // before the store it reads from
}

bool Shell::signIn(const QString& presetLogin, const QString& presetPassword)
{
    auto authenticator = [this](const QString& login, const QString& password) {
        return authenticate(*m_store, login.toStdString(), password.toStdString());
    };
    if (!presetLogin.isEmpty() && !presetPassword.isEmpty()) {
        auto user = authenticator(presetLogin, presetPassword);
        if (user) {
            m_user = std::move(user).value();
            m_sync->setCredentials(presetLogin, presetPassword);
            return true;
        }
    }
    ui::LoginDialog dialog(authenticator, QString::fromStdString(m_workspace->databasePath()));
    dialog.loginEdit()->setText(presetLogin);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_user = dialog.user();
    m_sync->setCredentials(dialog.loginEdit()->text(), dialog.passwordEdit()->text());
    dialog.passwordEdit()->clear();
    return true;
}

bool Shell::start(const QString& presetLogin, const QString& presetPassword)
{
    if (!signIn(presetLogin, presetPassword))
        return false;
    showMainWindow();
    return true;
}

void Shell::showMainWindow(Id reopenFile, int page)
{
    ui::Session session;
    session.user = m_user;
    session.workspacePath = QString::fromStdString(m_workspace->databasePath());
    session.store = m_store.get();
    session.workflow = m_workflow.get();
    session.language = m_language;
    session.risk = m_risk.get();
    session.alerts = m_alerts.get();
    session.serverAddress = storedServerAddress();
    session.syncQueue = m_syncQueue.get();
    session.valuations = m_valuations.get();
    session.sales = m_sales.get();
    session.telemetryImporter = m_telemetryImporter.get();
    session.charts = std::make_shared<StoreChartSource>(m_workspace->directory());
    session.assetTelemetry = std::make_shared<StoreAssetTelemetrySource>(m_workspace->directory());
    session.appraiser =
        std::make_shared<WorkspaceAppraiser>(m_workspace->databasePath(), m_workspace->directory());
    const std::string dbPath = m_workspace->databasePath();
    session.portfolioSource = [dbPath]() -> Result<std::unique_ptr<PortfolioSource>> {
        auto source = SqlitePortfolioSource::open(dbPath);
        if (!source)
            return source.error();
        return std::unique_ptr<PortfolioSource>(std::move(source).value());
    };
    if (auto staff = m_store->allUsers())
        session.staff = std::move(staff).value();

    auto* window = new ui::MainWindow(std::move(session));
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &ui::MainWindow::signOutRequested, this, &Shell::signOut);
    connect(window, &ui::MainWindow::languageChangeRequested, this, &Shell::changeLanguage);
    connect(window, &ui::MainWindow::serverAddressChangeRequested, this, [this](const QString& address) {
        storeServerAddress(address);
        m_sync->configure(address);
    });
    window->syncStatusLabel()->setSnapshot(m_sync->snapshot());
    connect(m_sync, &SyncBridge::snapshotChanged, window->syncStatusLabel(),
            &ui::SyncStatusLabel::setSnapshot);
    connect(window->loanFilePage(), &ui::LoanFilePage::fileChanged, m_sync, &SyncBridge::syncNow);
    connect(window, &ui::MainWindow::syncQueueChanged, m_sync, &SyncBridge::syncNow);
    // Followed live: the assets the early warnings watch and the open file's; new readings are checked
    // for alerts at once.
    // The monitored set is read once per window; opening a file only adds its own pledges.
    std::vector<AssetRef> monitored;
    if (auto read = monitoredAssets(m_workspace->db()))
        monitored = std::move(read).value();
    const auto follow = [this, window, monitored] {
        std::vector<AssetRef> assets = monitored;
        if (const ui::FileView* v = window->loanFilePage()->view()) {
            for (const Truck& t : v->detail.trucks)
                assets.push_back({AssetKind::Truck, t.id});
            for (const Kiln& k : v->detail.kilns)
                assets.push_back({AssetKind::Kiln, k.id});
        }
        m_sync->followAssets(std::move(assets));
    };
    follow();
    connect(window->loanFilePage(), &ui::LoanFilePage::fileShown, this, follow);
    connect(window->loanFilePage(), &ui::LoanFilePage::fileShown, this, [this](Id fileId) {
        if (fileId == m_revaluedFile)
            return; // a reload of the same file
        m_revaluedFile = fileId;
        m_alertEvaluation->setOpenFile(fileId);
        m_alertEvaluation->evaluateNow();
    });
    connect(m_sync, &SyncBridge::telemetryArrived, m_alertSoon, qOverload<>(&QTimer::start),
            Qt::UniqueConnection);
    // Files the server changed were updated in the workspace: the lists and the open file show them.
    connect(m_sync, &SyncBridge::serverFilesChanged, window, [window](const QList<qint64>& ids) {
        window->portfolioPage()->refresh();
        window->myWorkPage()->refresh();
        if (ids.contains(window->loanFilePage()->currentFileId()))
            window->loanFilePage()->reload();
    });
    if (reopenFile)
        window->openFile(reopenFile);
    window->showPage(static_cast<ui::MainWindow::Page>(page));
    m_window = window;
    window->show();
    m_alertEvaluation->evaluateNow();
    emit mainWindowShown(window);
}

void Shell::signOut()
{
    if (m_window) {
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_window->hide();
        m_window->deleteLater();
    }
    m_user = User{};
    m_sync->setCredentials({}, {}); // stops the engine until the next user signs in
    QApplication::setQuitOnLastWindowClosed(false);
    const bool signedIn = signIn({}, {});
    QApplication::setQuitOnLastWindowClosed(true);
    if (signedIn)
        showMainWindow();
    else
        QApplication::quit();
}

void Shell::changeLanguage(const QString& language)
{
    m_language = language;
    storeLanguage(language);
    applyLanguage(language);
    // Rebuilding the window retranslates every page at once; the open file and page come back.
    Id openFile = 0;
    int page = 0;
    if (m_window) {
        openFile = m_window->loanFilePage()->currentFileId();
        page = m_window->currentPage();
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_window->hide();
        m_window->deleteLater();
    }
    showMainWindow(openFile, page);
}

} // namespace saggar::app
