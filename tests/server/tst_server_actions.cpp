// POST /api/v1/files/{id}/actions over real loopback HTTP: the server runs core's workflow as the
// signed-in person, so a role that may not move the file is refused (403) and a precondition that
// fails is 409 workflow_refused, with nothing written; If-Match must be the current version (412);
// a move arrives once however often its key is replayed, and the feed and field log follow it.
#include "server_client.h"

#include "core/workflow_service.h"
#include "storage/sqlite_workflow_store.h"
#include "sync/sync_reply.h"

#include <Poco/JSON/Parser.h>

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <tuple>

using namespace saggar;
using namespace saggar::server;
using saggar::test::Answer;
using saggar::test::errorCode;
using saggar::test::newKey;
using saggar::test::quoted;
using saggar::test::TestApiServer;

namespace {

Poco::JSON::Object::Ptr parsed(const std::string& body)
{
    return Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
}

} // namespace

class TstServerActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    TestApiServer m_api;
    std::map<std::string, Id> m_ids;
    Id m_file = 0;

    std::string token(const std::string& login) { return m_api.token(login); }

    Answer request(const std::string& method, const std::string& path, const std::string& body,
                   const std::map<std::string, std::string>& headers)
    {
        return test::httpCall(m_api.port(), method, path, body, {headers.begin(), headers.end()},
                              method == "GET" ? test::noBody() : test::HttpOptions{});
    }

    // One action as `login`, on `base` (the current version when absent), with a fresh key unless given.
    Answer act(const std::string& login, const std::string& body, std::optional<std::int64_t> base = {},
               std::string key = {}, Id file = 0)
    {
        return request("POST", "/api/v1/files/" + std::to_string(file ? file : m_file) + "/actions", body,
                       {{"Authorization", "Bearer " + token(login)},
                        {"If-Match", quoted(base ? *base : version())},
                        {"Idempotency-Key", key.empty() ? newKey() : key}});
    }

    Answer patch(const std::string& login, const std::string& body, std::optional<std::int64_t> base = {})
    {
        return request("PATCH", "/api/v1/files/" + std::to_string(m_file), body,
                       {{"Authorization", "Bearer " + token(login)},
                        {"If-Match", quoted(base ? *base : version())},
                        {"Idempotency-Key", newKey()}});
    }

    std::int64_t scalar(const std::string& sql) { return m_api.scalar(sql); }
    std::string text(const std::string& sql) { return m_api.text(sql); }
    std::int64_t version()
    {
        return scalar("SELECT version FROM loan_files WHERE id = " + std::to_string(m_file));
    }
    std::string state() { return text("SELECT state FROM loan_files WHERE id = " + std::to_string(m_file)); }

    // Everything a move may touch, to compare before and after a refusal.
    std::string snapshot()
    {
        return text(
            "SELECT (SELECT group_concat(id || ':' || version || ':' || state || ':' || "
            "coalesce(appraiser_id, 0) || ':' || coalesce(manager_id, 0), '|') FROM loan_files) || '#' || "
            "(SELECT count(*) FROM approvals) || '#' || (SELECT count(*) FROM audit_log) || '#' || "
            "(SELECT count(*) FROM server_changes) || '#' || (SELECT count(*) FROM server_field_log) || "
            "'#' || (SELECT count(*) FROM server_idempotency)");
    }

    // What the server has no endpoint for yet, done on its database as the workflow would.
    template <typename Step> void onServer(Step step)
    {
        std::lock_guard lock(m_api.mutex());
        SqliteWorkflowStore store(m_api.db(), m_dir.filePath("attachments").toStdString());
        store.setQueueForSync(false);
        WorkflowService service(store, [this] { return m_clock.nowMs(); });
        step(service);
    }
    Actor actor(const std::string& login, Role role) { return Actor{m_ids.at(login), role, login}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_api.open(m_dir.path().toStdString()).ok());
        Database& db = m_api.db();
        m_ids = m_api.userIds();
        const std::string analyst = std::to_string(m_ids["analyst"]);
        // A draft of the demo analyst's with pledged collateral.
        auto file = db.queryInt64("SELECT min(f.id) FROM loan_files f WHERE EXISTS (SELECT 1 FROM trucks t "
                                  "WHERE t.loan_file_id = f.id) AND EXISTS (SELECT 1 FROM kilns k WHERE "
                                  "k.loan_file_id = f.id)");
        QVERIFY(file.ok() && file.value() > 0);
        m_file = file.value();
        QVERIFY(db.exec("UPDATE loan_files SET state = 'draft', analyst_id = " + analyst +
                        ", appraiser_id = NULL, manager_id = NULL, amount_fen = 100000000 WHERE id = " +
                        std::to_string(m_file))
                    .ok());
        QVERIFY(
            db.exec("UPDATE documents SET status = 'missing' WHERE loan_file_id = " + std::to_string(m_file))
                .ok());
        for (const char* table : {"trucks", "kilns"})
            QVERIFY(db.exec(std::string("UPDATE ") + table +
                            " SET appraised_value_fen = 0, appraised_by = NULL WHERE loan_file_id = " +
                            std::to_string(m_file))
                        .ok());
        QVERIFY(m_api.start(m_clock).ok());
    }

    void cleanupTestCase() { m_api.stop(); }

    void badRequestsChangeNothing_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("ifMatch"); // "current": the file's version; "none": no header
        QTest::addColumn<QString>("key");     // "fresh", "none" or the header's text
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString submit = R"({"action":"submit","reason":""})";
        QTest::newRow("no If-Match") << "POST"
                                     << "" << submit << "none"
                                     << "fresh" << 428 << "precondition_required";
        QTest::newRow("If-Match not quoted") << "POST"
                                             << "" << submit << "7"
                                             << "fresh" << 400 << "bad_header";
        QTest::newRow("no key") << "POST"
                                << "" << submit << "current"
                                << "none" << 428 << "precondition_required";
        QTest::newRow("key not a UUID") << "POST"
                                        << "" << submit << "current"
                                        << "abc" << 400 << "bad_header";
        QTest::newRow("stale version") << "POST"
                                       << "" << submit << "stale"
                                       << "fresh" << 412 << "version_mismatch";
        QTest::newRow("future version") << "POST"
                                        << "" << submit << "future"
                                        << "fresh" << 412 << "version_mismatch";
        QTest::newRow("unknown action") << "POST"
                                        << ""
                                        << R"({"action":"bless"})"
                                        << "current"
                                        << "fresh" << 422 << "validation";
        QTest::newRow("no action") << "POST"
                                   << ""
                                   << R"({"reason":"x"})"
                                   << "current"
                                   << "fresh" << 422 << "validation";
        QTest::newRow("unknown member") << "POST"
                                        << ""
                                        << R"({"action":"submit","state":"approved"})"
                                        << "current"
                                        << "fresh" << 422 << "unknown_field";
        QTest::newRow("action as a number") << "POST"
                                            << ""
                                            << R"({"action":3})"
                                            << "current"
                                            << "fresh" << 422 << "wrong_type";
        QTest::newRow("malformed") << "POST"
                                   << ""
                                   << R"({"action":)"
                                   << "current"
                                   << "fresh" << 400 << "malformed_json";
        QTest::newRow("no such file") << "POST"
                                      << "/api/v1/files/999999/actions" << submit << "current"
                                      << "fresh" << 404 << "not_found";
        QTest::newRow("GET") << "GET"
                             << ""
                             << ""
                             << "current"
                             << "fresh" << 405 << "method_not_allowed";
    }

    void badRequestsChangeNothing()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(QString, ifMatch);
        QFETCH(QString, key);
        QFETCH(int, status);
        QFETCH(QString, code);
        std::map<std::string, std::string> headers{{"Authorization", "Bearer " + token("analyst")}};
        const std::int64_t v = version();
        if (ifMatch == "current")
            headers["If-Match"] = quoted(v);
        else if (ifMatch == "stale")
            headers["If-Match"] = quoted(v - 1);
        else if (ifMatch == "future")
            headers["If-Match"] = quoted(v + 3);
        else if (ifMatch != "none")
            headers["If-Match"] = ifMatch.toStdString();
        if (key == "fresh")
            headers["Idempotency-Key"] = newKey();
        else if (key != "none")
            headers["Idempotency-Key"] = key.toStdString();
        const auto before = snapshot();
        const Answer a = request(method.toStdString(),
                                 path.isEmpty() ? "/api/v1/files/" + std::to_string(m_file) + "/actions"
                                                : path.toStdString(),
                                 body.toStdString(), headers);
        QCOMPARE(a.status, status);
        QCOMPARE(QString::fromStdString(errorCode(a.body)), code);
        QCOMPARE(snapshot(), before);
    }

    // The memo and documents by field patch, judged by core's rules as the caller (an appraiser cannot
    // even read a draft).
    void memoAndDocumentsByPatch()
    {
        const std::string doc = std::to_string(
            scalar("SELECT min(id) FROM documents WHERE loan_file_id = " + std::to_string(m_file)));
        const std::string status = "documents/" + doc + "/status";
        auto before = snapshot();
        for (const auto& [login, body, code] :
             {std::tuple{"appraiser", "{\"set\":{\"" + status + "\":\"received\"}}", "not_found"},
              std::tuple{"analyst",
                         "{\"set\":{\"" + status + "\":\"waived\",\"documents/" + doc +
                             "/justification\":\"The borrower is well known to us\"}}",
                         "forbidden_field"},
              std::tuple{"analyst", "{\"set\":{\"" + status + "\":\"lost\"}}", "validation"},
              std::tuple{"analyst", std::string("{\"set\":{\"documents/999999/status\":\"received\"}}"),
                         "not_found"},
              std::tuple{"analyst", std::string("{\"set\":{\"memo/sections/summary\":\"x\"}}"),
                         "unknown_field"},
              std::tuple{"analyst",
                         "{\"set\":{\"memo/sections/risk\":\"x\",\"" + status + "\":\"received\"}}",
                         "validation"}}) {
            const Answer a = patch(login, body);
            QVERIFY2(a.status >= 400 && a.status < 500, a.body.c_str());
            QVERIFY2(errorCode(a.body) == code, a.body.c_str());
            QCOMPARE(snapshot(), before);
        }
        const std::int64_t v = version();
        Answer a = patch("analyst", "{\"set\":{\"" + status + "\":\"received\",\"documents/" + doc +
                                        "/note\":\"original seen\"}}");
        QCOMPARE(a.status, 200);
        QCOMPARE(parseAcceptedVersion(a.body).value(), v + 1);
        QCOMPARE(text("SELECT status || '/' || note FROM documents WHERE id = " + doc),
                 std::string("received/original seen"));
        a = patch("analyst", R"({"set":{"memo/sections/risk":"Thin margins this year"}})");
        QCOMPARE(a.status, 200);
        QCOMPARE(
            scalar("SELECT count(*) FROM server_field_log WHERE path = 'memo/sections/risk' AND file_id = " +
                   std::to_string(m_file)),
            1LL);
        // On the base before that: another section merges, the same section is a conflict.
        a = patch("analyst", R"({"set":{"memo/sections/purpose":"Two roller kilns"}})", v + 1);
        QCOMPARE(a.status, 200);
        before = snapshot();
        a = patch("analyst", R"({"set":{"memo/sections/risk":"Margins recover next year"}})", v + 1);
        QCOMPARE(a.status, 409);
        const auto conflict = parseConflictReply(a.body);
        QVERIFY2(conflict.ok(), a.body.c_str());
        QCOMPARE(conflict->fields.size(), std::size_t(1));
        QCOMPARE(conflict->fields[0].baseJson, std::string("\"\""));
        QCOMPARE(conflict->fields[0].theirsJson, std::string("\"Thin margins this year\""));
        QCOMPARE(conflict->fields[0].mineJson, std::string("\"Margins recover next year\""));
        QCOMPARE(snapshot(), before);
        QCOMPARE(text("SELECT group_concat(version, ',') FROM credit_memos WHERE loan_file_id = " +
                      std::to_string(m_file)),
                 std::string("1,2"));
    }

    void submitIsJudgedByCoreAndArrivesOnce()
    {
        const std::string submit = R"({"action":"submit","reason":""})";
        // Documents missing: core refuses the move (a precondition), nothing written.
        auto before = snapshot();
        Answer a = act("analyst", submit);
        QCOMPARE(a.status, 409);
        QCOMPARE(errorCode(a.body), std::string("workflow_refused"));
        QVERIFY2(parsed(a.body)->getObject("error")->getValue<std::string>("message").find("missing") !=
                     std::string::npos,
                 a.body.c_str());
        QCOMPARE(snapshot(), before);
        // The appraiser may not submit: 403 and nothing written.
        a = act("appraiser", submit);
        QCOMPARE(a.status, 403);
        QCOMPARE(errorCode(a.body), std::string("forbidden_role"));
        QCOMPARE(snapshot(), before);

        onServer([&](WorkflowService& service) {
            auto ctx = service.context(m_file);
            QVERIFY(ctx.ok());
            for (const Document& d : ctx->documents)
                if (d.status == DocumentStatus::Missing)
                    QVERIFY(service
                                .updateDocument(actor("analyst", Role::Analyst), m_file,
                                                DocumentRequest{d.id, DocumentStatus::Received, "", ""})
                                .ok());
            CreditMemo memo;
            for (MemoSection s : allValues<MemoSection>())
                memo.section(s) = "Steady export orders / " + std::string(key(s));
            memo.authorId = m_ids["analyst"];
            QVERIFY(service.saveMemo(actor("analyst", Role::Analyst), m_file, memo).ok());
        });
        const std::int64_t v = version();
        const std::int64_t feed = scalar("SELECT count(*) FROM server_changes");
        const std::string key = newKey();
        a = act("analyst", submit, v, key);
        QCOMPARE(a.status, 200);
        QCOMPARE(parseAcceptedVersion(a.body).value(), v + 1);
        QCOMPARE(parsed(a.body)->getValue<std::string>("state"), std::string("submitted"));
        QCOMPARE(state(), std::string("submitted"));
        QCOMPARE(version(), v + 1);
        QCOMPARE(scalar("SELECT count(*) FROM server_changes"), feed + 1);
        QCOMPARE(scalar("SELECT count(*) FROM server_field_log WHERE path = 'state' AND file_id = " +
                        std::to_string(m_file) + " AND version = " + std::to_string(v + 1)),
                 1LL);
        // The lost answer asked for again: the first answer, no second move.
        before = snapshot();
        const Answer again = act("analyst", submit, v, key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, a.body);
        QCOMPARE(again.replayed, std::string("true"));
        QCOMPARE(snapshot(), before);
        // The same key with another move is refused.
        const Answer reused =
            act("analyst", R"({"action":"return_for_rework","reason":"Wrong figures in memo"})", v + 1, key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(errorCode(reused.body), std::string("idempotency_key_reused"));
        QCOMPARE(snapshot(), before);
    }

    void appraisalAndRiskThroughActions()
    {
        Answer a = act("appraiser", R"({"action":"start_appraisal","reason":""})");
        QCOMPARE(a.status, 200);
        QCOMPARE(scalar("SELECT appraiser_id FROM loan_files WHERE id = " + std::to_string(m_file)),
                 m_ids["appraiser"]);
        // No values yet: core refuses completing the appraisal.
        const auto before = snapshot();
        a = act("appraiser", R"({"action":"complete_appraisal","reason":""})");
        QCOMPARE(a.status, 409);
        QCOMPARE(errorCode(a.body), std::string("workflow_refused"));
        QCOMPARE(snapshot(), before);
        onServer([&](WorkflowService& service) {
            auto ctx = service.context(m_file);
            QVERIFY(ctx.ok());
            for (const Truck& t : ctx->trucks)
                QVERIFY(service
                            .enterValuation(actor("appraiser", Role::Appraiser), m_file,
                                            ValuationRequest{true, t.id, Money::fromYuan(2'000'000)})
                            .ok());
            for (const Kiln& k : ctx->kilns)
                QVERIFY(service
                            .enterValuation(actor("appraiser", Role::Appraiser), m_file,
                                            ValuationRequest{false, k.id, Money::fromYuan(2'000'000)})
                            .ok());
        });
        QCOMPARE(act("appraiser", R"({"action":"complete_appraisal","reason":""})").status, 200);
        // A grade needs a rationale of some length (core's rule, judged on the server).
        a = act("analyst", R"({"action":"assess_risk","reason":"","grade":"b","rationale":"ok"})");
        QCOMPARE(a.status, 422);
        QCOMPARE(errorCode(a.body), std::string("validation"));
        a = act(
            "analyst",
            R"({"action":"assess_risk","reason":"","grade":"z","rationale":"Low leverage, steady orders"})");
        QCOMPARE(a.status, 422);
        a = act(
            "analyst",
            R"({"action":"assess_risk","reason":"","grade":"b","rationale":"Low leverage, steady orders"})");
        QCOMPARE(a.status, 200);
        QCOMPARE(state(), std::string("auto_approved"));
    }

    void onlyAManagerApprovesAndOnce()
    {
        const std::string approve = R"({"action":"approve","reason":"Within limit, collateral ample"})";
        const auto approvals = [this] {
            return scalar("SELECT count(*) FROM approvals WHERE loan_file_id = " + std::to_string(m_file));
        };
        QCOMPARE(approvals(), 0LL);
        // Role escalation: the analyst (and the appraiser) may not approve; nothing is written.
        const auto before = snapshot();
        for (const char* who : {"analyst", "appraiser"}) {
            const Answer a = act(who, approve);
            QCOMPARE(a.status, 403);
            QCOMPARE(errorCode(a.body), std::string("forbidden_role"));
        }
        QCOMPARE(snapshot(), before);
        // On a stale version: refused, not merged.
        Answer a = act("manager", approve, version() - 1);
        QCOMPARE(a.status, 412);
        QCOMPARE(snapshot(), before);

        const std::int64_t v = version();
        const std::string key = newKey();
        a = act("manager", approve, v, key);
        QCOMPARE(a.status, 200);
        QCOMPARE(approvals(), 1LL);
        QCOMPARE(version(), v + 1);
        QCOMPARE(scalar("SELECT approver_id FROM approvals WHERE loan_file_id = " + std::to_string(m_file)),
                 m_ids["manager"]);
        const std::string after = state();
        QVERIFY2(after == "approved" || after == "auto_approved", after.c_str());
        QCOMPARE(parsed(a.body)->getValue<std::string>("state"), after);
        // Replayed: one approval.
        const Answer again = act("manager", approve, v, key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.replayed, std::string("true"));
        QCOMPARE(approvals(), 1LL);
        QCOMPARE(version(), v + 1);
    }
};

QTEST_GUILESS_MAIN(TstServerActions)
#include "tst_server_actions.moc"
