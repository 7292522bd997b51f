// saggar-sim's way to the bank server (live --server URL --device-secret S): each device's readings
// are queued and a sender thread posts them to POST /api/v1/telemetry/ingest, at most kMaxBatch a
// request, with the device's own token (POST /api/v1/devices/token). A post that fails for the network
// or a 5xx / 429 goes back to the queue and is retried with exponential backoff (0.25 s doubling to
// 8 s), so nothing is lost while the process lives; a request the server refuses for good (another 4xx)
// is dropped and counted. See docs/server.md, "Telemetry".
#pragma once

#include "arguments.h"

#include "core/telemetry_sample.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <iosfwd>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <thread>

namespace Poco::Net {
class HTTPClientSession;
}

namespace saggar::simtool {

// The ingest body of one device's readings: {"device":…,"readings":[{"seq","channel","t","v"},…]}.
std::string ingestBody(std::string_view device, std::span<const Sample> samples);

struct SinkStats
{
    std::int64_t posted = 0;     // readings the server answered for
    std::int64_t accepted = 0;   // stored by the server
    std::int64_t duplicates = 0; // already stored there
    RejectCounts rejected;       // refused reading by reading
    std::int64_t requests = 0;   // answered ingest requests
    std::int64_t retries = 0;    // failed attempts that were queued again
    std::int64_t dropped = 0;    // readings of requests the server refused as a whole
    std::int64_t waiting = 0;    // readings queued and not yet answered
    std::string lastError;       // the latest failure, for the progress line
};

class ServerSink
{
public:
    static constexpr std::size_t kMaxBatch = 5'000;

    // `url` is http://HOST:PORT; nothing when it is not (the reason in `error`).
    static std::unique_ptr<ServerSink> create(const std::string& url, std::string deviceSecret,
                                              std::string& error);
    ~ServerSink(); // stops the sender; what is still queued is lost

    // Queues readings of `device` (thread-safe; returns at once).
    void enqueue(const std::string& device, std::span<const Sample> samples);
    // Waits until every queued reading was answered or `timeout` passed; true when none is waiting.
    bool drain(std::chrono::milliseconds timeout);
    SinkStats stats() const;

private:
    ServerSink(std::string host, unsigned short port, std::string secret);
    void run();
    enum class Outcome { Done, Retry, Dropped };
    Outcome post(const std::string& device, std::span<const Sample> samples);
    Outcome fetchToken(const std::string& device, std::string& token);
    // One request on the kept-alive session; the status, or 0 for a network failure.
    int exchange(const std::string& path, const std::string& body, const std::string& token,
                 std::string& answer);
    void fail(const std::string& message);

    std::string m_host;
    unsigned short m_port = 0;
    std::string m_secret;
    std::unique_ptr<Poco::Net::HTTPClientSession> m_session; // the sender thread's
    std::map<std::string, std::string> m_tokens;             // the sender thread's: device → token

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<std::string, std::deque<Sample>> m_pending; // by device
    std::string m_next;                                  // the device to serve next (round robin)
    std::int64_t m_inFlight = 0;
    SinkStats m_stats;
    bool m_quit = false;
    std::thread m_thread;
};

// saggar-sim live --server URL --device-secret S: the live loop of sim_commands.cpp, posting every
// tick's readings to the server instead of writing telemetry.db. Counters continue from
// <workspace>/telemetry.db when it exists (read only). Exit 0 when everything was delivered, 1 when
// readings were refused or could not be delivered, 2 for usage errors.
int liveToServer(const ctl::Arguments& args, std::ostream& out, std::ostream& err,
                 const std::atomic<bool>* stop);

} // namespace saggar::simtool
