// SyncTransport over Poco's HTTPClientSession (plain HTTP; loopback tests and a bank network behind
// TLS termination). Each exchange has a timeout and a body limit; a short body is an error.
#pragma once

#include "sync_transport.h"

#include <cstdint>
#include <memory>
#include <string>

namespace Poco::Net {
class HTTPClientSession;
}

namespace saggar {

struct HttpTransportOptions
{
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;
    std::string bearerToken;
    int timeoutMs = 15000;
    std::size_t maxBodyBytes = 64u << 20; // the largest document content the server keeps
};

class HttpTransport : public SyncTransport
{
public:
    explicit HttpTransport(HttpTransportOptions options);
    ~HttpTransport() override;
    void setBearerToken(std::string token) { m_options.bearerToken = std::move(token); }
    Result<SyncReply> exchange(const SyncRequest& request) override;

private:
    HttpTransportOptions m_options;
    std::unique_ptr<Poco::Net::HTTPClientSession> m_session;
};

} // namespace saggar
