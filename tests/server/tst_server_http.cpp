// The API over real HTTP on loopback: an in-process Poco HTTPServer on port 0 over a fresh demo
// database, a Poco HTTPClientSession as the client. Sign-in works; hostile requests (oversized body,
// malformed JSON, wrong content type, no length, unknown path, wrong method) get their 4xx and the
// JSON error body, and the users in the database are unchanged afterwards.
#include "server_client.h"

#include "server/demo_seed.h"
#include "storage/user_repository.h"

#include <Poco/JSON/Parser.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace saggar;
using namespace saggar::server;
using saggar::test::Answer;
using saggar::test::errorCode;
using saggar::test::TestApiServer;

class TstServerHttp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    TestApiServer m_api;

    Answer request(const std::string& method, const std::string& path, const std::string& body,
                   const std::string& contentType = "application/json", bool withLength = true,
                   const std::vector<std::pair<std::string, std::string>>& headers = {})
    {
        // An oversized body is announced in full but only its first kilobyte is sent: the server must
        // answer from the header alone, without waiting for (or reading) the rest.
        return test::httpCall(
            m_api.port(), method, path, body, headers,
            {.contentType = contentType, .withLength = withLength, .sendWholeUpTo = kMaxJsonBodyBytes});
    }

    std::vector<User> users()
    {
        std::lock_guard lock(m_api.mutex());
        auto all = listUsers(m_api.db());
        return all.ok() ? all.value() : std::vector<User>{};
    }

    std::string tokenFor(const std::string& login)
    {
        return test::signIn(m_api.port(), login, "saggar-demo");
    }

    std::int64_t scalar(const std::string& sql)
    {
        std::lock_guard lock(m_api.mutex());
        auto st = m_api.db().prepare(sql);
        if (!st.ok() || !st.value().step().ok())
            return -1;
        return st.value().columnInt64(0);
    }

    // Everything a refused write could have touched.
    std::string snapshot()
    {
        return std::to_string(scalar("SELECT count(*) FROM server_changes")) + "/" +
               std::to_string(scalar("SELECT count(*) FROM server_field_log")) + "/" +
               std::to_string(scalar("SELECT sum(version) FROM loan_files")) + "/" +
               std::to_string(scalar("SELECT sum(amount_fen) FROM loan_files"));
    }

    Answer patch(const std::string& token, std::int64_t id, const std::string& body,
                 std::optional<std::string> ifMatch, const std::string& key)
    {
        std::vector<std::pair<std::string, std::string>> h{{"Authorization", "Bearer " + token},
                                                           {"Idempotency-Key", key}};
        if (ifMatch)
            h.emplace_back("If-Match", *ifMatch);
        return request("PATCH", "/api/v1/files/" + std::to_string(id), body, "application/json", true, h);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_api.open(m_dir.path().toStdString()).ok());
        QVERIFY(m_api.start(m_clock).ok());
    }

    void cleanupTestCase() { m_api.stop(); }

    void seedingTwiceAddsNothing()
    {
        const auto before = users().size();
        QVERIFY(before >= 3);
        QVERIFY(seedDemoIfEmpty(m_api.db()).ok());
        QCOMPARE(users().size(), before);
        const auto again = serverSecret(m_api.workspace().directory());
        QCOMPARE(again.value(), serverSecret(m_api.workspace().directory()).value());
    }

    void signInOverHttp()
    {
        const Answer a =
            request("POST", "/api/v1/auth/sign-in", R"({"login":"analyst","password":"saggar-demo"})");
        QCOMPARE(a.status, 200);
        const auto token =
            Poco::JSON::Parser().parse(a.body).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>(
                "token");
        const auto claims = m_api.tokens().verify(token, kWorkstationAudience, m_clock.nowMs());
        QVERIFY(claims.ok());
        QCOMPARE(claims.value().role, std::string("analyst"));
    }

    void tokenCheckedOnEveryRequest()
    {
        const std::string good = tokenFor("analyst");
        const std::string before = snapshot();
        // Change a character inside the signature (the last one may only carry padding bits).
        std::string forged = good;
        char& inSignature = forged[good.rfind('.') + 5];
        inSignature = inSignature == 'A' ? 'B' : 'A';
        const std::string expired =
            m_api.tokens().issue({"1", "analyst", kWorkstationAudience, m_clock.nowMs() - 10 * 3600 * 1000,
                                  m_clock.nowMs() - 3600 * 1000});
        const std::string device = m_api.tokens().issue(
            {"1", "analyst", kDeviceAudience, m_clock.nowMs(), m_clock.nowMs() + 3600 * 1000});
        const TokenService other("another-secret");
        const std::string foreign = other.issue(
            {"1", "analyst", kWorkstationAudience, m_clock.nowMs(), m_clock.nowMs() + 3600 * 1000});
        const std::string escalated = m_api.tokens().issue(
            {"1", "manager", kWorkstationAudience, m_clock.nowMs(), m_clock.nowMs() + 3600 * 1000});
        const std::vector<std::pair<std::string, std::string>> cases{
            {"", "token_missing"},     {forged, "token_invalid"},  {expired, "token_expired"},
            {device, "token_invalid"}, {foreign, "token_invalid"}, {escalated, "token_invalid"}};
        for (const auto& [token, code] : cases) {
            std::vector<std::pair<std::string, std::string>> h;
            if (!token.empty())
                h.emplace_back("Authorization", "Bearer " + token);
            const Answer feed = request("GET", "/api/v1/changes", "", "", false, h);
            QCOMPARE(feed.status, 401);
            QCOMPARE(QString::fromStdString(errorCode(feed.body)), QString::fromStdString(code));
            const Answer p = patch(token, 1, R"({"set":{"amountFen":1}})", std::string("\"1\""),
                                   "00000000-0000-4000-8000-00000000000" + std::to_string(h.size()));
            QCOMPARE(p.status, 401);
        }
        QCOMPARE(snapshot(), before);
        const Answer ok =
            request("GET", "/api/v1/changes", "", "", false, {{"Authorization", "Bearer " + good}});
        QCOMPARE(ok.status, 200);
    }

    void patchesMergeConflictAndReplay()
    {
        const std::int64_t analyst = scalar("SELECT id FROM users WHERE login = 'analyst'");
        const std::int64_t id = scalar("SELECT id FROM loan_files WHERE state = 'draft' AND analyst_id = " +
                                       std::to_string(analyst) + " ORDER BY id LIMIT 1");
        QVERIFY(id > 0);
        const std::string token = tokenFor("analyst");
        const std::string manager = tokenFor("manager");
        const auto version = [&] {
            return scalar("SELECT version FROM loan_files WHERE id = " + std::to_string(id));
        };
        const std::int64_t base = version();
        const std::string b = "\"" + std::to_string(base) + "\"";
        std::string before = snapshot();
        // Refusals, each changing nothing.
        QCOMPARE(patch(token, id, R"({"set":{"amountFen":5000000}})", std::nullopt,
                       "11111111-1111-4111-8111-111111111111")
                     .status,
                 428);
        QCOMPARE(patch(token, id, R"({"set":{"amountFen":5000000}})", std::string("7"),
                       "11111111-1111-4111-8111-111111111111")
                     .status,
                 400);
        QCOMPARE(
            patch(token, id, R"({"set":{"amountFen":"lots"}})", b, "11111111-1111-4111-8111-111111111111")
                .status,
            422);
        QCOMPARE(
            patch(token, id, R"({"set":{"amountFen":)", b, "11111111-1111-4111-8111-111111111111").status,
            400);
        QCOMPARE(
            patch(token, id, R"({"set":{"nonsense":1}})", b, "11111111-1111-4111-8111-111111111111").status,
            422);
        QCOMPARE(
            patch(manager, id, R"({"set":{"amountFen":5000000}})", b, "11111111-1111-4111-8111-111111111111")
                .status,
            403);
        QCOMPARE(patch(token, id, R"({"set":{"approvals/1/decision":"approve"}})", b,
                       "11111111-1111-4111-8111-111111111111")
                     .status,
                 403);
        QCOMPARE(snapshot(), before);
        // Accepted, then replayed with no second effect, then the key reused with another body.
        const Answer first =
            patch(token, id, R"({"set":{"amountFen":5000000}})", b, "22222222-2222-4222-8222-222222222222");
        QCOMPARE(first.status, 200);
        QCOMPARE(version(), base + 1);
        before = snapshot();
        const Answer again =
            patch(token, id, R"({"set":{"amountFen":5000000}})", b, "22222222-2222-4222-8222-222222222222");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        QCOMPARE(snapshot(), before);
        QCOMPARE(
            patch(token, id, R"({"set":{"amountFen":6000000}})", b, "22222222-2222-4222-8222-222222222222")
                .status,
            422);
        QCOMPARE(snapshot(), before);
        // Stale base: another field merges, the same field conflicts with base/theirs/mine.
        const Answer merged =
            patch(token, id, R"({"set":{"termMonths":48}})", b, "33333333-3333-4333-8333-333333333333");
        QCOMPARE(merged.status, 200);
        QCOMPARE(version(), base + 2);
        before = snapshot();
        const Answer conflict =
            patch(token, id, R"({"set":{"amountFen":7000000}})", b, "44444444-4444-4444-8444-444444444444");
        QCOMPARE(conflict.status, 409);
        const auto c = Poco::JSON::Parser().parse(conflict.body).extract<Poco::JSON::Object::Ptr>();
        QCOMPARE(c->getValue<std::int64_t>("currentVersion"), base + 2);
        const auto first0 = c->getArray("conflicts")->getObject(0);
        QCOMPARE(first0->getValue<std::string>("path"), std::string("amountFen"));
        QCOMPARE(first0->getValue<std::int64_t>("theirs"), std::int64_t(5000000));
        QCOMPARE(first0->getValue<std::int64_t>("mine"), std::int64_t(7000000));
        QCOMPARE(snapshot(), before);
        // The feed carries the file at its latest version.
        const Answer feed = request("GET", "/api/v1/changes?cursor=0&limit=1000", "", "", false,
                                    {{"Authorization", "Bearer " + token}});
        QCOMPARE(feed.status, 200);
        QVERIFY(feed.body.find("\"fileId\":" + std::to_string(id)) != std::string::npos);
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
        QTest::newRow("unknown path, no token")
            << "GET"
            << "/api/v1/files/1/../../etc" << QByteArray() << QString() << false << 401 << "token_missing";
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
