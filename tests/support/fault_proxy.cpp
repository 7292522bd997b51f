#include "fault_proxy.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Timespan.h>

#include <algorithm>
#include <array>
#include <deque>

namespace saggar::test {
namespace {

using Clock = std::chrono::steady_clock;
using Poco::Net::Socket;
using Poco::Net::StreamSocket;

constexpr auto kTick = std::chrono::milliseconds(20);

void reset(StreamSocket& s)
{
    try {
        s.setLinger(true, 0); // close with RST, as a dropped link looks to the peer
        s.close();
    } catch (const Poco::Exception&) {
    }
}

// Bytes travelling one way: read from one socket, held for the latency, sent at the allowed rate.
class Direction
{
public:
    Direction(std::chrono::milliseconds latency, std::size_t bytesPerSecond)
        : m_latency(latency), m_rate(bytesPerSecond)
    {}

    void push(std::string bytes) { m_pending.push_back({Clock::now() + m_latency, std::move(bytes)}); }
    bool empty() const { return m_pending.empty(); }

    // Sends what is due; returns the bytes sent. Throws on a broken socket.
    std::size_t flush(StreamSocket& to)
    {
        std::size_t sent = 0;
        const auto now = Clock::now();
        while (!m_pending.empty() && m_pending.front().due <= now && m_nextSend <= now) {
            std::string& chunk = m_pending.front().bytes;
            std::size_t n = chunk.size();
            if (m_rate > 0) // one tick's worth at a time
                n = std::min(
                    n, std::max<std::size_t>(1, m_rate * static_cast<std::size_t>(kTick.count()) / 1000));
            const int written = to.sendBytes(chunk.data(), static_cast<int>(n));
            if (written <= 0)
                break;
            sent += static_cast<std::size_t>(written);
            chunk.erase(0, static_cast<std::size_t>(written));
            if (chunk.empty())
                m_pending.pop_front();
            if (m_rate > 0)
                m_nextSend = now + std::chrono::microseconds(static_cast<long long>(written) * 1'000'000 /
                                                             static_cast<long long>(m_rate));
        }
        return sent;
    }

    // How long until something may be sent, capped at a tick.
    std::chrono::milliseconds wait() const
    {
        if (m_pending.empty())
            return kTick;
        const auto due = std::max(m_pending.front().due, m_nextSend);
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(due - Clock::now());
        return std::clamp(left, std::chrono::milliseconds(1), std::chrono::milliseconds(kTick));
    }

private:
    struct Chunk
    {
        Clock::time_point due;
        std::string bytes;
    };
    std::chrono::milliseconds m_latency;
    std::size_t m_rate;
    std::deque<Chunk> m_pending;
    Clock::time_point m_nextSend = Clock::now();
};

// Reads what is there; an empty result with `closed` set means the peer closed or reset.
std::string readSome(StreamSocket& s, bool& closed)
{
    std::array<char, 16 * 1024> buf{};
    try {
        const int n = s.receiveBytes(buf.data(), static_cast<int>(buf.size()));
        if (n <= 0) {
            closed = true;
            return {};
        }
        return std::string(buf.data(), static_cast<std::size_t>(n));
    } catch (const Poco::Exception&) {
        closed = true;
        return {};
    }
}

} // namespace

FaultProxy::FaultProxy(std::string upstreamHost, std::uint16_t upstreamPort)
    : m_upstreamHost(std::move(upstreamHost)), m_upstreamPort(upstreamPort),
      m_server(Poco::Net::SocketAddress("127.0.0.1", 0))
{
    m_port = m_server.address().port();
    m_acceptor = std::thread([this] { acceptLoop(); });
}

FaultProxy::~FaultProxy()
{
    m_stopping = true;
    m_acceptor.join();
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(m_mutex);
        threads.swap(m_connections);
    }
    for (std::thread& t : threads)
        t.join();
    m_server.close();
}

void FaultProxy::setFaults(const ProxyFaults& faults)
{
    std::lock_guard lock(m_mutex);
    m_faults = faults;
}

ProxyFaults FaultProxy::faults() const
{
    std::lock_guard lock(m_mutex);
    return m_faults;
}

void FaultProxy::acceptLoop()
{
    while (!m_stopping) {
        try {
            if (!m_server.poll(Poco::Timespan(kTick.count() * 1000), Socket::SELECT_READ))
                continue;
            StreamSocket client = m_server.acceptConnection();
            ++m_accepted;
            const ProxyFaults f = faults();
            std::lock_guard lock(m_mutex);
            m_connections.emplace_back([this, client, f] { serve(client, f); });
        } catch (const Poco::Exception&) {
            // a client that went away while being accepted: nothing to forward
        }
    }
}

void FaultProxy::serve(StreamSocket client, ProxyFaults f)
{
    if (f.resetOnAccept) {
        reset(client);
        return;
    }
    StreamSocket upstream;
    try {
        upstream.connect(Poco::Net::SocketAddress(m_upstreamHost, m_upstreamPort), Poco::Timespan(2, 0));
    } catch (const Poco::Exception&) {
        reset(client); // as if the server were down
        return;
    }
    Direction toServer(f.latency, f.bytesPerSecond);
    Direction toClient(f.latency, f.bytesPerSecond);
    bool clientClosed = false;
    bool upstreamClosed = false;
    long long answered = 0; // bytes of the answer passed on (for truncation)
    bool cutShort = false;
    try {
        while (!m_stopping) {
            m_toServer += toServer.flush(upstream);
            m_toClient += toClient.flush(client);
            if ((upstreamClosed || cutShort) && toClient.empty())
                break; // the answer is over (or cut) and delivered
            if (clientClosed && toServer.empty() && upstreamClosed)
                break;

            Socket::SocketList readable;
            if (!clientClosed)
                readable.push_back(client);
            if (!upstreamClosed && !cutShort)
                readable.push_back(upstream);
            Socket::SocketList writable, failed;
            const auto wait = std::min(toServer.wait(), toClient.wait());
            if (readable.empty()) {
                std::this_thread::sleep_for(wait);
                continue;
            }
            if (Socket::select(readable, writable, failed, Poco::Timespan(wait.count() * 1000)) == 0)
                continue;
            for (Socket& s : readable) {
                if (s == client) {
                    std::string bytes = readSome(client, clientClosed);
                    if (!bytes.empty())
                        toServer.push(std::move(bytes));
                } else {
                    std::string bytes = readSome(upstream, upstreamClosed);
                    if (bytes.empty())
                        continue;
                    if (f.dropResponse) { // the server has answered: the client never hears it
                        reset(client);
                        upstream.close();
                        return;
                    }
                    if (f.truncateResponseAt >= 0 &&
                        answered + static_cast<long long>(bytes.size()) >= f.truncateResponseAt) {
                        bytes.resize(static_cast<std::size_t>(f.truncateResponseAt - answered));
                        cutShort = true;
                    }
                    answered += static_cast<long long>(bytes.size());
                    if (!bytes.empty())
                        toClient.push(std::move(bytes));
                }
            }
        }
    } catch (const Poco::Exception&) {
        // one side broke the connection: close the other
    }
    if (cutShort)
        reset(client);
    else
        client.close();
    upstream.close();
}

} // namespace saggar::test
