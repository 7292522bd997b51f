// HttpTransport over loopback: a small Poco HTTP server answering like the API, reached directly and
// through the fault proxy. Headers sent (If-Match, Idempotency-Key, bearer), statuses and Retry-After
// passed through, and every broken answer (reset, lost, cut off, trickled, oversized) an error.
#include "fault_proxy.h"
#include "sync/http_transport.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/StreamCopier.h>

#include <QTest>

#include <mutex>

using namespace saggar;

namespace {

struct Seen
{
    std::mutex mutex;
    std::string ifMatch, key, auth, body, method;
};

class Handler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit Handler(Seen& seen) : m_seen(seen) {}
    void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp) override
    {
        std::string body;
        Poco::StreamCopier::copyToString(req.stream(), body);
        {
            std::lock_guard lock(m_seen.mutex);
            m_seen.ifMatch = req.get("If-Match", "");
            m_seen.key = req.get("Idempotency-Key", "");
            m_seen.auth = req.get("Authorization", "");
            m_seen.body = body;
            m_seen.method = req.getMethod();
        }
        std::string answer;
        if (req.getURI() == "/busy") {
            resp.setStatus(Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE);
            resp.set("Retry-After", "7");
            answer = R"({"error":{"code":"unavailable","message":"busy"}})";
        } else if (req.getURI() == "/big") {
            answer = std::string(4096, 'x');
        } else {
            answer = "{\"version\":2,\"file\":{\"purpose\":\"" + std::string(2000, 'p') + "\"}}";
        }
        resp.setContentType("application/json");
        resp.setContentLength(static_cast<std::streamsize>(answer.size()));
        resp.send() << answer;
    }

private:
    Seen& m_seen;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(Seen& seen) : m_seen(seen) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new Handler(m_seen);
    }

private:
    Seen& m_seen;
};

} // namespace

class TestHttpTransport : public QObject
{
    Q_OBJECT

    Seen m_seen;
    std::unique_ptr<Poco::Net::ServerSocket> m_socket;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    std::unique_ptr<test::FaultProxy> m_proxy;

    HttpTransport through(std::uint16_t port, int timeoutMs = 5000)
    {
        HttpTransportOptions o;
        o.port = port;
        o.bearerToken = "t0ken";
        o.timeoutMs = timeoutMs;
        o.maxBodyBytes = 3000;
        return HttpTransport(o);
    }
    SyncRequest patch() { return {"PATCH", "/api/v1/files/17", R"({"set":{"purpose":"x"}})", "k-1", 7}; }

private slots:
    void initTestCase()
    {
        m_socket = std::make_unique<Poco::Net::ServerSocket>(Poco::Net::SocketAddress("127.0.0.1", 0));
        m_server = std::make_unique<Poco::Net::HTTPServer>(new Factory(m_seen), *m_socket,
                                                           new Poco::Net::HTTPServerParams);
        m_server->start();
        m_proxy = std::make_unique<test::FaultProxy>("127.0.0.1", m_socket->address().port());
    }
    void cleanupTestCase()
    {
        m_proxy.reset();
        m_server->stopAll(true);
    }
    void init() { m_proxy->setFaults({}); }

    void sendsTheContractHeaders()
    {
        auto t = through(m_socket->address().port());
        auto r = t.exchange(patch());
        QVERIFY2(r.ok(), r ? "" : r.error().message.c_str());
        QCOMPARE(r->status, 200);
        QVERIFY(r->body.rfind("{\"version\":2", 0) == 0);
        std::lock_guard lock(m_seen.mutex);
        QCOMPARE(m_seen.method, std::string("PATCH"));
        QCOMPARE(m_seen.ifMatch, std::string("\"7\""));
        QCOMPARE(m_seen.key, std::string("k-1"));
        QCOMPARE(m_seen.auth, std::string("Bearer t0ken"));
        QCOMPARE(m_seen.body, patch().body);
    }

    void passesStatusAndRetryAfter()
    {
        auto t = through(m_proxy->port());
        auto r = t.exchange({"GET", "/busy", {}, {}, std::nullopt});
        QVERIFY(r.ok());
        QCOMPARE(r->status, 503);
        QCOMPARE(r->retryAfter, std::string("7"));
        // The connection is kept for the next exchange.
        QVERIFY(t.exchange(patch()).ok());
    }

    void brokenAnswersAreErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("reset on accept") << 0;
        QTest::newRow("answer lost after delivery") << 1;
        QTest::newRow("answer cut off") << 2;
        QTest::newRow("answer trickled") << 3;
    }

    void brokenAnswersAreErrors()
    {
        QFETCH(int, kind);
        test::ProxyFaults f;
        f.resetOnAccept = kind == 0;
        f.dropResponse = kind == 1;
        f.truncateResponseAt = kind == 2 ? 200 : -1;
        f.bytesPerSecond = kind == 3 ? 600 : 0;
        m_proxy->setFaults(f);
        auto t = through(m_proxy->port(), 1000);
        auto r = t.exchange(patch());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find("No usable answer from the server at 127.0.0.1:") == 0,
                 r.error().message.c_str());
        m_proxy->setFaults({});
        QVERIFY(t.exchange(patch()).ok()); // a fresh connection works again
    }

    void oversizedAnswerIsRefused()
    {
        auto t = through(m_socket->address().port());
        auto r = t.exchange({"GET", "/big", {}, {}, std::nullopt});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("larger than 3000 bytes") != std::string::npos);
    }

    void noServerIsAnError()
    {
        Poco::Net::ServerSocket closed(Poco::Net::SocketAddress("127.0.0.1", 0));
        const auto port = closed.address().port();
        closed.close();
        auto t = through(port, 500);
        auto r = t.exchange(patch());
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_http_transport.moc"
