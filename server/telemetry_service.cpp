#include "telemetry_service.h"

#include "live_hub.h"

#include <algorithm>

namespace saggar::server {

namespace {

constexpr auto kReloadInterval = std::chrono::seconds(1);

} // namespace

Result<std::unique_ptr<TelemetryService>> TelemetryService::open(const std::string& dataDir,
                                                                 AssetLoader loader)
{
    auto store = TelemetryStore::openInWorkspace(dataDir, OpenMode::CreateReadWrite);
    if (!store)
        return store.error();
    std::unique_ptr<TelemetryService> service(
        new TelemetryService(dataDir, std::move(loader), std::move(store).value()));
    if (auto r = service->m_ingest.loadCounters(); !r)
        return r.error();
    if (auto r = service->reloadAssets(); !r)
        return r.error();
    return service;
}

TelemetryService::TelemetryService(std::string dir, AssetLoader loader, std::unique_ptr<TelemetryStore> store)
    : m_dir(std::move(dir)), m_loader(std::move(loader)), m_store(std::move(store)), m_ingest(*m_store)
{}

Result<void> TelemetryService::reloadAssets()
{
    auto assets = m_loader();
    if (!assets)
        return assets.error();
    m_assets = AssetDirectory(std::move(assets).value());
    m_loadedAt = std::chrono::steady_clock::now();
    return {};
}

std::optional<TelemetryAsset> TelemetryService::findDevice(const std::string& deviceId)
{
    std::lock_guard lock(m_assetMutex);
    if (const TelemetryAsset* a = m_assets.findByDevice(deviceId))
        return *a;
    if (std::chrono::steady_clock::now() - m_loadedAt < kReloadInterval || !reloadAssets())
        return std::nullopt;
    if (const TelemetryAsset* a = m_assets.findByDevice(deviceId))
        return *a;
    return std::nullopt;
}

std::optional<TelemetryAsset> TelemetryService::findAsset(AssetKind kind, Id id)
{
    std::lock_guard lock(m_assetMutex);
    if (const TelemetryAsset* a = m_assets.find(kind, id))
        return *a;
    if (std::chrono::steady_clock::now() - m_loadedAt < kReloadInterval || !reloadAssets())
        return std::nullopt;
    if (const TelemetryAsset* a = m_assets.find(kind, id))
        return *a;
    return std::nullopt;
}

std::optional<Rejection> TelemetryService::resolveChannel(const TelemetryAsset& asset,
                                                          const std::vector<ChannelId>& reported,
                                                          const std::string& key, ChannelId& channelId)
{
    const ChannelSpec* spec = findChannel(asset.kind, key);
    if (!spec) {
        channelId = static_cast<ChannelId>(0);
        return Rejection{RejectReason::UnknownChannel,
                         "a " + std::string(saggar::key(asset.kind)) + " has no channel '" + key + "'"};
    }
    if (std::find(reported.begin(), reported.end(), spec->id) == reported.end()) {
        channelId = static_cast<ChannelId>(0);
        return Rejection{RejectReason::UnknownChannel, std::string(saggar::key(asset.kind)) + " " +
                                                           std::to_string(asset.id) + " does not report " +
                                                           key};
    }
    channelId = spec->id;
    return std::nullopt;
}

Result<IngestOutcome> TelemetryService::ingest(const TelemetryAsset& asset,
                                               std::span<const DeviceReading> readings, TimestampMs nowMs)
{
    IngestOutcome outcome;
    const auto refuse = [&outcome](std::size_t index, Rejection rejection) {
        outcome.rejected.add(rejection.reason);
        if (outcome.rejections.size() < kMaxListedRejections)
            outcome.rejections.push_back({index, std::move(rejection)});
    };
    std::vector<Sample> samples(readings.size());
    std::vector<std::optional<Rejection>> channelRefusals(readings.size());
    const std::vector<ChannelId> reported = channelsOf(asset);
    for (std::size_t i = 0; i < readings.size(); ++i) {
        ChannelId channel{};
        channelRefusals[i] = resolveChannel(asset, reported, readings[i].channel, channel);
        samples[i] =
            Sample{{asset.kind, asset.id, channel}, readings[i].tMs, readings[i].value, readings[i].seq};
    }
    std::vector<Sample> accepted;
    std::lock_guard lock(m_writeMutex);
    for (std::size_t i = 0; i < samples.size(); ++i) {
        // A reading on no channel of this asset still goes to the validator, which refuses it as
        // unknown_channel and tallies it in the store (with channel 0); the answer says which name.
        if (auto rejection = m_ingest.add(samples[i], nowMs))
            refuse(i, channelRefusals[i] ? *channelRefusals[i] : *rejection);
        else if (m_live)
            accepted.push_back(samples[i]);
    }
    auto written = m_ingest.flush();
    if (!written)
        return written.error();
    if (m_live)
        m_live->publish(accepted); // duplicates too: the workstation's store ignores them
    outcome.inserted = written.value().inserted;
    outcome.duplicates = written.value().duplicates;
    return outcome;
}

} // namespace saggar::server
