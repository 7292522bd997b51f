// The server's token checks: a token it issued passes; forged, expired, wrong-issuer, wrong-audience,
// wrong-algorithm and garbled tokens are refused with a reason.
#include "server/token_service.h"

#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>

#include <QtTest>

using namespace saggar;
using namespace saggar::server;

namespace {

constexpr TimestampMs kNow = 1'795'000'000'000;

TokenClaims analystClaims()
{
    return TokenClaims{"1", "analyst", kWorkstationAudience, kNow, kNow + kPersonTokenLifetimeMs};
}

} // namespace

class TstTokenService : public QObject
{
    Q_OBJECT

private slots:
    void issuedTokenVerifies()
    {
        const TokenService service("secret-a");
        const auto claims = service.verify(service.issue(analystClaims()), kWorkstationAudience, kNow + 1000);
        QVERIFY2(claims.ok(), claims.ok() ? "" : claims.error().message.c_str());
        QCOMPARE(claims.value().subject, std::string("1"));
        QCOMPARE(claims.value().role, std::string("analyst"));
        QCOMPARE(claims.value().expiresAtMs, kNow + kPersonTokenLifetimeMs);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<qint64>("nowMs");
        QTest::addColumn<QString>("reason");

        const TokenService service("secret-a");
        const std::string good = service.issue(analystClaims());
        const auto q = [](const std::string& s) { return QString::fromStdString(s); };
        QTest::newRow("forged signature")
            << q(TokenService("secret-b").issue(analystClaims())) << QString(kWorkstationAudience)
            << qint64(kNow) << QStringLiteral("signature");
        QTest::newRow("expired") << q(good) << QString(kWorkstationAudience)
                                 << qint64(kNow + kPersonTokenLifetimeMs + kClockLeewayMs)
                                 << QStringLiteral("expired");
        QTest::newRow("wrong audience")
            << q(good) << QString(kDeviceAudience) << qint64(kNow) << QStringLiteral("audience");
        QTest::newRow("wrong issuer")
            << q(TokenService("secret-a", "someone-else").issue(analystClaims()))
            << QString(kWorkstationAudience) << qint64(kNow) << QStringLiteral("issuer");
        QTest::newRow("garbage") << QStringLiteral("not.a.token") << QString(kWorkstationAudience)
                                 << qint64(kNow) << QStringLiteral("");
        QTest::newRow("empty") << QString() << QString(kWorkstationAudience) << qint64(kNow)
                               << QStringLiteral("");
        std::string tampered = good;
        tampered[tampered.find('.') + 5] ^= 1; // flip a bit in the payload
        QTest::newRow("tampered payload")
            << q(tampered) << QString(kWorkstationAudience) << qint64(kNow) << QStringLiteral("");

        // Same secret, other algorithm (HS512): a verifier that only checked the signature would pass it.
        Poco::JWT::Token t;
        t.setIssuer(kDefaultIssuer);
        t.setAudience(kWorkstationAudience);
        t.setSubject("1");
        t.payload().set("role", std::string("manager"));
        t.payload().set("exp", (kNow + kPersonTokenLifetimeMs) / 1000);
        Poco::JWT::Signer hs512("secret-a");
        hs512.addAlgorithm(Poco::JWT::Signer::ALGO_HS512);
        QTest::newRow("other algorithm")
            << q(hs512.sign(t, Poco::JWT::Signer::ALGO_HS512)) << QString(kWorkstationAudience)
            << qint64(kNow) << QStringLiteral("algorithm");

        // Signed correctly but without an expiry: refused, a token must end.
        Poco::JWT::Token noExp;
        noExp.setIssuer(kDefaultIssuer);
        noExp.setAudience(kWorkstationAudience);
        noExp.setSubject("1");
        noExp.payload().set("role", std::string("manager"));
        QTest::newRow("no expiry")
            << q(Poco::JWT::Signer("secret-a").sign(noExp, Poco::JWT::Signer::ALGO_HS256))
            << QString(kWorkstationAudience) << qint64(kNow) << QStringLiteral("expiry");
    }

    void refusals()
    {
        QFETCH(QString, token);
        QFETCH(QString, audience);
        QFETCH(qint64, nowMs);
        QFETCH(QString, reason);
        const TokenService service("secret-a");
        const auto claims = service.verify(token.toStdString(), audience.toStdString(), nowMs);
        QVERIFY(!claims.ok());
        QCOMPARE(claims.error().code, int(ErrorCode::AuthFailed));
        QVERIFY2(QString::fromStdString(claims.error().message).contains(reason),
                 claims.error().message.c_str());
    }

    void deviceTokenIsNotAPersonToken()
    {
        const TokenService service("secret-a");
        const std::string device =
            service.issue(TokenClaims{"device:T-000031", "device", kDeviceAudience, kNow, kNow + 3600'000});
        QVERIFY(service.verify(device, kDeviceAudience, kNow).ok());
        QVERIFY(!service.verify(device, kWorkstationAudience, kNow).ok());
    }
};

QTEST_GUILESS_MAIN(TstTokenService)
#include "tst_token_service.moc"
