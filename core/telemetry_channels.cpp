#include "telemetry_channels.h"

#include <algorithm>
#include <array>
#include <cassert>

namespace saggar {
namespace {

constexpr TimestampMs kEvery = kDefaultReportIntervalMs;
constexpr KilnSection kNone = KilnSection::None;

// The ranges are physical limits, not plausible operating values: anything outside them cannot
// be a true reading. Position is limited to China and its neighbours (the bank's market) so a
// tracker reporting 0,0 after losing its fix is refused. Road trucks in China are limited to
// 100 km/h; 160 leaves room for GPS speed spikes without accepting nonsense. A kiln's refractory
// lining is rated to about 1,400 °C; 1,450 °C is beyond any firing. Counters are bounded by what a
// meter can show.
constexpr std::array kCatalogue{
    ChannelSpec{ChannelId::Latitude, AssetKind::Truck, "latitude", "°", 3.0, 54.0, kEvery, false, false,
                kNone},
    ChannelSpec{ChannelId::Longitude, AssetKind::Truck, "longitude", "°", 73.0, 136.0, kEvery, false, false,
                kNone},
    ChannelSpec{ChannelId::Speed, AssetKind::Truck, "speed", "km/h", 0.0, 160.0, kEvery, false, false, kNone},
    ChannelSpec{ChannelId::Odometer, AssetKind::Truck, "odometer", "km", 0.0, 9'999'999.0, kEvery, true,
                false, kNone},
    ChannelSpec{ChannelId::FuelLevel, AssetKind::Truck, "fuel_level", "%", 0.0, 100.0, kEvery, false, false,
                kNone},
    ChannelSpec{ChannelId::EngineHours, AssetKind::Truck, "engine_hours", "h", 0.0, 999'999.0, kEvery, true,
                false, kNone},
    ChannelSpec{ChannelId::Ignition, AssetKind::Truck, "ignition", "", 0.0, 1.0, kEvery, false, true, kNone},

    ChannelSpec{ChannelId::Zone1Temp, AssetKind::Kiln, "zone1_temp", "°C", -40.0, 1450.0, kEvery, false,
                false, KilnSection::Preheat},
    ChannelSpec{ChannelId::Zone2Temp, AssetKind::Kiln, "zone2_temp", "°C", -40.0, 1450.0, kEvery, false,
                false, KilnSection::Preheat},
    ChannelSpec{ChannelId::Zone3Temp, AssetKind::Kiln, "zone3_temp", "°C", -40.0, 1450.0, kEvery, false,
                false, KilnSection::Firing},
    ChannelSpec{ChannelId::Zone4Temp, AssetKind::Kiln, "zone4_temp", "°C", -40.0, 1450.0, kEvery, false,
                false, KilnSection::Firing},
    ChannelSpec{ChannelId::Zone5Temp, AssetKind::Kiln, "zone5_temp", "°C", -40.0, 1450.0, kEvery, false,
                false, KilnSection::Cooling},
    ChannelSpec{ChannelId::Zone6Temp, AssetKind::Kiln, "zone6_temp", "°C", -40.0, 1450.0, kEvery, false,
                false, KilnSection::Cooling},
    ChannelSpec{ChannelId::FiringCycles, AssetKind::Kiln, "firing_cycles", "", 0.0, 99'999'999.0, kEvery,
                true, true, kNone},
    ChannelSpec{ChannelId::GasUse, AssetKind::Kiln, "gas_m3", "m³", 0.0, 1e12, kEvery, true, false, kNone},
    ChannelSpec{ChannelId::ElectricityUse, AssetKind::Kiln, "electricity_kwh", "kWh", 0.0, 1e12, kEvery, true,
                false, kNone},
    ChannelSpec{ChannelId::OutputArea, AssetKind::Kiln, "output_m2", "m²", 0.0, 1e12, kEvery, true, false,
                kNone},
    ChannelSpec{ChannelId::OutputPieces, AssetKind::Kiln, "output_pieces", "pcs", 0.0, 1e12, kEvery, true,
                true, kNone},
};

constexpr std::size_t kTruckChannelCount = 7;

constexpr bool catalogueIsOrdered()
{
    for (std::size_t i = 1; i < kCatalogue.size(); ++i)
        if (kCatalogue[i - 1].id >= kCatalogue[i].id)
            return false;
    for (std::size_t i = 0; i < kCatalogue.size(); ++i)
        if ((kCatalogue[i].kind == AssetKind::Truck) != (i < kTruckChannelCount))
            return false;
    return true;
}
static_assert(catalogueIsOrdered(), "channels are listed in id order, trucks first");

} // namespace

std::string_view key(AssetKind kind)
{
    return kind == AssetKind::Truck ? "truck" : "kiln";
}

template <> std::optional<AssetKind> fromKey<AssetKind>(std::string_view text)
{
    if (text == "truck")
        return AssetKind::Truck;
    if (text == "kiln")
        return AssetKind::Kiln;
    return std::nullopt;
}

std::span<const ChannelSpec> channelCatalogue()
{
    return kCatalogue;
}

std::span<const ChannelSpec> channelsOf(AssetKind kind)
{
    const std::span<const ChannelSpec> all = kCatalogue;
    return kind == AssetKind::Truck ? all.first(kTruckChannelCount) : all.subspan(kTruckChannelCount);
}

const ChannelSpec* findChannel(AssetKind kind, std::string_view key)
{
    for (const ChannelSpec& spec : channelsOf(kind))
        if (spec.key == key)
            return &spec;
    return nullptr;
}

const ChannelSpec* findChannel(std::uint16_t id)
{
    const auto it =
        std::lower_bound(kCatalogue.begin(), kCatalogue.end(), id,
                         [](const ChannelSpec& s, auto v) { return static_cast<std::uint16_t>(s.id) < v; });
    return it != kCatalogue.end() && static_cast<std::uint16_t>(it->id) == id ? &*it : nullptr;
}

const ChannelSpec& channelSpec(ChannelId id)
{
    const ChannelSpec* spec = findChannel(static_cast<std::uint16_t>(id));
    assert(spec);
    return *spec;
}

std::string_view key(ChannelId id)
{
    return channelSpec(id).key;
}

std::vector<ChannelId> kilnChannels(KilnFuel fuel, CapacityUnit unit)
{
    return {ChannelId::Zone1Temp,
            ChannelId::Zone2Temp,
            ChannelId::Zone3Temp,
            ChannelId::Zone4Temp,
            ChannelId::Zone5Temp,
            ChannelId::Zone6Temp,
            ChannelId::FiringCycles,
            fuel == KilnFuel::Gas ? ChannelId::GasUse : ChannelId::ElectricityUse,
            unit == CapacityUnit::SquareMetres ? ChannelId::OutputArea : ChannelId::OutputPieces};
}

std::vector<ChannelId> truckChannels()
{
    std::vector<ChannelId> out;
    for (const ChannelSpec& spec : channelsOf(AssetKind::Truck))
        out.push_back(spec.id);
    return out;
}

} // namespace saggar
