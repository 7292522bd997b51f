// POST /api/v1/files over real loopback HTTP (an in-process Poco HTTPServer on port 0 over a fresh demo
// database): an analyst's draft is created once per Idempotency-Key with its enterprise matched by USCC
// or created, the feed carries it, other roles and bad bodies are refused with nothing stored.
#include "server_client.h"

#include "core/validation.h"
#include "sync/sync_reply.h"

#include <Poco/JSON/Parser.h>

#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace saggar;
using namespace saggar::server;
using saggar::test::Answer;
using saggar::test::newKey;
using saggar::test::TestApiServer;

namespace {

constexpr TimestampMs kStart = 1795100000000;

// A valid body; `uscc` names the enterprise (a check-digit-valid code, see validation.h).
std::string fileBody(const std::string& uscc, std::int64_t amountFen = 120000000,
                     const std::string& extra = {})
{
    return R"({"product":"equipment_mortgage","amountFen":)" + std::to_string(amountFen) +
           R"(,"termMonths":24,"annualRatePct":4.35,"purpose":"两台辊道窑改造","enterprise":{"nameZh":"测试陶瓷有限公司",)"
           R"("nameEn":"Test Ceramics Co.","uscc":")" +
           uscc +
           R"(","cluster":"foshan","segment":"building_tiles","legalRepresentative":"王强","annualRevenueFen":5000000000,)"
           R"("staff":80})" +
           extra + "}";
}

// A USCC with its check character, so the server's validator accepts it.
std::string validUscc(const std::string& first17)
{
    const auto check = usccCheckCharacter(first17);
    return first17 + (check ? std::string(1, *check) : std::string("?"));
}

// The same code with a wrong check character.
std::string wrongUscc(const std::string& first17)
{
    const std::string good = validUscc(first17);
    return first17 + (good.back() == '0' ? "1" : "0");
}

} // namespace

class TstServerCreate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{kStart};
    TestApiServer m_api;
    std::map<std::string, Id> m_userIds;
    std::string m_knownUscc; // an enterprise the demo holds
    std::string m_new17;     // the first 17 characters of a USCC no enterprise has

    std::string token(const std::string& login) { return m_api.token(login); }

    Answer post(const std::string& login, const std::string& body, std::optional<std::string> key,
                const std::string& contentType = "application/json")
    {
        test::Headers headers{{"Authorization", "Bearer " + token(login)}};
        if (key)
            headers.emplace_back("Idempotency-Key", *key);
        return test::httpCall(m_api.port(), "POST", "/api/v1/files", body, headers,
                              test::HttpOptions{.contentType = contentType});
    }
    Answer get(const std::string& login, const std::string& path)
    {
        return test::httpCall(m_api.port(), "GET", path, {}, {{"Authorization", "Bearer " + token(login)}},
                              test::noBody());
    }
    std::string snapshot()
    {
        return m_api.text(
            "SELECT (SELECT count(*) FROM loan_files) || '#' || (SELECT count(*) FROM enterprises) || '#' || "
            "(SELECT count(*) FROM documents) || '#' || (SELECT count(*) FROM server_changes) || '#' || "
            "(SELECT count(*) FROM server_idempotency) || '#' || (SELECT count(*) FROM audit_log)");
    }
    std::int64_t scalar(const std::string& sql) { return m_api.scalar(sql); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_api.open(m_dir.path().toStdString()).ok());
        Database& db = m_api.db();
        m_userIds = m_api.userIds();
        m_knownUscc = db.queryText("SELECT uscc FROM enterprises ORDER BY id LIMIT 1").value();
        // Another region code (characters 3–8) before the same organisation code keeps that code's own check.
        for (int region = 440100; region < 440200 && m_new17.empty(); ++region) {
            const std::string first17 =
                m_knownUscc.substr(0, 2) + std::to_string(region) + m_knownUscc.substr(8, 9);
            if (db.queryInt64("SELECT count(*) FROM enterprises WHERE uscc = '" + validUscc(first17) + "'")
                    .value() == 0)
                m_new17 = first17;
        }
        QVERIFY(!m_new17.empty());
        QVERIFY(m_api.start(m_clock).ok());
    }

    void cleanupTestCase() { m_api.stop(); }

    // The analyst's new file on a known enterprise: 201 with the id and version 1, the analyst is the
    // caller, the enterprise is the stored one (not a copy), the checklist exists and the feed has it.
    void anAnalystCreatesADraftOnAStoredEnterprise()
    {
        const std::int64_t enterprises = scalar("SELECT count(*) FROM enterprises");
        const std::int64_t cursor = scalar("SELECT max(seq) FROM server_changes");
        const Answer a = post("analyst", fileBody(m_knownUscc), newKey());
        QVERIFY2(a.status == 201, a.body.c_str());
        const Id id = a.json()->getValue<Id>("id");
        QVERIFY(id > 0);
        QCOMPARE(a.json()->getValue<std::int64_t>("version"), std::int64_t(1));
        QCOMPARE(QString::fromStdString(a.location), QString("/api/v1/files/%1").arg(id));
        const auto file = a.json()->getObject("file");
        QCOMPARE(file->getValue<std::string>("state"), std::string("draft"));
        QCOMPARE(file->getValue<Id>("analystId"), m_userIds["analyst"]);
        QCOMPARE(file->getValue<std::int64_t>("amountFen"), std::int64_t(120000000));
        QCOMPARE(file->getObject("enterprise")->getValue<std::string>("uscc"), m_knownUscc);
        QCOMPARE(scalar("SELECT count(*) FROM enterprises"), enterprises);
        QVERIFY(scalar("SELECT count(*) FROM documents WHERE loan_file_id = " + std::to_string(id)) > 0);

        const Answer page = get("analyst", "/api/v1/changes?cursor=" + std::to_string(cursor));
        QCOMPARE(page.status, 200);
        auto parsed = parseChangePage(page.body, cursor);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QCOMPARE(parsed.value().changes.size(), std::size_t(1));
        const FeedChange& c = parsed.value().changes.front();
        QCOMPARE(c.loanFileId, id);
        QCOMPARE(c.version, std::int64_t(1));
        QVERIFY(c.file && c.file->enterprise);
        QCOMPARE(c.file->enterprise->uscc, m_knownUscc);
        QCOMPARE(get("analyst", "/api/v1/files/" + std::to_string(id)).status, 200);
    }

    // A new USCC creates the enterprise; the same key again replays the first answer and stores nothing
    // more; the same key with another body is 422.
    void aRepeatedKeyReturnsTheSameFile()
    {
        const std::string uscc = validUscc(m_new17);
        QCOMPARE(scalar("SELECT count(*) FROM enterprises WHERE uscc = '" + uscc + "'"), std::int64_t(0));
        const std::string key = newKey();
        const Answer first = post("analyst", fileBody(uscc), key);
        QVERIFY2(first.status == 201, first.body.c_str());
        QCOMPARE(scalar("SELECT count(*) FROM enterprises WHERE uscc = '" + uscc + "'"), std::int64_t(1));
        const std::string after = snapshot();
        const Answer again = post("analyst", fileBody(uscc), key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.replayed, std::string("true"));
        QCOMPARE(again.body, first.body);
        QCOMPARE(snapshot(), after);
        const Answer other = post("analyst", fileBody(uscc, 130000000), key);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.code(), std::string("idempotency_key_reused"));
        QCOMPARE(snapshot(), after);
    }

    // Appraisers and managers do not create files; bad headers and bodies are refused; nothing stored.
    void refusedCreatesStoreNothing_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString good = QString::fromStdString(fileBody(validUscc(m_new17)));
        QTest::newRow("appraiser") << "appraiser" << good << true << "" << 403 << "forbidden_role";
        QTest::newRow("manager") << "manager" << good << true << "" << 403 << "forbidden_role";
        QTest::newRow("no key") << "analyst" << good << false << "" << 428 << "precondition_required";
        QTest::newRow("bad key") << "analyst" << good << true << "not-a-uuid" << 400 << "bad_header";
        QTest::newRow("not json") << "analyst"
                                  << "{\"product\":" << true << "" << 400 << "malformed_json";
        QTest::newRow("array") << "analyst"
                               << "[1]" << true << "" << 400 << "malformed_json";
        QTest::newRow("unknown member")
            << "analyst" << QString::fromStdString(fileBody(m_knownUscc, 1, R"(,"state":"approved")")) << true
            << "" << 422 << "unknown_field";
        QTest::newRow("someone else's file")
            << "analyst" << QString::fromStdString(fileBody(m_knownUscc, 1, R"(,"analystId":3)")) << true
            << "" << 422 << "unknown_field";
        QTest::newRow("amount as text") << "analyst" << QString(good).replace("120000000", "\"120000000\"")
                                        << true << "" << 422 << "wrong_type";
        QTest::newRow("negative amount") << "analyst" << QString::fromStdString(fileBody(m_knownUscc, -5))
                                         << true << "" << 422 << "validation";
        QTest::newRow("bad uscc") << "analyst" << QString::fromStdString(fileBody(wrongUscc(m_new17))) << true
                                  << "" << 422 << "validation";
        QTest::newRow("unknown product")
            << "analyst"
            << QString::fromStdString(fileBody(m_knownUscc)).replace("equipment_mortgage", "yacht_loan")
            << true << "" << 422 << "validation";
        QTest::newRow("no enterprise")
            << "analyst"
            << R"({"product":"equipment_mortgage","amountFen":1,"termMonths":24,"annualRatePct":4.35,"purpose":"x"})"
            << true << "" << 422 << "validation";
    }
    void refusedCreatesStoreNothing()
    {
        QFETCH(QString, login);
        QFETCH(QString, body);
        QFETCH(bool, withKey);
        QFETCH(QString, key);
        QFETCH(int, status);
        QFETCH(QString, code);
        const std::string before = snapshot();
        const Answer a =
            post(login.toStdString(), body.toStdString(),
                 withKey ? std::optional<std::string>(key.isEmpty() ? newKey() : key.toStdString())
                         : std::nullopt);
        QVERIFY2(a.status == status, a.body.c_str());
        QCOMPARE(QString::fromStdString(a.code()), code);
        QCOMPARE(snapshot(), before);
    }

    void aBodyThatIsNotJsonIsRefusedUnread()
    {
        const std::string before = snapshot();
        const Answer a = post("analyst", fileBody(m_knownUscc), newKey(), "text/plain");
        QCOMPARE(a.status, 415);
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TstServerCreate)
#include "tst_server_create.moc"
