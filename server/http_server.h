// The API's HTTP server with a thread pool sized for many keep-alive clients. Poco serves a connection
// on one pool thread for as long as it stays open, so with Poco's default pool (16 threads) the
// seventeenth workstation, device or live stream would wait until another one hung up.
#pragma once

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

#include <memory>

namespace saggar::server {

struct ApiContext;

struct HttpServerTuning
{
    int maxConnections = 256;     // connections served at once (pool threads)
    int maxQueued = 512;          // accepted connections waiting for a thread
    int keepAliveSeconds = 15;    // an idle keep-alive connection is closed after this
    int maxKeepAliveRequests = 0; // 0: no limit
};

class ApiHttpServer
{
public:
    ApiHttpServer(ApiContext& context, const Poco::Net::ServerSocket& socket,
                  const HttpServerTuning& tuning = {});
    ~ApiHttpServer();
    ApiHttpServer(const ApiHttpServer&) = delete;
    ApiHttpServer& operator=(const ApiHttpServer&) = delete;

    void start();
    void stop(); // closes every connection and waits for the handlers

private:
    Poco::ThreadPool m_pool; // declared first: destroyed after the server
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    bool m_running = false;
};

} // namespace saggar::server
