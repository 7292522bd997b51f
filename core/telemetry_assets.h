// The assets that report telemetry, as the telemetry code needs them: kind, id, device id, cluster
// and what shapes their readings (truck size, kiln type, fuel, capacity). A directory resolves the
// device ids in files and on the wire to assets.
#pragma once

#include "telemetry_channels.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace saggar {

struct TelemetryAsset
{
    AssetKind kind = AssetKind::Truck;
    Id id = 0;            // trucks.id or kilns.id
    std::string deviceId; // tracker_id or gateway_id; may be empty
    Id enterpriseId = 0;
    Cluster cluster = Cluster::Foshan;
    // Trucks
    bool lightTruck = false; // city delivery truck (small tank, low burn); heavy otherwise
    int year = 0;            // model year (trucks) or year installed (kilns)
    // Kilns
    KilnType kilnType = KilnType::Roller;
    KilnFuel fuel = KilnFuel::Gas;
    CapacityUnit capacityUnit = CapacityUnit::SquareMetres;
    std::int64_t dailyCapacity = 0;
    double lengthM = 0.0;
};

// The channels this asset reports (a kiln: its fuel's meter and its capacity unit's output).
std::vector<ChannelId> channelsOf(const TelemetryAsset& asset);

struct AssetRef
{
    AssetKind kind = AssetKind::Truck;
    Id id = 0;
    friend bool operator==(const AssetRef&, const AssetRef&) = default;
    friend auto operator<=>(const AssetRef&, const AssetRef&) = default;
};

// "truck:12" / "kiln:3", as the server's API names an asset; nothing for anything else.
std::optional<AssetRef> parseAssetRef(std::string_view text);
std::string assetRefText(const AssetRef& asset);

// Looks assets up by id or by device id.
class AssetDirectory
{
public:
    AssetDirectory() = default;
    explicit AssetDirectory(std::vector<TelemetryAsset> assets);

    const TelemetryAsset* find(AssetKind kind, Id id) const;
    const TelemetryAsset* findByDevice(std::string_view deviceId) const;
    const std::vector<TelemetryAsset>& assets() const { return m_assets; }
    bool empty() const { return m_assets.empty(); }

private:
    static std::uint64_t refKey(AssetKind kind, Id id)
    {
        return (static_cast<std::uint64_t>(kind) << 56) | static_cast<std::uint64_t>(id);
    }

    std::vector<TelemetryAsset> m_assets;
    std::unordered_map<std::uint64_t, std::size_t> m_byRef;
    std::unordered_map<std::string, std::size_t> m_byDevice;
};

} // namespace saggar
