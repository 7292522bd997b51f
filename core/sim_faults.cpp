#include "sim_faults.h"

#include "sim_random.h"
#include "telemetry_time.h"

#include <array>
#include <charconv>
#include <limits>

namespace saggar::sim {
namespace {

struct KindInfo
{
    FaultKind kind;
    std::string_view key;
    TimestampMs defaultDurationMs;
};

constexpr TimestampMs kForever = std::numeric_limits<TimestampMs>::max() / 4;
constexpr std::array<KindInfo, 6> kKinds{{
    {FaultKind::Offline, "offline", 6 * kMsPerHour},
    {FaultKind::GeofenceExit, "geofence-exit", kMsPerDay},
    {FaultKind::KilnShutdown, "kiln-shutdown", 48 * kMsPerHour},
    {FaultKind::OdometerRollback, "odometer-rollback", kForever},
    {FaultKind::Duplicates, "duplicates", 2 * kMsPerHour},
    {FaultKind::OutOfOrder, "out-of-order", 2 * kMsPerHour},
}};

const KindInfo& info(FaultKind kind)
{
    return kKinds[static_cast<std::size_t>(kind)];
}

// "6h", "30m", "2d"
std::optional<TimestampMs> parseSpan(std::string_view text)
{
    if (text.size() < 2)
        return std::nullopt;
    const char unit = text.back();
    const TimestampMs scale = unit == 'd'   ? kMsPerDay
                              : unit == 'h' ? kMsPerHour
                              : unit == 'm' ? kMsPerMinute
                                            : 0;
    if (scale == 0)
        return std::nullopt;
    std::int64_t n = 0;
    const auto digits = text.substr(0, text.size() - 1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc{} || end != digits.data() + digits.size() || n <= 0 || n > 100'000)
        return std::nullopt;
    return n * scale;
}

// 'text' — appended piecewise, as "'" + std::string(text) trips a GCC 12 -Wrestrict false positive.
std::string quoted(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out.append(1, '\'').append(text).append(1, '\'');
    return out;
}

Error bad(std::string_view spec, const std::string& why)
{
    return makeError("Fault " + quoted(spec) + ": " + why +
                         ". Write KIND[:truck:ID|:kiln:ID][@WHEN][/DURATION], e.g. offline:truck:12@-3d/6h.",
                     ErrorCode::InvalidInput);
}

Result<FaultSpec> parseOne(std::string_view spec)
{
    FaultSpec out;
    std::string_view rest = spec;
    if (const auto slash = rest.rfind('/'); slash != std::string_view::npos) {
        const auto d = parseSpan(rest.substr(slash + 1));
        if (!d)
            return bad(spec, "the duration " + quoted(rest.substr(slash + 1)) + " is not like 6h, 30m or 2d");
        out.durationMs = d;
        rest = rest.substr(0, slash);
    }
    if (const auto at = rest.find('@'); at != std::string_view::npos) {
        const std::string_view when = rest.substr(at + 1);
        if (!when.empty() && (when.front() == '-' || when.front() == '+')) {
            const auto d = parseSpan(when.substr(1));
            if (!d)
                return bad(spec, "the time " + quoted(when) + " is not like -3d or +12h");
            (when.front() == '-' ? out.fromEndMs : out.fromStartMs) = d;
        } else {
            const auto t = parseTelemetryTime(when);
            if (!t)
                return bad(spec, "the time " + quoted(when) + " is not ISO-8601 with a zone or epoch ms");
            out.atMs = t;
        }
        rest = rest.substr(0, at);
    }
    const auto colon = rest.find(':');
    const std::string_view kindText = rest.substr(0, colon);
    bool known = false;
    for (const KindInfo& k : kKinds)
        if (k.key == kindText)
            out.kind = k.kind, known = true;
    if (!known)
        return bad(spec, quoted(kindText) +
                             " is not one of offline, geofence-exit, kiln-shutdown, odometer-rollback, "
                             "duplicates, out-of-order");
    if (colon != std::string_view::npos) {
        const std::string_view asset = rest.substr(colon + 1);
        const auto sep = asset.find(':');
        const auto kind = fromKey<AssetKind>(asset.substr(0, sep));
        Id id = 0;
        const std::string_view idText =
            sep == std::string_view::npos ? std::string_view{} : asset.substr(sep + 1);
        const auto [end, ec] = std::from_chars(idText.data(), idText.data() + idText.size(), id);
        if (!kind || ec != std::errc{} || end != idText.data() + idText.size() || id <= 0)
            return bad(spec, "the asset " + quoted(asset) + " is not like truck:12 or kiln:3");
        out.asset = AssetRef{*kind, id};
    }
    return out;
}

bool fits(FaultKind kind, AssetKind asset)
{
    switch (kind) {
    case FaultKind::GeofenceExit:
    case FaultKind::OdometerRollback:
        return asset == AssetKind::Truck;
    case FaultKind::KilnShutdown:
        return asset == AssetKind::Kiln;
    default:
        return true;
    }
}

} // namespace

std::string_view key(FaultKind kind)
{
    return info(kind).key;
}

Result<std::vector<FaultSpec>> parseFaultSpecs(std::string_view text)
{
    std::vector<FaultSpec> out;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const std::string_view one = text.substr(0, comma);
        if (!one.empty()) {
            auto spec = parseOne(one);
            if (!spec)
                return spec.error();
            out.push_back(*spec);
        }
        if (comma == std::string_view::npos)
            break;
        text.remove_prefix(comma + 1);
    }
    return out;
}

Result<std::vector<Fault>> resolveFaults(const std::vector<FaultSpec>& specs,
                                         const std::vector<TelemetryAsset>& assets, TimeRange window,
                                         std::uint64_t seed)
{
    std::vector<Fault> out;
    std::uint64_t n = 0;
    for (const FaultSpec& spec : specs) {
        SimRandom random(mixSeed(seed, 0xFA17, ++n));
        Fault fault;
        fault.kind = spec.kind;
        const std::string name(key(spec.kind));
        if (spec.asset) {
            bool found = false;
            for (const TelemetryAsset& a : assets)
                found = found || (a.kind == spec.asset->kind && a.id == spec.asset->id);
            if (!found)
                return makeError("Fault " + name + ": " + std::string(key(spec.asset->kind)) + " " +
                                     std::to_string(spec.asset->id) + " is not among the simulated assets.",
                                 ErrorCode::InvalidInput);
            if (!fits(spec.kind, spec.asset->kind))
                return makeError("Fault " + name + " does not apply to a " +
                                     std::string(key(spec.asset->kind)) + ".",
                                 ErrorCode::InvalidInput);
            fault.asset = *spec.asset;
        } else {
            std::vector<AssetRef> candidates;
            for (const TelemetryAsset& a : assets)
                if (fits(spec.kind, a.kind))
                    candidates.push_back({a.kind, a.id});
            if (candidates.empty())
                return makeError("Fault " + name + ": no simulated asset can have it.",
                                 ErrorCode::InvalidInput);
            fault.asset = candidates[static_cast<std::size_t>(random.between(0, std::ssize(candidates) - 1))];
        }
        const TimestampMs duration = spec.durationMs.value_or(info(spec.kind).defaultDurationMs);
        TimestampMs start = 0;
        if (spec.atMs)
            start = *spec.atMs;
        else if (spec.fromEndMs)
            start = window.toMs - *spec.fromEndMs;
        else if (spec.fromStartMs)
            start = window.fromMs + *spec.fromStartMs;
        else // somewhere in the middle half of the window, on a 5-minute boundary
            start = window.fromMs + window.length() / 4 +
                    random.between(0, window.length() / 2 / kMsPerMinute / 5) * 5 * kMsPerMinute;
        if (!window.contains(start))
            return makeError("Fault " + name + " starts at " + formatTelemetryTime(start) +
                                 ", outside the simulated time " + formatTelemetryTime(window.fromMs) +
                                 " to " + formatTelemetryTime(window.toMs) + ".",
                             ErrorCode::InvalidInput);
        fault.range = {start, duration >= kForever ? kForever : start + duration};
        out.push_back(fault);
    }
    return out;
}

std::string describe(const Fault& fault)
{
    std::string out = std::string(key(fault.kind)) + " " + std::string(key(fault.asset.kind)) + " " +
                      std::to_string(fault.asset.id) + " from " + formatTelemetryTime(fault.range.fromMs);
    if (fault.range.toMs < kForever)
        out += " for " + std::to_string(fault.range.length() / kMsPerMinute) + " min";
    return out;
}

} // namespace saggar::sim
