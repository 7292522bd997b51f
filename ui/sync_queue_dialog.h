// The sync queue: edits waiting for the bank server, and conflicts the server refused, each shown as
// base, theirs and mine with the choice to keep one's own values or take the server's.
#pragma once

#include "core/sync_queue.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace saggar::ui {

class SyncQueueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncQueueDialog(SyncQueue& queue, QWidget* parent = nullptr);
    void refresh();
    QTableWidget* editsTable() const { return m_edits; }
    QTableWidget* conflictsTable() const { return m_conflicts; }
    QTableWidget* valuesTable() const { return m_values; }

signals:
    void queueChanged();

private:
    void showConflict();
    void resolve(bool keepMine);
    // Why the server refused, in the user's language for deletes; else the server's message.
    QString reason(const EditConflict& c) const;

    SyncQueue& m_queue;
    std::vector<EditConflict> m_conflictRows;
    QTableWidget* m_edits;
    QTableWidget* m_conflicts;
    QTableWidget* m_values;
    QLabel* m_reason;
    QPushButton* m_keepMine;
    QPushButton* m_takeTheirs;
};

} // namespace saggar::ui
