#include "telemetry_sample.h"

#include <array>
#include <charconv>
#include <cmath>

namespace saggar {
namespace {

constexpr std::array<std::string_view, kRejectReasonCount> kReasonKeys{
    "malformed", "unknown_asset", "unknown_channel", "out_of_range", "future_timestamp", "counter_backwards"};

// A counter may repeat its reading, and a meter's last digit may flicker by rounding; only a real
// step back is a rollback.
constexpr double kCounterTolerance = 1e-6;

std::string number(double v)
{
    std::array<char, 32> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return ec == std::errc{} ? std::string(buf.data(), end) : std::string("?");
}

std::string withUnit(double v, std::string_view unit)
{
    std::string out = number(v);
    if (!unit.empty())
        out.append(" ").append(unit);
    return out;
}

Rejection reject(RejectReason reason, std::string message)
{
    return Rejection{reason, std::move(message)};
}

} // namespace

std::string_view key(RejectReason reason)
{
    return kReasonKeys[static_cast<std::size_t>(reason)];
}

template <> std::optional<RejectReason> fromKey<RejectReason>(std::string_view text)
{
    for (std::size_t i = 0; i < kReasonKeys.size(); ++i)
        if (kReasonKeys[i] == text)
            return static_cast<RejectReason>(i);
    return std::nullopt;
}

void RejectCounts::add(const RejectCounts& other)
{
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
}

std::int64_t RejectCounts::total() const
{
    std::int64_t sum = 0;
    for (auto n : m_counts)
        sum += n;
    return sum;
}

std::string RejectCounts::summary() const
{
    std::string out;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        if (m_counts[i] == 0)
            continue;
        if (!out.empty())
            out += ", ";
        out += std::to_string(m_counts[i]) + " " + std::string(kReasonKeys[i]);
    }
    return out.empty() ? "none" : out;
}

std::optional<Rejection> checkSample(const Sample& sample, TimestampMs nowMs)
{
    const ChannelSpec* spec = findChannel(static_cast<std::uint16_t>(sample.series.channel));
    if (!spec || spec->kind != sample.series.kind)
        return reject(RejectReason::UnknownChannel,
                      "a " + std::string(key(sample.series.kind)) + " has no channel number " +
                          std::to_string(static_cast<int>(sample.series.channel)));
    if (sample.series.assetId <= 0)
        return reject(RejectReason::UnknownAsset, "asset id " + std::to_string(sample.series.assetId) +
                                                      " is not a stored " +
                                                      std::string(key(sample.series.kind)));
    if (!std::isfinite(sample.value))
        return reject(RejectReason::Malformed, std::string(spec->key) + " is not a number");
    if (sample.value < spec->minValue || sample.value > spec->maxValue)
        return reject(RejectReason::OutOfRange,
                      std::string(spec->key) + " " + withUnit(sample.value, spec->unit) + " is " +
                          (sample.value < spec->minValue ? "below " + withUnit(spec->minValue, spec->unit)
                                                         : "above " + withUnit(spec->maxValue, spec->unit)));
    if (spec->whole && sample.value != std::floor(sample.value))
        return reject(RejectReason::OutOfRange,
                      std::string(spec->key) + " must be a whole number, not " + number(sample.value));
    if (sample.tMs < kEarliestValidMs)
        return reject(RejectReason::Malformed, "time " + std::to_string(sample.tMs) +
                                                   " ms is before 2000 (a device clock that was reset?)");
    if (sample.tMs > nowMs + kMaxFutureSkewMs)
        return reject(RejectReason::FutureTimestamp, "time is " +
                                                         std::to_string((sample.tMs - nowMs) / 60'000) +
                                                         " minutes in the future (more than 10 allowed)");
    return std::nullopt;
}

void SampleValidator::seedLatest(const SeriesKey& series, TimestampMs tMs, double value)
{
    const ChannelSpec* spec = findChannel(static_cast<std::uint16_t>(series.channel));
    if (!spec || !spec->counter)
        return;
    auto& latest = m_latest[packSeries(series)];
    if (tMs >= latest.tMs)
        latest = {tMs, value};
}

std::optional<Rejection> SampleValidator::check(const Sample& sample, TimestampMs nowMs)
{
    if (auto rejection = checkSample(sample, nowMs))
        return rejection;
    const ChannelSpec& spec = channelSpec(sample.series.channel);
    if (!spec.counter)
        return std::nullopt;
    const auto [it, first] =
        m_latest.try_emplace(packSeries(sample.series), Latest{sample.tMs, sample.value});
    if (first)
        return std::nullopt;
    Latest& latest = it->second;
    if (sample.tMs >= latest.tMs) {
        if (sample.value < latest.value - kCounterTolerance)
            return reject(RejectReason::CounterBackwards, std::string(spec.key) + " went back from " +
                                                              withUnit(latest.value, spec.unit) + " to " +
                                                              withUnit(sample.value, spec.unit));
        latest = {sample.tMs, sample.value};
    } else if (sample.value > latest.value + kCounterTolerance) {
        return reject(RejectReason::CounterBackwards,
                      "late " + std::string(spec.key) + " reading " + withUnit(sample.value, spec.unit) +
                          " is above the later reading " + withUnit(latest.value, spec.unit));
    }
    return std::nullopt;
}

} // namespace saggar
