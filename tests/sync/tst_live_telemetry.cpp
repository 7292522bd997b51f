// Live telemetry end to end on loopback: the real saggar-server's ingest feeding its WebSocket stream,
// and the workstation's LiveTelemetryClient writing what arrives into its own telemetry.db. History
// stored before the connection is back-filled; new readings stream in; assets not subscribed, or not
// readable by the person, are not sent; after the server goes away and comes back, what was stored in
// between is back-filled, so the workstation ends with exactly the server's readings.
#include "server_client.h"

#include "server/live_hub.h"
#include "server/telemetry_service.h"
#include "storage/telemetry_asset_source.h"
#include "storage/telemetry_store.h"
#include "sync/http_transport.h"
#include "sync/live_telemetry.h"
#include "sync/signed_in_transport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace saggar;
using namespace saggar::server;
using saggar::test::TestApiServer;

class TestLiveTelemetry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<TelemetryService> m_telemetry; // outlives the HTTP server
    LiveHub m_hub;
    TestApiServer m_api;
    TimestampMs m_t0 = 0;

    // Stores `n` speed readings of a truck a minute apart from `fromMs`, as a device's post would.
    void post(Id truck, TimestampMs fromMs, int n, double speed = 40.0)
    {
        const auto asset = m_telemetry->findAsset(AssetKind::Truck, truck);
        QVERIFY(asset.has_value());
        std::vector<DeviceReading> readings;
        for (int i = 0; i < n; ++i)
            readings.push_back({"speed", fromMs + i * 60'000LL, speed + i % 7, 0});
        auto outcome = m_telemetry->ingest(*asset, readings, m_clock.nowMs());
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->inserted, std::int64_t(n));
    }

    std::unique_ptr<LiveTelemetryClient> client(const std::string& dir, const std::string& login,
                                                std::atomic<std::int64_t>& stored)
    {
        HttpTransportOptions http;
        http.port = m_api.port();
        LiveTelemetryOptions options;
        options.port = m_api.port();
        options.workspaceDir = dir;
        options.reconnectMs = 100;
        return std::make_unique<LiveTelemetryClient>(
            options,
            std::make_unique<SignedInTransport>(std::make_unique<HttpTransport>(http), login, "saggar-demo"),
            [&stored](std::int64_t n) { stored += n; });
    }

    static std::int64_t localSpeeds(const std::string& dir, Id truck)
    {
        auto store = TelemetryStore::openInWorkspace(dir, OpenMode::ExistingReadOnly);
        if (!store)
            return -1;
        auto n = store.value()->count({AssetKind::Truck, truck, ChannelId::Speed}, TimeRange{0, INT64_MAX});
        return n ? n.value() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_api.open(m_dir.path().toStdString()).ok());
        // The telemetry service with its live hub, before the server listens.
        const auto withLiveTelemetry = [this](ApiContext& context) -> Result<void> {
            auto telemetry = TelemetryService::open(m_api.workspace().directory(), [&context] {
                std::lock_guard lock(context.storeMutex);
                return loadTelemetryAssets(context.db);
            });
            if (!telemetry)
                return telemetry.error();
            m_telemetry = std::move(telemetry).value();
            m_telemetry->setLiveHub(&m_hub);
            context.telemetry = m_telemetry.get();
            context.live = &m_hub;
            return {};
        };
        QVERIFY(m_api.start(m_clock, {.configure = withLiveTelemetry}).ok());
        m_t0 = m_clock.nowMs() - 3 * 3600 * 1000LL;
    }

    void cleanupTestCase()
    {
        m_api.stop();
        QTRY_COMPARE(m_hub.subscribers(), std::size_t(0)); // no handler thread left using the hub
    }

    void historyThenLiveThenGapFilled()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath("ws")));
        const std::string dir = m_dir.filePath("ws").toStdString();
        post(1, m_t0, 30); // before the workstation connects
        std::atomic<std::int64_t> stored{0};
        auto live = client(dir, "manager", stored);
        live->setAssets({{AssetKind::Truck, 1}});
        live->start();
        QTRY_COMPARE_WITH_TIMEOUT(live->status().subscribed, std::int64_t(1), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(localSpeeds(dir, 1), std::int64_t(30), 10'000); // back-filled
        QTRY_VERIFY(!live->status().backfilling);

        post(1, m_t0 + 30 * 60'000LL, 5); // streamed
        post(2, m_t0, 5);                 // not subscribed
        QTRY_COMPARE_WITH_TIMEOUT(localSpeeds(dir, 1), std::int64_t(35), 10'000);
        QVERIFY(live->status().received >= 5);
        QCOMPARE(localSpeeds(dir, 2), std::int64_t(0));

        // The server goes away; readings stored meanwhile reach the workstation after it returns.
        m_api.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!live->status().connected, 10'000);
        post(1, m_t0 + 40 * 60'000LL, 10);
        m_api.restart();
        QTRY_COMPARE_WITH_TIMEOUT(localSpeeds(dir, 1), std::int64_t(45), 15'000);
        QVERIFY(live->status().connected);
        QCOMPARE(stored.load(), std::int64_t(45)); // each reading stored once

        // A newly followed truck is back-filled at once.
        live->setAssets({{AssetKind::Truck, 1}, {AssetKind::Truck, 2}});
        QTRY_COMPARE_WITH_TIMEOUT(localSpeeds(dir, 2), std::int64_t(5), 10'000);
        live->stop();
        QTRY_COMPARE(m_hub.subscribers(), std::size_t(0)); // the server let go of the connection
    }

    void aPersonGetsOnlyAssetsTheyMayRead()
    {
        Database& db = m_api.db();
        Id foreign = 0;
        Id own = 0;
        {
            std::lock_guard lock(m_api.mutex());
            const std::string trucks =
                "SELECT min(t.id) FROM trucks t JOIN loan_files f ON f.id = t.loan_file_id "
                "JOIN users u ON u.login = 'analyst' WHERE coalesce(f.analyst_id, 0) ";
            foreign = db.queryInt64(trucks + "<> u.id AND t.id > 2").value();
            own = db.queryInt64(trucks + "= u.id AND t.id > 2").value();
        }
        QVERIFY(foreign > 0 && own > 0);
        QVERIFY(QDir().mkpath(m_dir.filePath("analyst")));
        const std::string dir = m_dir.filePath("analyst").toStdString();
        std::atomic<std::int64_t> stored{0};
        auto live = client(dir, "analyst", stored);
        live->setAssets({{AssetKind::Truck, foreign}, {AssetKind::Truck, own}});
        live->start();
        QTRY_VERIFY_WITH_TIMEOUT(live->status().connected, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(live->status().subscribed, std::int64_t(1), 10'000); // the own truck only
        // The stream keeps the order of ingest: once the own truck's readings are here, the foreign
        // truck's, posted first, would have been too.
        post(foreign, m_t0 + 2 * 3600 * 1000LL, 3);
        post(own, m_t0 + 2 * 3600 * 1000LL, 4);
        QTRY_COMPARE_WITH_TIMEOUT(localSpeeds(dir, own), std::int64_t(4), 10'000);
        QCOMPARE(stored.load(), std::int64_t(4));
        QVERIFY(localSpeeds(dir, foreign) <= 0);
        live->stop();
        QTRY_COMPARE(m_hub.subscribers(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestLiveTelemetry)
#include "tst_live_telemetry.moc"
