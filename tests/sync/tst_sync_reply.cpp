// How the sync client reads the server: status classes, Retry-After in both forms, seeded full-jitter
// backoff, and replies that are malformed, truncated or mistyped each refused with a clear error.
#include "sync/backoff.h"
#include "sync/sync_reply.h"

#include <QTest>

using namespace saggar;

namespace {
constexpr TimestampMs kNow = 1795100000000; // Thu, 19 Nov 2026 14:53:20 GMT
bool mentions(const Error& e, const char* text)
{
    return e.message.find(text) != std::string::npos;
}
} // namespace

class TestSyncReply : public QObject
{
    Q_OBJECT

private slots:
    void statusClasses()
    {
        QCOMPARE(classifyStatus(200), PushOutcome::Accepted);
        QCOMPARE(classifyStatus(201), PushOutcome::Accepted);
        QCOMPARE(classifyStatus(409), PushOutcome::Conflict);
        for (int s : {400, 403, 404, 412, 413, 422, 428})
            QCOMPARE(classifyStatus(s), PushOutcome::Refused);
        for (int s : {401, 408, 429, 500, 502, 503, 504, 0, 302})
            QCOMPARE(classifyStatus(s), PushOutcome::Retry);
    }

    void retryAfter()
    {
        QCOMPARE(parseRetryAfterMs("120", kNow), std::optional<std::int64_t>(120000));
        QCOMPARE(parseRetryAfterMs(" 0 ", kNow), std::optional<std::int64_t>(0));
        QCOMPARE(parseRetryAfterMs("99999999999", kNow), std::optional<std::int64_t>(86400000));
        QCOMPARE(parseRetryAfterMs("", kNow), std::optional<std::int64_t>());
        QCOMPARE(parseRetryAfterMs("-5", kNow), std::optional<std::int64_t>());
        QCOMPARE(parseRetryAfterMs("soon", kNow), std::optional<std::int64_t>());
        // kNow is Thu, 19 Nov 2026 14:53:20 GMT; a date 90 s later and one in the past.
        QCOMPARE(parseRetryAfterMs("Thu, 19 Nov 2026 14:54:50 GMT", kNow),
                 std::optional<std::int64_t>(90000));
        QCOMPARE(parseRetryAfterMs("Thu, 19 Nov 2026 14:00:00 GMT", kNow), std::optional<std::int64_t>(0));
    }

    void backoffIsSeededFullJitter()
    {
        Backoff a(42, 500, 8000), b(42, 500, 8000), c(43, 500, 8000);
        QCOMPARE(a.ceilingMs(0), std::int64_t(500));
        QCOMPARE(a.ceilingMs(3), std::int64_t(4000));
        QCOMPARE(a.ceilingMs(4), std::int64_t(8000));
        QCOMPARE(a.ceilingMs(60), std::int64_t(8000));
        bool differs = false;
        std::int64_t maxSeen = 0;
        for (int i = 0; i < 200; ++i) {
            const auto da = a.delayMs(i % 8), db = b.delayMs(i % 8), dc = c.delayMs(i % 8);
            QCOMPARE(da, db);
            QVERIFY(da >= 0 && da <= a.ceilingMs(i % 8));
            differs = differs || da != dc;
            maxSeen = std::max(maxSeen, da);
        }
        QVERIFY(differs);
        QVERIFY(maxSeen > 4000); // the draws spread up to the cap, not bunched at the bottom
    }

    void acceptedVersion()
    {
        QCOMPARE(*parseAcceptedVersion(R"({"version": 10, "file": {}})"), std::int64_t(10));
        QVERIFY(mentions(parseAcceptedVersion(R"({"version": "10"})").error(), "not an integer"));
        QVERIFY(mentions(parseAcceptedVersion(R"({"version": 0})").error(), "below 1"));
        QVERIFY(mentions(parseAcceptedVersion(R"({"file": {}})").error(), "missing"));
        QVERIFY(mentions(parseAcceptedVersion("{\"version\": 10, \"fi").error(), "not valid JSON"));
        QVERIFY(mentions(parseAcceptedVersion(R"([10])").error(), "not a JSON object"));
        QVERIFY(mentions(parseAcceptedVersion("").error(), "not valid JSON"));
        QVERIFY(mentions(parseAcceptedVersion(R"({"version": true})").error(), "not an integer"));
    }

    void conflictReply()
    {
        auto r =
            parseConflictReply(R"({"error":{"code":"conflict","message":"1 field changed since version 7"},
            "currentVersion": 9, "conflicts": [ { "path": "amountFen", "base": 380000000, "theirs": 390000000,
            "mine": 400000000, "theirsBy": { "id": 3, "displayName": "张伟" }, "theirsVersion": 8 } ] })");
        QVERIFY2(r.ok(), r ? "" : r.error().message.c_str());
        QCOMPARE(r->code, std::string("conflict"));
        QCOMPARE(r->currentVersion, std::int64_t(9));
        QCOMPARE(r->fields.size(), std::size_t(1));
        QCOMPARE(r->fields[0].path, std::string("amountFen"));
        QCOMPARE(r->fields[0].theirsJson, std::string("390000000"));
        QCOMPARE(r->fields[0].mineJson, std::string("400000000"));
        QCOMPARE(r->fields[0].baseJson, std::string("380000000"));
        QCOMPARE(r->fields[0].theirsBy, std::string("张伟"));

        auto deleted = parseConflictReply(R"({"error":{"code":"deleted","message":"file 17 was deleted"}})");
        QVERIFY(deleted.ok());
        QVERIFY(deleted->fields.empty());
        QVERIFY(!parseConflictReply(R"({"error":{}})").ok());
        QVERIFY(!parseConflictReply(R"({"error":{"code":"conflict"},"conflicts":{}})").ok());
        QVERIFY(!parseConflictReply(R"({"error":{"code":"conflict"},"conflicts":[{"base":1}]})").ok());
    }

    void changePage()
    {
        auto p = parseChangePage(R"({ "changes": [
            { "seq": 1041, "fileId": 17, "version": 10, "deleted": false, "atMs": 1795100000000 },
            { "seq": 1042, "fileId": 21, "version": 3, "deleted": true, "atMs": 1795100000050 } ],
            "cursor": 1042, "more": true })",
                                 1000);
        QVERIFY2(p.ok(), p ? "" : p.error().message.c_str());
        QCOMPARE(p->changes.size(), std::size_t(2));
        QCOMPARE(p->changes[1].loanFileId, Id(21));
        QVERIFY(p->changes[1].deleted);
        QCOMPARE(p->cursor, std::int64_t(1042));
        QVERIFY(p->more);
        QVERIFY(parseChangePage(R"({"changes":[],"cursor":1000,"more":false})", 1000).ok());

        auto withFile =
            parseChangePage(R"({"changes":[{"seq":5,"fileId":1,"version":2,"deleted":false,"atMs":0,
            "file":{"state":"manual_review","amountFen":250000000,"termMonths":36,"annualRatePct":4.35,
                    "purpose":"窑炉改造","trucks":[{"id":9,"vin":"V","plate":"P","brand":"B","model":"M","year":2021,
                    "purchasePriceFen":30000000,"trackerId":"T"}],"kilns":[]}}],"cursor":5,"more":false})",
                            4);
        QVERIFY2(withFile.ok(), withFile ? "" : withFile.error().message.c_str());
        const RemoteFile& f = *withFile->changes[0].file;
        QCOMPARE(f.state, LoanState::ManualReview);
        QCOMPARE(f.amount.fen(), std::int64_t(250000000));
        QCOMPARE(f.purpose, std::string("窑炉改造"));
        QCOMPARE(f.trucks.size(), std::size_t(1));
        QCOMPARE(f.trucks[0].purchasePrice.fen(), std::int64_t(30000000));
        QVERIFY(!p->changes[0].file); // a change without its file is still a change
    }

    void hostileChangePages_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("why");
        const QString ok = R"({"seq":5,"fileId":1,"version":2,"deleted":false,"atMs":0})";
        QTest::newRow("truncated") << "{\"changes\":[{\"seq\":5,\"fileId\":1,\"vers"
                                   << "not valid JSON";
        QTest::newRow("html") << "<html>502 Bad Gateway</html>"
                              << "not valid JSON";
        QTest::newRow("no changes") << R"({"cursor":5,"more":false})"
                                    << "'changes'";
        QTest::newRow("changes not a list") << R"({"changes":{},"cursor":5,"more":false})"
                                            << "'changes'";
        QTest::newRow("seq as string")
            << R"({"changes":[{"seq":"5","fileId":1,"version":2,"deleted":false,"atMs":0}],"cursor":5,"more":false})"
            << "'seq' is not an integer";
        QTest::newRow("deleted as 0")
            << R"({"changes":[{"seq":5,"fileId":1,"version":2,"deleted":0,"atMs":0}],"cursor":5,"more":false})"
            << "'deleted'";
        QTest::newRow("fractional version")
            << R"({"changes":[{"seq":5,"fileId":1,"version":2.5,"deleted":false,"atMs":0}],"cursor":5,"more":false})"
            << "'version' is not an integer";
        QTest::newRow("seq not after cursor")
            << R"({"changes":[{"seq":3,"fileId":1,"version":2,"deleted":false,"atMs":0}],"cursor":5,"more":false})"
            << "not after 4";
        QTest::newRow("seq out of order")
            << "{\"changes\":[" + ok + "," + ok + "],\"cursor\":5,\"more\":false}"
            << "not after 5";
        QTest::newRow("cursor behind") << "{\"changes\":[" + ok + "],\"cursor\":4,\"more\":false}"
                                       << "behind";
        QTest::newRow("cursor moves back") << R"({"changes":[],"cursor":1,"more":false})"
                                           << "behind";
        QTest::newRow("more missing") << "{\"changes\":[" + ok + "],\"cursor\":5}"
                                      << "'more'";
        QTest::newRow("huge number") << R"({"changes":[],"cursor":1e400,"more":false})"
                                     << "";
        const auto withFile = [](const QString& file) {
            return R"({"changes":[{"seq":5,"fileId":1,"version":2,"deleted":false,"atMs":0,"file":)" + file +
                   R"(}],"cursor":5,"more":false})";
        };
        const QString fields = R"("amountFen":100,"termMonths":12,"annualRatePct":4.5,"purpose":"p")";
        QTest::newRow("file not an object") << withFile("[]") << "'file' is not an object";
        QTest::newRow("unknown state") << withFile(R"({"state":"won",)" + fields + "}") << "'state'";
        QTest::newRow("amount as text")
            << withFile(
                   R"({"state":"draft","amountFen":"100","termMonths":12,"annualRatePct":4.5,"purpose":"p"})")
            << "'amountFen' is not an integer";
        QTest::newRow("trucks not a list")
            << withFile(R"({"state":"draft",)" + fields + R"(,"trucks":{}})") << "'trucks' is not a list";
        QTest::newRow("truck without vin")
            << withFile(
                   R"({"state":"draft",)" + fields +
                   R"(,"trucks":[{"plate":"x","brand":"b","model":"m","year":2020,"purchasePriceFen":1,"trackerId":"t"}]})")
            << "'vin'";
        QTest::newRow("kiln of unknown fuel")
            << withFile(
                   R"({"state":"draft",)" + fields +
                   R"(,"kilns":[{"type":"roller","lengthM":100,"dailyCapacity":1,"capacityUnit":"m2","fuel":"coal","yearInstalled":2020,"purchaseCostFen":1,"gatewayId":""}]})")
            << "'fuel'";
    }

    void hostileChangePages()
    {
        QFETCH(QString, body);
        QFETCH(QString, why);
        auto p = parseChangePage(body.toStdString(), 4);
        QVERIFY(!p.ok());
        QVERIFY2(mentions(p.error(), why.toUtf8().constData()), p.error().message.c_str());
        QVERIFY(mentions(p.error(), "The server's reply was not understood"));
    }

    void errorBodies()
    {
        QCOMPARE(describeErrorBody(503, R"({"error":{"code":"unavailable","message":"shutting down"}})"),
                 std::string("HTTP 503: shutting down"));
        QCOMPARE(describeErrorBody(502, "<html>"),
                 std::string("HTTP 502: an answer that is not the API's JSON"));
        QCOMPARE(describeErrorBody(500, ""), std::string("HTTP 500: no explanation"));
    }

    // GET /api/v1/files/{id}: a live file with its enterprise, a tombstone, and refusals.
    void fileReplies()
    {
        const std::string live =
            R"({"id":17,"version":9,"deleted":false,"fileNo":"SG-2026-000017","enterpriseId":4,)"
            R"("product":"kiln_upgrade","amountFen":380000000,"termMonths":36,"annualRatePct":4.35,)"
            R"("purpose":"窑","state":"draft","analystId":1,"appraiserId":0,"managerId":0,"createdAtMs":1,)"
            R"("updatedAtMs":2,"enterprise":{"id":4,"nameZh":"佛山","nameEn":"Foshan","uscc":"x","cluster":)"
            R"("foshan","segment":"building_tiles","legalRepresentative":"李","annualRevenueFen":0,"staff":1},)"
            R"("trucks":[],"kilns":[]})";
        auto file = parseFileReply(live, 17);
        QVERIFY2(file.ok(), file.ok() ? "" : file.error().message.c_str());
        QCOMPARE(file->version, std::int64_t{9});
        QVERIFY(!file->deleted && file->file && file->file->enterprise);
        QCOMPARE(file->file->enterprise->id, Id{4});
        QCOMPARE(file->file->fileNo, std::string("SG-2026-000017"));
        auto gone = parseFileReply(R"({"id":17,"version":10,"deleted":true,"fileNo":"x"})", 17);
        QVERIFY(gone.ok() && gone->deleted && !gone->file);
        QVERIFY(!parseFileReply(live, 18).ok());                                      // another file
        QVERIFY(!parseFileReply(R"({"id":17,"deleted":false})", 17).ok());            // no version
        QVERIFY(!parseFileReply(R"({"id":17,"version":9,"deleted":"no"})", 17).ok()); // not a boolean
        std::string wrongEnterprise = live;
        wrongEnterprise.replace(wrongEnterprise.find(R"("enterpriseId":4)"), 16, R"("enterpriseId":5)");
        QVERIFY(!parseFileReply(wrongEnterprise, 17).ok()); // the enterprise is not the file's
        std::string badCluster = live;
        badCluster.replace(badCluster.find("foshan"), 6, "nowhere");
        QVERIFY(!parseFileReply(badCluster, 17).ok());
        QVERIFY(!parseFileReply(live.substr(0, live.size() / 2), 17).ok()); // truncated
    }
};

QTEST_GUILESS_MAIN(TestSyncReply)
#include "tst_sync_reply.moc"
