// The fault proxy does to real HTTP traffic what the sync tests need: it passes it unchanged, delays
// it, throttles it, resets connections, swallows an answer the server did give, and cuts one short.
#include "fault_proxy.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <sstream>

using namespace saggar::test;
using Poco::Net::HTTPRequest;
using Poco::Net::HTTPResponse;

namespace {

// Answers /bytes?n=N with N bytes of 'x' and counts the requests it handled.
class Handler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit Handler(std::atomic<int>& handled) : m_handled(handled) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override
    {
        std::string ignored;
        Poco::StreamCopier::copyToString(request.stream(), ignored);
        std::size_t n = 0;
        for (const auto& [name, value] : Poco::URI(request.getURI()).getQueryParameters())
            if (name == "n")
                n = std::stoul(value);
        ++m_handled;
        response.setContentLength(static_cast<std::streamsize>(n));
        response.send() << std::string(n, 'x');
    }

private:
    std::atomic<int>& m_handled;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(std::atomic<int>& handled) : m_handled(handled) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new Handler(m_handled);
    }

private:
    std::atomic<int>& m_handled;
};

struct Upstream
{
    std::atomic<int> handled{0};
    Poco::Net::ServerSocket socket{Poco::Net::SocketAddress("127.0.0.1", 0)};
    Poco::Net::HTTPServer server{new Factory(handled), socket, new Poco::Net::HTTPServerParams};
    Upstream() { server.start(); }
    ~Upstream() { server.stopAll(true); }
    std::uint16_t port() const { return socket.address().port(); }
};

struct Reply
{
    int status = 0;
    std::size_t bodyBytes = 0;
    std::string error; // set when the exchange failed
    long long ms = 0;
};

Reply fetch(std::uint16_t port, std::size_t n, const std::string& method = HTTPRequest::HTTP_GET)
{
    Reply reply;
    const auto start = std::chrono::steady_clock::now();
    try {
        Poco::Net::HTTPClientSession session("127.0.0.1", port);
        session.setTimeout(Poco::Timespan(5, 0));
        HTTPRequest request(method, "/bytes?n=" + std::to_string(n), HTTPRequest::HTTP_1_1);
        const std::string body = method == HTTPRequest::HTTP_POST ? "{\"edit\":1}" : "";
        request.setContentLength(static_cast<std::streamsize>(body.size()));
        session.sendRequest(request) << body;
        HTTPResponse response;
        std::istream& in = session.receiveResponse(response);
        reply.status = static_cast<int>(response.getStatus());
        std::string received;
        Poco::StreamCopier::copyToString(in, received);
        reply.bodyBytes = received.size();
    } catch (const Poco::Exception& e) {
        reply.error = e.displayText();
    }
    reply.ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
                   .count();
    return reply;
}

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private slots:
    void passesTrafficUnchanged()
    {
        Upstream up;
        FaultProxy proxy("127.0.0.1", up.port());
        const Reply r = fetch(proxy.port(), 100'000);
        QVERIFY2(r.error.empty(), r.error.c_str());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.bodyBytes, std::size_t(100'000));
        QCOMPARE(up.handled.load(), 1);
        QCOMPARE(proxy.connectionsAccepted(), 1);
    }

    void delaysEachDirection()
    {
        Upstream up;
        FaultProxy proxy("127.0.0.1", up.port());
        proxy.setFaults({std::chrono::milliseconds(150), 0, false, false, -1});
        const Reply r = fetch(proxy.port(), 10);
        QVERIFY2(r.error.empty(), r.error.c_str());
        QCOMPARE(r.bodyBytes, std::size_t(10));
        QVERIFY2(r.ms >= 300, std::to_string(r.ms).c_str()); // there and back
    }

    void throttlesBandwidth()
    {
        Upstream up;
        FaultProxy proxy("127.0.0.1", up.port());
        proxy.setFaults({std::chrono::milliseconds(0), 40'000, false, false, -1});
        const Reply r = fetch(proxy.port(), 20'000);
        QVERIFY2(r.error.empty(), r.error.c_str());
        QCOMPARE(r.bodyBytes, std::size_t(20'000));
        QVERIFY2(r.ms >= 400, std::to_string(r.ms).c_str()); // 20 kB at 40 kB/s
    }

    void resetsBeforeTheServerHearsAnything()
    {
        Upstream up;
        FaultProxy proxy("127.0.0.1", up.port());
        proxy.setFaults({std::chrono::milliseconds(0), 0, true, false, -1});
        const Reply r = fetch(proxy.port(), 10, HTTPRequest::HTTP_POST);
        QVERIFY(!r.error.empty());
        QCOMPARE(up.handled.load(), 0);
    }

    void swallowsAnAnswerTheServerGave()
    {
        Upstream up;
        FaultProxy proxy("127.0.0.1", up.port());
        proxy.setFaults({std::chrono::milliseconds(0), 0, false, true, -1});
        const Reply r = fetch(proxy.port(), 10, HTTPRequest::HTTP_POST);
        QVERIFY(!r.error.empty());
        QCOMPARE(r.status, 0);
        QCOMPARE(up.handled.load(), 1); // the edit reached the server all the same
    }

    void cutsAnAnswerShort()
    {
        Upstream up;
        FaultProxy proxy("127.0.0.1", up.port());
        proxy.setFaults({std::chrono::milliseconds(0), 0, false, false, 120});
        const Reply r = fetch(proxy.port(), 5'000);
        QCOMPARE(up.handled.load(), 1);
        // The headers fit in 120 bytes or not; either way the client never gets the whole body.
        QVERIFY(r.bodyBytes < 5'000);
        QVERIFY(proxy.bytesToClient() <= 120);
    }

    void faultsApplyToNewConnections()
    {
        Upstream up;
        FaultProxy proxy("127.0.0.1", up.port());
        proxy.setFaults({std::chrono::milliseconds(0), 0, true, false, -1});
        QVERIFY(!fetch(proxy.port(), 10).error.empty());
        proxy.setFaults({});
        const Reply r = fetch(proxy.port(), 10);
        QVERIFY2(r.error.empty(), r.error.c_str());
        QCOMPARE(up.handled.load(), 1);
        QCOMPARE(proxy.connectionsAccepted(), 2);
    }
};

QTEST_APPLESS_MAIN(TestFaultProxy)
#include "tst_fault_proxy.moc"
