#include "telemetry_importer.h"

#include "telemetry_csv.h"

#include <algorithm>
#include <array>

namespace saggar {
namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '"'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '"' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool sameWord(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto low = [](char c) {
                   return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
               };
               return low(x) == low(y);
           });
}

} // namespace

ImportFailure checkTelemetryCsvHeader(std::string_view line)
{
    if (line.substr(0, 3) == "\xEF\xBB\xBF")
        line.remove_prefix(3);
    const bool hasDigit = std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
    const std::string_view first = trimmed(line.substr(0, line.find(',')));
    if ((hasDigit || sameWord(first, "truck") || sameWord(first, "kiln")) && !sameWord(first, "asset_kind"))
        return ImportFailure::None; // a reading (good or bad: the import judges it)
    constexpr std::array<std::string_view, 6> kColumns = {"asset_kind", "asset", "channel",
                                                          "time",       "value", "device_seq"};
    std::size_t column = 0;
    std::size_t pos = 0;
    for (;;) {
        const std::size_t comma = line.find(',', pos);
        const std::string_view field =
            trimmed(line.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
        if (column == kColumns.size() || !sameWord(field, kColumns[column]))
            return ImportFailure::WrongHeader;
        ++column;
        if (comma == std::string_view::npos)
            break;
        pos = comma + 1;
    }
    return column >= 5 ? ImportFailure::None : ImportFailure::WrongHeader;
}

std::string TelemetryImportOutcome::message() const
{
    switch (failure) {
    case ImportFailure::None:
        return report.committed ? "Imported " + std::to_string(report.samples) + " readings."
                                : "Nothing was imported.";
    case ImportFailure::Busy:
        return "Another telemetry import is running; wait until it has finished.";
    case ImportFailure::CannotOpen:
        return "Could not open the file (" + detail + "). Nothing was imported.";
    case ImportFailure::Empty:
        return "The file holds no readings. Nothing was imported.";
    case ImportFailure::WrongHeader:
        return "The first line '" + detail + "' is not the header " + std::string(kTelemetryCsvHeader) +
               ". Nothing was imported.";
    case ImportFailure::ReadFailed:
        return "The file could not be read to its end (" + detail + "). Nothing was imported.";
    case ImportFailure::StoreFailed:
        return "The telemetry store could not take the readings (" + detail + "). Nothing was imported.";
    }
    return {};
}

} // namespace saggar
