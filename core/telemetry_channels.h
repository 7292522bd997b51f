// The telemetry channel catalogue: what a truck's tracker and a kiln's sensor gateway report, each
// channel with its unit, physical range, expected report interval and whether it is a counter.
#pragma once

#include "domain.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace saggar {

// Which kind of asset a series belongs to. The numbers are stored in telemetry.db: never renumber.
enum class AssetKind : std::uint8_t { Truck = 1, Kiln = 2 };

std::string_view key(AssetKind kind); // "truck", "kiln"
template <> std::optional<AssetKind> fromKey<AssetKind>(std::string_view text);

// Every channel of every asset kind. The numbers are stored in telemetry.db and sent on the wire:
// never renumber, only add. Truck channels are 1…99, kiln channels 101…199.
enum class ChannelId : std::uint16_t {
    Latitude = 1,    // degrees north, WGS-84
    Longitude = 2,   // degrees east, WGS-84
    Speed = 3,       // km/h
    Odometer = 4,    // km, counter
    FuelLevel = 5,   // % of the tank
    EngineHours = 6, // h, counter
    Ignition = 7,    // 0 off, 1 on

    Zone1Temp = 101,      // °C, preheat
    Zone2Temp = 102,      // °C, preheat
    Zone3Temp = 103,      // °C, firing
    Zone4Temp = 104,      // °C, firing
    Zone5Temp = 105,      // °C, cooling
    Zone6Temp = 106,      // °C, cooling
    FiringCycles = 110,   // counter: completed firings (shuttle) or ware passes (roller, tunnel)
    GasUse = 111,         // m³, counter (gas meter reading)
    ElectricityUse = 112, // kWh, counter (electricity meter reading)
    OutputArea = 113,     // m², counter of fired ware (tiles)
    OutputPieces = 114,   // pieces, counter of fired ware
};

// Which part of the kiln a temperature zone sits in; None for every other channel.
enum class KilnSection : std::uint8_t { None, Preheat, Firing, Cooling };

// Devices report every 5 minutes unless streaming live.
inline constexpr TimestampMs kDefaultReportIntervalMs = 5 * 60 * 1000;

struct ChannelSpec
{
    ChannelId id;
    AssetKind kind;
    std::string_view key;  // stable, lower case: CSV files, the wire, settings ("speed", "zone3_temp")
    std::string_view unit; // as printed next to a value: "km/h", "°C", "%"; empty for a plain count
    double minValue;       // the physical range: a value outside it is a device or transmission fault
    double maxValue;
    TimestampMs expectedIntervalMs; // how often a device reports it; gap detection measures against this
    bool counter;                   // a cumulative reading that never goes down (odometer, meters)
    bool whole;                     // only whole numbers are valid (ignition, cycle count)
    KilnSection section;
};

// The whole catalogue, truck channels first, in ChannelId order.
std::span<const ChannelSpec> channelCatalogue();
// The channels an asset kind can report, in ChannelId order.
std::span<const ChannelSpec> channelsOf(AssetKind kind);
// nullptr for an unknown key or a key that belongs to the other kind.
const ChannelSpec* findChannel(AssetKind kind, std::string_view key);
// nullptr for a number that names no channel (e.g. read from a damaged file).
const ChannelSpec* findChannel(std::uint16_t id);
// The spec of a known channel (every ChannelId enumerator is in the catalogue).
const ChannelSpec& channelSpec(ChannelId id);
std::string_view key(ChannelId id);

// The channels a particular kiln reports: the six zones and the cycle count, plus the meter of its
// fuel and the output counter in its capacity unit.
std::vector<ChannelId> kilnChannels(KilnFuel fuel, CapacityUnit unit);
std::vector<ChannelId> truckChannels();

} // namespace saggar
