#include "api_handler_factory.h"

#include "api_response.h"
#include "blob_endpoints.h"
#include "change_feed.h"
#include "device_auth.h"
#include "file_action.h"
#include "file_create.h"
#include "file_delete.h"
#include "file_list.h"
#include "file_patch.h"
#include "file_summary.h"
#include "live_endpoint.h"
#include "patch_batch.h"
#include "request_auth.h"
#include "sign_in.h"
#include "telemetry_endpoints.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/StreamCopier.h>

#include <charconv>
#include <istream>
#include <optional>
#include <variant>

namespace saggar::server {

namespace {

void send(Poco::Net::HTTPServerResponse& response, const ApiResponse& answer)
{
    response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(answer.status));
    response.setContentType("application/json");
    for (const auto& [name, value] : answer.headers)
        response.set(name, value);
    response.setContentLength(static_cast<std::streamsize>(answer.body.size()));
    response.send() << answer.body;
}

class ApiHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit ApiHandler(ApiContext& context) : m_context(context) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override
    {
        send(response, route(request));
    }

private:
    ApiResponse route(Poco::Net::HTTPServerRequest& request)
    {
        const std::string& uri = request.getURI();
        const std::string& method = request.getMethod();
        if (method == "GET" && uri == "/api/v1/health")
            return ApiResponse{200, R"({"status":"ok"})", {}};
        if (uri == "/api/v1/auth/sign-in") {
            if (method != "POST")
                return errorResponse(405, "method_not_allowed", "use POST");
            std::string body;
            if (auto refused = readBody(request, body))
                return *refused;
            std::lock_guard lock(m_context.storeMutex);
            return signIn(body, m_context.users, m_context.tokens, m_context.clock.nowMs());
        }
        if (auto answer = deviceRoute(request))
            return *answer;
        return authenticated(request);
    }

    // Every other /api/v1 resource: the caller's token first, then the resource.
    ApiResponse authenticated(Poco::Net::HTTPServerRequest& request)
    {
        const std::string& uri = request.getURI();
        const std::string& method = request.getMethod();
        const auto queryAt = uri.find('?');
        const std::string path = uri.substr(0, queryAt);
        const std::string query = queryAt == std::string::npos ? std::string() : uri.substr(queryAt + 1);
        std::unique_lock lock(m_context.storeMutex);
        auto caller = authenticateCaller(request.get("Authorization", ""), m_context.tokens, m_context.db,
                                         m_context.clock.nowMs());
        if (auto* refused = std::get_if<ApiResponse>(&caller)) {
            lock.unlock();
            if (request.hasContentLength() && request.getContentLength64() <= kMaxJsonBodyBytes)
                discardBody(request);
            return *refused;
        }
        const Caller& who = std::get<Caller>(caller);
        if ((path == "/api/v1/telemetry/history" || path == "/api/v1/telemetry") && method == "GET") {
            lock.unlock(); // telemetry has its own file and connections
            if (!m_context.telemetry)
                return errorResponse(404, "not_found", "this server keeps no telemetry");
            // A person reads the assets pledged on files they may read; a manager every asset.
            const AssetReadCheck mayRead = assetReadCheck(m_context, who);
            return telemetryHistory(query, *m_context.telemetry, mayRead);
        }
        if (path == "/api/v1/changes") {
            if (method != "GET")
                return errorResponse(405, "method_not_allowed", "use GET");
            return changeFeed(m_context.db, who, query);
        }
        if (path == "/api/v1/patches") {
            if (method != "POST")
                return errorResponse(405, "method_not_allowed", "use POST");
            std::string body;
            lock.unlock(); // the body is read without holding the store
            if (auto refused = readBody(request, body))
                return *refused;
            lock.lock();
            return patchBatch(m_context.db, who, body, m_context.clock.nowMs());
        }
        if (auto answer = documentRoute(request, who, path, lock))
            return *answer;
        const std::string filesPrefix = "/api/v1/files/";
        const std::string actionsSuffix = "/actions";
        if (path.rfind(filesPrefix, 0) == 0 && path.size() > filesPrefix.size() + actionsSuffix.size() &&
            path.compare(path.size() - actionsSuffix.size(), actionsSuffix.size(), actionsSuffix) == 0) {
            if (method != "POST")
                return errorResponse(405, "method_not_allowed", "use POST");
            const std::string idText =
                path.substr(filesPrefix.size(), path.size() - filesPrefix.size() - actionsSuffix.size());
            Id id = 0;
            const auto [end, ec] = std::from_chars(idText.data(), idText.data() + idText.size(), id);
            if (ec != std::errc() || end != idText.data() + idText.size() || id <= 0)
                return errorResponse(404, "not_found", "no such resource: " + method + " " + path);
            ActionRequest action{id, path, std::nullopt, std::nullopt, {}};
            if (request.has("If-Match"))
                action.ifMatch = request.get("If-Match");
            if (request.has("Idempotency-Key"))
                action.idempotency = request.get("Idempotency-Key");
            lock.unlock(); // the body is read without holding the store
            if (auto refused = readBody(request, action.body))
                return *refused;
            lock.lock();
            return performAction(m_context.db, who, action, m_context.clock.nowMs());
        }
        if (path.rfind(filesPrefix, 0) == 0 && method == "PATCH") {
            const std::string idText = path.substr(filesPrefix.size());
            Id id = 0;
            const auto [end, ec] = std::from_chars(idText.data(), idText.data() + idText.size(), id);
            if (idText.empty() || ec != std::errc() || end != idText.data() + idText.size() || id <= 0)
                return errorResponse(404, "not_found", "no such resource: " + method + " " + path);
            PatchRequest patch{id, path, std::nullopt, std::nullopt, {}};
            if (request.has("If-Match"))
                patch.ifMatch = request.get("If-Match");
            if (request.has("Idempotency-Key"))
                patch.idempotency = request.get("Idempotency-Key");
            lock.unlock(); // the body is read without holding the store
            if (auto refused = readBody(request, patch.body))
                return *refused;
            lock.lock();
            return patchFile(m_context.db, who, patch, m_context.clock.nowMs());
        }
        if (path == "/api/v1/files" && method == "GET")
            return listFiles(m_context.db, who, query);
        if (path == "/api/v1/files" && method == "POST") {
            CreateRequest create{path, std::nullopt, {}};
            if (request.has("Idempotency-Key"))
                create.idempotency = request.get("Idempotency-Key");
            lock.unlock(); // the body is read without holding the store
            if (auto refused = readBody(request, create.body))
                return *refused;
            lock.lock();
            return createFile(m_context.db, who, create, m_context.clock.nowMs());
        }
        if (path.rfind(filesPrefix, 0) == 0 && (method == "GET" || method == "DELETE")) {
            const std::string idText = path.substr(filesPrefix.size());
            Id id = 0;
            const auto [end, ec] = std::from_chars(idText.data(), idText.data() + idText.size(), id);
            if (idText.empty() || ec != std::errc() || end != idText.data() + idText.size() || id <= 0)
                return errorResponse(404, "not_found", "no such resource: " + method + " " + path);
            if (method == "GET")
                return getFile(m_context.db, who, id);
            DeleteRequest del{id, path, std::nullopt, std::nullopt};
            if (request.has("If-Match"))
                del.ifMatch = request.get("If-Match");
            if (request.has("Idempotency-Key"))
                del.idempotency = request.get("Idempotency-Key");
            return deleteFile(m_context.db, who, del, m_context.clock.nowMs());
        }
        return errorResponse(404, "not_found", "no such resource: " + method + " " + path);
    }

    // Document files by hash and attachments (docs/sync-api.md, "Documents"); nothing for other paths.
    std::optional<ApiResponse> documentRoute(Poco::Net::HTTPServerRequest& request, const Caller& who,
                                             const std::string& path, std::unique_lock<std::mutex>& lock)
    {
        const std::string& method = request.getMethod();
        if (auto hash = blobHashOf(path)) {
            std::string bytes;
            if (method == "PUT") {
                lock.unlock(); // the body is read without holding the store
                if (auto refused = readBlobBody(request, bytes))
                    return *refused;
                lock.lock();
            }
            return blobRequest(m_context.db, who, m_context.blobDir, method, *hash, bytes);
        }
        AttachRequest attach{0, 0, path, std::nullopt, std::nullopt, {}};
        if (!parseAttachmentPath(path, attach.fileId, attach.documentId))
            return std::nullopt;
        if (method != "POST")
            return errorResponse(405, "method_not_allowed", "use POST");
        if (request.has("If-Match"))
            attach.ifMatch = request.get("If-Match");
        if (request.has("Idempotency-Key"))
            attach.idempotency = request.get("Idempotency-Key");
        lock.unlock();
        if (auto refused = readBody(request, attach.body))
            return *refused;
        lock.lock();
        return attachToDocument(m_context.db, who, m_context.blobDir, attach, m_context.clock.nowMs());
    }

    // The resources devices call: a device token for a device id and the shared secret, and ingest
    // with that token (docs/server.md, "Telemetry"). Nothing for any other request.
    std::optional<ApiResponse> deviceRoute(Poco::Net::HTTPServerRequest& request)
    {
        const std::string path = request.getURI().substr(0, request.getURI().find('?'));
        const bool ingest = path == "/api/v1/telemetry/ingest" || path == "/api/v1/telemetry";
        if (path != "/api/v1/devices/token" && !(ingest && request.getMethod() != "GET"))
            return std::nullopt;
        if (request.getMethod() != "POST") {
            discardBody(request);
            return errorResponse(405, "method_not_allowed", "use POST");
        }
        const TimestampMs now = m_context.clock.nowMs();
        std::string body;
        if (!ingest) {
            if (auto refused = readBody(request, body))
                return *refused;
            TelemetryService* telemetry = m_context.telemetry;
            const DeviceLookup lookup = [telemetry](const std::string& device) {
                return telemetry ? telemetry->findDevice(device) : std::nullopt;
            };
            return issueDeviceToken(body, telemetry ? m_context.deviceSecret : std::string(), lookup,
                                    m_context.tokens, now);
        }
        auto device = authenticateDevice(request.get("Authorization", ""), m_context.tokens, now);
        if (auto* refused = std::get_if<ApiResponse>(&device)) {
            if (request.hasContentLength() && request.getContentLength64() <= kMaxIngestBodyBytes)
                discardBody(request, kMaxIngestBodyBytes);
            return *refused;
        }
        if (auto refused = readBody(request, body, kMaxIngestBodyBytes))
            return *refused;
        if (!m_context.telemetry)
            return errorResponse(404, "not_found", "this server keeps no telemetry");
        return ingestTelemetry(body, std::get<std::string>(device), *m_context.telemetry, now);
    }

    // Reads a JSON body of at most `limit` bytes; refuses a missing length or a bigger one unread.
    static std::optional<ApiResponse> readBody(Poco::Net::HTTPServerRequest& request, std::string& body,
                                               std::streamsize limit = kMaxJsonBodyBytes)
    {
        if (!request.hasContentLength()) {
            discardBody(request);
            return errorResponse(411, "length_required", "the body needs a Content-Length");
        }
        if (request.getContentLength64() > limit)
            return errorResponse(413, "body_too_large",
                                 "the body is larger than " + std::to_string(limit) + " bytes");
        if (request.getContentType().rfind("application/json", 0) != 0) {
            discardBody(request);
            return errorResponse(415, "unsupported_media_type", "the body must be application/json");
        }
        Poco::StreamCopier::copyToString(request.stream(), body); // the stream ends at Content-Length
        return std::nullopt;
    }

    // Reads and drops a refused body of acceptable size, so closing the connection does not reset it
    // before the client has read the answer.
    static void discardBody(Poco::Net::HTTPServerRequest& request, std::streamsize limit = kMaxJsonBodyBytes)
    {
        char buffer[8192];
        std::streamsize total = 0;
        while (total < limit && request.stream().read(buffer, sizeof buffer).gcount() > 0)
            total += request.stream().gcount();
    }

    ApiContext& m_context;
};

} // namespace

Poco::Net::HTTPRequestHandler*
ApiHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest& request)
{
    // The server takes ownership.
    if (isLiveTelemetryRequest(request))
        return makeLiveTelemetryHandler(m_context);
    return new ApiHandler(m_context);
}

} // namespace saggar::server
