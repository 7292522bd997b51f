#include "live_endpoint.h"

#include "api_response.h"
#include "file_summary.h"
#include "live_hub.h"

#include "core/telemetry_channels.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/WebSocket.h>

#include <charconv>
#include <sstream>

namespace saggar::server {

namespace {

constexpr int kMaxReadingsPerFrame = 5000;

void sendText(Poco::Net::WebSocket& ws, const std::string& text)
{
    ws.sendFrame(text.data(), static_cast<int>(text.size()), Poco::Net::WebSocket::FRAME_TEXT);
}

class LiveHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit LiveHandler(ApiContext& context) : m_context(context) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override
    {
        std::variant<Caller, ApiResponse> caller = ApiResponse{};
        {
            std::lock_guard lock(m_context.storeMutex);
            caller = authenticateCaller(request.get("Authorization", ""), m_context.tokens, m_context.db,
                                        m_context.clock.nowMs());
        }
        std::optional<ApiResponse> refused;
        if (auto* answer = std::get_if<ApiResponse>(&caller))
            refused = *answer;
        else if (!m_context.live)
            refused = errorResponse(404, "not_found", "this server streams no telemetry");
        if (refused) {
            response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(refused->status));
            response.setContentType("application/json");
            response.setContentLength(static_cast<std::streamsize>(refused->body.size()));
            response.send() << refused->body;
            return;
        }
        const AssetReadCheck mayRead = assetReadCheck(m_context, std::get<Caller>(caller));
        try {
            Poco::Net::WebSocket ws(request, response);
            serve(ws, mayRead);
        } catch (const Poco::Exception&) {
            // The upgrade failed or the client went away: nothing to answer.
        }
    }

private:
    void serve(Poco::Net::WebSocket& ws, const AssetReadCheck& mayRead)
    {
        auto subscription = m_context.live->subscribe();
        ws.setReceiveTimeout(Poco::Timespan(5, 0));
        char buffer[64 * 1024];
        try {
            for (;;) {
                while (ws.poll(Poco::Timespan(0), Poco::Net::Socket::SELECT_READ)) {
                    int flags = 0;
                    const int n = ws.receiveFrame(buffer, sizeof buffer, flags);
                    const int op = flags & Poco::Net::WebSocket::FRAME_OP_BITMASK;
                    if (n <= 0 || op == Poco::Net::WebSocket::FRAME_OP_CLOSE) {
                        m_context.live->unsubscribe(subscription);
                        return;
                    }
                    if (op == Poco::Net::WebSocket::FRAME_OP_PING)
                        ws.sendFrame(buffer, n,
                                     Poco::Net::WebSocket::FRAME_FLAG_FIN |
                                         Poco::Net::WebSocket::FRAME_OP_PONG);
                    else if (op == Poco::Net::WebSocket::FRAME_OP_TEXT)
                        sendText(ws, subscribe(std::string(buffer, static_cast<std::size_t>(n)),
                                               *subscription, mayRead));
                }
                // Readings go out as they arrive; the client's messages are read within 50 ms.
                const std::vector<Sample> samples = subscription->take(50);
                for (std::size_t i = 0; i < samples.size(); i += kMaxReadingsPerFrame)
                    sendText(ws,
                             readingsFrame(samples, i, std::min(samples.size(), i + kMaxReadingsPerFrame)));
            }
        } catch (const Poco::Exception&) {
            m_context.live->unsubscribe(subscription);
        }
    }

    static std::string subscribe(const std::string& text, LiveSubscription& subscription,
                                 const AssetReadCheck& mayRead)
    {
        Poco::JSON::Array::Ptr list;
        try {
            const auto o = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
            list = o ? o->getArray("subscribe") : nullptr;
        } catch (const std::exception&) {
        }
        if (!list)
            return R"({"error":{"code":"malformed_json","message":"send {\"subscribe\":[\"truck:12\",…]}"}})";
        std::set<AssetRef> assets;
        Poco::JSON::Array::Ptr accepted = new Poco::JSON::Array;
        Poco::JSON::Array::Ptr refused = new Poco::JSON::Array;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto v = list->get(static_cast<unsigned>(i));
            const std::string name = v.isString() ? v.extract<std::string>() : std::string();
            const auto asset = parseAssetRef(name);
            if (asset && mayRead(asset->kind, asset->id)) {
                assets.insert(*asset);
                accepted->add(name);
            } else {
                refused->add(v);
            }
        }
        subscription.setAssets(std::move(assets));
        Poco::JSON::Object answer;
        answer.set("subscribed", accepted);
        answer.set("refused", refused);
        std::ostringstream out;
        answer.stringify(out);
        return out.str();
    }

    static std::string readingsFrame(const std::vector<Sample>& samples, std::size_t from, std::size_t to)
    {
        std::string out = R"({"readings":[)";
        char number[32];
        for (std::size_t i = from; i < to; ++i) {
            const Sample& s = samples[i];
            const auto [end, ec] = std::to_chars(number, number + sizeof number, s.value);
            out += (i > from ? ",[\"" : "[\"") + assetRefText({s.series.kind, s.series.assetId}) + "\",\"" +
                   std::string(key(s.series.channel)) + "\"," + std::to_string(s.tMs) + "," +
                   (ec == std::errc() ? std::string(number, end) : std::string("null")) + "]";
        }
        return out + "]}";
    }

    ApiContext& m_context;
};

} // namespace

bool isLiveTelemetryRequest(const Poco::Net::HTTPServerRequest& request)
{
    const std::string& uri = request.getURI();
    return uri.substr(0, uri.find('?')) == "/api/v1/telemetry/live";
}

Poco::Net::HTTPRequestHandler* makeLiveTelemetryHandler(ApiContext& context)
{
    return new LiveHandler(context);
}

AssetReadCheck assetReadCheck(ApiContext& context, const Caller& caller)
{
    return [&context, caller](AssetKind kind, Id id) {
        if (caller.role == "manager")
            return true;
        const std::string table = kind == AssetKind::Truck ? "trucks" : "kilns";
        std::lock_guard lock(context.storeMutex);
        auto n = context.db.queryInt64("SELECT count(*) FROM " + table +
                                       " a JOIN loan_files f ON f.id = a.loan_file_id WHERE a.id = " +
                                       std::to_string(id) + " AND " + readableFilesCondition(caller));
        return n.ok() && n.value() > 0;
    };
}

} // namespace saggar::server
