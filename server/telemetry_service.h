// The server's telemetry: <data folder>/telemetry.db, storage's TelemetryStore in a file of its own
// beside saggar.db, written through one TelemetryIngest (core's SampleValidator: range, clock,
// counters never backwards; duplicates ignored; late and out-of-order readings stored) under a
// mutex, and the directory of devices (trucks' trackers, kilns' gateways) read from saggar.db.
// Reads go through their own read-only connections (StoreChartSource), beside the writer.
#pragma once

#include "core/telemetry_assets.h"
#include "core/telemetry_sample.h"
#include "storage/telemetry_ingest.h"

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace saggar::server {

class LiveHub;

// One reading as a device sends it: the channel's key ("speed"), the device's time, the value and
// the device's report counter (0 when the device keeps none).
struct DeviceReading
{
    std::string channel;
    TimestampMs tMs = 0;
    double value = 0.0;
    std::int64_t seq = 0;
};

struct ReadingRejection
{
    std::size_t index = 0; // in the request's readings
    Rejection rejection;
};

struct IngestOutcome
{
    std::int64_t inserted = 0;   // stored now
    std::int64_t duplicates = 0; // valid, but already stored (or repeated within the request)
    RejectCounts rejected;
    std::vector<ReadingRejection> rejections; // the first kMaxListedRejections
};

inline constexpr std::size_t kMaxListedRejections = 100;

class TelemetryService
{
public:
    using AssetLoader = std::function<Result<std::vector<TelemetryAsset>>()>;

    // Opens (creating) dataDir/telemetry.db, teaches the validator the stored counters and loads the
    // devices through `loader` (which reads saggar.db; it is called again when a device is not found).
    [[nodiscard]] static Result<std::unique_ptr<TelemetryService>> open(const std::string& dataDir,
                                                                        AssetLoader loader);

    // The asset of a device id. On a miss the directory is read again (at most once a second), so a
    // truck added since the start is found.
    std::optional<TelemetryAsset> findDevice(const std::string& deviceId);
    std::optional<TelemetryAsset> findAsset(AssetKind kind, Id id);

    // Validates the readings of `asset`'s device against `nowMs` and stores the valid ones in one
    // transaction; the refused ones are counted by reason (and tallied in the store). An error means
    // nothing of this request was stored.
    [[nodiscard]] Result<IngestOutcome> ingest(const TelemetryAsset& asset,
                                               std::span<const DeviceReading> readings, TimestampMs nowMs);

    const std::string& directory() const { return m_dir; }
    // Readings stored from now on are also offered to the live subscribers (after their commit).
    void setLiveHub(LiveHub* hub) { m_live = hub; }

private:
    TelemetryService(std::string dir, AssetLoader loader, std::unique_ptr<TelemetryStore> store);
    Result<void> reloadAssets();
    // The channel of `asset` a reading names, or the rejection; `channelId` is what the store's tally gets.
    static std::optional<Rejection> resolveChannel(const TelemetryAsset& asset,
                                                   const std::vector<ChannelId>& reported,
                                                   const std::string& key, ChannelId& channelId);

    std::string m_dir;
    AssetLoader m_loader;
    std::mutex m_assetMutex;
    AssetDirectory m_assets;
    std::chrono::steady_clock::time_point m_loadedAt;
    std::mutex m_writeMutex;
    std::unique_ptr<TelemetryStore> m_store;
    TelemetryIngest m_ingest;
    LiveHub* m_live = nullptr;
};

} // namespace saggar::server
