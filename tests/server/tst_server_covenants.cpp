// Conditions, covenants and appraised values in field patches (server/covenant_patch.*), over real
// loopback HTTP on a fresh demo database: an analyst adds a condition to a draft and the answer, the
// feed and GET /api/v1/files/{id} carry it with the server's id; its status and note are set through
// core's rules (an appraiser, an analyst's waiver, a waiver without justification and bad values are
// refused with nothing changed); two status changes on one base conflict; the file's appraiser enters a
// truck's appraised value in appraisal, which the file's JSON carries with who appraised it.
#include "server_client.h"
#include "sync/sync_reply.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace saggar;
using namespace saggar::server;

namespace {

using test::Answer;
using test::errorCode;

Poco::JSON::Object::Ptr json(const std::string& body)
{
    return Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
}

const char* kAddCondition =
    "{\"add\":{\"covenants\":[{\"kind\":\"condition_precedent\",\"metric\":\"tracker_online_pct\","
    "\"description\":\"Trackers online\",\"threshold\":95,\"status\":\"pending\",\"note\":\"\"}]}}";

} // namespace

class TstServerCovenants : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    test::TestApiServer m_api;
    Id m_file = 0;     // the analyst's draft, with a truck
    Id m_truck = 0;    // pledged to it
    Id m_covenant = 0; // added by the first test

    Answer request(const std::string& method, const std::string& path, const std::string& body,
                   const std::string& login, std::optional<std::int64_t> base)
    {
        test::Headers headers{{"Authorization", "Bearer " + m_api.token(login)}};
        if (method != "GET")
            headers.emplace_back("Idempotency-Key", test::newKey());
        if (base)
            headers.emplace_back("If-Match", test::quoted(*base));
        return test::httpCall(m_api.port(), method, path, body, headers,
                              method == "GET" ? test::noBody() : test::HttpOptions{});
    }

    Answer patch(const std::string& login, const std::string& body, std::int64_t base)
    {
        return request("PATCH", "/api/v1/files/" + std::to_string(m_file), body, login, base);
    }

    std::int64_t scalar(const std::string& sql) { return m_api.scalar(sql); }
    std::int64_t version()
    {
        return scalar("SELECT version FROM loan_files WHERE id = " + std::to_string(m_file));
    }

    // Everything a covenant or valuation write touches, to compare before and after a refusal.
    std::string snapshot()
    {
        std::lock_guard lock(m_api.mutex());
        auto text = m_api.db().queryText(
            "SELECT (SELECT group_concat(id || ':' || version, '|') FROM loan_files) || '#' || "
            "(SELECT group_concat(id || ':' || status || ':' || note || ':' || threshold, '|') FROM "
            "covenants) || "
            "'#' || (SELECT group_concat(id || ':' || coalesce(appraised_value_fen, 0), '|') FROM trucks) || "
            "'#' "
            "|| (SELECT count(*) FROM policy_exceptions) || '#' || (SELECT count(*) FROM server_changes) || "
            "'#' || "
            "(SELECT count(*) FROM server_field_log) || '#' || (SELECT count(*) FROM server_idempotency)");
        return text.ok() ? text.value() : std::string("?");
    }

    // The refusal's status and code, with nothing changed.
    void expectRefused(const std::string& login, const std::string& body, int status, const std::string& code)
    {
        const std::string before = snapshot();
        const Answer a = patch(login, body, version());
        QVERIFY2(a.status == status, a.body.c_str());
        QCOMPARE(errorCode(a.body), code);
        QCOMPARE(snapshot(), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_api.open(m_dir.path().toStdString()).ok());
        Database& db = m_api.db();
        auto file = db.queryInt64("SELECT min(loan_file_id) FROM trucks WHERE loan_file_id IS NOT NULL");
        QVERIFY(file.ok() && file.value() > 0);
        m_file = file.value();
        m_truck = db.queryInt64("SELECT min(id) FROM trucks WHERE loan_file_id = " + std::to_string(m_file))
                      .value();
        QVERIFY(db.exec("UPDATE loan_files SET state = 'draft', analyst_id = " +
                        std::to_string(m_api.userId("analyst")) + ", appraiser_id = " +
                        std::to_string(m_api.userId("appraiser")) + " WHERE id = " + std::to_string(m_file))
                    .ok());
        QVERIFY(
            db.exec("UPDATE trucks SET appraised_value_fen = 0, appraised_by = NULL WHERE loan_file_id = " +
                    std::to_string(m_file))
                .ok());
        QVERIFY(m_api.start(m_clock).ok());
    }

    void cleanupTestCase() { m_api.stop(); }

    void anAnalystAddsAConditionAndTheFileCarriesIt()
    {
        const std::int64_t base = version();
        const std::int64_t before = scalar("SELECT count(*) FROM covenants");
        const Answer a = patch("analyst", kAddCondition, base);
        QVERIFY2(a.status == 200, a.body.c_str());
        QCOMPARE(json(a.body)->getValue<std::int64_t>("version"), base + 1);
        QCOMPARE(scalar("SELECT count(*) FROM covenants"), before + 1);
        m_covenant = scalar("SELECT max(id) FROM covenants WHERE loan_file_id = " + std::to_string(m_file));
        // The answer's file lists it with the server's id (the workstation ties its local one to it).
        auto covenants = parseAcceptedCovenants(a.body);
        QVERIFY(covenants.ok());
        QCOMPARE(covenants->back().id, m_covenant);
        QCOMPARE(covenants->back().description, std::string("Trackers online"));
        QCOMPARE(covenants->back().threshold, 95.0);
        // GET and the feed carry it too.
        const Answer got =
            request("GET", "/api/v1/files/" + std::to_string(m_file), {}, "analyst", std::nullopt);
        QCOMPARE(got.status, 200);
        auto file = parseFileReply(got.body, m_file);
        QVERIFY2(file.ok(), file.ok() ? "" : file.error().message.c_str());
        QVERIFY(file->file->covenants.has_value());
        QCOMPARE(file->file->covenants->back().id, m_covenant);
        QVERIFY(file->file->appraisals);
        const Answer feed =
            request("GET", "/api/v1/changes?cursor=0&limit=1000", {}, "analyst", std::nullopt);
        auto page = parseChangePage(feed.body, 0);
        QVERIFY2(page.ok(), page.ok() ? "" : page.error().message.c_str());
        bool seen = false;
        for (const FeedChange& c : page->changes)
            seen = seen || (c.loanFileId == m_file && c.version == base + 1 && c.file && c.file->covenants &&
                            c.file->covenants->back().id == m_covenant);
        QVERIFY(seen);
    }

    void otherPatchAnswersCarryTheCovenantsToo()
    {
        QVERIFY(m_covenant > 0);
        const Answer a = patch("analyst", "{\"set\":{\"purpose\":\"three kilns\"}}", version());
        QVERIFY2(a.status == 200, a.body.c_str());
        auto covenants = parseAcceptedCovenants(a.body);
        QVERIFY(covenants.ok());
        QCOMPARE(covenants->back().id, m_covenant);
        const Answer memo = patch("analyst", "{\"set\":{\"memo/sections/risk\":\"low\"}}", version());
        QVERIFY2(memo.status == 200, memo.body.c_str());
        QVERIFY(parseAcceptedCovenants(memo.body).ok());
    }

    void refusedAddsChangeNothing_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("an appraiser") << "appraiser" << kAddCondition << 403 << "forbidden_field";
        QTest::newRow("unknown member")
            << "analyst"
            << "{\"add\":{\"covenants\":[{\"kind\":\"covenant\",\"metric\":\"custom\",\"description\":\"x\","
               "\"threshold\":1,\"status\":\"pending\",\"note\":\"\",\"id\":4}]}}"
            << 422 << "unknown_field";
        QTest::newRow("missing member")
            << "analyst"
            << "{\"add\":{\"covenants\":[{\"kind\":\"covenant\",\"metric\":\"custom\",\"description\":\"x\","
               "\"threshold\":1,\"status\":\"pending\"}]}}"
            << 422 << "validation";
        QTest::newRow("threshold as text")
            << "analyst"
            << "{\"add\":{\"covenants\":[{\"kind\":\"covenant\",\"metric\":\"custom\",\"description\":\"x\","
               "\"threshold\":\"1\",\"status\":\"pending\",\"note\":\"\"}]}}"
            << 422 << "wrong_type";
        QTest::newRow("unknown kind")
            << "analyst"
            << "{\"add\":{\"covenants\":[{\"kind\":\"promise\",\"metric\":\"custom\",\"description\":\"x\","
               "\"threshold\":1,\"status\":\"pending\",\"note\":\"\"}]}}"
            << 422 << "validation";
        QTest::newRow("two at once") << "analyst"
                                     << "{\"add\":{\"covenants\":[]}}" << 422 << "validation";
    }
    void refusedAddsChangeNothing()
    {
        QFETCH(QString, login);
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        expectRefused(login.toStdString(), body.toStdString(), status, code.toStdString());
    }

    void statusAndNoteFollowCoresRules()
    {
        QVERIFY(m_covenant > 0);
        const std::string p = "covenants/" + std::to_string(m_covenant) + "/";
        // An appraiser writes no covenant; an analyst does not waive; a waiver needs a justification;
        // an unknown status, a wrong type and an unknown member are refused; another file's id is 404.
        expectRefused("appraiser", "{\"set\":{\"" + p + "status\":\"met\"}}", 403, "forbidden_field");
        expectRefused("analyst",
                      "{\"set\":{\"" + p + "status\":\"waived\",\"" + p +
                          "justification\":\"ten chars and more\"}}",
                      403, "forbidden_field");
        expectRefused("manager", "{\"set\":{\"" + p + "status\":\"waived\"}}", 422, "validation");
        expectRefused("analyst", "{\"set\":{\"" + p + "status\":\"kept\"}}", 422, "validation");
        expectRefused("analyst", "{\"set\":{\"" + p + "note\":5}}", 422, "wrong_type");
        expectRefused("analyst", "{\"set\":{\"" + p + "colour\":\"red\"}}", 422, "unknown_field");
        expectRefused("analyst", "{\"set\":{\"covenants/999999/note\":\"x\"}}", 404, "not_found");

        const std::int64_t base = version();
        const Answer met =
            patch("analyst", "{\"set\":{\"" + p + "status\":\"met\",\"" + p + "note\":\"seen\"}}", base);
        QVERIFY2(met.status == 200, met.body.c_str());
        QCOMPARE(scalar("SELECT count(*) FROM covenants WHERE status = 'met' AND note = 'seen' AND id = " +
                        std::to_string(m_covenant)),
                 1);
        // The same status on the same base again, by the manager: a conflict naming the analyst's change.
        const std::string before = snapshot();
        const Answer again = patch("manager", "{\"set\":{\"" + p + "status\":\"breached\"}}", base);
        QCOMPARE(again.status, 409);
        auto conflict = parseConflictReply(again.body);
        QVERIFY(conflict.ok());
        QCOMPARE(conflict->code, std::string("conflict"));
        QCOMPARE(conflict->fields.size(), std::size_t(1));
        QCOMPARE(conflict->fields[0].path, p + "status");
        QCOMPARE(conflict->fields[0].baseJson, std::string("\"pending\""));
        QCOMPARE(conflict->fields[0].theirsJson, std::string("\"met\""));
        QCOMPARE(conflict->fields[0].mineJson, std::string("\"breached\""));
        QCOMPARE(snapshot(), before);
        // A different field on the same base merges (only the note was... the threshold was not touched).
        const Answer merged = patch("analyst", "{\"set\":{\"" + p + "threshold\":90}}", base);
        QVERIFY2(merged.status == 200, merged.body.c_str());
        // The manager waives with a justification: a policy exception.
        const std::int64_t exceptions = scalar("SELECT count(*) FROM policy_exceptions");
        const Answer waived = patch("manager",
                                    "{\"set\":{\"" + p + "status\":\"waived\",\"" + p +
                                        "justification\":\"Trackers come next month\"}}",
                                    version());
        QVERIFY2(waived.status == 200, waived.body.c_str());
        QCOMPARE(scalar("SELECT count(*) FROM policy_exceptions"), exceptions + 1);
    }

    void theAppraiserEntersAValueInAppraisal()
    {
        const std::string path = "trucks/" + std::to_string(m_truck) + "/appraisedValueFen";
        const std::string body = "{\"set\":{\"" + path + "\":30000000}}";
        // In draft nobody values; then in appraisal only the file's appraiser.
        expectRefused("appraiser", body, 403, "forbidden_field");
        {
            std::lock_guard lock(m_api.mutex());
            QVERIFY(
                m_api.db()
                    .exec("UPDATE loan_files SET state = 'appraisal' WHERE id = " + std::to_string(m_file))
                    .ok());
        }
        expectRefused("analyst", body, 403, "forbidden_field");
        expectRefused("appraiser", "{\"set\":{\"" + path + "\":0}}", 422, "validation");
        expectRefused("appraiser", "{\"set\":{\"" + path + "\":\"300\"}}", 422, "wrong_type");
        expectRefused("appraiser", "{\"set\":{\"trucks/" + std::to_string(m_truck) + "/plate\":\"x\"}}", 422,
                      "unknown_field");
        const Answer a = patch("appraiser", body, version());
        QVERIFY2(a.status == 200, a.body.c_str());
        QCOMPARE(scalar("SELECT appraised_value_fen FROM trucks WHERE id = " + std::to_string(m_truck)),
                 30000000);
        // The answer's truck carries the value and who appraised it.
        const auto trucks = json(a.body)->getObject("file")->getArray("trucks");
        bool seen = false;
        for (std::size_t i = 0; i < trucks->size(); ++i) {
            const auto t = trucks->getObject(static_cast<unsigned>(i));
            if (t->getValue<Id>("id") == m_truck) {
                seen = true;
                QCOMPARE(t->getValue<std::int64_t>("appraisedValueFen"), std::int64_t(30000000));
                QCOMPARE(t->getValue<Id>("appraisedBy"), m_api.userId("appraiser"));
            }
        }
        QVERIFY(seen);
    }
};

QTEST_GUILESS_MAIN(TstServerCovenants)
#include "tst_server_covenants.moc"
