// The workstation's live telemetry: a WebSocket to the bank server (GET /api/v1/telemetry/live) on a
// thread of its own, subscribed to the assets the workstation has open. What arrives is validated and
// appended to the workspace's telemetry.db (duplicates ignored); after every (re)connect each series
// is back-filled from the server's history since its newest local reading, so a dropped connection
// leaves no gap. Plain C++ and Poco, no Qt; the app hears through the callback (on this thread).
#pragma once

#include "signed_in_transport.h"

#include "core/domain.h"
#include "core/telemetry_assets.h"
#include "core/telemetry_sample.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace saggar {

class TelemetryStore;

struct LiveTelemetryOptions
{
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;
    std::string workspaceDir;                           // holds telemetry.db
    int reconnectMs = 2000;                             // wait after a failure
    TimestampMs backfillMaxMs = 7LL * 24 * 3600 * 1000; // never fetch more history than this
    std::function<TimestampMs()> clock;                 // default: the system clock
};

struct LiveTelemetryStatus
{
    bool connected = false;
    std::int64_t subscribed = 0; // assets the server streams (from its answer on)
    bool backfilling = false;    // their history is being fetched
    std::int64_t received = 0;   // readings that came over the socket
    std::int64_t backfilled = 0; // readings fetched from history
    std::int64_t stored = 0;     // new readings written to telemetry.db
    std::string lastError;
};

class LiveTelemetryClient
{
public:
    using StoredCallback = std::function<void(std::int64_t newReadings)>;

    // `transport` signs in and reads history; the socket uses its token.
    LiveTelemetryClient(LiveTelemetryOptions options, std::unique_ptr<SignedInTransport> transport,
                        StoredCallback onStored);
    ~LiveTelemetryClient(); // stops the thread
    LiveTelemetryClient(const LiveTelemetryClient&) = delete;
    LiveTelemetryClient& operator=(const LiveTelemetryClient&) = delete;

    void start();
    void stop();
    // The assets to follow (replaces the set; sent to the server at once, new ones back-filled).
    void setAssets(std::vector<AssetRef> assets);
    LiveTelemetryStatus status() const;

private:
    void loop();
    void session();
    // The history of each of the asset's channels since its newest local reading (at most backfillMaxMs).
    std::vector<Sample> backfill(const AssetRef& asset, const TelemetryStore& store);

    LiveTelemetryOptions m_options;
    std::unique_ptr<SignedInTransport> m_transport;
    StoredCallback m_onStored;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<AssetRef> m_assets;
    bool m_assetsChanged = false;
    LiveTelemetryStatus m_status;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace saggar
