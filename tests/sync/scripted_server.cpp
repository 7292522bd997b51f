#include "scripted_server.h"

#include <algorithm>

namespace saggar::test {

Result<SyncReply> ScriptedServer::exchange(const SyncRequest& request)
{
    requests.push_back(request);
    const Fault fault = script.empty() ? Fault::None : script.front();
    if (!script.empty())
        script.pop_front();
    if (fault == Fault::BeforeDelivery)
        return makeError("connection reset before the request was delivered");

    if (request.method == "GET") {
        if (!feedOverride.empty())
            return SyncReply{200, feedOverride, {}};
        const auto at = request.path.find("cursor=");
        const std::size_t cursor = std::stoul(request.path.substr(at + 7));
        const std::size_t end = std::min(feed.size(), cursor + pageSize);
        std::string body = "{\"changes\":[";
        for (std::size_t i = cursor; i < end; ++i)
            body += (i > cursor ? "," : "") + feed[i];
        body += "],\"cursor\":" + std::to_string(std::max(end, cursor)) +
                ",\"more\":" + (end < feed.size() ? "true" : "false") + "}";
        return SyncReply{200, body, {}};
    }

    if (fault == Fault::Unavailable)
        return SyncReply{503, R"({"error":{"code":"unavailable","message":"overloaded"}})", retryAfter};
    if (fault == Fault::Conflict)
        return SyncReply{
            409,
            R"({"error":{"code":"conflict","message":"1 field changed since version 1"},"currentVersion":5,)"
            R"("conflicts":[{"path":"purpose","base":"a","theirs":"b","mine":"c","theirsVersion":5}]})",
            {}};
    if (fault == Fault::Unprocessable)
        return SyncReply{422, R"({"error":{"code":"validation","message":"VIN check digit"}})", {}};

    if (auto stored = m_stored.find(request.idempotencyKey); stored != m_stored.end()) {
        if (fault == Fault::AfterCommit)
            return makeError("connection reset after the request was delivered");
        return stored->second;
    }
    const std::int64_t fileId = std::stoll(request.path.substr(request.path.rfind('/') + 1));
    const std::int64_t version = ++versions[fileId];
    effects.push_back(request.idempotencyKey);
    SyncReply reply{200, "{\"version\":" + std::to_string(version) + ",\"file\":{}}", {}};
    m_stored[request.idempotencyKey] = reply;
    if (fault == Fault::AfterCommit)
        return makeError("connection reset after the request was delivered");
    if (fault == Fault::MalformedSuccess)
        return SyncReply{200, reply.body.substr(0, 8), {}};
    return reply;
}

namespace {
class Forward : public SyncTransport
{
public:
    explicit Forward(ScriptedServer& server) : m_server(server) {}
    Result<SyncReply> exchange(const SyncRequest& request) override { return m_server.exchange(request); }

private:
    ScriptedServer& m_server;
};
} // namespace

std::unique_ptr<SyncTransport> forwardTo(ScriptedServer& server)
{
    return std::make_unique<Forward>(server);
}

} // namespace saggar::test
