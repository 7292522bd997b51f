// The manager's manual-review queue: files waiting for a decision, oldest first, with amount, grade,
// score, the main reason, age and SLA clock, and who holds each. A manager claims a file (others see who
// holds it), reads its reasons, and opens it to approve, reject or return it through the workflow's
// own actions (delegated limits and maker-checker apply there); releasing hands it back.
#pragma once

#include "core/risk_store.h"
#include "core/workflow.h"
#include "review_queue_model.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace saggar::ui {

class ReviewQueuePage : public QWidget
{
    Q_OBJECT
public:
    ReviewQueuePage(risk::RiskStore& store, const Actor& actor, ReviewQueueModel::Clock clock,
                    QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    ReviewQueueModel* model() const { return m_model; }
    QLabel* details() const { return m_details; }
    // The selected file's id, or 0.
    Id selectedFileId() const;
    bool selectFile(Id fileId);

public slots:
    void refresh();
    void claimSelected();
    void releaseSelected();
    void openSelected();

signals:
    void openFileRequested(saggar::Id fileId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelection();
    void report(const QString& what, const Result<void>& result);

    risk::RiskStore& m_store;
    Actor m_actor;
    ReviewQueueModel::Clock m_clock;
    ReviewQueueModel* m_model;
    QLabel* m_count;
    QTableView* m_view;
    QLabel* m_details;
    QPushButton* m_claim;
    QPushButton* m_release;
    QPushButton* m_open;
    QTimer* m_tick;
};

} // namespace saggar::ui
