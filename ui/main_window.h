// The workstation's main window: navigation between the pages, the menus, and who is signed in.
#pragma once

#include "core/alert_queue.h"
#include "core/asset_telemetry_source.h"
#include "core/loan_file_store.h"
#include "core/risk_decision_service.h"
#include "core/sync_queue.h"
#include "core/telemetry_chart_source.h"
#include "core/telemetry_importer.h"
#include "core/valuation_appraisal.h"
#include "core/valuation_sales_store.h"
#include "core/valuation_store.h"
#include "core/workflow_service.h"
#include "portfolio_loader.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace saggar::ui {

class AlertQueuePage;
class LoanFilePage;
class MyWorkPage;
class PortfolioPage;
class ReviewQueuePage;
class SyncStatusLabel;
class ValuationModelsPage;

// What the composition root hands the window: the signed-in user and the ways to reach the store.
struct Session
{
    User user;
    QString workspacePath;
    LoanFileStore* store = nullptr;
    WorkflowService* workflow = nullptr; // every change of a loan file goes through it
    PortfolioSourceFactory portfolioSource;
    std::vector<User> staff;                   // people files can be assigned to
    QString language;                          // "" = system default
    risk::RiskDecisionService* risk = nullptr; // scores files; managers' review queue and bands
    AlertService* alerts = nullptr;            // the alert queue; a placeholder page without it
    QString serverAddress;                     // the bank server for sync, "" = sync off
    SyncQueue* syncQueue = nullptr;            // waiting edits and conflicts; no menu entry without it
    valuation::ValuationStore* valuations = nullptr; // "Value…" on the Collateral tab; hidden without it
    // Realised sales and model promotions: the Models page (with valuations); a placeholder without it.
    valuation::SalesStore* sales = nullptr;
    // The Collateral tab's asset page (chart lines; figures, quality, track); hidden without them.
    std::shared_ptr<TelemetryChartSource> charts;
    std::shared_ptr<AssetTelemetrySource> assetTelemetry;
    std::shared_ptr<valuation::Appraiser> appraiser; // Value… reads telemetry on a worker with it
    TelemetryImporter* telemetryImporter = nullptr;  // File → Import telemetry…; no menu entry without it
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        PortfolioPageIndex,
        LoanFilePageIndex,
        MyWorkPageIndex,
        AlertsPage,
        DisposalPage,
        ModelsPage
    };

    explicit MainWindow(Session session, QWidget* parent = nullptr);

    PortfolioPage* portfolioPage() const { return m_portfolio; }
    LoanFilePage* loanFilePage() const { return m_loanFile; }
    MyWorkPage* myWorkPage() const { return m_myWork; }
    ReviewQueuePage* reviewQueuePage() const { return m_reviewQueue; } // managers only, else nullptr
    AlertQueuePage* alertQueuePage() const { return m_alertQueue; }    // nullptr without an alert service
    SyncStatusLabel* syncStatusLabel() const { return m_syncStatus; }
    ValuationModelsPage* valuationModelsPage() const { return m_models; } // nullptr without sales
    void editBands();
    void showPage(Page page);
    Page currentPage() const;
    void openFile(Id fileId);
    void newFile();
    void openSettings();
    void openSyncQueue();
    void importTelemetry();

signals:
    void signOutRequested();
    void languageChangeRequested(const QString& language);
    void serverAddressChangeRequested(const QString& address);
    void syncQueueChanged();

private:
    void buildMenus();
    void addNavigation(const QString& text, QWidget* page);

    Session m_session;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    PortfolioPage* m_portfolio;
    LoanFilePage* m_loanFile;
    MyWorkPage* m_myWork;
    ReviewQueuePage* m_reviewQueue = nullptr;
    AlertQueuePage* m_alertQueue = nullptr;
    SyncStatusLabel* m_syncStatus = nullptr;
    ValuationModelsPage* m_models = nullptr;
};

} // namespace saggar::ui
