// The packed form of a series' rollup-only hours of one UTC day (a rollup_only_days row):
//   3 bytes      mask of the hours present (bit h: hour h of the day has a rollup)
//   per hour present, in hour order:
//     varint     count << 1 | constant (min = max, and sum = min × count exactly)
//     byte       how min and max are kept: 0..6 decimals as k / 10^d, 8 + d as k × 10^-d, 15 raw
//     min        decimal: zigzag varint k; raw: little-endian double
//     not constant: max (decimal: varint of k_max − k_min; raw: double), then sum as a double
// Readings are mostly decimal numbers (0.1 km/h, 0.1 °C, 1e-6°), and a decimal is kept only when it
// gives back the very same double, so nothing is rounded.
#pragma once

#include "telemetry_store.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace saggar {

// `hours` of one day, in hour order, with hourMs inside [dayMs, dayMs + 1 day) (series ignored).
std::string encodeRollupDay(TimestampMs dayMs, std::span<const HourRollup> hours);
// Appends the day's hours starting in [fromMs, toMs) to `out`; false when the bytes are not a packed day.
bool decodeRollupDay(TimestampMs dayMs, std::string_view bytes, TimestampMs fromMs, TimestampMs toMs,
                     std::vector<HourRollup>& out);

} // namespace saggar
