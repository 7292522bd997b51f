// The portfolio: search and filters over every loan file, sortable, opening a file on double-click.
#pragma once

#include "core/domain.h"
#include "portfolio_model.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace saggar::ui {

class PortfolioPage : public QWidget
{
    Q_OBJECT
public:
    PortfolioPage(PortfolioSourceFactory factory, const std::vector<User>& assignees, QWidget* parent = nullptr);

    PortfolioModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Applies what the filter controls say now (the search box waits for a pause in typing).
    void applyFilter();
    void clearFilter();
    void refresh() { m_model->refresh(); }

signals:
    void openFileRequested(saggar::Id fileId);

private:
    void buildFilterBar(const std::vector<User>& assignees);
    void onCountChanged(int count);
    bool readAmount(QLineEdit* edit, std::optional<Money>& out);

    PortfolioModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_cluster = nullptr;
    QLineEdit* m_minAmount = nullptr;
    QLineEdit* m_maxAmount = nullptr;
    QComboBox* m_assignee = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_filterError = nullptr;
    QTimer m_typingPause;
};

} // namespace saggar::ui
