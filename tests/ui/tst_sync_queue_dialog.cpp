// The sync queue dialog, offscreen, on a real workspace database: waiting edits listed, a conflict shown
// as base / theirs / mine, "keep mine" queueing one's values again on the server's version, "take
// theirs" discarding the edit, and a whole-edit refusal that cannot be sent again.
#include "storage/schema.h"
#include "storage/sync_outbox.h"
#include "storage/sync_tombstones.h"
#include "sync/sqlite_sync_queue.h"
#include "ui/sync_queue_dialog.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace saggar;

class TestSyncQueueDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    std::int64_t queue(Id file, std::int64_t base, const std::string& patch)
    {
        auto tx = Transaction::begin(*m_db);
        auto row = enqueueEdit(*m_db, file, base, patch, 1795100000000);
        if (!tx || !row || !tx->commit().ok())
            qFatal("queue failed");
        return row->id;
    }

private slots:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QString("q%1.db").arg(++m_n)).toStdString(),
                                 OpenMode::CreateReadWrite);
        QVERIFY(db.ok());
        m_db = std::make_unique<Database>(std::move(*db));
        QVERIFY(migrate(*m_db).ok());
    }

    void showsAndResolves()
    {
        SqliteOutbox outbox(*m_db);
        queue(4, 2, R"({"set":{"termMonths":24}})");
        const auto conflicted = queue(17, 7, R"({"set":{"amountFen":400000000}})");
        QVERIFY(outbox
                    .moveToConflicts(
                        conflicted,
                        R"({"error":{"code":"conflict","message":"1 field changed since version 7"},)"
                        R"("currentVersion":9,"conflicts":[{"path":"amountFen","base":380000000,)"
                        R"("theirs":390000000,"mine":400000000,"theirsBy":{"id":3,"displayName":"张伟"},)"
                        R"("theirsVersion":8}]})",
                        1795100000000)
                    .ok());
        const auto refused = queue(21, 3, R"({"set":{"plate":"x"}})");
        QVERIFY(outbox
                    .moveToConflicts(refused,
                                     R"({"error":{"code":"validation","message":"plate: not a plate"}})",
                                     1795100000000)
                    .ok());

        SqliteSyncQueue q(*m_db, [] { return TimestampMs(1795100001000); });
        ui::SyncQueueDialog dialog(q);
        dialog.show();
        QCOMPARE(dialog.editsTable()->rowCount(), 1);
        QCOMPARE(dialog.editsTable()->item(0, 0)->text(), QStringLiteral("4"));
        QCOMPARE(dialog.conflictsTable()->rowCount(), 2);
        QCOMPARE(dialog.valuesTable()->rowCount(), 1);
        QCOMPARE(dialog.valuesTable()->item(0, 0)->text(), QStringLiteral("amountFen"));
        QCOMPARE(dialog.valuesTable()->item(0, 1)->text(), QStringLiteral("380000000"));
        QCOMPARE(dialog.valuesTable()->item(0, 2)->text(), QStringLiteral("390000000 (by 张伟)"));
        QCOMPARE(dialog.valuesTable()->item(0, 3)->text(), QStringLiteral("400000000"));

        auto* keep = dialog.findChild<QPushButton*>(QStringLiteral("keepMine"));
        auto* take = dialog.findChild<QPushButton*>(QStringLiteral("takeTheirs"));
        QVERIFY(keep->isEnabled());
        keep->click();
        auto rows = outbox.pending(10);
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE(rows->back().loanFileId, Id(17));
        QCOMPARE(rows->back().baseVersion, std::int64_t(9));
        QCOMPARE(rows->back().patchJson, std::string(R"({"set":{"amountFen":400000000}})"));
        QCOMPARE(dialog.conflictsTable()->rowCount(), 1);

        // The remaining one was refused as a whole: only "take theirs".
        QVERIFY(!keep->isEnabled());
        QVERIFY(!q.keepMine(outbox.conflicts()->front().id).ok());
        take->click();
        QCOMPARE(outbox.state()->conflicts, std::int64_t(0));
        QCOMPARE(dialog.conflictsTable()->rowCount(), 0);
        QCOMPARE(dialog.editsTable()->rowCount(), 2);
    }

    // Refusals of deletes, and edits of a file deleted on the server, are told in the user's words.
    void deletesAreExplained()
    {
        SqliteOutbox outbox(*m_db);
        const auto late = queue(31, 4, std::string(kDeleteBody));
        QVERIFY(outbox
                    .moveToConflicts(
                        late,
                        R"({"error":{"code":"version_mismatch","message":"file 31 is at version 9"},)"
                        R"("currentVersion":9})",
                        1795100000000)
                    .ok());
        const auto gone = queue(32, 2, R"({"set":{"termMonths":24}})");
        QVERIFY(
            outbox
                .moveToConflicts(gone,
                                 R"({"error":{"code":"deleted","message":"deleted on the server by 张伟"},)"
                                 R"("currentVersion":3,"deletedBy":{"id":3,"displayName":"张伟"}})",
                                 1795100000000)
                .ok());
        SqliteSyncQueue q(*m_db, [] { return TimestampMs(1795100001000); });
        auto conflicts = q.conflicts();
        QVERIFY(conflicts.ok() && conflicts->size() == 2);
        QVERIFY(conflicts->at(0).isDelete);
        QCOMPARE(conflicts->at(1).deletedBy, std::string("张伟"));
        ui::SyncQueueDialog dialog(q);
        dialog.show();
        QCOMPARE(dialog.conflictsTable()->rowCount(), 2);
        QCOMPARE(
            dialog.conflictsTable()->item(0, 2)->text(),
            QStringLiteral("your delete came after a change on the server (now version 9); the file shows "
                           "again with it — delete it again if you still want to"));
        QCOMPARE(dialog.conflictsTable()->item(1, 2)->text(),
                 QStringLiteral("the file was deleted on the server by 张伟"));
        auto* keep = dialog.findChild<QPushButton*>(QStringLiteral("keepMine"));
        QVERIFY(!keep->isEnabled()); // a whole refusal: only discarded
    }
};

QTEST_MAIN(TestSyncQueueDialog)
#include "tst_sync_queue_dialog.moc"
