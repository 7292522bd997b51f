// Document files reach the real saggar-server and other workstations, through the fault proxy: a
// scan attached offline on workstation A is queued with its record, reaches the server (content by
// hash, then the metadata) once the server is back, and appears with identical bytes on workstation B
// after its pull; an upload whose answer is cut off is retried and stored once, and so is the metadata;
// content from the server that does not match its hash is refused and nothing is stored.
#include "sync_workstation.h"

#include "storage/content_hash.h"
#include "storage/sqlite_workflow_store.h"
#include "sync/blob_sync.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <random>

using namespace saggar;
using saggar::test::FaultProxy;
using saggar::test::ProxyFaults;
using saggar::test::SyncTestServer;
using saggar::test::Workstation;

namespace {

// A PDF of `size` bytes: the signature, then seeded noise.
std::string pdf(std::size_t size, unsigned seed)
{
    std::string bytes = "%PDF-1.4\n";
    std::mt19937 rng(seed);
    while (bytes.size() < size)
        bytes.push_back(static_cast<char>(rng() & 0xff));
    return bytes;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::size_t filesIn(const std::filesystem::path& dir)
{
    std::error_code ec;
    if (!std::filesystem::exists(dir, ec))
        return 0;
    return static_cast<std::size_t>(
        std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()));
}

// Loses the answer of the first request matching `method` and a path ending in `suffix`: the request
// reaches the server, the workstation sees the connection reset.
class CutOnce : public SyncTransport
{
public:
    CutOnce(std::unique_ptr<SyncTransport> inner, FaultProxy& proxy)
        : m_inner(std::move(inner)), m_proxy(proxy)
    {}
    std::vector<std::pair<std::string, std::string>> cuts; // method, path suffix: each cut once
    std::vector<std::string> log;                          // "METHOD path" of every request

    Result<SyncReply> exchange(const SyncRequest& request) override
    {
        log.push_back(request.method + " " + request.path);
        for (auto it = cuts.begin(); it != cuts.end(); ++it) {
            if (it->first != request.method || !request.path.ends_with(it->second))
                continue;
            cuts.erase(it);
            const ProxyFaults before = m_proxy.faults();
            m_proxy.setFaults(ProxyFaults{.dropResponse = true});
            auto reply = m_inner->exchange(request);
            m_proxy.setFaults(before);
            return reply;
        }
        return m_inner->exchange(request);
    }

private:
    std::unique_ptr<SyncTransport> m_inner;
    FaultProxy& m_proxy;
};

// A workstation whose engines lose answers on demand (CutOnce between HTTP and the sign-in).
struct CuttingWorkstation : Workstation
{
    using Workstation::Workstation;
    CutOnce* cutter = nullptr; // owned by the last engine made
};

} // namespace

class TestSyncAttachments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncTestServer m_server;
    CuttingWorkstation m_a{"analyst"}, m_b{"analyst"};
    Actor m_analyst;
    Id m_file = 0;
    std::vector<Id> m_documents; // of m_file

    std::int64_t server(const std::string& sql) { return m_server.count(sql); }
    std::filesystem::path serverBlob(const std::string& hash) const
    {
        return std::filesystem::path(m_server.workspace().attachmentsDirectory()) / hash;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.open(m_dir.path().toStdString()).ok());
        Database& db = m_server.db();
        m_analyst = {db.queryInt64("SELECT id FROM users WHERE login = 'analyst'").value(), Role::Analyst,
                     "analyst"};
        m_file =
            db.queryInt64("SELECT loan_file_id FROM documents GROUP BY loan_file_id HAVING count(*) >= 2 "
                          "ORDER BY loan_file_id LIMIT 1")
                .value();
        QVERIFY(m_file > 0);
        QVERIFY(db.exec("UPDATE loan_files SET state = 'draft', appraiser_id = NULL, analyst_id = " +
                        std::to_string(m_analyst.userId) + " WHERE id = " + std::to_string(m_file))
                    .ok());
        auto st = db.prepare("SELECT id FROM documents WHERE loan_file_id = ? ORDER BY id");
        QVERIFY(st.ok() && st.value().bindAll(m_file).ok());
        while (st.value().step().value())
            m_documents.push_back(st.value().columnInt64(0));
        int n = 0;
        for (CuttingWorkstation* w : {&m_a, &m_b}) {
            const auto copied = m_server.copyTo(*w, "ws" + std::to_string(++n));
            QVERIFY2(copied.ok(), copied.ok() ? "" : copied.error().message.c_str());
            w->wrapTransport = [this, w](std::unique_ptr<SyncTransport> http) {
                auto cut = std::make_unique<CutOnce>(std::move(http), m_server.proxy());
                w->cutter = cut.get();
                return cut;
            };
        }
        QVERIFY(m_server.start().ok()); // its blob folder: the server workspace's attachments
    }

    void cleanupTestCase() { m_server.stop(); }

    void init() { m_server.proxy().setFaults({}); }

    void scanAttachedOfflineReachesServerAndOtherWorkstation()
    {
        const std::string scan = pdf(250'000, 11);
        const std::string hash = sha256Hex(scan);
        const Id document = m_documents.front();
        m_server.proxy().setFaults(ProxyFaults{.resetOnAccept = true}); // the server cannot be reached
        auto added = m_a.workflow->attach(document, "licence.pdf", scan, m_analyst, m_a.now);
        QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
        QCOMPARE(m_a.pending(), 1); // queued with the record, in its transaction
        auto a = m_a.engine(m_server.proxy().port());
        a->runOnce();
        QCOMPARE(m_a.pending(), 1);
        QCOMPARE(server("SELECT count(*) FROM attachments WHERE sha256 = '" + hash + "'"), 0);
        QVERIFY(!std::filesystem::exists(serverBlob(hash)));

        m_server.proxy().setFaults({});
        m_a.drain(*a);
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(m_a.conflicts(), 0);
        QCOMPARE(server("SELECT count(*) FROM attachments WHERE sha256 = '" + hash +
                        "' AND document_id = " + std::to_string(document) + " AND file_name = 'licence.pdf'"),
                 1);
        QVERIFY(readFile(serverBlob(hash)) == scan);
        QCOMPARE(server("SELECT version FROM loan_files WHERE id = " + std::to_string(m_file)),
                 m_a.count("SELECT version FROM loan_files WHERE id = " + std::to_string(m_file)));
        // A's own pull does not record it twice.
        m_a.now += 60'000;
        a->runOnce();
        QCOMPARE(m_a.count("SELECT count(*) FROM attachments WHERE sha256 = '" + hash + "'"), 1);

        auto b = m_b.engine(m_server.proxy().port());
        b->runOnce();
        QCOMPARE(m_b.count("SELECT count(*) FROM attachments WHERE sha256 = '" + hash +
                           "' AND document_id = " + std::to_string(document)),
                 1);
        const auto onB = m_b.workflow->attachments(m_file);
        QVERIFY(onB.ok());
        const auto it = std::find_if(onB.value().begin(), onB.value().end(),
                                     [&](const Attachment& x) { return x.sha256Hex == hash; });
        QVERIFY(it != onB.value().end());
        QCOMPARE(QString::fromStdString(it->fileName), QStringLiteral("licence.pdf"));
        const auto bytes = m_b.workflow->attachmentBytes(*it);
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : bytes.error().message.c_str());
        QVERIFY(bytes.value() == scan);
        QCOMPARE(b->status().lastError, std::string());
    }

    void cutOffUploadIsRetriedAndStoredOnce()
    {
        const std::string scan = pdf(120'000, 12);
        const std::string hash = sha256Hex(scan);
        const Id document = m_documents.back();
        auto a = m_a.engine(m_server.proxy().port());
        a->runOnce(); // signed in and up to date
        m_a.cutter->cuts = {{"PUT", hash}, {"POST", "/attachments"}};
        QVERIFY(m_a.workflow->attach(document, "survey.pdf", scan, m_analyst, m_a.now).ok());
        m_a.now += 1000;
        a->runOnce(); // the PUT reaches the server; its answer is lost
        QCOMPARE(m_a.pending(), 1);
        QVERIFY(readFile(serverBlob(hash)) == scan);
        m_a.drain(*a); // HEAD finds it; the metadata's answer is lost once and replayed
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(m_a.conflicts(), 0);
        QVERIFY(m_a.cutter->cuts.empty());
        const auto& log = m_a.cutter->log;
        QCOMPARE(std::count(log.begin(), log.end(), "PUT /api/v1/blobs/" + hash), 1);
        QVERIFY(std::count(log.begin(), log.end(),
                           "POST /api/v1/files/" + std::to_string(m_file) + "/documents/" +
                               std::to_string(document) + "/attachments") >= 2);
        QCOMPARE(server("SELECT count(*) FROM attachments WHERE sha256 = '" + hash + "'"), 1);
        // One copy, no temporary files left beside it.
        std::size_t named = 0;
        for (const auto& entry :
             std::filesystem::directory_iterator(m_server.workspace().attachmentsDirectory()))
            named += entry.path().filename().string().find(hash.substr(0, 16)) != std::string::npos;
        QCOMPARE(named, std::size_t(1));
    }

    // The largest scan a workstation takes (20 MiB) travels both ways.
    void largestScanTravels()
    {
        const std::string scan = pdf(SqliteWorkflowStore::kMaxAttachmentBytes, 14);
        const std::string hash = sha256Hex(scan);
        auto a = m_a.engine(m_server.proxy().port());
        QVERIFY(m_a.workflow->attach(m_documents.front(), "survey-full.pdf", scan, m_analyst, m_a.now).ok());
        m_a.drain(*a);
        QCOMPARE(m_a.pending(), 0);
        QCOMPARE(m_a.conflicts(), 0);
        QVERIFY(readFile(serverBlob(hash)) == scan);
        auto b = m_b.engine(m_server.proxy().port());
        m_b.now += 60'000;
        b->runOnce();
        QCOMPARE(b->status().lastError, std::string());
        QVERIFY(readFile(std::filesystem::path(m_b.workspace->attachmentsDirectory()) / hash) == scan);
    }

    // A server that sends other bytes than the hash names: refused, nothing stored.
    void badContentFromTheServerIsRefused()
    {
        class Liar : public SyncTransport
        {
        public:
            Result<SyncReply> exchange(const SyncRequest&) override
            {
                return SyncReply{200, "%PDF-not it", {}};
            }
        } liar;
        const std::string hash = sha256Hex(pdf(1000, 13));
        const std::string dir = m_dir.filePath("liar").toStdString();
        const auto r = fetchAttachmentContent(liar, dir, hash);
        QVERIFY(!r.ok());
        QCOMPARE(filesIn(dir), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSyncAttachments)
#include "tst_sync_attachments.moc"
