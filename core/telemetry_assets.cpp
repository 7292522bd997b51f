#include "telemetry_assets.h"

#include <charconv>

namespace saggar {

std::optional<AssetRef> parseAssetRef(std::string_view text)
{
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const auto kind = fromKey<AssetKind>(text.substr(0, colon));
    Id id = 0;
    const char* first = text.data() + colon + 1;
    const char* last = text.data() + text.size();
    const auto [end, ec] = std::from_chars(first, last, id);
    if (!kind || ec != std::errc() || end != last || id <= 0)
        return std::nullopt;
    return AssetRef{*kind, id};
}

std::string assetRefText(const AssetRef& asset)
{
    return std::string(key(asset.kind)) + ":" + std::to_string(asset.id);
}

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
