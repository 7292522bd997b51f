// Runs the alert evaluator off the UI thread: a worker object on its own thread with its own
// connections to saggar.db and telemetry.db, started every interval by a timer on the UI thread and
// reporting back by queued signals. A run asked for while one is going is skipped, not queued.
// Each run first revalues the collateral of monitored files (and the open one) whose valuation is out
// of date (core/valuation_revaluation_job.h), so the LTV rule reads the new values in the same run.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

class QTimer;

namespace saggar {
class Database;
}

namespace saggar::app {

class AlertWorker : public QObject
{
    Q_OBJECT
public:
    explicit AlertWorker(QString workspaceDir) : m_dir(std::move(workspaceDir)) {}
    static constexpr int kRevaluationsPerRun = 20;
    std::atomic<bool>& cancelFlag() { return m_cancel; }
    void setOpenFile(qint64 fileId) { m_openFile = fileId; }

public slots:
    void evaluate();

signals:
    void evaluated(int raised, int updated);
    void revalued(int assets); // new valuations stored by this run (only emitted when some were)
    void failed(const QString& message);

private:
    void revalue(Database& db);

    QString m_dir;
    std::atomic<qint64> m_openFile{0};
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
    // The file on screen: its collateral is revalued too, whatever its state.
    void setOpenFile(qint64 fileId) { m_worker->setOpenFile(fileId); }

signals:
    void evaluated(int raised, int updated);
    void revalued(int assets);

private:
    QThread m_thread;
    AlertWorker* m_worker;
    QTimer* m_timer;
};

} // namespace saggar::app
