#include "telemetry_assets.h"

namespace saggar {

std::vector<ChannelId> channelsOf(const TelemetryAsset& asset)
{
    return asset.kind == AssetKind::Truck ? truckChannels() : kilnChannels(asset.fuel, asset.capacityUnit);
}

AssetDirectory::AssetDirectory(std::vector<TelemetryAsset> assets) : m_assets(std::move(assets))
{
    m_byRef.reserve(m_assets.size());
    for (std::size_t i = 0; i < m_assets.size(); ++i) {
        m_byRef.emplace(refKey(m_assets[i].kind, m_assets[i].id), i);
        if (!m_assets[i].deviceId.empty())
            m_byDevice.emplace(m_assets[i].deviceId, i);
    }
}

const TelemetryAsset* AssetDirectory::find(AssetKind kind, Id id) const
{
    const auto it = m_byRef.find(refKey(kind, id));
    return it == m_byRef.end() ? nullptr : &m_assets[it->second];
}

const TelemetryAsset* AssetDirectory::findByDevice(std::string_view deviceId) const
{
    const auto it = m_byDevice.find(std::string(deviceId));
    return it == m_byDevice.end() ? nullptr : &m_assets[it->second];
}

} // namespace saggar
