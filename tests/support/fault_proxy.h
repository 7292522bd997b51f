// A TCP proxy on loopback for sync tests: it sits between a client and a real server and can delay
// bytes, cut bandwidth, reset connections, swallow a response after the request reached the server,
// or cut a response short. Plain C++ with Poco Net; faults apply to connections accepted after they
// are set.
#pragma once

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace saggar::test {

struct ProxyFaults
{
    std::chrono::milliseconds latency{0}; // each chunk is held this long, in each direction
    std::size_t bytesPerSecond = 0;       // per direction; 0: unlimited
    bool resetOnAccept = false;           // the client's connection is reset before anything is read
    // The request reaches the server, which answers; the answer is thrown away and the client's
    // connection reset as soon as its first bytes arrive.
    bool dropResponse = false;
    // The client gets only the first N bytes of the answer, then both connections close. Negative: off.
    long long truncateResponseAt = -1;
};

class FaultProxy
{
public:
    // Listens on 127.0.0.1 at a free port and forwards to upstreamHost:upstreamPort.
    FaultProxy(std::string upstreamHost, std::uint16_t upstreamPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    std::uint16_t port() const { return m_port; }
    void setFaults(const ProxyFaults& faults);
    ProxyFaults faults() const;

    int connectionsAccepted() const { return m_accepted.load(); }
    // Bytes that reached the server and that the client received, over all connections.
    std::size_t bytesToServer() const { return m_toServer.load(); }
    std::size_t bytesToClient() const { return m_toClient.load(); }

private:
    void acceptLoop();
    void serve(Poco::Net::StreamSocket client, ProxyFaults faults);

    std::string m_upstreamHost;
    std::uint16_t m_upstreamPort;
    Poco::Net::ServerSocket m_server;
    std::uint16_t m_port = 0;
    mutable std::mutex m_mutex;
    ProxyFaults m_faults;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_accepted{0};
    std::atomic<std::size_t> m_toServer{0};
    std::atomic<std::size_t> m_toClient{0};
    std::vector<std::thread> m_connections;
    std::thread m_acceptor;
};

} // namespace saggar::test
