#include "http_transport.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Timespan.h>

#include <chrono>
#include <istream>
#include <ostream>

namespace saggar {

HttpTransport::HttpTransport(HttpTransportOptions options) : m_options(std::move(options)) {}

HttpTransport::~HttpTransport() = default;

Result<SyncReply> HttpTransport::exchange(const SyncRequest& request)
{
    const std::string where = m_options.host + ":" + std::to_string(m_options.port);
    try {
        if (!m_session) {
            m_session = std::make_unique<Poco::Net::HTTPClientSession>(m_options.host, m_options.port);
            m_session->setTimeout(
                Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(m_options.timeoutMs) * 1000));
            m_session->setKeepAlive(true);
        }
        Poco::Net::HTTPRequest req(request.method, request.path, Poco::Net::HTTPMessage::HTTP_1_1);
        const std::string& token = request.bearerToken.empty() ? m_options.bearerToken : request.bearerToken;
        if (!token.empty())
            req.set("Authorization", "Bearer " + token);
        if (!request.idempotencyKey.empty())
            req.set("Idempotency-Key", request.idempotencyKey);
        if (request.ifMatch) {
            std::string etag(1, '"');
            etag.append(std::to_string(*request.ifMatch)).push_back('"');
            req.set("If-Match", etag);
        }
        if (!request.body.empty() || request.method != "GET") {
            req.setContentType("application/json");
            req.setContentLength(static_cast<std::streamsize>(request.body.size()));
        }
        std::ostream& out = m_session->sendRequest(req);
        out << request.body;
        Poco::Net::HTTPResponse resp;
        std::istream& in = m_session->receiveResponse(resp);
        SyncReply reply;
        reply.status = static_cast<int>(resp.getStatus());
        reply.retryAfter = resp.get("Retry-After", "");
        const std::streamsize expected = resp.getContentLength();
        if (expected > static_cast<std::streamsize>(m_options.maxBodyBytes))
            throw Poco::DataFormatException("the answer is larger than " +
                                            std::to_string(m_options.maxBodyBytes) + " bytes");
        // The receive timeout is per read; a server that trickles bytes is cut off by a whole-answer
        // deadline.
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(m_options.timeoutMs);
        char buf[512];
        while (in.read(buf, sizeof buf) || in.gcount() > 0) {
            if (std::chrono::steady_clock::now() > deadline)
                throw Poco::TimeoutException("the answer took longer than " +
                                             std::to_string(m_options.timeoutMs) + " ms to arrive");
            reply.body.append(buf, static_cast<std::size_t>(in.gcount()));
            if (reply.body.size() > m_options.maxBodyBytes)
                throw Poco::DataFormatException("the answer is larger than " +
                                                std::to_string(m_options.maxBodyBytes) + " bytes");
        }
        if (expected != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
            static_cast<std::streamsize>(reply.body.size()) != expected)
            throw Poco::DataFormatException("the answer was cut off after " +
                                            std::to_string(reply.body.size()) + " of " +
                                            std::to_string(expected) + " bytes");
        return reply;
    } catch (const Poco::Exception& e) {
        m_session.reset(); // a fresh connection next time
        return makeError("No usable answer from the server at " + where + ": " + e.displayText());
    } catch (const std::exception& e) {
        m_session.reset();
        return makeError("No usable answer from the server at " + where + ": " + e.what());
    }
}

} // namespace saggar
