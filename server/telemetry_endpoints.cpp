#include "telemetry_endpoints.h"

#include "core/telemetry_time.h"
#include "storage/store_chart_source.h"
#include "storage/telemetry_store.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/URI.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <sstream>

namespace saggar::server {

namespace {

// Appends a JSON number: integers as they are, doubles in their shortest exact form.
void appendNumber(std::string& out, double v)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, ec == std::errc() ? end : buffer);
}

void appendNumber(std::string& out, std::int64_t v)
{
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, ec == std::errc() ? end : buffer);
}

std::string jsonString(const std::string& text)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::formatString(text, out);
    return out.str();
}

// The query's parameters, decoded; a repeated one keeps the last.
std::map<std::string, std::string> queryParameters(const std::string& query)
{
    std::map<std::string, std::string> out;
    std::size_t start = 0;
    while (start <= query.size()) {
        const auto end = std::min(query.find('&', start), query.size());
        const std::string pair = query.substr(start, end - start);
        const auto eq = pair.find('=');
        std::string name, value;
        try {
            Poco::URI::decode(pair.substr(0, eq), name, true);
            if (eq != std::string::npos)
                Poco::URI::decode(pair.substr(eq + 1), value, true);
        } catch (const Poco::Exception&) {
            name.clear();
        }
        if (!name.empty())
            out[name] = value;
        start = end + 1;
    }
    return out;
}

std::optional<std::int64_t> wholeNumber(const std::string& text)
{
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return v;
}

ApiResponse badQuery(const std::string& message, const std::string& field)
{
    return errorResponse(400, "bad_query", message, field);
}

} // namespace

ApiResponse ingestTelemetry(const std::string& body, const std::string& tokenDevice,
                            TelemetryService& service, TimestampMs nowMs)
{
    auto parsed = parseIngestBody(body);
    if (auto* refused = std::get_if<ApiResponse>(&parsed))
        return *refused;
    const IngestRequest& request = std::get<IngestRequest>(parsed);
    if (request.device != tokenDevice)
        return errorResponse(
            403, "device_mismatch",
            "the token is device " + tokenDevice + "'s, the readings are " + request.device + "'s", "device");
    const auto asset = service.findDevice(request.device);
    if (!asset)
        return errorResponse(403, "unknown_device", "no truck or kiln has device id " + request.device,
                             "device");
    auto outcome = service.ingest(*asset, request.readings, nowMs);
    if (!outcome)
        return errorResponse(500, "internal", "the readings could not be stored: " + outcome.error().message);

    const IngestOutcome& o = outcome.value();
    std::string out = "{\"accepted\":";
    appendNumber(out, o.inserted);
    out += ",\"duplicates\":";
    appendNumber(out, o.duplicates);
    out += ",\"rejected\":{";
    bool first = true;
    for (std::size_t r = 0; r < kRejectReasonCount; ++r) {
        const auto reason = static_cast<RejectReason>(r);
        if (o.rejected[reason] == 0)
            continue;
        out += first ? "\"" : ",\"";
        out += key(reason);
        out += "\":";
        appendNumber(out, o.rejected[reason]);
        first = false;
    }
    out += "},\"rejectedTotal\":";
    appendNumber(out, o.rejected.total());
    out += ",\"rejections\":[";
    for (std::size_t i = 0; i < o.rejections.size(); ++i) {
        const ReadingRejection& r = o.rejections[i];
        out += i ? ",{\"index\":" : "{\"index\":";
        appendNumber(out, static_cast<std::int64_t>(r.index));
        out += ",\"reason\":\"";
        out += key(r.rejection.reason);
        out += "\",\"message\":";
        out += jsonString(r.rejection.message);
        out += '}';
    }
    out += "]}";
    return ApiResponse{200, std::move(out), {}};
}

namespace {

// A series' readings as `"downsampled":false,"points":[[t,v],…]`, or when thinned
// `"downsampled":true` and, with `withBuckets`, `"bucketMs":…,"buckets":[[start,min,max,mean,count],…]`.
void appendSeries(std::string& out, const ChartLoad& l, bool withBuckets)
{
    if (l.downsampled) {
        out += "\"downsampled\":true";
        if (!withBuckets)
            return;
        out += ",\"bucketMs\":";
        appendNumber(out, l.bucketMs);
        out += ",\"buckets\":[";
        for (std::size_t i = 0; i < l.buckets.size(); ++i) {
            const TelemetryBucket& b = l.buckets[i];
            out += i ? ",[" : "[";
            appendNumber(out, b.startMs);
            for (double v : {b.min, b.max, b.mean}) {
                out += ',';
                appendNumber(out, v);
            }
            out += ',';
            appendNumber(out, b.count);
            out += ']';
        }
        out += ']';
        return;
    }
    out += "\"downsampled\":false,\"points\":[";
    for (std::size_t i = 0; i < l.points.size(); ++i) {
        out += i ? ",[" : "[";
        appendNumber(out, l.points[i].tMs);
        out += ',';
        appendNumber(out, l.points[i].value);
        out += ']';
    }
    out += ']';
}

} // namespace

ApiResponse telemetryHistory(const std::string& query, TelemetryService& service,
                             const AssetReadCheck& mayRead)
{
    auto params = queryParameters(query);
    for (const auto& [name, value] : params) {
        static const std::vector<std::string> known{"asset", "kind",   "assetId", "channel",  "from",
                                                    "to",    "fromMs", "toMs",    "maxPoints"};
        if (std::find(known.begin(), known.end(), name) == known.end())
            return badQuery("unknown parameter " + name, name);
    }
    // asset=truck:12, or kind=truck&assetId=12 (docs/sync-api.md)
    std::string kindText = params["kind"], idText = params["assetId"];
    if (params.count("asset")) {
        const std::string& asset = params["asset"];
        const auto colon = asset.find(':');
        if (colon == std::string::npos)
            return badQuery("asset must be KIND:ID, e.g. truck:12", "asset");
        kindText = asset.substr(0, colon);
        idText = asset.substr(colon + 1);
    }
    const auto kind = fromKey<AssetKind>(kindText);
    if (!kind)
        return badQuery("the asset kind must be truck or kiln", "asset");
    const auto id = wholeNumber(idText);
    if (!id || *id <= 0)
        return badQuery("the asset id must be a whole number above 0", "asset");
    // channel=all: every channel's readings in one answer (the workstation's back-fill).
    const bool allChannels = params["channel"] == "all";
    const ChannelSpec* channel = allChannels ? nullptr : findChannel(*kind, params["channel"]);
    if (!channel && !allChannels)
        return badQuery("a " + kindText + " has no channel '" + params["channel"] + "'", "channel");
    const auto time = [&params](const char* name, const char* alias) -> std::optional<TimestampMs> {
        const std::string& text = params.count(name) ? params[name] : params[alias];
        return parseTelemetryTime(text);
    };
    const auto from = time("from", "fromMs");
    const auto to = time("to", "toMs");
    if (!from || !to)
        return badQuery("from and to must be epoch milliseconds or ISO-8601 times with a zone",
                        !from ? "from" : "to");
    if (*to <= *from || *to - *from > kMaxHistoryRangeMs)
        return badQuery("to must be after from, and the range at most two years", "to");
    int maxPoints = kDefaultHistoryPoints;
    if (params.count("maxPoints")) {
        const auto n = wholeNumber(params["maxPoints"]);
        if (!n || *n < 1 || *n > kMaxHistoryPoints)
            return badQuery("maxPoints must be from 1 to " + std::to_string(kMaxHistoryPoints), "maxPoints");
        maxPoints = static_cast<int>(*n);
    }
    if (!service.findAsset(*kind, *id) || !mayRead(*kind, *id))
        return errorResponse(404, "not_found",
                             "no " + kindText + " " + std::to_string(*id) + " you may read");

    std::string out = "{\"series\":{\"kind\":\"";
    out += key(*kind);
    out += "\",\"assetId\":";
    appendNumber(out, *id);
    out += ",\"channel\":\"";
    out += allChannels ? std::string("all") : std::string(channel->key);
    out += "\"},\"fromMs\":";
    appendNumber(out, *from);
    out += ",\"toMs\":";
    appendNumber(out, *to);
    if (!allChannels) {
        auto load = StoreChartSource(service.directory())
                        .load(SeriesKey{*kind, *id, channel->id}, TimeRange{*from, *to}, maxPoints);
        if (!load)
            return errorResponse(500, "internal", "the readings could not be read: " + load.error().message);
        out += ',';
        appendSeries(out, load.value(), true);
        out += '}';
        return ApiResponse{200, std::move(out), {}};
    }
    // Each channel's readings, or only "downsampled": true when it holds more than maxPoints in the
    // range (the client then asks that channel on its own).
    auto store = TelemetryStore::openInWorkspace(service.directory(), OpenMode::ExistingReadOnly);
    if (!store && store.error().code != ErrorCode::DatabaseMissing)
        return errorResponse(500, "internal", "the readings could not be read: " + store.error().message);
    out += ",\"channels\":{";
    bool first = true;
    for (const ChannelSpec& spec : channelsOf(*kind)) {
        auto load = store ? StoreChartSource::loadFrom(*store.value(), SeriesKey{*kind, *id, spec.id},
                                                       TimeRange{*from, *to}, maxPoints)
                          : Result<ChartLoad>(ChartLoad{});
        if (!load)
            return errorResponse(500, "internal", "the readings could not be read: " + load.error().message);
        out += first ? "\"" : ",\"";
        first = false;
        out += spec.key;
        out += "\":{";
        appendSeries(out, load.value(), false);
        out += '}';
    }
    out += "}}";
    return ApiResponse{200, std::move(out), {}};
}

} // namespace saggar::server
