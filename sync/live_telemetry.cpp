#include "live_telemetry.h"

#include "core/telemetry_channels.h"
#include "storage/telemetry_ingest.h"
#include "storage/telemetry_store.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/WebSocket.h>

#include <chrono>
#include <sstream>

namespace saggar {

namespace {

// The readings of a {"readings":[[asset, channel, t, v], …]} frame; malformed entries are skipped and
// counted (the validator refuses bad values). The subscription's answer {"subscribed":[…]} fills
// `subscribed` instead.
std::vector<Sample> readingsOf(const std::string& text, std::int64_t& malformed,
                               std::optional<std::vector<AssetRef>>& subscribed)
{
    std::vector<Sample> out;
    Poco::JSON::Array::Ptr list;
    try {
        const auto o = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
        list = o ? o->getArray("readings") : nullptr;
        if (const auto accepted = o ? o->getArray("subscribed") : nullptr) {
            subscribed.emplace();
            for (std::size_t i = 0; i < accepted->size(); ++i)
                if (const auto v = accepted->get(static_cast<unsigned>(i)); v.isString())
                    if (auto a = parseAssetRef(v.extract<std::string>()))
                        subscribed->push_back(*a);
        }
    } catch (const std::exception&) {
        ++malformed;
        return out;
    }
    if (!list)
        return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto r = list->getArray(static_cast<unsigned>(i));
        if (!r || r->size() != 4 || !r->get(0).isString() || !r->get(1).isString() ||
            !r->get(2).isInteger() || !r->get(3).isNumeric()) {
            ++malformed;
            continue;
        }
        const auto asset = parseAssetRef(r->get(0).extract<std::string>());
        const ChannelSpec* channel =
            asset ? findChannel(asset->kind, r->get(1).extract<std::string>()) : nullptr;
        if (!channel) {
            ++malformed;
            continue;
        }
        out.push_back(Sample{{asset->kind, asset->id, channel->id},
                             r->get(2).convert<TimestampMs>(),
                             r->get(3).convert<double>(),
                             0});
    }
    return out;
}

} // namespace

LiveTelemetryClient::LiveTelemetryClient(LiveTelemetryOptions options,
                                         std::unique_ptr<SignedInTransport> transport,
                                         StoredCallback onStored)
    : m_options(std::move(options)), m_transport(std::move(transport)), m_onStored(std::move(onStored))
{
    if (!m_options.clock)
        m_options.clock = [] {
            return std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                .count();
        };
}

LiveTelemetryClient::~LiveTelemetryClient()
{
    stop();
}

void LiveTelemetryClient::start()
{
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { loop(); });
}

void LiveTelemetryClient::stop()
{
    m_stopping = true;
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void LiveTelemetryClient::setAssets(std::vector<AssetRef> assets)
{
    std::lock_guard lock(m_mutex);
    m_assets = std::move(assets);
    m_assetsChanged = true;
}

LiveTelemetryStatus LiveTelemetryClient::status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

void LiveTelemetryClient::loop()
{
    while (!m_stopping) {
        try {
            session();
        } catch (const Poco::Exception& e) {
            std::lock_guard lock(m_mutex);
            m_status.lastError = e.displayText();
        } catch (const std::exception& e) {
            std::lock_guard lock(m_mutex);
            m_status.lastError = e.what();
        }
        {
            std::unique_lock lock(m_mutex);
            m_status.connected = false;
            m_assetsChanged = true; // subscribe and back-fill again on the next connection
            m_wake.wait_for(lock, std::chrono::milliseconds(m_options.reconnectMs),
                            [this] { return m_stopping.load(); });
        }
    }
}

void LiveTelemetryClient::session()
{
    auto token = m_transport->token();
    if (!token)
        throw std::runtime_error(token.error().message);
    Poco::Net::HTTPClientSession http(m_options.host, m_options.port);
    http.setTimeout(Poco::Timespan(5, 0));
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/api/v1/telemetry/live",
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Authorization", "Bearer " + token.value());
    Poco::Net::HTTPResponse response;
    std::unique_ptr<Poco::Net::WebSocket> ws;
    try {
        ws = std::make_unique<Poco::Net::WebSocket>(http, request, response);
    } catch (const Poco::Net::WebSocketException&) {
        if (response.getStatus() == Poco::Net::HTTPResponse::HTTP_UNAUTHORIZED)
            m_transport->forgetToken();
        throw std::runtime_error("The server did not open the live telemetry stream (HTTP " +
                                 std::to_string(response.getStatus()) + ").");
    }
    ws->setReceiveTimeout(Poco::Timespan(0, 250'000));

    auto store = TelemetryStore::openInWorkspace(m_options.workspaceDir, OpenMode::CreateReadWrite);
    if (!store)
        throw std::runtime_error(store.error().message);
    TelemetryIngest ingest(*store.value());
    if (auto r = ingest.loadCounters(); !r)
        throw std::runtime_error(r.error().message);
    {
        std::lock_guard lock(m_mutex);
        m_status.connected = true;
        m_status.lastError.clear();
    }
    const auto store_ = [&](const std::vector<Sample>& samples, bool fromHistory) {
        const TimestampMs now = m_options.clock();
        for (const Sample& s : samples)
            (void)ingest.add(s, now);
        auto written = ingest.flush();
        if (!written)
            throw std::runtime_error(written.error().message);
        {
            std::lock_guard lock(m_mutex);
            (fromHistory ? m_status.backfilled : m_status.received) +=
                static_cast<std::int64_t>(samples.size());
            m_status.stored += written.value().inserted;
        }
        if (written.value().inserted > 0 && m_onStored)
            m_onStored(written.value().inserted);
    };

    char buffer[256 * 1024];
    std::string message;
    while (!m_stopping) {
        std::vector<AssetRef> assets;
        bool changed = false;
        {
            std::lock_guard lock(m_mutex);
            changed = m_assetsChanged;
            m_assetsChanged = false;
            assets = m_assets;
        }
        if (changed) {
            Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
            for (const AssetRef& a : assets)
                list->add(assetRefText(a));
            Poco::JSON::Object subscribe;
            subscribe.set("subscribe", list);
            std::ostringstream text;
            subscribe.stringify(text);
            ws->sendFrame(text.str().data(), static_cast<int>(text.str().size()),
                          Poco::Net::WebSocket::FRAME_TEXT);
        }
        int flags = 0;
        int n = 0;
        try {
            n = ws->receiveFrame(buffer, sizeof buffer, flags);
        } catch (const Poco::TimeoutException&) {
            continue;
        }
        const int op = flags & Poco::Net::WebSocket::FRAME_OP_BITMASK;
        if (n <= 0 || op == Poco::Net::WebSocket::FRAME_OP_CLOSE)
            throw std::runtime_error("The server closed the live telemetry stream.");
        if (op == Poco::Net::WebSocket::FRAME_OP_PING) {
            ws->sendFrame(buffer, n,
                          Poco::Net::WebSocket::FRAME_FLAG_FIN | Poco::Net::WebSocket::FRAME_OP_PONG);
            continue;
        }
        message.append(buffer, static_cast<std::size_t>(n));
        if (!(flags & Poco::Net::WebSocket::FRAME_FLAG_FIN))
            continue; // a fragmented message: wait for its end
        std::int64_t malformed = 0;
        std::optional<std::vector<AssetRef>> subscribed;
        const std::vector<Sample> samples = readingsOf(message, malformed, subscribed);
        message.clear();
        if (!samples.empty())
            store_(samples, false);
        if (subscribed) {
            {
                std::lock_guard lock(m_mutex);
                m_status.subscribed = static_cast<std::int64_t>(subscribed->size());
                m_status.backfilling = true;
            }
            // Back-filled once the server streams them, so nothing falls between history and the
            // stream (what comes twice is ignored).
            for (const AssetRef& a : *subscribed)
                store_(backfill(a, *store.value()), true);
            std::lock_guard lock(m_mutex);
            m_status.backfilling = false;
        }
        if (malformed > 0) {
            std::lock_guard lock(m_mutex);
            m_status.lastError = std::to_string(malformed) + " unreadable live reading(s) skipped.";
        }
    }
    ws->shutdown();
}

std::vector<Sample> LiveTelemetryClient::backfill(const AssetRef& asset, const TelemetryStore& store)
{
    // One request for every channel of the asset, from the oldest channel's newest local reading (at
    // most a week back); what the store already holds is ignored when stored again.
    std::vector<Sample> out;
    const TimestampMs now = m_options.clock();
    const TimestampMs floor = now - m_options.backfillMaxMs;
    auto series = store.seriesOf(asset);
    TimestampMs from = now;
    for (const ChannelSpec& channel : channelsOf(asset.kind)) {
        TimestampMs channelFrom = floor;
        if (series)
            for (const SeriesInfo& info : series.value())
                if (info.key.channel == channel.id)
                    channelFrom = std::max(channelFrom, info.lastMs + 1);
        from = std::min(from, channelFrom);
    }
    SyncRequest request{"GET",
                        "/api/v1/telemetry/history?asset=" + assetRefText(asset) + "&channel=all&from=" +
                            std::to_string(from) + "&to=" + std::to_string(now + 1) + "&maxPoints=100000",
                        {},
                        {},
                        std::nullopt,
                        {}};
    auto reply = m_transport->exchange(request);
    if (!reply)
        throw std::runtime_error(reply.error().message);
    if (reply->status == 404)
        return out; // not an asset this person may read: nothing to fill
    if (reply->status != 200)
        throw std::runtime_error("The server's telemetry history answered HTTP " +
                                 std::to_string(reply->status));
    try {
        const auto o = Poco::JSON::Parser().parse(reply->body).extract<Poco::JSON::Object::Ptr>();
        const auto channels = o ? o->getObject("channels") : nullptr;
        if (!channels)
            throw std::runtime_error("no channels");
        for (const ChannelSpec& channel : channelsOf(asset.kind)) {
            const auto one = channels->getObject(std::string(channel.key));
            const auto points = one ? one->getArray("points") : nullptr;
            if (!points)
                continue; // downsampled: more than maxPoints readings in a week is not back-filled here
            for (std::size_t i = 0; i < points->size(); ++i) {
                const auto p = points->getArray(static_cast<unsigned>(i));
                if (p && p->size() == 2 && p->get(0).isInteger() && p->get(1).isNumeric())
                    out.push_back(Sample{{asset.kind, asset.id, channel.id},
                                         p->get(0).convert<TimestampMs>(),
                                         p->get(1).convert<double>(),
                                         0});
            }
        }
    } catch (const std::exception&) {
        throw std::runtime_error("The server's telemetry history was not understood.");
    }
    return out;
}

} // namespace saggar
