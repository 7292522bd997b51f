// The composition root: opens the workspace's stores, signs a user in, and shows the main window;
// rebuilds the window when the language changes and returns to sign-in on sign-out.
#pragma once

#include "core/domain.h"
#include "ui/main_window.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QTimer;

namespace saggar {
class Workspace;
class SqliteLoanFileStore;
class SqliteWorkflowStore;
class WorkflowService;
class SqliteRiskStore;
class SqliteAlertStore;
class SystemClock;
class AlertService;
class SqliteSyncQueue;
class SqliteValuationStore;
class SqliteSalesStore;
class TelemetryImporter;
} // namespace saggar

namespace saggar::app {

class AlertEvaluation;
class SyncBridge;

class Shell : public QObject
{
    Q_OBJECT
public:
    Shell(std::unique_ptr<Workspace> workspace, QString language, QObject* parent = nullptr);
    ~Shell() override;

    // Asks for sign-in (or uses `presetLogin`/`presetPassword` when both are given); false if the
    // person cancelled.
    bool start(const QString& presetLogin = {}, const QString& presetPassword = {});
    ui::MainWindow* mainWindow() const { return m_window; }
    const User& user() const { return m_user; }

signals:
    void mainWindowShown(ui::MainWindow* window);

private:
    void showMainWindow(Id reopenFile = 0, int page = 0);
    void signOut();
    void changeLanguage(const QString& language);
    bool signIn(const QString& presetLogin, const QString& presetPassword);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SqliteLoanFileStore> m_store;
    std::unique_ptr<SqliteWorkflowStore> m_workflowStore;
    std::unique_ptr<WorkflowService> m_workflow;
    std::unique_ptr<SqliteRiskStore> m_riskStore;
    std::unique_ptr<risk::RiskDecisionService> m_risk; // none when the shipped model does not load
    std::unique_ptr<SqliteAlertStore> m_alertStore;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<AlertService> m_alerts;
    AlertEvaluation* m_alertEvaluation = nullptr; // runs the rules on its own thread
    std::unique_ptr<SqliteSyncQueue> m_syncQueue;
    std::unique_ptr<SqliteValuationStore> m_valuations;
    std::unique_ptr<SqliteSalesStore> m_sales;
    std::unique_ptr<TelemetryImporter> m_telemetryImporter; // one import at a time per workspace
    SyncBridge* m_sync = nullptr;                           // the sync engine, when a server is configured
    QTimer* m_alertSoon = nullptr; // alert evaluation soon after live readings arrive
    Id m_revaluedFile = 0;         // the open file the worker revalues too
    QString m_language;
    User m_user;
    QPointer<ui::MainWindow> m_window;
};

} // namespace saggar::app
