// The sync queue dialog, offscreen, on a real workspace database: waiting edits listed, a conflict shown
// as base / theirs / mine, "keep mine" queueing one's values again on the server's version, "take
// theirs" discarding the edit, and a whole-edit refusal that cannot be sent again.
#include "storage/schema.h"
#include "storage/sync_outbox.h"
#include "storage/sync_tombstones.h"
#include "sync/sqlite_sync_queue.h"
#include "ui/sync_edit_text.h"
#include "ui/sync_queue_dialog.h"
#include "widgets/money_format.h"

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
        QCOMPARE(dialog.editsTable()->item(0, 0)->text(), QStringLiteral("4")); // no such file here: its id
        QCOMPARE(dialog.editsTable()->item(0, 2)->text(), QStringLiteral("Change term"));
        QCOMPARE(dialog.editsTable()->item(0, 2)->toolTip(), QStringLiteral(R"({"set":{"termMonths":24}})"));
        QCOMPARE(dialog.conflictsTable()->rowCount(), 2);
        QCOMPARE(dialog.valuesTable()->rowCount(), 1);
        QCOMPARE(dialog.conflictsTable()->item(0, 1)->text(), QStringLiteral("Change amount"));
        QCOMPARE(dialog.conflictsTable()->item(0, 3)->text(),
                 QStringLiteral("someone changed the same fields on the server (now version 9)"));
        QCOMPARE(dialog.conflictsTable()->item(1, 3)->text(), QStringLiteral("plate: not a plate"));
        QCOMPARE(dialog.valuesTable()->item(0, 0)->text(), QStringLiteral("amount"));
        QCOMPARE(dialog.valuesTable()->item(0, 0)->toolTip(), QStringLiteral("amountFen"));
        // Money in yuan as the rest of the workstation writes it, not the wire's fen.
        QCOMPARE(dialog.valuesTable()->item(0, 1)->text(), ui::formatMoneyExact(Money::fromFen(380000000)));
        QCOMPARE(dialog.valuesTable()->item(0, 2)->text(),
                 ui::formatMoneyExact(Money::fromFen(390000000)) + QStringLiteral(" (by 张伟)"));
        QCOMPARE(dialog.valuesTable()->item(0, 3)->text(), ui::formatMoneyExact(Money::fromFen(400000000)));
        QVERIFY(dialog.valuesTable()->item(0, 1)->text() != QStringLiteral("380000000"));

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

    // Every kind of edit and field path in the user's words.
    void editsAndFieldsInWords()
    {
        using ui::SyncEditText;
        QCOMPARE(SyncEditText::describe({EditKind::PledgeTruck, "粤E12345", {}}),
                 QStringLiteral("Pledge truck 粤E12345"));
        QCOMPARE(SyncEditText::describe({EditKind::Move, "approve", {}}), QStringLiteral("Approve"));
        QCOMPARE(SyncEditText::describe({EditKind::Move, "fly", {}}), QStringLiteral("Workflow step fly"));
        QCOMPARE(SyncEditText::describe(
                     {EditKind::Fields, {}, {"documents/90/status", "documents/90/justification"}}),
                 QStringLiteral("Change document 90: status"));
        QCOMPARE(SyncEditText::describe({EditKind::Fields, {}, {"amountFen", "purpose"}}),
                 QStringLiteral("Change amount, purpose"));
        QCOMPARE(SyncEditText::fieldLabel("memo/sections/risk"), QStringLiteral("memo: Risks and mitigants"));
        QCOMPARE(SyncEditText::fieldLabel("covenants/5/status"), QStringLiteral("condition 5: status"));
        QCOMPARE(SyncEditText::fieldLabel("trucks/31/appraisedValueFen"),
                 QStringLiteral("appraised value of truck 31"));
        QCOMPARE(SyncEditText::fieldLabel("trucks/31/plate"), QStringLiteral("trucks/31/plate"));
        QCOMPARE(SyncEditText::value("purpose", R"("三台辊道窑")"), QStringLiteral("三台辊道窑"));
        QCOMPARE(SyncEditText::value("termMonths", "36"), QStringLiteral("36"));
        QCOMPARE(SyncEditText::value("amountFen", "not json"), QStringLiteral("not json"));
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
            dialog.conflictsTable()->item(0, 3)->text(),
            QStringLiteral("your delete came after a change on the server (now version 9); the file shows "
                           "again with it — delete it again if you still want to"));
        QCOMPARE(dialog.conflictsTable()->item(1, 3)->text(),
                 QStringLiteral("the file was deleted on the server by 张伟"));
        QCOMPARE(dialog.conflictsTable()->item(0, 1)->text(), QStringLiteral("Delete the draft"));
        auto* keep = dialog.findChild<QPushButton*>(QStringLiteral("keepMine"));
        QVERIFY(!keep->isEnabled()); // a whole refusal: only discarded
    }
};

QTEST_MAIN(TestSyncQueueDialog)
#include "tst_sync_queue_dialog.moc"
