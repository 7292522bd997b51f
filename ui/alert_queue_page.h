// The alert queue: early warnings on pledged trucks and kilns, highest severity first, each with its
// 30-minute response clock counting down. Managers acknowledge, assign, resolve with a note and see
// what the clock escalated; analysts see (and may answer) the alerts on their own files. The evidence
// behind the selected alert is listed; a double-click opens its loan file. New high-severity alerts
// raise a desktop notification.
#pragma once

#include "core/alert_queue.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace saggar::ui {

class AlertQueuePage : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        FileColumn,
        EnterpriseColumn,
        AssetColumn,
        SinceColumn,
        StateColumn,
        ClockColumn,
        AssigneeColumn,
        ColumnCount
    };

    AlertQueuePage(AlertService& service, const Actor& actor, std::vector<User> staff,
                   QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QTableWidget* evidenceTable() const { return m_evidence; }
    const std::vector<Alert>& alerts() const { return m_alerts; }
    int rowOf(Id alertId) const;
    void selectAlert(Id alertId);
    Id selectedAlertId() const;

    void acknowledge();
    void assign();  // asks whom (through the dialog seam)
    void resolve(); // asks for the note (through the dialog seam)

public slots:
    void refresh();
    // Escalates what the clock ran out on and moves the clocks on; the page's timer calls it each second.
    void tick();

signals:
    void openFileRequested(saggar::Id fileId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showDetail();
    void updateClocks();
    void updateButtons();
    void act(AlertAction action, Id assignee = 0, const std::string& note = {});
    void notifyNewHighAlerts();
    QString personName(Id id) const;
    const Alert* selected() const;

    AlertService& m_service;
    Actor m_actor;
    std::vector<User> m_staff;
    std::vector<Alert> m_alerts;
    QSet<qint64> m_seenHigh;
    bool m_loadedOnce = false;
    QLabel* m_count;
    QCheckBox* m_showResolved;
    QTableWidget* m_table;
    QLabel* m_description;
    QTableWidget* m_evidence;
    QPushButton* m_acknowledge;
    QPushButton* m_assign;
    QPushButton* m_resolve;
    QPushButton* m_openFile;
    QLabel* m_status;
    QTimer* m_timer;
};

} // namespace saggar::ui
