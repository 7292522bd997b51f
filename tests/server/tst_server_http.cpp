// The API over real HTTP on loopback: an in-process Poco HTTPServer on port 0 over a fresh demo
// database, a Poco HTTPClientSession as the client. Sign-in works; hostile requests (oversized body,
// malformed JSON, wrong content type, no length, unknown path, wrong method) get their 4xx and the
// JSON error body, and the users in the database are unchanged afterwards.
#include "server/api_handler_factory.h"
#include "server/demo_seed.h"

#include "storage/sqlite_loan_file_store.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace saggar;
using namespace saggar::server;

namespace {

struct Answer
{
    int status = 0;
    std::string body;
};

std::string errorCode(const std::string& body)
{
    return Poco::JSON::Parser()
        .parse(body)
        .extract<Poco::JSON::Object::Ptr>()
        ->getObject("error")
        ->getValue<std::string>("code");
}

} // namespace

class TstServerHttp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SqliteLoanFileStore> m_store;
    std::unique_ptr<TokenService> m_tokens;
    SystemClock m_clock;
    std::unique_ptr<ApiContext> m_context;
    std::unique_ptr<Poco::Net::ServerSocket> m_socket;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;

    Answer request(const std::string& method, const std::string& path, const std::string& body,
                   const std::string& contentType = "application/json", bool withLength = true)
    {
        Poco::Net::HTTPClientSession session("127.0.0.1", m_socket->address().port());
        Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
        if (!contentType.empty())
            req.setContentType(contentType);
        if (withLength)
            req.setContentLength(static_cast<std::streamsize>(body.size()));
        else if (!body.empty())
            req.setChunkedTransferEncoding(true);
        // An oversized body is announced in full but only its first kilobyte is sent: the server must
        // answer from the header alone, without waiting for (or reading) the rest.
        const bool oversized = body.size() > static_cast<std::size_t>(kMaxJsonBodyBytes);
        session.sendRequest(req) << (oversized ? body.substr(0, 1024) : body);
        Poco::Net::HTTPResponse resp;
        Answer answer;
        Poco::StreamCopier::copyToString(session.receiveResponse(resp), answer.body);
        answer.status = resp.getStatus();
        return answer;
    }

    std::vector<User> users()
    {
        std::lock_guard lock(m_context->storeMutex);
        auto all = listUsers(m_workspace->db());
        return all.ok() ? all.value() : std::vector<User>{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.path().toStdString() + "/server", true);
        QVERIFY(ws.ok());
        m_workspace = std::move(ws).value();
        QVERIFY(seedDemoIfEmpty(m_workspace->db()).ok());
        const auto secret = serverSecret(m_workspace->directory());
        QVERIFY(secret.ok());
        m_tokens = std::make_unique<TokenService>(secret.value());
        m_store = std::make_unique<SqliteLoanFileStore>(m_workspace->db());
        m_context.reset(new ApiContext{*m_store, *m_tokens, m_clock, {}});
        m_socket = std::make_unique<Poco::Net::ServerSocket>(Poco::Net::SocketAddress("127.0.0.1", 0));
        m_server = std::make_unique<Poco::Net::HTTPServer>(new ApiHandlerFactory(*m_context), *m_socket,
                                                           new Poco::Net::HTTPServerParams);
        m_server->start();
    }

    void cleanupTestCase() { m_server->stopAll(true); }

    void seedingTwiceAddsNothing()
    {
        const auto before = users().size();
        QVERIFY(before >= 3);
        QVERIFY(seedDemoIfEmpty(m_workspace->db()).ok());
        QCOMPARE(users().size(), before);
        const auto again = serverSecret(m_workspace->directory());
        QCOMPARE(again.value(), serverSecret(m_workspace->directory()).value());
    }

    void signInOverHttp()
    {
        const Answer a =
            request("POST", "/api/v1/auth/sign-in", R"({"login":"analyst","password":"saggar-demo"})");
        QCOMPARE(a.status, 200);
        const auto token =
            Poco::JSON::Parser().parse(a.body).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>(
                "token");
        const auto claims = m_tokens->verify(token, kWorkstationAudience, m_clock.nowMs());
        QVERIFY(claims.ok());
        QCOMPARE(claims.value().role, std::string("analyst"));
    }

    void hostileRequests_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<bool>("withLength");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString signIn = "/api/v1/auth/sign-in";
        const QString json = "application/json";
        QTest::newRow("oversized") << "POST" << signIn << QByteArray(kMaxJsonBodyBytes + 1, 'x') << json
                                   << true << 413 << "body_too_large";
        QTest::newRow("malformed json")
            << "POST" << signIn << QByteArray(R"({"login":)") << json << true << 400 << "malformed_json";
        QTest::newRow("wrong type") << "POST" << signIn << QByteArray(R"({"login":1,"password":2})") << json
                                    << true << 422 << "wrong_type";
        QTest::newRow("text body") << "POST" << signIn << QByteArray("login=analyst") << "text/plain" << true
                                   << 415 << "unsupported_media_type";
        QTest::newRow("chunked, no length") << "POST" << signIn << QByteArray(R"({"login":"analyst"})")
                                            << json << false << 411 << "length_required";
        QTest::newRow("wrong method")
            << "GET" << signIn << QByteArray() << QString() << false << 405 << "method_not_allowed";
        QTest::newRow("unknown path")
            << "GET"
            << "/api/v1/files/1/../../etc" << QByteArray() << QString() << false << 404 << "not_found";
    }

    void hostileRequests()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, contentType);
        QFETCH(bool, withLength);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto before = users();
        const Answer a = request(method.toStdString(), path.toStdString(), body.toStdString(),
                                 contentType.toStdString(), withLength);
        QCOMPARE(a.status, status);
        QCOMPARE(QString::fromStdString(errorCode(a.body)), code);
        const auto after = users();
        QCOMPARE(after.size(), before.size());
        for (std::size_t i = 0; i < after.size(); ++i)
            QCOMPARE(after[i].passwordHash, before[i].passwordHash);
    }
};

QTEST_GUILESS_MAIN(TstServerHttp)
#include "tst_server_http.moc"
