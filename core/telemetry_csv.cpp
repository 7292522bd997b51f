#include "telemetry_csv.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace saggar {
namespace {

constexpr std::size_t kMaxFields = 6;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

// Shown in messages: the text as found, cut short when long.
std::string shown(std::string_view s)
{
    constexpr std::size_t kMax = 40;
    // Appending rather than "'" + std::string(s) avoids a GCC 12 -Wrestrict false positive.
    std::string out;
    out.reserve(kMax + 8);
    out.append(1, '\'').append(s.substr(0, kMax)).append(s.size() > kMax ? "…'" : "'");
    return out;
}

// Splits on commas; a field may be quoted ("a,b" or "say ""x"""). Returns the number of fields, or
// nothing when there are more than kMaxFields or a quote is left open. Quoted fields are unquoted
// into `storage`, which must outlive the views.
std::optional<std::size_t> splitFields(std::string_view line,
                                       std::array<std::string_view, kMaxFields>& fields,
                                       std::array<std::string, kMaxFields>& storage)
{
    std::size_t count = 0;
    std::size_t pos = 0;
    for (;;) {
        if (count == kMaxFields)
            return std::nullopt;
        const std::string_view rest = line.substr(pos);
        const std::size_t lead = rest.find_first_not_of(" \t");
        if (lead != std::string_view::npos && rest[lead] == '"') {
            std::string& text = storage[count];
            text.clear();
            std::size_t i = pos + lead + 1;
            for (;; ++i) {
                if (i >= line.size())
                    return std::nullopt;
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        text += '"';
                        ++i;
                        continue;
                    }
                    break;
                }
                text += line[i];
            }
            fields[count++] = text;
            const std::size_t comma = line.find(',', i + 1);
            if (trim(line.substr(i + 1,
                                 comma == std::string_view::npos ? std::string_view::npos : comma - i - 1))
                    .size() != 0)
                return std::nullopt; // text after the closing quote
            if (comma == std::string_view::npos)
                return count;
            pos = comma + 1;
            continue;
        }
        const std::size_t comma = line.find(',', pos);
        fields[count++] =
            trim(line.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
        if (comma == std::string_view::npos)
            return count;
        pos = comma + 1;
    }
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<double> parseValue(std::string_view s)
{
    if (s.empty())
        return std::nullopt;
    if (s.front() == '+')
        s.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string assetName(const TelemetryAsset& a)
{
    return std::string(key(a.kind)) + " " + std::to_string(a.id);
}

} // namespace

CsvLine TelemetryCsvReader::parseLine(std::string_view line)
{
    CsvLine result;
    result.lineNumber = ++m_lineNumber;
    if (m_lineNumber == 1 && line.substr(0, kBom.size()) == kBom)
        line.remove_prefix(kBom.size());
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    const std::string_view content = trim(line);
    if (content.empty() || content.front() == '#')
        return result;
    const bool first = !m_seenContent;
    m_seenContent = true;
    if (first && lower(content.substr(0, 10)) == "asset_kind")
        return result;
    return parseFields(line, result);
}

CsvLine TelemetryCsvReader::parseFields(std::string_view line, CsvLine result)
{
    const auto refuse = [&result](RejectReason reason, std::string message) {
        result.kind = CsvLine::Kind::Rejected;
        result.rejection = {reason, std::move(message)};
        return result;
    };
    std::array<std::string_view, kMaxFields> f{};
    std::array<std::string, kMaxFields> unquoted;
    const auto count = splitFields(line, f, unquoted);
    if (!count)
        return refuse(
            RejectReason::Malformed,
            "expected 5 or 6 fields (asset_kind,asset,channel,time,value[,device_seq]); found more, or "
            "an unclosed quote");
    if (*count < 5)
        return refuse(RejectReason::Malformed, "expected 5 or 6 fields (asset_kind,asset,channel,time,value"
                                               "[,device_seq]); found " +
                                                   std::to_string(*count));

    const auto kind = fromKey<AssetKind>(lower(f[0]));
    if (!kind)
        return refuse(RejectReason::Malformed, "asset kind " + shown(f[0]) + " is neither truck nor kiln");

    const TelemetryAsset* asset = nullptr;
    if (allDigits(f[1])) {
        Id id = 0;
        const auto [end, ec] = std::from_chars(f[1].data(), f[1].data() + f[1].size(), id);
        if (ec == std::errc{} && end == f[1].data() + f[1].size())
            asset = m_assets.find(*kind, id);
        if (!asset)
            return refuse(RejectReason::UnknownAsset, "no " + std::string(key(*kind)) + " has id " +
                                                          std::string(f[1]) + " in this workspace");
    } else {
        asset = m_assets.findByDevice(f[1]);
        if (!asset)
            return refuse(RejectReason::UnknownAsset,
                          "no truck or kiln in this workspace has device id " + shown(f[1]));
        if (asset->kind != *kind)
            return refuse(RejectReason::UnknownAsset, "device " + shown(f[1]) + " belongs to " +
                                                          assetName(*asset) + ", not to a " +
                                                          std::string(key(*kind)));
    }

    const ChannelSpec* spec = findChannel(*kind, lower(f[2]));
    if (!spec)
        return refuse(RejectReason::UnknownChannel,
                      "a " + std::string(key(*kind)) + " has no channel " + shown(f[2]));
    const auto reported = channelsOf(*asset);
    if (std::find(reported.begin(), reported.end(), spec->id) == reported.end())
        return refuse(RejectReason::UnknownChannel,
                      assetName(*asset) + " does not report " + std::string(spec->key) + " (it is " +
                          std::string(key(asset->fuel)) + "-fired and counts output in " +
                          std::string(key(asset->capacityUnit)) + ")");

    const auto time = parseTelemetryTime(f[3]);
    if (!time)
        return refuse(
            RejectReason::Malformed,
            "time " + shown(f[3]) +
                " is neither ISO-8601 with a zone (2026-05-28T10:15:00Z, …+08:00) nor epoch milliseconds");
    const auto value = parseValue(f[4]);
    if (!value)
        return refuse(RejectReason::Malformed, "value " + shown(f[4]) + " is not a number");

    std::int64_t seq = 0;
    if (*count == 6 && !f[5].empty()) {
        const auto [end, ec] = std::from_chars(f[5].data(), f[5].data() + f[5].size(), seq);
        if (ec != std::errc{} || end != f[5].data() + f[5].size() || seq < 0)
            return refuse(RejectReason::Malformed, "device_seq " + shown(f[5]) + " is not a whole number");
    }

    result.kind = CsvLine::Kind::Sample;
    result.sample = Sample{{*kind, asset->id, spec->id}, *time, *value, seq};
    return result;
}

} // namespace saggar
