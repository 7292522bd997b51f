// The sync endpoints over real loopback HTTP (an in-process Poco HTTPServer on port 0 over a fresh
// demo database): Bearer tokens on every /api/v1 resource but health and sign-in, the field patch
// with If-Match (merge, conflict, roles), idempotency keys, and the change feed — parsed with the
// sync client's own readers (sync/sync_reply.h). Every refusal leaves the database as it was.
#include "server_client.h"

#include "core/validation.h"
#include "server/sync_schema.h"
#include "storage/sync_patches.h"
#include "sync/sync_reply.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <sstream>

using namespace saggar;
using namespace saggar::server;
using saggar::test::Answer;
using saggar::test::errorCode;
using saggar::test::newKey;
using saggar::test::quoted;
using saggar::test::TestApiServer;

namespace {

// One item of POST /api/v1/patches.
std::string batchItem(Id file, std::int64_t base, const std::string& key, const std::string& patch)
{
    Poco::JSON::Object o;
    o.set("fileId", file);
    o.set("ifMatch", quoted(base));
    o.set("idempotencyKey", key);
    o.set("patch", patch);
    std::ostringstream out;
    o.stringify(out);
    return out.str();
}

} // namespace

class TstServerSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    TestApiServer m_api;
    std::map<std::string, Id> m_userIds;
    Id m_file = 0;  // the demo analyst's draft file
    Id m_other = 0; // a file the analyst did not prepare
    int m_keys = 0;

    std::string token(const std::string& login) { return m_api.token(login); }

    Answer request(const std::string& method, const std::string& path, const std::string& body,
                   const std::map<std::string, std::string>& headers)
    {
        return test::httpCall(m_api.port(), method, path, body, {headers.begin(), headers.end()},
                              method == "GET" ? test::noBody() : test::HttpOptions{});
    }

    Answer patch(const std::string& login, Id file, const std::string& body, std::optional<std::int64_t> base,
                 std::string key = {})
    {
        std::map<std::string, std::string> headers{{"Authorization", "Bearer " + token(login)},
                                                   {"Idempotency-Key", key.empty() ? newKey() : key}};
        if (base)
            headers["If-Match"] = quoted(*base);
        return request("PATCH", "/api/v1/files/" + std::to_string(file), body, headers);
    }

    Answer feed(const std::string& login, std::int64_t cursor, int limit)
    {
        return request("GET",
                       "/api/v1/changes?cursor=" + std::to_string(cursor) + "&limit=" + std::to_string(limit),
                       {}, {{"Authorization", "Bearer " + token(login)}});
    }

    std::int64_t scalar(const std::string& sql) { return m_api.scalar(sql); }

    std::int64_t version(Id file)
    {
        return scalar("SELECT version FROM loan_files WHERE id = " + std::to_string(file));
    }

    // Everything a write may touch, to compare before and after a refusal.
    std::string snapshot()
    {
        return m_api.text(
            "SELECT (SELECT group_concat(id || ':' || version || ':' || amount_fen || ':' || term_months || "
            "':' || "
            "purpose, '|') FROM loan_files) || '#' || (SELECT count(*) FROM server_changes) || '#' || "
            "(SELECT count(*) FROM server_field_log) || '#' || (SELECT count(*) FROM server_idempotency)");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_api.open(m_dir.path().toStdString()).ok());
        Database& db = m_api.db();
        m_userIds = m_api.userIds();
        const std::string analyst = std::to_string(m_userIds["analyst"]);
        auto other =
            db.queryInt64("SELECT min(id) FROM loan_files WHERE coalesce(analyst_id, 0) <> " + analyst);
        QVERIFY(other.ok() && other.value() > 0);
        m_other = other.value();
        auto file = db.queryInt64("SELECT min(id) FROM loan_files WHERE id <> " + std::to_string(m_other));
        QVERIFY(file.ok());
        m_file = file.value();
        // A known starting point: the analyst's draft.
        QVERIFY(db.exec("UPDATE loan_files SET state = 'draft', analyst_id = " + analyst +
                        ", appraiser_id = " + std::to_string(m_userIds["appraiser"]) +
                        ", amount_fen = 100000000, term_months = 24, purpose = 'kiln' WHERE id = " +
                        std::to_string(m_file))
                    .ok());
        QVERIFY(ensureSyncSchema(db, m_clock.nowMs()).ok());
        QVERIFY(ensureSyncSchema(db, m_clock.nowMs()).ok()); // a second start changes nothing
        QCOMPARE(db.queryInt64("SELECT count(*) FROM server_changes").value(),
                 db.queryInt64("SELECT count(*) FROM loan_files").value());
        QVERIFY(m_api.start(m_clock).ok());
    }

    void cleanupTestCase() { m_api.stop(); }

    void badTokensAreRefusedWithoutEffect_data()
    {
        QTest::addColumn<QString>("authorization");
        QTest::addColumn<QString>("code");
        const auto now = m_clock.nowMs();
        const std::string analyst = std::to_string(m_userIds["analyst"]);
        const TokenService forger("not-the-server-secret");
        QTest::newRow("missing") << QString() << "token_missing";
        QTest::newRow("not bearer") << "Basic YW5hbHlzdDpzYWdnYXItZGVtbw=="
                                    << "token_invalid";
        QTest::newRow("garbage") << "Bearer abc.def.ghi"
                                 << "token_invalid";
        QTest::newRow("forged") << QString::fromStdString(
                                       "Bearer " + forger.issue({analyst, "analyst", kWorkstationAudience,
                                                                 now, now + kPersonTokenLifetimeMs}))
                                << "token_invalid";
        QTest::newRow("expired") << QString::fromStdString(
                                        "Bearer " +
                                        m_api.tokens().issue({analyst, "analyst", kWorkstationAudience,
                                                              now - 9 * 3600000LL, now - 3600000LL}))
                                 << "token_expired";
        QTest::newRow("device audience")
            << QString::fromStdString("Bearer " + m_api.tokens().issue({analyst, "analyst", kDeviceAudience,
                                                                        now, now + kPersonTokenLifetimeMs}))
            << "token_invalid";
        QTest::newRow("role escalation")
            << QString::fromStdString("Bearer " +
                                      m_api.tokens().issue({analyst, "manager", kWorkstationAudience, now,
                                                            now + kPersonTokenLifetimeMs}))
            << "token_invalid";
        QTest::newRow("unknown user")
            << QString::fromStdString("Bearer " +
                                      m_api.tokens().issue({"9999", "analyst", kWorkstationAudience, now,
                                                            now + kPersonTokenLifetimeMs}))
            << "token_invalid";
    }

    void badTokensAreRefusedWithoutEffect()
    {
        QFETCH(QString, authorization);
        QFETCH(QString, code);
        std::map<std::string, std::string> headers{{"If-Match", quoted(version(m_file))},
                                                   {"Idempotency-Key", newKey()}};
        if (!authorization.isEmpty())
            headers["Authorization"] = authorization.toStdString();
        const auto before = snapshot();
        const Answer p = request("PATCH", "/api/v1/files/" + std::to_string(m_file),
                                 R"({"set":{"purpose":"stolen"}})", headers);
        QCOMPARE(p.status, 401);
        QCOMPARE(QString::fromStdString(errorCode(p.body)), code);
        const Answer f = request("GET", "/api/v1/changes?cursor=0", {}, headers);
        QCOMPARE(f.status, 401);
        QCOMPARE(QString::fromStdString(errorCode(f.body)), code);
        QCOMPARE(snapshot(), before);
        // Health and sign-in need no token.
        QCOMPARE(request("GET", "/api/v1/health", {}, {}).status, 200);
    }

    void patchOnCurrentVersionIsApplied()
    {
        const auto v = version(m_file);
        const Answer a =
            patch("analyst", m_file, R"({"set":{"amountFen":120000000,"purpose":"two kilns"}})", v);
        QCOMPARE(a.status, 200);
        const auto accepted = parseAcceptedVersion(a.body);
        QVERIFY2(accepted.ok(), a.body.c_str());
        QCOMPARE(accepted.value(), v + 1);
        QCOMPARE(version(m_file), v + 1);
        QCOMPARE(scalar("SELECT amount_fen FROM loan_files WHERE id = " + std::to_string(m_file)),
                 120000000LL);
        QCOMPARE(scalar("SELECT count(*) FROM server_field_log WHERE file_id = " + std::to_string(m_file) +
                        " AND version = " + std::to_string(v + 1)),
                 2LL);
    }

    void refusedPatchesChangeNothing_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("otherFile");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("baseDelta"); // relative to the current version; -100 = no If-Match
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString ok = R"({"set":{"termMonths":30}})";
        QTest::newRow("no If-Match") << "analyst" << false << ok << -100 << 428 << "precondition_required";
        QTest::newRow("future version") << "analyst" << false << ok << 5 << 412 << "version_mismatch";
        QTest::newRow("analyst writes an approval")
            << "analyst" << false << R"({"set":{"termMonths":30,"approvals/1/decision":"approved"}})" << 0
            << 403 << "forbidden_field";
        QTest::newRow("analyst waives a covenant")
            << "analyst" << false << R"({"set":{"covenants/5/status":"waived"}})" << 0 << 403
            << "forbidden_field";
        QTest::newRow("appraiser edits the amount")
            << "appraiser" << false << R"({"set":{"amountFen":1}})" << 0 << 403 << "forbidden_field";
        QTest::newRow("manager edits a draft field")
            << "manager" << false << R"({"set":{"amountFen":1}})" << 0 << 403 << "forbidden_field";
        QTest::newRow("someone else's file") << "analyst" << true << ok << 0 << 404 << "not_found";
        QTest::newRow("negative amount")
            << "analyst" << false << R"({"set":{"amountFen":-5}})" << 0 << 422 << "validation";
        QTest::newRow("amount as text")
            << "analyst" << false << R"({"set":{"amountFen":"5"}})" << 0 << 422 << "wrong_type";
        QTest::newRow("unknown path")
            << "analyst" << false << R"({"set":{"amountYuan":5}})" << 0 << 422 << "unknown_field";
        QTest::newRow("state by patch")
            << "analyst" << false << R"({"set":{"state":"approved"}})" << 0 << 422 << "unknown_field";
        QTest::newRow("unknown member")
            << "analyst" << false << R"({"put":{"termMonths":30}})" << 0 << 422 << "unknown_field";
        QTest::newRow("malformed") << "analyst" << false << R"({"set":)" << 0 << 400 << "malformed_json";
    }

    void refusedPatchesChangeNothing()
    {
        QFETCH(QString, login);
        QFETCH(bool, otherFile);
        QFETCH(QString, body);
        QFETCH(int, baseDelta);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Id file = otherFile ? m_other : m_file;
        const auto before = snapshot();
        const std::optional<std::int64_t> base =
            baseDelta == -100 ? std::nullopt : std::optional<std::int64_t>(version(file) + baseDelta);
        const Answer a = patch(login.toStdString(), file, body.toStdString(), base);
        QCOMPARE(a.status, status);
        QCOMPARE(QString::fromStdString(errorCode(a.body)), code);
        QCOMPARE(snapshot(), before);
    }

    void badHeadersAreRefused()
    {
        const auto before = snapshot();
        const std::string path = "/api/v1/files/" + std::to_string(m_file);
        const std::string auth = "Bearer " + token("analyst");
        const std::string body = R"({"set":{"termMonths":30}})";
        for (const std::string ifMatch : {"7", "\"x\"", "\"-1\"", "W/\"3\""}) {
            const Answer a =
                request("PATCH", path, body,
                        {{"Authorization", auth}, {"If-Match", ifMatch}, {"Idempotency-Key", newKey()}});
            QCOMPARE(a.status, 400);
            QCOMPARE(errorCode(a.body), std::string("bad_header"));
        }
        const Answer noKey =
            request("PATCH", path, body, {{"Authorization", auth}, {"If-Match", quoted(version(m_file))}});
        QCOMPARE(noKey.status, 428);
        const Answer badKey = request("PATCH", path, body,
                                      {{"Authorization", auth},
                                       {"If-Match", quoted(version(m_file))},
                                       {"Idempotency-Key", "not-a-uuid"}});
        QCOMPARE(badKey.status, 400);
        QCOMPARE(snapshot(), before);
    }

    void staleBaseMergesDisjointFields()
    {
        const auto base = version(m_file);
        QCOMPARE(patch("analyst", m_file, R"({"set":{"termMonths":36}})", base).status, 200);
        // Made on the old base, touching another field: merges.
        const Answer a = patch("analyst", m_file, R"({"set":{"purpose":"three kilns"}})", base);
        QCOMPARE(a.status, 200);
        QCOMPARE(parseAcceptedVersion(a.body).value(), base + 2);
        QCOMPARE(scalar("SELECT term_months FROM loan_files WHERE id = " + std::to_string(m_file)), 36LL);
        QCOMPARE(version(m_file), base + 2);
    }

    void staleBaseOnTheSameFieldConflicts()
    {
        const auto base = version(m_file);
        const auto amountBefore =
            scalar("SELECT amount_fen FROM loan_files WHERE id = " + std::to_string(m_file));
        QCOMPARE(patch("analyst", m_file, R"({"set":{"amountFen":390000000}})", base).status, 200);
        const auto before = snapshot();
        const Answer a = patch("analyst", m_file, R"({"set":{"amountFen":400000000,"termMonths":48}})", base);
        QCOMPARE(a.status, 409);
        QCOMPARE(snapshot(), before);
        const auto reply = parseConflictReply(a.body);
        QVERIFY2(reply.ok(), a.body.c_str());
        QCOMPARE(reply.value().code, std::string("conflict"));
        QCOMPARE(reply.value().currentVersion, base + 1);
        QCOMPARE(reply.value().fields.size(), std::size_t(1)); // termMonths was not touched since base
        const ConflictField& f = reply.value().fields[0];
        QCOMPARE(f.path, std::string("amountFen"));
        QCOMPARE(f.baseJson, std::to_string(amountBefore));
        QCOMPARE(f.theirsJson, std::string("390000000"));
        QCOMPARE(f.mineJson, std::string("400000000"));
        QCOMPARE(f.theirsVersion, base + 1);
        QVERIFY(!f.theirsBy.empty());
        // Resent on the current version, as the conflict dialog's "keep mine" does: applied.
        QCOMPARE(patch("analyst", m_file, R"({"set":{"amountFen":400000000}})", reply.value().currentVersion)
                     .status,
                 200);
    }

    void aBaseBeforeTheLogConflictsOnEveryPath()
    {
        const auto v = version(m_file);
        // The server began logging at the version the file had then; anything older is unknown.
        const auto logStart =
            scalar("SELECT min(version) FROM server_changes WHERE file_id = " + std::to_string(m_file));
        QVERIFY(logStart > 1);
        const auto before = snapshot();
        const Answer a = patch("analyst", m_file, R"({"set":{"purpose":"old"}})", logStart - 1);
        QCOMPARE(a.status, 409);
        QCOMPARE(parseConflictReply(a.body).value().fields.size(), std::size_t(1));
        QCOMPARE(version(m_file), v);
        QCOMPARE(snapshot(), before);
    }

    void aRepeatedKeyReplaysTheFirstAnswer()
    {
        const auto v = version(m_file);
        const std::string key = newKey();
        const std::string body = R"({"set":{"termMonths":60}})";
        const Answer first = patch("analyst", m_file, body, v, key);
        QVERIFY2(first.status == 200, first.body.c_str());
        const auto after = snapshot();
        // The answer was lost; the client sends the same request again.
        const Answer again = patch("analyst", m_file, body, v, key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.replayed, std::string("true"));
        QCOMPARE(snapshot(), after);
        QCOMPARE(version(m_file), v + 1);
        // The same key with another body: refused, nothing changes.
        const Answer reused = patch("analyst", m_file, R"({"set":{"termMonths":12}})", v + 1, key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(errorCode(reused.body), std::string("idempotency_key_reused"));
        QCOMPARE(snapshot(), after);
        // Keys are per user: the manager's use of the same key is a different key (refused for its role).
        QCOMPARE(patch("manager", m_file, body, v + 1, key).status, 403);
        // A refused request is not stored: the key can be used again once the request is fixed.
        const std::string key2 = newKey();
        QCOMPARE(patch("analyst", m_file, R"({"set":{"termMonths":0}})", v + 1, key2).status, 422);
        QCOMPARE(patch("analyst", m_file, R"({"set":{"termMonths":48}})", v + 1, key2).status, 200);
    }

    void theFeedPagesThroughEveryReadableFile()
    {
        const auto files = scalar("SELECT count(*) FROM loan_files");
        std::int64_t cursor = 0;
        std::map<Id, std::int64_t> seen;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const Answer a = feed("manager", cursor, 7);
            QCOMPARE(a.status, 200);
            const auto page = parseChangePage(a.body, cursor);
            QVERIFY2(page.ok(), page.ok() ? "" : page.error().message.c_str());
            QVERIFY(page.value().changes.size() <= 7);
            std::set<Id> inPage;
            for (const FeedChange& c : page.value().changes) {
                QVERIFY(inPage.insert(c.loanFileId).second); // one entry per file per page
                seen[c.loanFileId] = c.version;
            }
            cursor = page.value().cursor;
            more = page.value().more;
            QVERIFY(pages < 1000);
        }
        QCOMPARE(static_cast<std::int64_t>(seen.size()), files);
        QCOMPARE(seen[m_file], version(m_file));
        // Nothing new: an empty page at the same cursor.
        const auto empty = parseChangePage(feed("manager", cursor, 7).body, cursor);
        QVERIFY(empty.ok());
        QVERIFY(empty.value().changes.empty());
        QCOMPARE(empty.value().cursor, cursor);
        QVERIFY(!empty.value().more);
        // A write shows up after the cursor, with its summary.
        QCOMPARE(patch("analyst", m_file, R"({"set":{"purpose":"feed"}})", version(m_file)).status, 200);
        const Answer next = feed("manager", cursor, 7);
        const auto page = parseChangePage(next.body, cursor);
        QVERIFY(page.ok());
        QCOMPARE(page.value().changes.size(), std::size_t(1));
        QCOMPARE(page.value().changes[0].loanFileId, m_file);
        QCOMPARE(page.value().changes[0].version, version(m_file));
        const auto file = Poco::JSON::Parser()
                              .parse(next.body)
                              .extract<Poco::JSON::Object::Ptr>()
                              ->getArray("changes")
                              ->getObject(0)
                              ->getObject("file");
        QCOMPARE(file->getValue<std::string>("purpose"), std::string("feed"));
    }

    void theFeedShowsOnlyReadableFiles()
    {
        const std::string analyst = std::to_string(m_userIds["analyst"]);
        const auto own = scalar("SELECT count(*) FROM loan_files WHERE analyst_id = " + analyst);
        const auto page = parseChangePage(feed("analyst", 0, 1000).body, 0);
        QVERIFY(page.ok());
        QCOMPARE(static_cast<std::int64_t>(page.value().changes.size()), own);
        for (const FeedChange& c : page.value().changes)
            QVERIFY(c.loanFileId != m_other);
    }

    void badFeedQueriesAreRefused()
    {
        const std::string auth = "Bearer " + token("manager");
        for (const std::string q : {"cursor=-1", "cursor=abc", "limit=", "since=3"}) {
            const Answer a = request("GET", "/api/v1/changes?" + q, {}, {{"Authorization", auth}});
            QCOMPARE(a.status, 400);
            QCOMPARE(errorCode(a.body), std::string("bad_query"));
        }
    }

    // Newly pledged trucks and kilns, as the workstation queues them (storage/sync_patches.h).
    void addedAssetsArePledgedOnceAndMerge()
    {
        Truck t;
        t.vin = "LFWADRJF0P1000007";
        t.vin[8] = *vinCheckDigit(t.vin);
        t.plate = "粤E9Z001";
        t.brand = "FAW Jiefang";
        t.model = "J6P";
        t.year = 2023;
        t.purchasePrice = Money::fromYuan(420000);
        t.trackerId = "TRK-TEST-0001";
        const std::string addTruck = truckAddPatch(t);
        const std::string file = std::to_string(m_file);
        const auto trucksOfFile = [&] {
            return scalar("SELECT count(*) FROM trucks WHERE loan_file_id = " + file);
        };
        const std::int64_t before = trucksOfFile();

        // Refusals first: each leaves the database as it was.
        const std::string untouched = snapshot();
        const std::int64_t v = version(m_file);
        std::string badVin = addTruck;
        std::string wrongCheck = t.vin;
        wrongCheck[8] = wrongCheck[8] == '1' ? '2' : '1';
        badVin.replace(badVin.find(t.vin), t.vin.size(), wrongCheck);
        QCOMPARE(errorCode(patch("analyst", m_file, badVin, v).body), std::string("validation"));
        QCOMPARE(patch("appraiser", m_file, addTruck, v).status, 403);
        QCOMPARE(errorCode(patch("analyst", m_file, R"({"add":{"trucks":[{"vin":1}]}})", v).body),
                 std::string("validation")); // members missing
        QCOMPARE(errorCode(patch("analyst", m_file, R"({"add":{"boats":[{}]}})", v).body),
                 std::string("unknown_field"));
        QCOMPARE(errorCode(patch("analyst", m_file, R"({"add":{"trucks":[]}})", v).body),
                 std::string("wrong_type"));
        std::string wrongType = addTruck;
        wrongType.replace(wrongType.find("\"year\":2023"), 11, "\"year\":\"2023\"");
        QCOMPARE(errorCode(patch("analyst", m_file, wrongType, v).body), std::string("wrong_type"));
        QCOMPARE(snapshot(), untouched);
        QCOMPARE(trucksOfFile(), before);

        // Accepted once, replayed on a repeat of the key, refused as a duplicate VIN under a new key.
        const std::string key = newKey();
        const Answer first = patch("analyst", m_file, addTruck, v, key);
        QVERIFY2(first.status == 200, first.body.c_str());
        QCOMPARE(patch("analyst", m_file, addTruck, v, key).replayed, std::string("true"));
        QCOMPARE(trucksOfFile(), before + 1);
        QCOMPARE(scalar("SELECT count(*) FROM server_field_log WHERE file_id = " + file +
                        " AND path LIKE 'trucks/%' AND version = " + std::to_string(v + 1)),
                 1);
        QCOMPARE(patch("analyst", m_file, addTruck, v + 1).status, 422);

        // A kiln added on the stale base merges with the truck: adds touch no field.
        Kiln k;
        k.type = KilnType::Roller;
        k.lengthM = 180.5;
        k.dailyCapacity = 9000;
        k.yearInstalled = 2021;
        k.purchaseCost = Money::fromYuan(3200000);
        k.gatewayId = "GW-TEST-0001";
        const Answer merged = patch("analyst", m_file, kilnAddPatch(k), v);
        QCOMPARE(merged.status, 200);
        QCOMPARE(version(m_file), v + 2);
        QCOMPARE(scalar("SELECT count(*) FROM kilns WHERE loan_file_id = " + file +
                        " AND gateway_id = 'GW-TEST-0001'"),
                 1);
    }

    // POST /api/v1/patches: a malformed batch changes nothing; items are answered like their PATCH.
    void batchesAreCheckedWholeThenAppliedInOrder()
    {
        const std::map<std::string, std::string> auth{{"Authorization", "Bearer " + token("analyst")}};
        const std::string before = snapshot();
        const std::int64_t v = version(m_file);
        const std::string file = std::to_string(m_file);
        const std::string good = batchItem(m_file, v, newKey(), "{\"set\":{\"termMonths\":30}}");
        for (const auto& [body, status] : std::vector<std::pair<std::string, int>>{
                 {"not json", 400},
                 {R"({"patches":[]})", 422},
                 {R"({"patches":[)" + good + R"(,{"fileId":"1","patch":"{}"}]})", 422},
                 {R"({"patches":[)" + good + R"(,{"fileId":1,"patch":{"set":{}}}]})", 422},
                 {R"({"patches":[)" + good + R"(],"extra":1})", 422}}) {
            QCOMPARE(request("POST", "/api/v1/patches", body, auth).status, status);
            QCOMPARE(snapshot(), before);
        }
        std::string many = R"({"patches":[)";
        for (int i = 0; i < 501; ++i)
            many += (i ? "," : "") + good;
        QCOMPARE(request("POST", "/api/v1/patches", many + "]}", auth).status, 413);
        QCOMPARE(snapshot(), before);

        // Applied in order with each its own answer: the second item is refused (a bad value), the
        // third lands on the version the first made.
        const std::string second = batchItem(m_file, v + 1, newKey(), "{\"set\":{\"termMonths\":0}}");
        const std::string third = batchItem(m_file, v + 1, newKey(), "{\"set\":{\"purpose\":\"batch\"}}");
        const Answer a = request("POST", "/api/v1/patches",
                                 R"({"patches":[)" + good + "," + second + "," + third + "]}", auth);
        QCOMPARE(a.status, 200);
        const auto results =
            Poco::JSON::Parser().parse(a.body).extract<Poco::JSON::Object::Ptr>()->getArray("results");
        QCOMPARE(results->size(), std::size_t(3));
        QCOMPARE(results->getObject(0)->getValue<int>("status"), 200);
        QCOMPARE(results->getObject(1)->getValue<int>("status"), 422);
        QCOMPARE(results->getObject(2)->getValue<int>("status"), 200);
        QCOMPARE(version(m_file), v + 2);
        QCOMPARE(scalar("SELECT term_months FROM loan_files WHERE id = " + file), 30);
    }
};

QTEST_GUILESS_MAIN(TstServerSync)
#include "tst_server_sync.moc"
