#include "server_sink.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <charconv>

namespace saggar::simtool {

namespace {

constexpr auto kFirstBackoff = std::chrono::milliseconds(250);
constexpr auto kLastBackoff = std::chrono::milliseconds(8000);

template <typename T> void appendNumber(std::string& out, T v)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, ec == std::errc() ? end : buffer);
}

std::string jsonText(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) >= 0x20)
            out += c;
    }
    return out + '"';
}

} // namespace

std::string ingestBody(std::string_view device, std::span<const Sample> samples)
{
    std::string out = "{\"device\":" + jsonText(device) + ",\"readings\":[";
    out.reserve(out.size() + samples.size() * 72);
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const Sample& s = samples[i];
        out += i ? ",{\"seq\":" : "{\"seq\":";
        appendNumber(out, s.deviceSeq);
        out += ",\"channel\":\"";
        out += key(s.series.channel);
        out += "\",\"t\":";
        appendNumber(out, s.tMs);
        out += ",\"v\":";
        appendNumber(out, s.value);
        out += '}';
    }
    return out + "]}";
}

std::unique_ptr<ServerSink> ServerSink::create(const std::string& url, std::string deviceSecret,
                                               std::string& error)
{
    try {
        const Poco::URI uri(url);
        if (uri.getScheme() != "http" || uri.getHost().empty() ||
            (uri.getPath() != "" && uri.getPath() != "/")) {
            error = "--server takes http://HOST:PORT, not '" + url + "'";
            return nullptr;
        }
        return std::unique_ptr<ServerSink>(
            new ServerSink(uri.getHost(), uri.getPort(), std::move(deviceSecret)));
    } catch (const Poco::Exception&) {
        error = "--server takes http://HOST:PORT, not '" + url + "'";
        return nullptr;
    }
}

ServerSink::ServerSink(std::string host, unsigned short port, std::string secret)
    : m_host(std::move(host)), m_port(port), m_secret(std::move(secret))
{
    m_thread = std::thread([this] { run(); });
}

ServerSink::~ServerSink()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ServerSink::enqueue(const std::string& device, std::span<const Sample> samples)
{
    if (samples.empty())
        return;
    {
        std::lock_guard lock(m_mutex);
        auto& queue = m_pending[device];
        queue.insert(queue.end(), samples.begin(), samples.end());
        m_stats.waiting += static_cast<std::int64_t>(samples.size());
    }
    m_wake.notify_all();
}

bool ServerSink::drain(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_wake.wait_for(lock, timeout, [this] { return m_stats.waiting == 0; });
}

SinkStats ServerSink::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void ServerSink::fail(const std::string& message)
{
    std::lock_guard lock(m_mutex);
    m_stats.lastError = message;
}

void ServerSink::run()
{
    auto backoff = kFirstBackoff;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_quit || !m_pending.empty(); });
        if (m_quit)
            return;
        // Round robin over the devices with readings waiting: the first one after the last served.
        auto it = m_pending.upper_bound(m_next);
        if (it == m_pending.end())
            it = m_pending.begin();
        const std::string device = it->first;
        m_next = device;
        auto& queue = it->second;
        const std::size_t n = std::min(queue.size(), kMaxBatch);
        std::vector<Sample> batch(queue.begin(), queue.begin() + static_cast<std::ptrdiff_t>(n));
        queue.erase(queue.begin(), queue.begin() + static_cast<std::ptrdiff_t>(n));
        if (queue.empty())
            m_pending.erase(it);
        lock.unlock();
        const Outcome outcome = post(device, batch);
        lock.lock();
        if (outcome == Outcome::Retry) {
            // Back to the front of the device's queue, in order, and wait before the next attempt.
            auto& again = m_pending[device];
            again.insert(again.begin(), batch.begin(), batch.end());
            ++m_stats.retries;
            m_wake.wait_for(lock, backoff, [this] { return m_quit; });
            backoff = std::min(backoff * 2, kLastBackoff);
            continue;
        }
        backoff = kFirstBackoff;
        m_stats.waiting -= static_cast<std::int64_t>(batch.size());
        if (outcome == Outcome::Dropped)
            m_stats.dropped += static_cast<std::int64_t>(batch.size());
        m_wake.notify_all(); // drain() may be waiting
    }
}

int ServerSink::exchange(const std::string& path, const std::string& body, const std::string& token,
                         std::string& answer)
{
    try {
        if (!m_session) {
            m_session = std::make_unique<Poco::Net::HTTPClientSession>(m_host, m_port);
            m_session->setKeepAlive(true);
            m_session->setTimeout(Poco::Timespan(30, 0));
        }
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, path,
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        request.setContentType("application/json");
        request.setContentLength(static_cast<std::streamsize>(body.size()));
        if (!token.empty())
            request.set("Authorization", "Bearer " + token);
        m_session->sendRequest(request) << body;
        Poco::Net::HTTPResponse response;
        answer.clear();
        Poco::StreamCopier::copyToString(m_session->receiveResponse(response), answer);
        return static_cast<int>(response.getStatus());
    } catch (const Poco::Exception& e) {
        m_session.reset(); // a fresh connection next time
        fail("cannot reach " + m_host + ":" + std::to_string(m_port) + ": " + e.displayText());
        return 0;
    } catch (const std::exception& e) {
        m_session.reset();
        fail(std::string("cannot reach the server: ") + e.what());
        return 0;
    }
}

ServerSink::Outcome ServerSink::fetchToken(const std::string& device, std::string& token)
{
    std::string answer;
    const int status =
        exchange("/api/v1/devices/token",
                 "{\"device\":" + jsonText(device) + ",\"secret\":" + jsonText(m_secret) + "}", {}, answer);
    if (status == 200) {
        try {
            token =
                Poco::JSON::Parser().parse(answer).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>(
                    "token");
            m_tokens[device] = token;
            return Outcome::Done;
        } catch (const Poco::Exception&) {
            fail("the server's device token answer is not understood");
            return Outcome::Retry;
        }
    }
    if (status == 0 || status >= 500 || status == 429)
        return Outcome::Retry;
    fail("device " + device + " gets no token (HTTP " + std::to_string(status) + "): " + answer);
    return Outcome::Dropped;
}

ServerSink::Outcome ServerSink::post(const std::string& device, std::span<const Sample> samples)
{
    const std::string body = ingestBody(device, samples);
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::string token = m_tokens[device];
        if (token.empty()) {
            if (const Outcome got = fetchToken(device, token); got != Outcome::Done)
                return got;
        }
        std::string answer;
        const int status = exchange("/api/v1/telemetry/ingest", body, token, answer);
        if (status == 401) { // expired or no longer valid: a new token, once
            m_tokens.erase(device);
            continue;
        }
        if (status == 0 || status >= 500 || status == 429)
            return Outcome::Retry;
        if (status != 200) {
            fail("the server refused " + std::to_string(samples.size()) + " readings of " + device +
                 " (HTTP " + std::to_string(status) + "): " + answer);
            return Outcome::Dropped;
        }
        try {
            const auto json = Poco::JSON::Parser().parse(answer).extract<Poco::JSON::Object::Ptr>();
            std::lock_guard lock(m_mutex);
            ++m_stats.requests;
            m_stats.posted += static_cast<std::int64_t>(samples.size());
            m_stats.accepted += json->getValue<std::int64_t>("accepted");
            m_stats.duplicates += json->getValue<std::int64_t>("duplicates");
            for (const auto& [name, n] : *json->getObject("rejected"))
                if (const auto reason = fromKey<RejectReason>(name))
                    m_stats.rejected.add(*reason, n.convert<std::int64_t>());
        } catch (const Poco::Exception&) {
            fail("the server's ingest answer is not understood");
        }
        return Outcome::Done;
    }
    fail("device " + device + "'s new token was refused too");
    return Outcome::Dropped;
}

} // namespace saggar::simtool
