// Runs the alert evaluator off the UI thread: a worker object on its own thread with its own
// connections to saggar.db and telemetry.db, started every interval by a timer on the UI thread and
// reporting back by queued signals. A run asked for while one is going is skipped, not queued.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

class QTimer;

namespace saggar::app {

class AlertWorker : public QObject
{
    Q_OBJECT
public:
    explicit AlertWorker(QString workspaceDir) : m_dir(std::move(workspaceDir)) {}
    std::atomic<bool>& cancelFlag() { return m_cancel; }

public slots:
    void evaluate();

signals:
    void evaluated(int raised, int updated);
    void failed(const QString& message);

private:
    QString m_dir;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
};

// Owns the worker's thread and the timer that starts it.
class AlertEvaluation : public QObject
{
    Q_OBJECT
public:
    AlertEvaluation(const QString& workspaceDir, int intervalMs, QObject* parent = nullptr);
    ~AlertEvaluation() override;
    void evaluateNow();

signals:
    void evaluated(int raised, int updated);

private:
    QThread m_thread;
    AlertWorker* m_worker;
    QTimer* m_timer;
};

} // namespace saggar::app
