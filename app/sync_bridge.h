// Runs the sync engine for the workspace when a bank server is configured, and turns its calls
// (made on the engine's thread) into queued Qt signals for the window.
#pragma once

#include "core/sync_snapshot.h"
#include "sync/live_telemetry.h"
#include "sync/sync_engine.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <mutex>

namespace saggar::app {

class SyncBridge : public QObject, private SyncListener
{
    Q_OBJECT
public:
    SyncBridge(QString databasePath, QObject* parent = nullptr);
    ~SyncBridge() override;

    // "host:port" starts (or restarts) the engine; "" stops it: sync off. The engine signs in to the
    // server as the workstation's signed-in user; without credentials (nobody signed in) it does not run.
    void configure(const QString& serverAddress);
    void setCredentials(const QString& login, const QString& password);
    void syncNow();
    // The assets whose live telemetry the workstation follows (the open file's pledges).
    void followAssets(std::vector<AssetRef> assets);
    SyncSnapshot snapshot() const;

signals:
    void snapshotChanged(const saggar::SyncSnapshot& snapshot);
    void telemetryArrived(qint64 newReadings);             // live readings were stored in telemetry.db
    void serverFilesChanged(const QList<qint64>& fileIds); // the server's copies were applied locally

private:
    void refreshLiveStatus();
    void syncStatusChanged(const SyncStatus& status) override;
    void filesChanged(const std::vector<Id>& fileIds) override;

    QString m_databasePath;
    QString m_serverAddress;
    QString m_login;
    QString m_password;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<LiveTelemetryClient> m_live;
    std::vector<AssetRef> m_followed;
    mutable std::mutex m_mutex;
    SyncSnapshot m_snapshot;
};

// The server address kept in the workstation's settings ("" when none).
QString storedServerAddress();
void storeServerAddress(const QString& address);

} // namespace saggar::app
