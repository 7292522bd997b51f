// Sign-in on the server: the right password gives a token the token service accepts with the user's
// id and role; a wrong password, an unknown login, an inactive user, malformed JSON, wrong types and
// unknown members are refused with the documented status and error code.
#include "server/sign_in.h"

#include "core/password.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QtTest>

using namespace saggar;
using namespace saggar::server;

namespace {

constexpr TimestampMs kNow = 1'795'000'000'000;

class MemoryUsers : public UserDirectory
{
public:
    std::vector<User> users;
    Result<User> findByLogin(std::string_view login) override
    {
        for (const User& u : users)
            if (u.login == login)
                return u;
        return Error{"no such user", ErrorCode::NotFound, {}};
    }
    Result<std::vector<User>> allUsers() override { return users; }
};

Poco::JSON::Object::Ptr parse(const std::string& body)
{
    return Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
}

} // namespace

class TstSignIn : public QObject
{
    Q_OBJECT

    MemoryUsers m_users;
    TokenService m_tokens{"test-secret"};

private slots:
    void initTestCase()
    {
        const auto hash = hashPassword("saggar-demo");
        QVERIFY(hash.ok());
        m_users.users.push_back(User{7, "manager", "张伟", Role::Manager, hash.value(), true});
        m_users.users.push_back(User{8, "gone", "Former", Role::Analyst, hash.value(), false});
    }

    void rightPasswordGivesAToken()
    {
        const ApiResponse r =
            signIn(R"({"login":"manager","password":"saggar-demo"})", m_users, m_tokens, kNow);
        QCOMPARE(r.status, 200);
        const auto answer = parse(r.body);
        QCOMPARE(answer->getValue<Poco::Int64>("expiresAtMs"), kNow + kPersonTokenLifetimeMs);
        QCOMPARE(answer->getObject("user")->getValue<std::string>("role"), std::string("manager"));
        QCOMPARE(answer->getObject("user")->getValue<std::string>("displayName"), std::string("张伟"));
        const auto claims =
            m_tokens.verify(answer->getValue<std::string>("token"), kWorkstationAudience, kNow);
        QVERIFY(claims.ok());
        QCOMPARE(claims.value().subject, std::string("7"));
        QCOMPARE(claims.value().role, std::string("manager"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong password")
            << R"({"login":"manager","password":"nope"})" << 401 << "bad_credentials";
        QTest::newRow("unknown login")
            << R"({"login":"nobody","password":"saggar-demo"})" << 401 << "bad_credentials";
        QTest::newRow("inactive user")
            << R"({"login":"gone","password":"saggar-demo"})" << 401 << "bad_credentials";
        QTest::newRow("malformed json") << R"({"login":"manager",)" << 400 << "malformed_json";
        QTest::newRow("not an object") << R"(["manager","saggar-demo"])" << 400 << "malformed_json";
        QTest::newRow("number password") << R"({"login":"manager","password":12345})" << 422 << "wrong_type";
        QTest::newRow("missing password") << R"({"login":"manager"})" << 422 << "wrong_type";
        QTest::newRow("role escalation member")
            << R"({"login":"manager","password":"saggar-demo","role":"manager"})" << 422 << "unknown_field";
    }

    void refusals()
    {
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const ApiResponse r = signIn(body.toStdString(), m_users, m_tokens, kNow);
        QCOMPARE(r.status, status);
        QCOMPARE(QString::fromStdString(parse(r.body)->getObject("error")->getValue<std::string>("code")),
                 code);
        QVERIFY(r.body.find("\"token\"") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TstSignIn)
#include "tst_sign_in.moc"
