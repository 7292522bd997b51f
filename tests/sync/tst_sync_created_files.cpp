// Files created on the workstation, without a server: with queueing on, createDraft takes a local id at
// or above 10^12 and a provisional number and queues its POST /api/v1/files in the same transaction (a
// refused file leaves neither); the server's 201 is read member by member and ties the local id to the
// server's in one transaction with the row's acceptance; a bad answer changes nothing.
#include "../storage/storage_test_data.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/sync_file_ids.h"
#include "storage/sync_outbox.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"
#include "sync/created_file.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
namespace td = saggar::testdata;

class TestSyncCreatedFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SqliteLoanFileStore> m_store;
    int m_n = 0;

    Database& db() { return m_workspace->db(); }
    std::int64_t count(const std::string& sql) { return *db().queryInt64(sql); }
    std::string text(const std::string& sql) { return *db().queryText(sql); }
    Result<Id> create(Money amount = Money::fromYuan(1'000'000))
    {
        LoanFile f = td::file(0, "", 0, amount);
        f.product = Product::FleetPurchase;
        f.createdAtMs = td::kBaseMs;
        f.updatedAtMs = 0;
        return m_store->createDraft(td::enterprise(0, 1, "佛山金砖陶瓷有限公司", "Foshan Golden Tile"), f);
    }
    std::string snapshot()
    {
        return text(
            "SELECT (SELECT count(*) FROM loan_files) || '/' || (SELECT count(*) FROM sync_outbox) || "
            "'/' || (SELECT count(*) FROM sync_file_ids) || '/' || (SELECT group_concat(file_no) FROM "
            "loan_files)");
    }

private slots:
    void init()
    {
        auto ws = Workspace::open(m_dir.filePath(QString("ws-%1").arg(++m_n)).toStdString(), true);
        QVERIFY2(ws.ok(), ws ? "" : ws.error().message.c_str());
        m_workspace = std::move(*ws);
        m_store = std::make_unique<SqliteLoanFileStore>(db());
        m_store->setQueueForSync(true);
        QVERIFY(insertUser(db(), td::user(1, "analyst", "Li Wei", Role::Analyst)).ok());
    }

    void aCreatedFileIsLocalAndQueuedWithIt()
    {
        auto first = create();
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
        QVERIFY(*first >= kLocalFileIdBase);
        auto second = create();
        QVERIFY(second.ok());
        QCOMPARE(*second, *first + 1);
        const std::string year =
            text("SELECT substr(file_no, 4, 4) FROM loan_files WHERE id = " + std::to_string(*first));
        QCOMPARE(text("SELECT file_no FROM loan_files WHERE id = " + std::to_string(*first)),
                 "SG-" + year + "-L00001");
        QCOMPARE(text("SELECT file_no FROM loan_files WHERE id = " + std::to_string(*second)),
                 "SG-" + year + "-L00002");
        auto rows = SqliteOutbox(db()).pending(10);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), std::size_t(2));
        const OutboxRow& row = rows->front();
        QCOMPARE(row.loanFileId, *first);
        QCOMPARE(row.baseVersion, std::int64_t(0));
        QVERIFY(isFileCreateBody(row.patchJson));
        QVERIFY(row.patchJson.find("\"product\":\"fleet_purchase\"") != std::string::npos);
        QVERIFY(row.patchJson.find("\"amountFen\":100000000") != std::string::npos);
        QVERIFY(row.patchJson.find("\"uscc\":\"") != std::string::npos);
        // Not yet on the server: no server id; a file the feed brought is its own id.
        QCOMPARE(*serverFileId(db(), *first), Id{0});
        QCOMPARE(*serverFileId(db(), 17), Id{17});
        QCOMPARE(*localFileId(db(), 17), Id{17});
    }

    void aRefusedFileQueuesNothing()
    {
        const std::string before = snapshot();
        QVERIFY(!create(Money::fromFen(-1)).ok());
        QCOMPARE(snapshot(), before);
    }

    void withQueueingOffTheFileIsNumberedAsBefore()
    {
        m_store->setQueueForSync(false);
        auto id = create();
        QVERIFY(id.ok());
        QVERIFY(*id < kLocalFileIdBase);
        QVERIFY(text("SELECT file_no FROM loan_files WHERE id = " + std::to_string(*id)).find("-L") ==
                std::string::npos);
        QCOMPARE(count("SELECT count(*) FROM sync_outbox"), std::int64_t(0));
    }

    void theServersAnswerTiesTheFile()
    {
        auto id = create();
        QVERIFY(id.ok());
        const OutboxRow row = SqliteOutbox(db()).pending(1)->front();
        QVERIFY(acceptCreatedFile(db(), row,
                                  "{\"id\":412,\"version\":1,\"file\":{\"fileNo\":\"SG-2026-000412\"}}",
                                  td::kBaseMs)
                    .ok());
        QCOMPARE(count("SELECT count(*) FROM sync_outbox"), std::int64_t(0));
        QCOMPARE(*serverFileId(db(), *id), Id{412});
        QCOMPARE(*localFileId(db(), 412), *id);
        QCOMPARE(text("SELECT file_no FROM loan_files WHERE id = " + std::to_string(*id)),
                 std::string("SG-2026-000412"));
    }

    void aBadAnswerChangesNothing_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("not json") << "{\"id\":";
        QTest::newRow("array") << "[412]";
        QTest::newRow("id as text") << "{\"id\":\"412\",\"version\":1}";
        QTest::newRow("id zero") << "{\"id\":0,\"version\":1}";
        QTest::newRow("id in the local range") << "{\"id\":1000000000001,\"version\":1}";
        QTest::newRow("no version") << "{\"id\":412}";
        QTest::newRow("version zero") << "{\"id\":412,\"version\":0}";
        QTest::newRow("version fractional") << "{\"id\":412,\"version\":1.5}";
        QTest::newRow("fileNo a number") << "{\"id\":412,\"version\":1,\"file\":{\"fileNo\":412}}";
        QTest::newRow("fileNo empty") << "{\"id\":412,\"version\":1,\"file\":{\"fileNo\":\"\"}}";
    }
    void aBadAnswerChangesNothing()
    {
        QFETCH(QString, body);
        QVERIFY(create().ok());
        const OutboxRow row = SqliteOutbox(db()).pending(1)->front();
        const std::string before = snapshot();
        QVERIFY(!parseCreatedFile(body.toStdString()).ok());
        QVERIFY(!acceptCreatedFile(db(), row, body.toStdString(), td::kBaseMs).ok());
        QCOMPARE(snapshot(), before);
    }

    void anUnansweredCreationHoldsThePull()
    {
        QCOMPARE(*creationUnanswered(db()), false);
        QVERIFY(create().ok());
        QCOMPARE(*creationUnanswered(db()), false); // never sent: the server cannot have it
        const OutboxRow row = SqliteOutbox(db()).pending(1)->front();
        QVERIFY(SqliteOutbox(db()).recordFailure(row.id, td::kBaseMs + 1000, "lost").ok());
        QCOMPARE(*creationUnanswered(db()), true);
    }
};

QTEST_GUILESS_MAIN(TestSyncCreatedFiles)
#include "tst_sync_created_files.moc"
