// Champion and challenger side by side: each valuation model version with its role, when it was trained,
// its training data and library, the figures measured on held-out sales at training, and the figures on
// realised sale prices (each sold asset's latest valuation by the model before the sale day). A manager
// promotes the challenger with a reason (the old champion is retired; the change is logged and listed
// below); everyone else reads the page.
#pragma once

#include "core/valuation_sales_store.h"
#include "core/valuation_store.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace saggar::ui {

class ValuationModelsPage : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<TimestampMs()>;

    ValuationModelsPage(valuation::ValuationStore& models, valuation::SalesStore& sales, const User& user,
                        Clock clock, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }          // one column per model, one row per measure
    QTableWidget* history() const { return m_history; }      // promotions, newest first
    QPushButton* promoteButton() const { return m_promote; } // nullptr for non-managers
    QLabel* status() const { return m_status; }
    // The version shown in a column (0 = the champion's), "" when there is none.
    QString versionAt(int column) const;

public slots:
    void refresh();
    void promote();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QString challengerToPromote() const;
    void updateButtons();

    valuation::ValuationStore& m_models;
    valuation::SalesStore& m_sales;
    User m_user;
    Clock m_clock;
    QLabel* m_summary;
    QTableWidget* m_table;
    QTableWidget* m_history;
    QPushButton* m_promote = nullptr;
    QLabel* m_status;
    QStringList m_versions; // by column
    QStringList m_roles;
    bool m_loaded = false;
};

} // namespace saggar::ui
