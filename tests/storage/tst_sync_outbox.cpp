// The sync outbox: a pledged asset and its outbox row commit or roll back together, rows keep their
// order, keys are UUIDs, acceptance rebases later rows, conflicts keep the server's reply, and a feed
// page and its cursor are stored together.
#include "storage/sqlite_loan_file_store.h"
#include "storage/sync_outbox.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"
#include "storage_test_data.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace saggar;
namespace td = saggar::testdata;

class TestSyncOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SqliteLoanFileStore> m_store;
    int m_n = 0;

    Database& db() { return m_workspace->db(); }
    std::int64_t count(const char* table)
    {
        return *db().queryInt64(std::string("SELECT count(*) FROM ") + table);
    }
    Id draft()
    {
        LoanFile f = td::file(0, "", 0);
        f.product = Product::FleetPurchase;
        f.updatedAtMs = 0;
        auto id = m_store->createDraft(td::enterprise(0, 1, "佛山金砖陶瓷有限公司", "Foshan Golden Tile"), f);
        if (!id)
            qFatal("%s", id.error().message.c_str());
        return *id;
    }
    OutboxRow queue(Id file, std::int64_t base, const std::string& patch)
    {
        auto tx = Transaction::begin(db());
        auto row = enqueueEdit(db(), file, base, patch, td::kBaseMs);
        if (!tx || !row || !tx->commit().ok())
            qFatal("could not queue");
        return *row;
    }

private slots:
    void init()
    {
        auto ws = Workspace::open(m_dir.filePath(QString("ws-%1").arg(++m_n)).toStdString(), true);
        QVERIFY2(ws.ok(), ws ? "" : ws.error().message.c_str());
        m_workspace = std::move(*ws);
        m_store = std::make_unique<SqliteLoanFileStore>(db());
        QVERIFY(insertUser(db(), td::user(1, "analyst", "Li Wei", Role::Analyst)).ok());
    }

    void keysAreDistinctVersion4Uuids()
    {
        const QRegularExpression uuid(
            "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        std::set<std::string> seen;
        for (int i = 0; i < 1000; ++i) {
            const std::string key = newIdempotencyKey();
            QVERIFY2(uuid.match(QString::fromStdString(key)).hasMatch(), key.c_str());
            seen.insert(key);
        }
        QCOMPARE(seen.size(), std::size_t(1000));
    }

    void jsonQuotingEscapes()
    {
        QCOMPARE(jsonQuoted("a\"b\\c\n\x01粤"), std::string("\"a\\\"b\\\\c\\n\\u0001粤\""));
    }

    void enqueueOutsideATransactionIsRefused()
    {
        const Id file = draft();
        auto row = enqueueEdit(db(), file, 1, "{}", td::kBaseMs);
        QVERIFY(!row.ok());
        QCOMPARE(count("sync_outbox"), 0);
    }

    void pledgingATruckQueuesItsPatchInTheSameTransaction()
    {
        const Id file = draft();
        const auto versionBefore =
            *db().queryInt64("SELECT version FROM loan_files WHERE id = " + std::to_string(file));
        QVERIFY(m_store->addTruck(td::truck(0, 1, 0, file)).ok());
        auto rows = SqliteOutbox(db()).pending(10);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), std::size_t(1));
        const OutboxRow& row = rows->front();
        QCOMPARE(row.loanFileId, file);
        QCOMPARE(row.baseVersion, versionBefore);
        QVERIFY(row.patchJson.find("\"add\":{\"trucks\":[{\"vin\":\"" + td::vin(1) + "\"") !=
                std::string::npos);
        QVERIFY(row.patchJson.find("\"purchasePriceFen\":42000000") != std::string::npos);

        // A refused pledge (the same VIN again) leaves neither a truck nor a row.
        QVERIFY(!m_store->addTruck(td::truck(0, 1, 0, file)).ok());
        QCOMPARE(count("trucks"), 1);
        QCOMPARE(count("sync_outbox"), 1);
    }

    void aRolledBackEditLeavesNoRow()
    {
        const Id file = draft();
        {
            auto tx = Transaction::begin(db());
            QVERIFY(tx.ok());
            QVERIFY(enqueueEdit(db(), file, 1, R"({"set":{"purpose":"x"}})", td::kBaseMs).ok());
        } // no commit
        QCOMPARE(count("sync_outbox"), 0);
    }

    void rowsKeepTheirOrderAndAcceptRebases()
    {
        const Id file = draft();
        const OutboxRow a = queue(file, 7, R"({"set":{"amountFen":1}})");
        const OutboxRow b = queue(file, 8, R"({"set":{"purpose":"p"}})");
        const OutboxRow c = queue(file + 1, 3, R"({"set":{"purpose":"q"}})");
        SqliteOutbox outbox(db());
        auto rows = outbox.pending(10);
        QCOMPARE(rows->size(), std::size_t(3));
        QCOMPARE((*rows)[0].id, a.id);
        QCOMPARE((*rows)[1].id, b.id);
        QCOMPARE((*rows)[2].id, c.id);

        // Accepted as version 10: someone wrote 8 and 9, so b is checked from 7, not trusted at 8.
        QVERIFY(outbox.accept(a, 10, td::kBaseMs + 5).ok());
        rows = outbox.pending(10);
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE((*rows)[0].baseVersion, std::int64_t(7));
        QCOMPARE((*rows)[1].baseVersion, std::int64_t(3)); // another file: untouched
        QCOMPARE(outbox.state()->lastSuccessMs, td::kBaseMs + 5);

        // Accepted as exactly base + 1: nothing else to adjust.
        const OutboxRow d = queue(file, 8, "{}");
        QVERIFY(outbox.accept((*rows)[0], 8, td::kBaseMs + 6).ok());
        rows = outbox.pending(10);
        QCOMPARE(rows->back().id, d.id);
        QCOMPARE(rows->back().baseVersion, std::int64_t(8));
    }

    void failuresAndConflictsKeepTheEdit()
    {
        const Id file = draft();
        const OutboxRow a = queue(file, 2, R"({"set":{"amountFen":5}})");
        SqliteOutbox outbox(db());
        QVERIFY(outbox.recordFailure(a.id, td::kBaseMs + 900, "HTTP 503").ok());
        auto rows = outbox.pending(1);
        QCOMPARE(rows->front().attempts, 1);
        QCOMPARE(rows->front().nextAttemptMs, td::kBaseMs + 900);
        QCOMPARE(rows->front().lastError, std::string("HTTP 503"));

        const std::string reply = R"({"error":{"code":"conflict","message":"1 field changed"}})";
        QVERIFY(outbox.moveToConflicts(a.id, reply, td::kBaseMs + 1000).ok());
        QVERIFY(!outbox.moveToConflicts(a.id, reply, td::kBaseMs + 1000).ok()); // gone from the outbox
        auto conflicts = outbox.conflicts();
        QCOMPARE(conflicts->size(), std::size_t(1));
        QCOMPARE(conflicts->front().patchJson, a.patchJson);
        QCOMPARE(conflicts->front().idempotencyKey, a.idempotencyKey);
        QCOMPARE(conflicts->front().replyJson, reply);
        QCOMPARE(outbox.state()->pending, std::int64_t(0));
        QCOMPARE(outbox.state()->conflicts, std::int64_t(1));
        QVERIFY(outbox.dropConflict(conflicts->front().id).ok());
        QCOMPARE(count("sync_conflicts"), 0);
    }

    void feedPagesAndCursorAreStoredTogether()
    {
        SqliteOutbox outbox(db());
        QCOMPARE(outbox.state()->cursor, std::int64_t(0));
        QVERIFY(outbox.storeChanges({{5, 17, 9, false, 100}, {6, 21, 3, true, 101}}, 6, td::kBaseMs).ok());
        QCOMPARE(outbox.state()->cursor, std::int64_t(6));
        auto c = outbox.lastChange(21);
        QVERIFY(c.ok() && c->has_value());
        QVERIFY((*c)->deleted);
        // An older entry for the same file never replaces a newer one.
        QVERIFY(outbox.storeChanges({{4, 17, 8, false, 99}, {7, 17, 10, false, 102}}, 7, td::kBaseMs).ok());
        QCOMPARE((*outbox.lastChange(17))->version, std::int64_t(10));
        QVERIFY(!outbox.lastChange(99)->has_value());
    }

    // The server's copy of a file is applied only over an older version with nothing of it waiting to
    // be pushed; pledges the workspace already holds are not added twice.
    void theServersCopyIsAppliedWhenNothingWaits()
    {
        const Id file = draft();
        QVERIFY(m_store->addTruck(td::truck(0, 1, 0, file)).ok()); // queued: the file has an edit waiting
        const std::string id = std::to_string(file);
        const auto localVersion = *db().queryInt64("SELECT version FROM loan_files WHERE id = " + id);
        RemoteFile remote;
        remote.state = LoanState::Submitted;
        remote.amount = Money::fromYuan(2'000'000);
        remote.termMonths = 24;
        remote.annualRatePct = 4.1;
        remote.purpose = "两座梭式窑";
        remote.trucks = {td::truck(77, 1, 0, file), td::truck(78, 2, 0, file)}; // the first is ours
        FeedChange change{10, file, localVersion + 5, false, 0, remote};
        SqliteOutbox outbox(db());
        QVERIFY(outbox.storeChanges({change}, 10, td::kBaseMs).ok());
        QCOMPARE(*db().queryText("SELECT state FROM loan_files WHERE id = " + id), std::string("draft"));
        QCOMPARE(count("trucks"), 1);

        auto pending = outbox.pending(1);
        QVERIFY(pending.ok() && pending->size() == 1);
        QVERIFY(outbox.accept(pending->front(), localVersion, td::kBaseMs).ok());
        change.seq = 11;
        change.version = localVersion - 1; // an older copy is ignored
        QVERIFY(outbox.storeChanges({change}, 11, td::kBaseMs).ok());
        QCOMPARE(*db().queryText("SELECT state FROM loan_files WHERE id = " + id), std::string("draft"));

        change.seq = 12;
        change.version = localVersion + 5;
        QVERIFY(outbox.storeChanges({change}, 12, td::kBaseMs).ok());
        QCOMPARE(*db().queryText(
                     "SELECT state || '|' || amount_fen || '|' || term_months || '|' || purpose || '|' || "
                     "version FROM loan_files WHERE id = " +
                     id),
                 "submitted|200000000|24|两座梭式窑|" + std::to_string(localVersion + 5));
        QCOMPARE(count("trucks"), 2);      // the second truck added, ours not doubled
        QCOMPARE(count("sync_outbox"), 0); // nothing of the server's own is queued back to it
    }
};

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_sync_outbox.moc"
