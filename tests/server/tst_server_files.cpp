// Deletes as tombstones, the file list and the file read, and the idempotency records' expiry, over
// real loopback HTTP (an in-process Poco HTTPServer on port 0 over a fresh demo database, the server's
// clock a ManualClock). Feed pages are read with the sync client's own reader (sync/sync_reply.h).
#include "server_client.h"

#include "server/idempotency_expiry.h"
#include "sync/sync_reply.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace saggar;
using namespace saggar::server;
using saggar::test::Answer;
using saggar::test::newKey;
using saggar::test::quoted;
using saggar::test::TestApiServer;

namespace {

constexpr TimestampMs kStart = 1795100000000;

} // namespace

class TstServerFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{kStart};
    TestApiServer m_api;
    std::map<std::string, Id> m_userIds;
    std::vector<Id> m_drafts; // the analyst's drafts, each test takes its own

    std::string token(const std::string& login) { return m_api.token(login); }

    Answer request(const std::string& method, const std::string& path, const std::string& body,
                   const std::map<std::string, std::string>& headers)
    {
        return test::httpCall(m_api.port(), method, path, body, {headers.begin(), headers.end()},
                              method == "PATCH" ? test::HttpOptions{} : test::noBody());
    }
    Answer get(const std::string& login, const std::string& path)
    {
        return request("GET", path, {}, {{"Authorization", "Bearer " + token(login)}});
    }
    Answer del(const std::string& login, Id file, std::optional<std::int64_t> base,
               std::string key = newKey())
    {
        std::map<std::string, std::string> headers{{"Authorization", "Bearer " + token(login)}};
        if (!key.empty())
            headers["Idempotency-Key"] = key;
        if (base)
            headers["If-Match"] = quoted(*base);
        return request("DELETE", "/api/v1/files/" + std::to_string(file), {}, headers);
    }
    Answer patch(const std::string& login, Id file, const std::string& body, std::int64_t base,
                 std::string key = newKey())
    {
        return request("PATCH", "/api/v1/files/" + std::to_string(file), body,
                       {{"Authorization", "Bearer " + token(login)},
                        {"Idempotency-Key", key},
                        {"If-Match", quoted(base)}});
    }
    std::int64_t scalar(const std::string& sql) { return m_api.scalar(sql); }
    std::int64_t version(Id file)
    {
        return scalar("SELECT version FROM loan_files WHERE id = " + std::to_string(file));
    }
    std::string snapshot()
    {
        return m_api.text(
            "SELECT (SELECT group_concat(id || ':' || version || ':' || state, '|') FROM loan_files) || '#' "
            "|| "
            "(SELECT count(*) FROM server_changes) || '#' || (SELECT count(*) FROM server_tombstones) || '#' "
            "|| "
            "(SELECT count(*) FROM server_field_log) || '#' || (SELECT count(*) FROM server_idempotency)");
    }
    Id takeDraft()
    {
        const Id id = m_drafts.back();
        m_drafts.pop_back();
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_api.open(m_dir.path().toStdString()).ok());
        Database& db = m_api.db();
        m_userIds = m_api.userIds();
        const std::string analyst = std::to_string(m_userIds["analyst"]);
        QVERIFY(db.exec("UPDATE loan_files SET state = 'draft', analyst_id = " + analyst +
                        " WHERE id IN (SELECT id FROM loan_files ORDER BY id LIMIT 6)")
                    .ok());
        auto st = db.prepare("SELECT id FROM loan_files ORDER BY id LIMIT 6");
        QVERIFY(st.ok());
        while (st.value().step().value())
            m_drafts.push_back(st.value().columnInt64(0));
        QVERIFY(m_api.start(m_clock).ok());
    }

    void cleanupTestCase() { m_api.stop(); }

    // Refused deletes change nothing, each with its status and code.
    void refusedDeletesChangeNothing()
    {
        const Id file = takeDraft();
        const std::int64_t v = version(file);
        Id submitted = 0;
        {
            std::lock_guard lock(m_api.mutex());
            submitted =
                m_api.db()
                    .queryInt64("SELECT min(id) FROM loan_files WHERE state <> 'draft' AND analyst_id = " +
                                std::to_string(m_userIds["analyst"]))
                    .value();
        }
        const Id foreign = scalar("SELECT min(id) FROM loan_files WHERE coalesce(analyst_id, 0) <> " +
                                  std::to_string(m_userIds["analyst"]) + " AND state = 'draft'");
        const std::string before = snapshot();
        struct Case
        {
            Answer answer;
            int status;
            const char* code;
        };
        const std::vector<Case> cases{
            {del("analyst", file, std::nullopt), 428, "precondition_required"},
            {request("DELETE", "/api/v1/files/" + std::to_string(file), {},
                     {{"Authorization", "Bearer " + token("analyst")},
                      {"If-Match", "7"},
                      {"Idempotency-Key", newKey()}}),
             400, "bad_header"},
            {del("analyst", file, v, ""), 428, "precondition_required"},
            {del("analyst", file, v, "not-a-uuid"), 400, "bad_header"},
            {del("appraiser", file, v), 404, "not_found"}, // a draft is not the appraiser's to read
            {del("analyst", file, v - 1 > 0 ? v - 1 : v + 1), 412, "version_mismatch"},
            {del("analyst", 99999999, 1), 404, "not_found"},
            {request("DELETE", "/api/v1/files/" + std::to_string(file), {}, {{"If-Match", quoted(v)}}), 401,
             "token_missing"},
        };
        for (const Case& c : cases) {
            QVERIFY2(c.answer.status == c.status, c.answer.body.c_str());
            QCOMPARE(QString::fromStdString(c.answer.code()), QString::fromLatin1(c.code));
        }
        QCOMPARE(Poco::JSON::Parser()
                     .parse(cases[5].answer.body)
                     .extract<Poco::JSON::Object::Ptr>()
                     ->getValue<std::int64_t>("currentVersion"),
                 v);
        if (submitted > 0) {
            const Answer past = del("analyst", submitted, version(submitted));
            QCOMPARE(past.status, 409);
            QCOMPARE(QString::fromStdString(past.code()), QStringLiteral("workflow_refused"));
        }
        if (foreign > 0) {
            const Answer notMine = del("analyst", foreign, version(foreign));
            QCOMPARE(notMine.status, 404); // another analyst's file is not readable, as in the feed
        }
        QCOMPARE(QString::fromStdString(snapshot()), QString::fromStdString(before));
    }

    // The analyst deletes a draft: a tombstone at version + 1, replayed by key, refused again with who
    // deleted it, PATCH refused the same way, in the feed with deletedBy, gone from the list.
    void aDeleteIsATombstone()
    {
        const Id file = takeDraft();
        const std::int64_t v = version(file);
        const std::int64_t trucks =
            scalar("SELECT count(*) FROM trucks WHERE loan_file_id = " + std::to_string(file));
        const std::int64_t cursor = scalar("SELECT max(seq) FROM server_changes");
        const std::string key = newKey();
        const Answer done = del("analyst", file, v, key);
        QVERIFY2(done.status == 200, done.body.c_str());
        QCOMPARE(done.json()->getValue<std::int64_t>("version"), v + 1);
        QVERIFY(done.json()->getValue<bool>("deleted"));
        QCOMPARE(version(file), v + 1);
        QCOMPARE(scalar("SELECT count(*) FROM loan_files WHERE id = " + std::to_string(file)), 1); // kept
        QCOMPARE(scalar("SELECT count(*) FROM trucks WHERE loan_file_id = " + std::to_string(file)), trucks);

        const Answer again = del("analyst", file, v, key); // the same key: the first answer
        QCOMPARE(again.status, 200);
        QCOMPARE(again.replayed, std::string("true"));
        QCOMPARE(again.body, done.body);
        QCOMPARE(version(file), v + 1);

        const Answer twice = del("analyst", file, v + 1); // a new key: the file is gone
        QCOMPARE(twice.status, 409);
        QCOMPARE(QString::fromStdString(twice.code()), QStringLiteral("deleted"));
        const auto who = twice.json()->getObject("deletedBy");
        QVERIFY(who);
        QCOMPARE(who->getValue<Id>("id"), m_userIds["analyst"]);
        const std::string analystName = [&] {
            std::lock_guard lock(m_api.mutex());
            return m_api.db().queryText("SELECT display_name FROM users WHERE login = 'analyst'").value();
        }();
        QCOMPARE(who->getValue<std::string>("displayName"), analystName);

        const Answer edit = patch("analyst", file, R"({"set":{"purpose":"late edit"}})", v);
        QCOMPARE(edit.status, 409);
        QCOMPARE(QString::fromStdString(edit.code()), QStringLiteral("deleted"));
        QVERIFY(QString::fromStdString(edit.json()->getObject("error")->getValue<std::string>("message"))
                    .contains(QString::fromStdString(analystName)));
        auto conflict = parseConflictReply(edit.body);
        QVERIFY(conflict.ok());
        QCOMPARE(QString::fromStdString(conflict->code), QStringLiteral("deleted"));

        const Answer page = get("analyst", "/api/v1/changes?cursor=" + std::to_string(cursor));
        QCOMPARE(page.status, 200);
        auto parsed = parseChangePage(page.body, cursor);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        bool seen = false;
        for (const FeedChange& c : parsed->changes)
            if (c.loanFileId == file) {
                seen = true;
                QVERIFY(c.deleted);
                QCOMPARE(c.version, v + 1);
                QVERIFY(!c.file);
                QCOMPARE(QString::fromStdString(c.deletedBy), QString::fromStdString(analystName));
            }
        QVERIFY(seen);

        const Answer list = get("manager", "/api/v1/files?limit=1000");
        QCOMPARE(list.status, 200);
        const auto files = list.json()->getArray("files");
        for (std::size_t i = 0; i < files->size(); ++i)
            QVERIFY(files->getObject(static_cast<unsigned>(i))->getValue<Id>("id") != file);
        const Answer read = get("analyst", "/api/v1/files/" + std::to_string(file));
        QCOMPARE(read.status, 200);
        QVERIFY(read.json()->getValue<bool>("deleted"));
        QVERIFY(!read.json()->has("trucks"));
    }

    void aManagerDeletesADraft()
    {
        const Id file = takeDraft();
        const Answer done = del("manager", file, version(file));
        QVERIFY2(done.status == 200, done.body.c_str());
        QCOMPARE(scalar("SELECT count(*) FROM server_tombstones WHERE file_id = " + std::to_string(file)), 1);
    }

    // GET /api/v1/files pages by id with the feed's rule; GET /api/v1/files/{id} has the enterprise and
    // the pledges.
    void filesAreListedAndRead()
    {
        for (const std::string login : {"analyst", "manager", "appraiser"}) {
            std::set<Id> seen;
            std::string after = "0";
            int pages = 0;
            for (;;) {
                const Answer page = get(login, "/api/v1/files?limit=7&after=" + after);
                QVERIFY2(page.status == 200, page.body.c_str());
                const auto files = page.json()->getArray("files");
                Id last = 0;
                for (std::size_t i = 0; i < files->size(); ++i) {
                    const Id id = files->getObject(static_cast<unsigned>(i))->getValue<Id>("id");
                    QVERIFY(id > last); // ordered by id
                    last = id;
                    QVERIFY(seen.insert(id).second);
                    QVERIFY(!files->getObject(static_cast<unsigned>(i))->has("trucks")); // summaries
                }
                ++pages;
                if (page.json()->isNull("next"))
                    break;
                QCOMPARE(page.json()->getValue<Id>("next"), last);
                after = std::to_string(last);
            }
            const std::string me = std::to_string(m_userIds[login]);
            const std::string readable = login == "manager" ? "1"
                                         : login == "appraiser"
                                             ? "(f.appraiser_id = " + me + " OR f.state = 'appraisal')"
                                             : "f.analyst_id = " + me;
            const std::int64_t expected = scalar("SELECT count(*) FROM loan_files f WHERE f.id NOT IN "
                                                 "(SELECT file_id FROM server_tombstones) AND " +
                                                 readable);
            QCOMPARE(static_cast<std::int64_t>(seen.size()), expected);
            QVERIFY(pages >= 1);
        }
        const Answer drafts = get("manager", "/api/v1/files?state=draft&limit=1000");
        QCOMPARE(drafts.status, 200);
        QCOMPARE(static_cast<std::int64_t>(drafts.json()->getArray("files")->size()),
                 scalar("SELECT count(*) FROM loan_files WHERE state = 'draft' AND id NOT IN "
                        "(SELECT file_id FROM server_tombstones)"));
        for (const char* bad : {"/api/v1/files?limit=x", "/api/v1/files?after=-1", "/api/v1/files?state=nope",
                                "/api/v1/files?colour=red"}) {
            const Answer refused = get("manager", bad);
            QCOMPARE(refused.status, 400);
            QCOMPARE(QString::fromStdString(refused.code()), QStringLiteral("bad_query"));
        }

        const Id withTrucks =
            scalar("SELECT min(loan_file_id) FROM trucks WHERE loan_file_id IS NOT NULL AND "
                   "loan_file_id NOT IN (SELECT file_id FROM server_tombstones)");
        QVERIFY(withTrucks > 0);
        const Answer one = get("manager", "/api/v1/files/" + std::to_string(withTrucks));
        QCOMPARE(one.status, 200);
        const auto file = one.json();
        QCOMPARE(file->getValue<Id>("id"), withTrucks);
        QCOMPARE(static_cast<std::int64_t>(file->getArray("trucks")->size()),
                 scalar("SELECT count(*) FROM trucks WHERE loan_file_id = " + std::to_string(withTrucks)));
        const auto enterprise = file->getObject("enterprise");
        QVERIFY(enterprise);
        QCOMPARE(enterprise->getValue<Id>("id"), file->getValue<Id>("enterpriseId"));
        QCOMPARE(enterprise->getValue<std::string>("uscc").size(), std::size_t{18});
        const std::int64_t owner =
            scalar("SELECT coalesce(analyst_id, 0) FROM loan_files WHERE id = " + std::to_string(withTrucks));
        if (owner != m_userIds["analyst"])
            QCOMPARE(get("analyst", "/api/v1/files/" + std::to_string(withTrucks)).status, 404);
        QCOMPARE(get("manager", "/api/v1/files/99999999").status, 404);
        QCOMPARE(get("manager", "/api/v1/files/abc").status, 404);
    }

    // The feed's file carries its enterprise, so a workstation can create a file it lacks.
    void theFeedCarriesTheEnterprise()
    {
        const Answer page = get("manager", "/api/v1/changes?cursor=0&limit=5");
        QCOMPARE(page.status, 200);
        auto parsed = parseChangePage(page.body, 0);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QVERIFY(!parsed->changes.empty());
        for (const FeedChange& c : parsed->changes) {
            if (c.deleted)
                continue;
            QVERIFY(c.file && c.file->enterprise);
            QCOMPARE(c.file->enterprise->uscc.size(), std::size_t{18});
            QVERIFY(!c.file->fileNo.empty());
        }
    }

    // Keys are kept at least 30 days: one 29 days old still replays; past the kept days the daily job
    // purges it; a configured keep below 30 days is raised to 30.
    void idempotencyKeysExpire()
    {
        const Id file = takeDraft();
        const std::string key = newKey();
        const std::string body = R"({"set":{"termMonths":30}})";
        const std::int64_t v = version(file);
        QCOMPARE(patch("analyst", file, body, v, key).status, 200);
        IdempotencyExpiry expiry(m_api.db(), m_api.mutex(), m_clock, 5);
        QCOMPARE(expiry.keepDays(), 30);
        const auto keyCount = [&] {
            return scalar("SELECT count(*) FROM server_idempotency WHERE key = '" + key + "'");
        };
        m_clock.advance(29LL * 24 * 3600 * 1000);
        QCOMPARE(expiry.purgeNow(), 0);
        QCOMPARE(keyCount(), 1);
        const Answer replay = patch("analyst", file, body, v, key);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.replayed, std::string("true"));
        QCOMPARE(version(file), v + 1);

        m_clock.advance(2LL * 24 * 3600 * 1000); // 31 days
        IdempotencyExpiry longer(m_api.db(), m_api.mutex(), m_clock, 45);
        QCOMPARE(longer.purgeNow(), 0); // 45 days configured: still kept
        QCOMPARE(keyCount(), 1);
        expiry.start(); // the start's purge runs before start() returns
        QVERIFY(expiry.purgedTotal() >= 1);
        QCOMPARE(keyCount(), 0);
        expiry.stop();
        // Gone: the key is free again, and the same body is now a new request on an older base.
        const Answer after = patch("analyst", file, body, v, key);
        QVERIFY(after.replayed.empty());
    }
};

QTEST_GUILESS_MAIN(TstServerFiles)
#include "tst_server_files.moc"
