// "My work": the files waiting for the signed-in person — drafts an analyst prepared, files waiting
// for or in appraisal for an appraiser, approvals and other decisions for a manager. Double-click opens one.
#pragma once

#include "core/workflow.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace saggar {
class WorkflowStore;
}

namespace saggar::ui {

class MyWorkPage : public QWidget
{
    Q_OBJECT
public:
    MyWorkPage(WorkflowStore& store, const Actor& actor, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    Id fileIdAt(int row) const;

public slots:
    void refresh();

signals:
    void openFileRequested(saggar::Id fileId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    WorkflowStore& m_store;
    Actor m_actor;
    QLabel* m_explanation;
    QLabel* m_count;
    QTableWidget* m_table;
};

} // namespace saggar::ui
