// One loan file: overview, enterprise, collateral and documents, each on its own tab.
#pragma once

#include "core/loan_file_store.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QFormLayout;

namespace saggar::ui {

class LoanFilePage : public QWidget
{
    Q_OBJECT
public:
    LoanFilePage(LoanFileStore& store, const User& user, QWidget* parent = nullptr);

    // Loads and shows the file; false (with the reason on screen) when it cannot be read.
    bool openFile(Id fileId);
    void reload();
    Id currentFileId() const { return m_detail ? m_detail->file.id : 0; }
    const std::optional<LoanFileDetail>& detail() const { return m_detail; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void fileChanged(saggar::Id fileId); // collateral was added: the portfolio should refresh

private:
    void show(const LoanFileDetail& d);
    void fillOverview(const LoanFileDetail& d);
    void fillEnterprise(const LoanFileDetail& d);
    void fillCollateral(const LoanFileDetail& d);
    void fillDocuments(const LoanFileDetail& d);
    void addTruck();
    void addKiln();
    bool canEditCollateral() const;

    LoanFileStore& m_store;
    User m_user;
    std::optional<LoanFileDetail> m_detail;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_title;
    QLabel* m_subtitle;
    QTabWidget* m_tabs;
    QFormLayout* m_overview;
    QFormLayout* m_enterprise;
    QTableWidget* m_trucks;
    QTableWidget* m_kilns;
    QTableWidget* m_documents;
    QLabel* m_documentSummary;
    QPushButton* m_addTruck;
    QPushButton* m_addKiln;
};

} // namespace saggar::ui
