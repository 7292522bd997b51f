// Document files by hash and their attachment to a document (docs/sync-api.md, "Documents"), over real
// loopback HTTP (an in-process Poco HTTPServer on port 0 over a fresh demo database, the server's
// clock a ManualClock): upload, a repeated upload, a body that does not match its hash, an oversized
// body, who may read a blob, and attaching metadata with and without the blob stored.
#include "server_client.h"

#include "server/blob_endpoints.h"
#include "storage/content_hash.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>

using namespace saggar;
using namespace saggar::server;
using saggar::test::Answer;
using saggar::test::newKey;
using saggar::test::quoted;
using saggar::test::TestApiServer;

namespace {

constexpr TimestampMs kStart = 1795100000000;

// A PDF of `size` bytes: the signature, then seeded noise.
std::string pdf(std::size_t size, unsigned seed)
{
    std::string bytes = "%PDF-1.4\n";
    std::mt19937 rng(seed);
    while (bytes.size() < size)
        bytes.push_back(static_cast<char>(rng() & 0xff));
    return bytes;
}

std::string metadata(const std::string& bytes, const std::string& name = "licence.pdf")
{
    return R"({"fileName":")" + name + R"(","mediaType":"application/pdf","sizeBytes":)" +
           std::to_string(bytes.size()) + R"(,"sha256Hex":")" + sha256Hex(bytes) + R"(","atMs":)" +
           std::to_string(kStart - 5000) + "}";
}

} // namespace

class TstServerBlobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{kStart};
    TestApiServer m_api;
    std::map<std::string, Id> m_userIds;
    Id m_file = 0;     // a draft of the analyst's
    Id m_document = 0; // one of its documents

    std::string token(const std::string& login) { return m_api.token(login); }

    Answer request(const std::string& method, const std::string& path, const std::string& body,
                   std::map<std::string, std::string> headers, const std::string& login = "analyst",
                   std::optional<std::int64_t> declaredLength = std::nullopt)
    {
        if (!login.empty())
            headers["Authorization"] = "Bearer " + token(login);
        const bool withBody = method == "PUT" || method == "POST";
        return test::httpCall(m_api.port(), method, path, body, {headers.begin(), headers.end()},
                              {.contentType = method == "POST"  ? "application/json"
                                              : method == "PUT" ? "application/octet-stream"
                                                                : "",
                               .withLength = withBody,
                               .declaredLength = declaredLength});
    }
    Answer put(const std::string& hash, const std::string& bytes)
    {
        return request("PUT", "/api/v1/blobs/" + hash, bytes, {});
    }
    Answer attach(const std::string& body, std::int64_t base, const std::string& key = newKey(),
                  const std::string& login = "analyst")
    {
        return request("POST",
                       "/api/v1/files/" + std::to_string(m_file) + "/documents/" +
                           std::to_string(m_document) + "/attachments",
                       body, {{"If-Match", quoted(base)}, {"Idempotency-Key", key}}, login);
    }
    std::int64_t scalar(const std::string& sql) { return m_api.scalar(sql); }
    std::int64_t version()
    {
        return scalar("SELECT version FROM loan_files WHERE id = " + std::to_string(m_file));
    }
    std::string snapshot()
    {
        return m_api.text(
            "SELECT (SELECT group_concat(id || ':' || version, '|') FROM loan_files) || '#' || "
            "(SELECT count(*) FROM attachments) || '#' || (SELECT count(*) FROM server_changes) || '#' || "
            "(SELECT count(*) FROM server_idempotency) || '#' || (SELECT count(*) FROM audit_log)");
    }
    std::size_t storedBlobs() const
    {
        namespace fs = std::filesystem;
        const fs::path dir(m_api.workspace().attachmentsDirectory());
        if (!fs::exists(dir))
            return 0;
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_api.open(m_dir.path().toStdString()).ok());
        Database& db = m_api.db();
        m_userIds = m_api.userIds();
        m_document = db.queryInt64("SELECT min(id) FROM documents").value();
        m_file = db.queryInt64("SELECT loan_file_id FROM documents WHERE id = " + std::to_string(m_document))
                     .value();
        QVERIFY(m_document > 0 && m_file > 0);
        QVERIFY(db.exec("UPDATE loan_files SET state = 'draft', appraiser_id = NULL, analyst_id = " +
                        std::to_string(m_userIds["analyst"]) + " WHERE id = " + std::to_string(m_file))
                    .ok());
        QVERIFY(m_api.start(m_clock).ok()); // its blob folder: the workspace's attachments
    }

    void cleanupTestCase() { m_api.stop(); }

    // HEAD says 404 until the bytes are PUT; the first PUT is 201, a repeat 200; the copy is identical.
    void uploadThenRepeat()
    {
        const std::string bytes = pdf(300000, 1);
        const std::string hash = sha256Hex(bytes);
        QCOMPARE(request("HEAD", "/api/v1/blobs/" + hash, {}, {}).status, 404);
        const Answer first = put(hash, bytes);
        QVERIFY2(first.status == 201, first.body.c_str());
        QCOMPARE(request("HEAD", "/api/v1/blobs/" + hash, {}, {}).status, 200);
        const std::size_t stored = storedBlobs();
        const Answer again = put(hash, bytes);
        QVERIFY2(again.status == 200, again.body.c_str());
        QCOMPARE(storedBlobs(), stored);
        std::ifstream in(std::filesystem::path(m_api.workspace().attachmentsDirectory()) / hash,
                         std::ios::binary);
        const std::string copy((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        QVERIFY(copy == bytes);
        QCOMPARE(request("HEAD", "/api/v1/blobs/" + hash, {}, {}, "").status, 401); // no token
    }

    // A body that does not hash to its name is refused and nothing is stored.
    void hashMismatchStoresNothing()
    {
        const std::string bytes = pdf(5000, 2);
        const std::string other = sha256Hex(pdf(5000, 3));
        const std::size_t before = storedBlobs();
        const Answer refused = put(other, bytes);
        QVERIFY2(refused.status == 422, refused.body.c_str());
        QCOMPARE(QString::fromStdString(refused.code()), QStringLiteral("validation"));
        QCOMPARE(QString::fromStdString(refused.json()->getObject("error")->getValue<std::string>("field")),
                 QStringLiteral("sha256"));
        QCOMPARE(storedBlobs(), before);
        QCOMPARE(request("HEAD", "/api/v1/blobs/" + other, {}, {}).status, 404);
        QCOMPARE(request("HEAD", "/api/v1/blobs/" + sha256Hex(bytes), {}, {}).status, 404);
    }

    // Over 64 MiB is 413 from the declared length, before any byte is read.
    void oversizedIsRefusedUnread()
    {
        const std::string hash = sha256Hex("whatever");
        const std::size_t before = storedBlobs();
        const Answer refused = request("PUT", "/api/v1/blobs/" + hash, {}, {}, "analyst", kMaxBlobBytes + 1);
        QVERIFY2(refused.status == 413, refused.body.c_str());
        QCOMPARE(QString::fromStdString(refused.code()), QStringLiteral("body_too_large"));
        QCOMPARE(storedBlobs(), before);
    }

    // Metadata naming content the server lacks is 422 and changes nothing; once the blob is PUT the
    // attachment is recorded (version + 1, a feed entry); a repeat replays; the key with another body
    // is 422; an appraiser (who may not read the draft) gets 404 for the same write.
    void attachNeedsTheBlobAndReplays()
    {
        const std::string bytes = pdf(40000, 4);
        const std::string body = metadata(bytes);
        const std::int64_t v = version();
        const std::string before = snapshot();
        const Answer missing = attach(body, v);
        QVERIFY2(missing.status == 422, missing.body.c_str());
        QCOMPARE(QString::fromStdString(missing.json()->getObject("error")->getValue<std::string>("field")),
                 QStringLiteral("sha256Hex"));
        QCOMPARE(snapshot(), before);

        QCOMPARE(put(sha256Hex(bytes), bytes).status, 201);
        QCOMPARE(attach(body, v, newKey(), "appraiser").status, 404);
        QCOMPARE(attach(body, v + 5).status, 412);
        QCOMPARE(snapshot(), before);
        const std::string key = newKey();
        const Answer added = attach(body, v, key);
        QVERIFY2(added.status == 201, added.body.c_str());
        QCOMPARE(added.json()->getValue<std::int64_t>("version"), v + 1);
        QCOMPARE(version(), v + 1);
        const auto attachment = added.json()->getObject("attachment");
        QCOMPARE(QString::fromStdString(attachment->getValue<std::string>("sha256Hex")),
                 QString::fromStdString(sha256Hex(bytes)));
        QCOMPARE(attachment->getValue<std::int64_t>("atMs"), kStart - 5000);
        const auto count = [&] {
            return scalar("SELECT count(*) FROM attachments WHERE sha256 = '" + sha256Hex(bytes) + "'");
        };
        QCOMPARE(count(), 1);
        QCOMPARE(scalar("SELECT count(*) FROM server_changes WHERE file_id = " + std::to_string(m_file) +
                        " AND version = " + std::to_string(v + 1)),
                 1);

        const Answer replay = attach(body, v, key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.replayed, std::string("true"));
        QVERIFY(replay.body == added.body);
        QCOMPARE(count(), 1);
        const Answer reused = attach(metadata(bytes, "other.pdf"), v, key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(QString::fromStdString(reused.code()), QStringLiteral("idempotency_key_reused"));
        // A stale base merges: attachments only add.
        const Answer stale = attach(metadata(bytes, "second.pdf"), v);
        QVERIFY2(stale.status == 201, stale.body.c_str());
        QCOMPARE(count(), 2);
        QCOMPARE(version(), v + 2);
    }

    // A blob is read only by someone who may read a file whose documents reference it.
    void readingNeedsAReadableFile()
    {
        const std::string bytes = pdf(20000, 5);
        const std::string hash = sha256Hex(bytes);
        QCOMPARE(put(hash, bytes).status, 201);
        // Stored but referenced by no document: nobody reads it.
        QCOMPARE(request("GET", "/api/v1/blobs/" + hash, {}, {}, "manager").status, 404);
        QCOMPARE(attach(metadata(bytes, "scan.pdf"), version()).status, 201);
        const Answer mine = request("GET", "/api/v1/blobs/" + hash, {}, {}, "analyst");
        QCOMPARE(mine.status, 200);
        QVERIFY(mine.body == bytes);
        QCOMPARE(request("GET", "/api/v1/blobs/" + hash, {}, {}, "manager").status, 200);
        const Answer theirs = request("GET", "/api/v1/blobs/" + hash, {}, {}, "appraiser");
        QCOMPARE(theirs.status, 404);
        QVERIFY(theirs.body.find("%PDF") == std::string::npos);
        QCOMPARE(request("GET", "/api/v1/blobs/" + hash, {}, {}, "").status, 401);
        QCOMPARE(request("DELETE", "/api/v1/blobs/" + hash, {}, {}).status, 405);
    }
};

QTEST_GUILESS_MAIN(TstServerBlobs)
#include "tst_server_blobs.moc"
