#include "sync_bridge.h"

#include "sync/http_transport.h"
#include "sync/signed_in_transport.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QSettings>
#include <QTimer>

#include <random>

namespace saggar::app {

SyncBridge::SyncBridge(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    // The live stream reports no events of its own besides stored readings: its state is read here.
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &SyncBridge::refreshLiveStatus);
    poll->start(2000);
}

void SyncBridge::refreshLiveStatus()
{
    if (!m_live)
        return;
    const LiveTelemetryStatus live = m_live->status();
    SyncSnapshot s;
    {
        std::lock_guard lock(m_mutex);
        if (m_snapshot.liveConnected == live.connected && m_snapshot.liveFollowed == live.subscribed &&
            m_snapshot.liveReadings == live.stored && m_snapshot.liveError == live.lastError)
            return;
        m_snapshot.liveConnected = live.connected;
        m_snapshot.liveFollowed = live.subscribed;
        m_snapshot.liveReadings = live.stored;
        m_snapshot.liveError = live.lastError;
        s = m_snapshot;
    }
    emit snapshotChanged(s);
}

SyncBridge::~SyncBridge()
{
    m_live.reset();
    m_engine.reset(); // joins the thread before the listener goes
}

void SyncBridge::followAssets(std::vector<AssetRef> assets)
{
    m_followed = std::move(assets);
    if (m_live)
        m_live->setAssets(m_followed);
}

void SyncBridge::setCredentials(const QString& login, const QString& password)
{
    m_login = login;
    m_password = password;
    configure(m_serverAddress);
}

void SyncBridge::configure(const QString& serverAddress)
{
    m_live.reset();
    m_engine.reset();
    m_serverAddress = serverAddress;
    SyncSnapshot s;
    const qsizetype colon = serverAddress.lastIndexOf(QLatin1Char(':'));
    const int port = colon > 0 ? serverAddress.mid(colon + 1).toInt() : 0;
    s.configured = !serverAddress.isEmpty();
    if (s.configured && m_login.isEmpty()) {
        s.lastError = "Not signed in.";
    } else if (s.configured && port > 0 && port < 65536) {
        HttpTransportOptions http;
        http.host = serverAddress.left(colon).toStdString();
        http.port = static_cast<std::uint16_t>(port);
        SyncEngineOptions options;
        options.databasePath = m_databasePath.toStdString();
        options.seed = std::random_device{}();
        options.batchPush = true;
        auto transport = std::make_unique<SignedInTransport>(std::make_unique<HttpTransport>(http),
                                                             m_login.toStdString(), m_password.toStdString());
        m_engine =
            std::make_unique<SyncEngine>(options, std::move(transport), static_cast<SyncListener*>(this));
        if (auto r = m_engine->open(); !r) {
            s.lastError = r.error().message;
            m_engine.reset();
        } else {
            const SyncStatus status = m_engine->status();
            s.pending = status.pending;
            s.conflicts = status.conflicts;
            s.lastSuccessMs = status.lastSuccessMs;
            m_engine->start();
            // Live telemetry of the followed assets, on its own connection and thread.
            LiveTelemetryOptions live;
            live.host = http.host;
            live.port = http.port;
            live.workspaceDir = QFileInfo(m_databasePath).absolutePath().toStdString();
            m_live = std::make_unique<LiveTelemetryClient>(
                live,
                std::make_unique<SignedInTransport>(std::make_unique<HttpTransport>(http),
                                                    m_login.toStdString(), m_password.toStdString()),
                [this](std::int64_t n) {
                    QMetaObject::invokeMethod(
                        this, [this, n] { emit telemetryArrived(n); }, Qt::QueuedConnection);
                });
            m_live->setAssets(m_followed);
            m_live->start();
        }
    } else if (s.configured) {
        s.lastError = "The server address is not host:port.";
    }
    {
        std::lock_guard lock(m_mutex);
        m_snapshot = s;
    }
    emit snapshotChanged(s);
}

void SyncBridge::syncNow()
{
    if (m_engine)
        m_engine->wake();
}

SyncSnapshot SyncBridge::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

void SyncBridge::syncStatusChanged(const SyncStatus& status)
{
    SyncSnapshot s;
    s.configured = true;
    s.online = status.online;
    s.pending = status.pending;
    s.conflicts = status.conflicts;
    s.lastSuccessMs = status.lastSuccessMs;
    s.lastError = status.lastError;
    {
        std::lock_guard lock(m_mutex);
        s.liveConnected = m_snapshot.liveConnected;
        s.liveFollowed = m_snapshot.liveFollowed;
        s.liveReadings = m_snapshot.liveReadings;
        s.liveError = m_snapshot.liveError;
        m_snapshot = s;
    }
    QMetaObject::invokeMethod(
        this, [this, s] { emit snapshotChanged(s); }, Qt::QueuedConnection);
}

void SyncBridge::filesChanged(const std::vector<Id>& fileIds)
{
    const QList<qint64> ids(fileIds.begin(), fileIds.end());
    QMetaObject::invokeMethod(
        this, [this, ids] { emit serverFilesChanged(ids); }, Qt::QueuedConnection);
}

QString storedServerAddress()
{
    return QSettings().value(QStringLiteral("sync/server")).toString();
}

void storeServerAddress(const QString& address)
{
    QSettings().setValue(QStringLiteral("sync/server"), address);
}

} // namespace saggar::app
