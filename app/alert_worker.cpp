#include "alert_worker.h"

#include "core/clock.h"
#include "storage/alert_evaluator.h"
#include "storage/sqlite_revaluation_inputs.h"
#include "storage/workspace.h"

#include <QMetaObject>
#include <QTimer>

#include <filesystem>

namespace saggar::app {

void AlertWorker::evaluate()
{
    if (m_running.exchange(true))
        return;
    const std::string dir = m_dir.toStdString();
    auto done = [this] { m_running = false; };
    auto db = Database::open((std::filesystem::path(dir) / Workspace::kDatabaseFileName).string(),
                             OpenMode::ExistingReadWrite);
    if (!db) {
        done();
        emit failed(QString::fromStdString(db.error().message));
        return;
    }
    revalue(*db);
    if (!std::filesystem::exists(std::filesystem::path(dir) / TelemetryStore::kFileName)) {
        done(); // no telemetry yet: nothing to watch but LTV, which the next run with telemetry checks
        return;
    }
    auto telemetry = TelemetryStore::openInWorkspace(dir, OpenMode::ExistingReadOnly);
    if (!telemetry) {
        done();
        emit failed(QString::fromStdString(telemetry.error().message));
        return;
    }
    AlertEvaluator evaluator(*db, **telemetry);
    auto stats = evaluator.evaluate(SystemClock().nowMs(), &m_cancel);
    done();
    if (!stats) {
        emit failed(QString::fromStdString(stats.error().message));
        return;
    }
    emit evaluated(stats->stored.raised, stats->stored.updated);
}

void AlertWorker::revalue(Database& db)
{
    // At most 20 assets a run (about 10 s on the shared 2-core machine): the rules wait for this, and
    // the rest are revalued by the next runs, a minute apart.
    auto run = revalueWorkspaceCollateral(db, m_dir.toStdString(), m_openFile.load(), SystemClock().nowMs(),
                                          &m_cancel, kRevaluationsPerRun);
    if (!run)
        emit failed(QString::fromStdString(run.error().message));
    else if (!run->revalued.empty())
        emit revalued(static_cast<int>(run->revalued.size()));
}

AlertEvaluation::AlertEvaluation(const QString& workspaceDir, int intervalMs, QObject* parent)
    : QObject(parent), m_worker(new AlertWorker(workspaceDir)), m_timer(new QTimer(this))
{
    m_thread.setObjectName(QStringLiteral("alert-evaluation"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AlertWorker::evaluated, this, &AlertEvaluation::evaluated, Qt::QueuedConnection);
    connect(m_worker, &AlertWorker::revalued, this, &AlertEvaluation::revalued, Qt::QueuedConnection);
    connect(m_timer, &QTimer::timeout, this, &AlertEvaluation::evaluateNow);
    m_thread.start(QThread::LowPriority);
    m_timer->start(intervalMs);
}

AlertEvaluation::~AlertEvaluation()
{
    m_worker->cancelFlag() = true;
    m_thread.quit();
    m_thread.wait();
}

void AlertEvaluation::evaluateNow()
{
    QMetaObject::invokeMethod(m_worker, &AlertWorker::evaluate, Qt::QueuedConnection);
}

} // namespace saggar::app
