// Telemetry CSV files exported by other platforms: one reading per line, parsed and resolved to an
// asset, with the line number and a reason for every line that is not a reading. Shared by
// `saggarctl telemetry import` and the workstation's import dialog; the caller reads the file.
//
// Format (UTF-8, comma separated, a header line and '#' comment lines are optional):
//
//   asset_kind,asset,channel,time,value[,device_seq]
//   truck,TRK-0001A2B3,speed,2026-05-28T10:15:00Z,62.5,1041
//   kiln,17,zone3_temp,1780000000000,1186.0
//
//   asset_kind  truck | kiln
//   asset       the asset id in the workspace (digits) or its device id (tracker or gateway id)
//   channel     a channel key of that kind (see telemetry_channels.h), e.g. odometer, zone3_temp
//   time        ISO-8601 with a zone (2026-05-28T10:15:00Z, 2026-05-28 18:15:00.250+08:00) or UTC
//               milliseconds since the epoch; a time without a zone is refused rather than guessed
//   value       a decimal number in the channel's unit
//   device_seq  optional: the device's report counter
#pragma once

#include "telemetry_assets.h"
#include "telemetry_sample.h"
#include "telemetry_time.h"

#include <optional>
#include <string>
#include <string_view>

namespace saggar {

// The header line files may start with (and that exports write).
inline constexpr std::string_view kTelemetryCsvHeader = "asset_kind,asset,channel,time,value,device_seq";

struct CsvLine
{
    enum class Kind { Sample, Skipped, Rejected };
    Kind kind = Kind::Skipped; // Skipped: blank, comment or header
    Sample sample;             // when kind == Sample
    Rejection rejection;       // when kind == Rejected
    int lineNumber = 0;        // 1-based, as an editor shows it
};

// Parses a file line by line. Range, time-skew and counter checks are left to SampleValidator so
// that the caller applies them once, with its own clock and history, to every source alike.
class TelemetryCsvReader
{
public:
    explicit TelemetryCsvReader(const AssetDirectory& assets) : m_assets(assets) {}

    // One line without its line ending (a trailing '\r' is ignored). Lines are numbered in the order
    // they are fed, from 1.
    CsvLine parseLine(std::string_view line);
    int linesRead() const { return m_lineNumber; }

private:
    CsvLine parseFields(std::string_view line, CsvLine result);

    const AssetDirectory& m_assets;
    int m_lineNumber = 0;
    bool m_seenContent = false;
};

} // namespace saggar
