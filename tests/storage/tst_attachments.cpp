// Attachments through SqliteWorkflowStore: PDF, PNG and JPEG are recognised by their content and
// stored under their SHA-256 with a row and an audit entry; anything else, an empty file, a file over
// 20 MB or an unknown document is refused and changes nothing; a failing database write leaves no
// row; a stored file changed or removed on disk afterwards is refused when read back.
#include "storage_test_data.h"
#include "workflow_fixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <filesystem>

using namespace saggar;
namespace td = saggar::testdata;
using namespace std::string_literals;

namespace {

const std::string kPdf =
    std::string("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj <</Type /Catalog>> endobj\n%%EOF\n");
// The string literals keep their embedded NUL bytes (""s).
const std::string kPng = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0"s;
const std::string kJpeg = "\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xFF\xD9"s;

std::string sha256(const std::string& bytes)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<td::WorkflowFixture> m_f;
    int m_n = 0;

    td::WorkflowFixture& f() { return *m_f; }
    Id documentId() { return f().context().documents.front().id; }
    std::string storedPath(const std::string& sha) const { return m_f->attachmentsDir() + "/" + sha; }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_f = std::make_unique<td::WorkflowFixture>(m_dir, "ws-" + std::to_string(++m_n));
    }
    void cleanup() { m_f.reset(); }

    void acceptedByContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mediaType");
        QTest::newRow("pdf") << QByteArray::fromStdString(kPdf) << "application/pdf";
        QTest::newRow("png") << QByteArray::fromStdString(kPng) << "image/png";
        QTest::newRow("jpeg") << QByteArray::fromStdString(kJpeg) << "image/jpeg";
        // The name does not matter, the content does.
        QTest::newRow("pdf named .png") << QByteArray::fromStdString(kPdf) << "application/pdf";
    }
    void acceptedByContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mediaType);
        const std::string content = bytes.toStdString();
        const std::int64_t versionBefore = f().version();
        auto a = f().store().attach(documentId(), "/home/li/scans/营业执照.pdf", content, td::kAnalyst,
                                    td::kBaseMs + 42);
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().message.c_str());
        QVERIFY(a->id > 0);
        QCOMPARE(a->documentId, documentId());
        QCOMPARE(a->fileName, std::string("营业执照.pdf")); // without the folders it came from
        QCOMPARE(a->mediaType, mediaType.toStdString());
        QCOMPARE(a->sizeBytes, std::int64_t(content.size()));
        QCOMPARE(a->sha256Hex, sha256(content));
        QCOMPARE(a->addedBy, td::kAnalyst.userId);
        QCOMPARE(a->atMs, td::kBaseMs + 42);

        QVERIFY(std::filesystem::exists(storedPath(a->sha256Hex)));
        auto listed = f().store().attachments(f().fileId);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), std::size_t(1));
        QCOMPARE(listed->front().sha256Hex, a->sha256Hex);
        QCOMPARE(listed->front().fileName, a->fileName);
        auto read = f().store().attachmentBytes(listed->front());
        QVERIFY(read.ok());
        QCOMPARE(*read, content);

        auto h = f().store().history(f().fileId);
        QCOMPARE(h->entries.back().kind, AuditKind::Attachment);
        QCOMPARE(h->entries.back().subject, std::string("document:business_licence"));
        QVERIFY(h->entries.back().after.find(a->sha256Hex) != std::string::npos);
        QVERIFY(h->entries.back().after.find("营业执照.pdf") != std::string::npos);
        QVERIFY2(h->verdict.ok(), h->verdict.message.c_str());
        QCOMPARE(f().version(), versionBefore + 1);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("unknownDocument");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("windows program")
            << QByteArray("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF", 14) << false
            << int(ErrorCode::InvalidInput) << "not a PDF, PNG or JPEG";
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00", 6) << false << int(ErrorCode::InvalidInput)
                             << "not a PDF, PNG or JPEG";
        QTest::newRow("text") << QByteArray("invoice total 12,000") << false << int(ErrorCode::InvalidInput)
                              << "not a PDF, PNG or JPEG";
        QTest::newRow("PDF signature later in the file")
            << QByteArray(" %PDF-1.4") << false << int(ErrorCode::InvalidInput) << "not a PDF";
        QTest::newRow("empty") << QByteArray() << false << int(ErrorCode::InvalidInput) << "empty";
        QByteArray big = QByteArray::fromStdString(kPdf);
        big.append(QByteArray(20 * 1024 * 1024 + 1 - big.size(), 'x'));
        QTest::newRow("one byte over 20 MB")
            << big << false << int(ErrorCode::InvalidInput) << "at most 20.0 MB";
        QTest::newRow("unknown document")
            << QByteArray::fromStdString(kPdf) << true << int(ErrorCode::NotFound) << "no document";
    }
    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, unknownDocument);
        QFETCH(int, code);
        QFETCH(QString, says);
        const std::string before = f().dump();
        auto a = f().store().attach(unknownDocument ? 9999 : documentId(), "scan.pdf", bytes.toStdString(),
                                    td::kAnalyst, td::kBaseMs);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, code);
        QVERIFY2(a.error().message.find(says.toStdString()) != std::string::npos, a.error().message.c_str());
        QVERIFY2(a.error().message.find("scan.pdf") != std::string::npos, a.error().message.c_str());
        QCOMPARE(f().dump(), before);
        QVERIFY(!std::filesystem::exists(f().attachmentsDir()) ||
                std::filesystem::is_empty(f().attachmentsDir()));
    }

    void exactlyTwentyMegabytesIsAccepted()
    {
        std::string bytes = kPdf;
        bytes.resize(SqliteWorkflowStore::kMaxAttachmentBytes, 'x');
        auto a = f().store().attach(documentId(), "big.pdf", bytes, td::kAnalyst, td::kBaseMs);
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().message.c_str());
        QCOMPARE(a->sizeBytes, SqliteWorkflowStore::kMaxAttachmentBytes);
    }

    void failedRecordLeavesNoRow()
    {
        // The row is written before the audit entry; an entry that cannot be written must take the
        // row with it.
        QVERIFY(f().db()
                    .exec("CREATE TRIGGER test_refuse BEFORE INSERT ON audit_log "
                          "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")
                    .ok());
        const std::string before = f().dump();
        auto a = f().store().attach(documentId(), "scan.pdf", kPdf, td::kAnalyst, td::kBaseMs);
        QVERIFY(!a.ok());
        QVERIFY2(a.error().message.find("the disk is full") != std::string::npos, a.error().message.c_str());
        QCOMPARE(f().dump(), before);
        QCOMPARE(*f().db().queryInt64("SELECT count(*) FROM attachments"), 0);
        // What may be left is the content-addressed file, which nothing refers to.
        QVERIFY(f().db().exec("DROP TRIGGER test_refuse").ok());
        auto again = f().store().attach(documentId(), "scan.pdf", kPdf, td::kAnalyst, td::kBaseMs);
        QVERIFY(again.ok());
        QCOMPARE(*f().db().queryInt64("SELECT count(*) FROM attachments"), 1);
    }

    void sameContentIsStoredOnce()
    {
        const auto docs = f().context().documents;
        auto a = f().store().attach(docs[0].id, "licence.pdf", kPdf, td::kAnalyst, td::kBaseMs);
        auto b = f().store().attach(docs[1].id, "copy.pdf", kPdf, td::kManager, td::kBaseMs + 1);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->sha256Hex, b->sha256Hex);
        QVERIFY(a->id != b->id);
        std::size_t files = 0;
        for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(f().attachmentsDir()))
            ++files;
        QCOMPARE(files, std::size_t(1)); // and no temporary file left behind
        QCOMPARE(f().store().attachments(f().fileId)->size(), std::size_t(2));
    }

    void fileChangedOnDiskIsRefused()
    {
        auto a = f().store().attach(documentId(), "licence.png", kPng, td::kAnalyst, td::kBaseMs);
        QVERIFY(a.ok());
        const QString path = QString::fromStdString(storedPath(a->sha256Hex));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(20));
            QVERIFY(file.write("\x07", 1) == 1); // one byte of the image changed
        }
        auto read = f().store().attachmentBytes(*a);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, int(ErrorCode::DatabaseCorrupt));
        QVERIFY2(read.error().message.find("licence.png") != std::string::npos, read.error().message.c_str());
        QVERIFY2(read.error().message.find("changed") != std::string::npos, read.error().message.c_str());

        // Attaching the original again repairs the stored copy.
        QVERIFY(f().store().attach(documentId(), "licence.png", kPng, td::kAnalyst, td::kBaseMs).ok());
        QVERIFY(f().store().attachmentBytes(*a).ok());

        QVERIFY(QFile::remove(path));
        auto gone = f().store().attachmentBytes(*a);
        QCOMPARE(gone.error().code, int(ErrorCode::DatabaseIo));
        QVERIFY2(gone.error().message.find("missing") != std::string::npos, gone.error().message.c_str());

        // A recorded hash that is not a hash is never used as a path.
        Attachment forged = *a;
        forged.sha256Hex = "../saggar.db";
        QCOMPARE(f().store().attachmentBytes(forged).error().code, int(ErrorCode::DatabaseCorrupt));
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
