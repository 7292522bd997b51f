// Telemetry samples and their validation: a sample is one reading of one channel of one asset at one
// time; a validator refuses impossible readings with a reason the caller counts.
#pragma once

#include "telemetry_channels.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace saggar {

// One channel of one asset: the unit that is stored, read and charted.
struct SeriesKey
{
    AssetKind kind = AssetKind::Truck;
    Id assetId = 0; // trucks.id or kilns.id in the workspace database
    ChannelId channel = ChannelId::Latitude;

    friend bool operator==(const SeriesKey&, const SeriesKey&) = default;
    friend auto operator<=>(const SeriesKey&, const SeriesKey&) = default;
};

// A packed form of a SeriesKey for hash maps.
inline std::uint64_t packSeries(const SeriesKey& s)
{
    return (static_cast<std::uint64_t>(s.kind) << 56) | (static_cast<std::uint64_t>(s.assetId) << 16) |
           static_cast<std::uint64_t>(s.channel);
}

struct Sample
{
    SeriesKey series;
    TimestampMs tMs = 0; // UTC ms, the time the device took the reading (not when it arrived)
    double value = 0.0;
    std::int64_t deviceSeq = 0; // the device's report counter; 0 when unknown (e.g. imported)
};

// A reading as read back from the store.
struct TelemetryPoint
{
    TimestampMs tMs = 0;
    double value = 0.0;
};

// [fromMs, toMs): every range in the telemetry API is half open.
struct TimeRange
{
    TimestampMs fromMs = 0;
    TimestampMs toMs = 0;

    TimestampMs length() const { return toMs > fromMs ? toMs - fromMs : 0; }
    bool contains(TimestampMs t) const { return t >= fromMs && t < toMs; }
};

// Why a record was refused. The numbers are stored (reject tallies in telemetry.db): only add.
enum class RejectReason : std::uint8_t {
    Malformed = 0,      // not a record: missing fields, not a number, a time that is no time
    UnknownAsset = 1,   // no truck or kiln has this id or device id
    UnknownChannel = 2, // the channel does not exist for this kind of asset (or this kiln)
    OutOfRange = 3, // outside the channel's physical range, or a fraction where only whole numbers are valid
    FutureTimestamp = 4,  // more than kMaxFutureSkewMs ahead of the receiver's clock
    CounterBackwards = 5, // a counter lower than an earlier reading: an odometer rollback, a meter swap
};
inline constexpr std::size_t kRejectReasonCount = 6;

std::string_view key(RejectReason reason); // "malformed", "out_of_range", … (CSV reports, the wire)
template <> std::optional<RejectReason> fromKey<RejectReason>(std::string_view text);

// A device clock may run a little fast; beyond this a timestamp is refused as from the future.
inline constexpr TimestampMs kMaxFutureSkewMs = 10 * 60 * 1000;
// Nothing Saggar watches reported before 2000-01-01; an earlier time is a device with a reset clock.
inline constexpr TimestampMs kEarliestValidMs = 946'684'800'000;

struct Rejection
{
    RejectReason reason = RejectReason::Malformed;
    std::string message; // English, for logs and the import report: "speed 250 km/h is above 160"
};

// How many records were refused, by reason.
class RejectCounts
{
public:
    void add(RejectReason reason, std::int64_t n = 1) { m_counts[static_cast<std::size_t>(reason)] += n; }
    void add(const RejectCounts& other);
    std::int64_t operator[](RejectReason reason) const { return m_counts[static_cast<std::size_t>(reason)]; }
    std::int64_t total() const;
    // "2 out_of_range, 1 counter_backwards"; "none" when nothing was refused.
    std::string summary() const;

private:
    std::array<std::int64_t, kRejectReasonCount> m_counts{};
};

// The checks that need no history: a known channel of the sample's asset kind, a finite value in
// the channel's range (whole where required), and a time after kEarliestValidMs and no more than
// kMaxFutureSkewMs after `nowMs`.
std::optional<Rejection> checkSample(const Sample& sample, TimestampMs nowMs);

// checkSample plus counters: remembers the latest accepted reading of every counter series and
// refuses a reading that would make the counter go backwards — a newer reading below it, or a late
// (older) reading above it. A late reading is only compared with the latest one, not with its
// true neighbours; that catches rollbacks, which is what matters for valuing an asset.
class SampleValidator
{
public:
    // The latest stored reading of a counter series, so that checks continue across runs.
    void seedLatest(const SeriesKey& series, TimestampMs tMs, double value);
    // Checks `sample` against `nowMs`; on success a counter's latest reading moves forward.
    std::optional<Rejection> check(const Sample& sample, TimestampMs nowMs);

private:
    struct Latest
    {
        TimestampMs tMs = 0;
        double value = 0.0;
    };
    std::unordered_map<std::uint64_t, Latest> m_latest; // by packSeries, counters only
};

} // namespace saggar
