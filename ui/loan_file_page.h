// One loan file: its title, the workflow actions open to the signed-in person, and a tab per concern
// (overview, enterprise, collateral, documents, credit memo, covenants, decision, history). Each tab
// is its own class; this page loads the file and reloads every tab after a change.
#pragma once

#include "core/loan_file_store.h"
#include "core/workflow_service.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace saggar::ui {

class ActionBar;
class CollateralTab;
class CovenantsTab;
class DecisionTab;
class DocumentsTab;
class EnterpriseTab;
class FileController;
class HistoryTab;
class MemoTab;
class OverviewTab;
struct FileView;

class LoanFilePage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { Overview, Enterprise, Collateral, Documents, Memo, Covenants, Decision, History };

    LoanFilePage(LoanFileStore& files, WorkflowService& workflow, const User& user,
                 QWidget* parent = nullptr);

    // Loads and shows the file; false (with the reason on screen) when it cannot be read.
    bool openFile(Id fileId);
    void reload();
    Id currentFileId() const;
    const FileView* view() const; // nullptr when no file is open
    QTabWidget* tabs() const { return m_tabs; }
    ActionBar* actions() const { return m_actions; }
    CollateralTab* collateralTab() const { return m_collateral; }
    DocumentsTab* documentsTab() const { return m_documents; }
    MemoTab* memoTab() const { return m_memo; }
    CovenantsTab* covenantsTab() const { return m_covenants; }
    DecisionTab* decisionTab() const { return m_decision; }
    HistoryTab* historyTab() const { return m_history; }
    FileController* controller() const { return m_controller; }

signals:
    void fileChanged(saggar::Id fileId); // something was saved: lists elsewhere should refresh
    void fileShown(saggar::Id fileId);   // opened or reloaded: view() holds it
    void fileDeleted(saggar::Id fileId); // the draft was deleted: the window leaves the page

private:
    void showView();

    FileController* m_controller;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_title;
    QLabel* m_subtitle;
    ActionBar* m_actions;
    QTabWidget* m_tabs;
    OverviewTab* m_overview;
    EnterpriseTab* m_enterprise;
    CollateralTab* m_collateral;
    DocumentsTab* m_documents;
    MemoTab* m_memo;
    CovenantsTab* m_covenants;
    DecisionTab* m_decision;
    HistoryTab* m_history;
};

} // namespace saggar::ui
