// Deletes on the workstation and the feed's tombstones and new files (storage/sync_tombstones.h): a
// draft deleted locally is kept, hidden and queued as one DELETE in the same transaction; only its
// analyst or a manager may, and only a draft; a tombstone from the feed hides the file and moves a
// waiting edit of it to the conflicts naming who deleted it; a refused delete shows the file again;
// a file the server has and the workstation lacks is created from the feed with its enterprise.
#include "storage/portfolio_index.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/sqlite_workflow_store.h"
#include "storage/sync_outbox.h"
#include "storage/sync_tombstones.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"
#include "storage_test_data.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
namespace td = saggar::testdata;

class TestSyncTombstones : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SqliteLoanFileStore> m_store;
    int m_n = 0;

    Database& db() { return m_workspace->db(); }
    std::int64_t scalar(const std::string& sql) { return *db().queryInt64(sql); }
    std::string text(const std::string& sql) { return *db().queryText(sql); }
    Id draft(Id analyst = 1)
    {
        LoanFile f = td::file(0, "", 0, Money::fromYuan(1'000'000), LoanState::Draft, analyst);
        f.updatedAtMs = 0;
        auto id = m_store->createDraft(td::enterprise(0, 1, "佛山金砖陶瓷有限公司", "Foshan Golden Tile"), f);
        if (!id)
            qFatal("%s", id.error().message.c_str());
        return *id;
    }
    std::string fileState(Id file)
    {
        return text(
            "SELECT state || '|' || version || '|' || deleted_at_ms || '|' || deleted_by FROM loan_files "
            "WHERE id = " +
            std::to_string(file));
    }
    bool listed(Id file)
    {
        auto index = PortfolioIndex::load(db());
        if (!index)
            qFatal("%s", index.error().message.c_str());
        const auto all = index->size();
        const std::int64_t live = scalar("SELECT count(*) FROM loan_files WHERE deleted_at_ms = 0");
        if (static_cast<std::int64_t>(all) != live)
            qFatal("the index holds %zu files, %lld not deleted", all, static_cast<long long>(live));
        return scalar("SELECT deleted_at_ms FROM loan_files WHERE id = " + std::to_string(file)) == 0;
    }

private slots:
    void init()
    {
        auto ws = Workspace::open(m_dir.filePath(QString("ws-%1").arg(++m_n)).toStdString(), true);
        QVERIFY2(ws.ok(), ws ? "" : ws.error().message.c_str());
        m_workspace = std::move(*ws);
        m_store = std::make_unique<SqliteLoanFileStore>(db());
        QVERIFY(insertUser(db(), td::user(1, "analyst", "Li Wei", Role::Analyst)).ok());
        QVERIFY(insertUser(db(), td::user(2, "analyst2", "Wang Fang", Role::Analyst)).ok());
        QVERIFY(insertUser(db(), td::user(3, "appraiser", "Zhao Min", Role::Appraiser)).ok());
        QVERIFY(insertUser(db(), td::user(4, "manager", "Zhang Wei", Role::Manager)).ok());
    }

    void theAnalystDeletesTheirDraft()
    {
        const Id file = draft();
        const Id other = draft();
        const std::int64_t version =
            scalar("SELECT version FROM loan_files WHERE id = " + std::to_string(file));
        QVERIFY(listed(file));
        QVERIFY(m_store->deleteDraft(file, 1).ok());
        QVERIFY(!listed(file));
        QVERIFY(listed(other));
        QCOMPARE(scalar("SELECT count(*) FROM loan_files WHERE id = " + std::to_string(file)), 1); // kept
        QCOMPARE(text("SELECT deleted_by FROM loan_files WHERE id = " + std::to_string(file)),
                 std::string("Li Wei"));
        QCOMPARE(scalar("SELECT version FROM loan_files WHERE id = " + std::to_string(file)), version);
        auto rows = SqliteOutbox(db()).pending(10);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), std::size_t{1});
        QCOMPARE(rows->front().loanFileId, file);
        QCOMPARE(rows->front().baseVersion, version);
        QVERIFY(isDeleteBody(rows->front().patchJson));
        SqliteWorkflowStore workflow(db(), m_dir.filePath("attachments").toStdString());
        auto work = workflow.workFor(Actor{1, Role::Analyst, "Li Wei"});
        QVERIFY(work.ok());
        QCOMPARE(work->size(), std::size_t{1}); // My work: the other draft only
        QCOMPARE(work->front().fileId, other);
        QVERIFY(m_store->deleteDraft(other, 4).ok()); // a manager may too
        QVERIFY(!listed(other));
    }

    void refusedDeletesChangeNothing()
    {
        const Id file = draft();
        const Id submitted = draft();
        QVERIFY(db().exec("UPDATE loan_files SET state = 'submitted' WHERE id = " + std::to_string(submitted))
                    .ok());
        const auto before = fileState(file) + "#" + fileState(submitted);
        for (const auto& [target, actor] :
             {std::pair{file, Id{2}}, std::pair{file, Id{3}}, std::pair{file, Id{99}},
              std::pair{submitted, Id{1}}, std::pair{submitted, Id{4}}}) {
            auto refused = m_store->deleteDraft(target, actor);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        }
        QCOMPARE(m_store->deleteDraft(12345, 1).error().code, ErrorCode::NotFound);
        QCOMPARE(fileState(file) + "#" + fileState(submitted), before);
        QCOMPARE(scalar("SELECT count(*) FROM sync_outbox"), 0);
        QVERIFY(m_store->deleteDraft(file, 1).ok());
        QVERIFY(!m_store->deleteDraft(file, 1).ok()); // twice: refused, one row
        QCOMPARE(scalar("SELECT count(*) FROM sync_outbox"), 1);
    }

    // The feed's tombstone: the file is hidden at the tombstone's version; an edit of it still waiting
    // goes to the conflicts with "deleted on the server by …", its text kept.
    void aTombstoneMovesAWaitingEditToTheConflicts()
    {
        const Id file = draft();
        QVERIFY(m_store->addTruck(td::truck(0, 1, 0, file)).ok()); // an edit waiting
        const std::int64_t version =
            scalar("SELECT version FROM loan_files WHERE id = " + std::to_string(file));
        const std::string patch = text("SELECT patch_json FROM sync_outbox");
        FeedChange tombstone{20, file, version, true, td::kBaseMs + 5, std::nullopt, "Zhang Wei"};
        QVERIFY(SqliteOutbox(db()).storeChanges({tombstone}, 20, td::kBaseMs).ok());
        QVERIFY(!listed(file));
        QCOMPARE(scalar("SELECT count(*) FROM sync_outbox"), 0);
        auto conflicts = SqliteOutbox(db()).conflicts();
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), std::size_t{1});
        QCOMPARE(conflicts->front().patchJson, patch); // nothing typed is lost
        QVERIFY(QString::fromStdString(conflicts->front().replyJson)
                    .contains("deleted on the server by Zhang Wei"));
        QVERIFY(QString::fromStdString(conflicts->front().replyJson).contains(R"("code":"deleted")"));
        QCOMPARE(fileState(file),
                 "draft|" + std::to_string(version) + "|" + std::to_string(td::kBaseMs + 5) + "|Zhang Wei");
        QCOMPARE(scalar("SELECT count(*) FROM trucks WHERE loan_file_id = " + std::to_string(file)),
                 1); // kept
    }

    // Our own delete waiting when the tombstone arrives is simply done; no conflict.
    void aTombstoneCompletesOurOwnDelete()
    {
        const Id file = draft();
        QVERIFY(m_store->deleteDraft(file, 1).ok());
        const std::int64_t version =
            scalar("SELECT version FROM loan_files WHERE id = " + std::to_string(file));
        FeedChange tombstone{3, file, version + 1, true, td::kBaseMs, std::nullopt, "Li Wei"};
        QVERIFY(SqliteOutbox(db()).storeChanges({tombstone}, 3, td::kBaseMs).ok());
        QCOMPARE(scalar("SELECT count(*) FROM sync_outbox"), 0);
        QCOMPARE(scalar("SELECT count(*) FROM sync_conflicts"), 0);
        QCOMPARE(scalar("SELECT version FROM loan_files WHERE id = " + std::to_string(file)), version + 1);
        QVERIFY(!listed(file));
    }

    // A delete the server refused because the file changed (412) shows the file again; one refused
    // because the file is deleted already leaves it hidden.
    void aRefusedDeleteShowsTheFileAgain()
    {
        const Id file = draft();
        const Id gone = draft();
        QVERIFY(m_store->deleteDraft(file, 1).ok());
        QVERIFY(m_store->deleteDraft(gone, 1).ok());
        SqliteOutbox outbox(db());
        auto rows = outbox.pending(10);
        QVERIFY(rows.ok() && rows->size() == 2);
        QVERIFY(outbox
                    .moveToConflicts(
                        rows->at(0).id,
                        R"({"error":{"code":"version_mismatch","message":"changed"},"currentVersion":9})",
                        td::kBaseMs)
                    .ok());
        QVERIFY(outbox
                    .moveToConflicts(rows->at(1).id, R"({"error":{"code":"deleted","message":"gone"}})",
                                     td::kBaseMs)
                    .ok());
        QVERIFY(listed(file));
        QVERIFY(!listed(gone));
        QCOMPARE(scalar("SELECT count(*) FROM sync_conflicts"), 2);
        QVERIFY(m_store->loadFile(file).ok()); // shown again: it opens
        auto closed = m_store->loadFile(gone); // deleted: kept, but it no longer opens
        QVERIFY(!closed.ok());
        QCOMPARE(closed.error().code, ErrorCode::NotFound);
        QVERIFY2(QString::fromStdString(closed.error().message).contains("was deleted by Li Wei"),
                 closed.error().message.c_str());
    }

    // A file the server has and the workstation lacks is created from the feed, with its enterprise
    // (a new one, or the stored one with the same USCC) and pledges; a later copy updates it.
    void aFileTheWorkstationLacksIsCreated()
    {
        const Id mine = draft();
        const Enterprise stored = td::enterprise(0, 1, "佛山金砖陶瓷有限公司", "Foshan Golden Tile");
        const Id storedEnterprise =
            scalar("SELECT enterprise_id FROM loan_files WHERE id = " + std::to_string(mine));
        RemoteFile remote;
        remote.state = LoanState::Appraisal;
        remote.amount = Money::fromYuan(3'000'000);
        remote.termMonths = 36;
        remote.annualRatePct = 4.35;
        remote.purpose = "两台辊道窑改造";
        remote.fileNo = "SG-2026-900001";
        remote.product = Product::KilnUpgrade;
        remote.analystId = 2;
        remote.appraiserId = 77; // not known here: left unassigned rather than refused
        remote.createdAtMs = td::kBaseMs;
        remote.updatedAtMs = td::kBaseMs + 1;
        remote.enterprise = td::enterprise(500, 2, "淄博华光陶瓷", "Zibo Huaguang", Cluster::Zibo);
        remote.trucks = {td::truck(31, 5, 500, 9001)};
        remote.kilns = {td::kiln(8, 3, 500, 9001)};
        RemoteFile sameEnterprise = remote;
        sameEnterprise.fileNo = "SG-2026-900002";
        sameEnterprise.enterprise = stored;
        sameEnterprise.enterprise->id = 777; // the server's id for an enterprise stored here under another
        sameEnterprise.trucks.clear();
        sameEnterprise.kilns.clear();
        const std::int64_t enterprises = scalar("SELECT count(*) FROM enterprises");
        SqliteOutbox outbox(db());
        QVERIFY(outbox
                    .storeChanges({FeedChange{30, 9001, 4, false, 0, remote, {}},
                                   FeedChange{31, 9002, 2, false, 0, sameEnterprise, {}}},
                                  31, td::kBaseMs)
                    .ok());
        QCOMPARE(text("SELECT file_no || '|' || state || '|' || product || '|' || amount_fen || '|' || "
                      "version || '|' "
                      "|| analyst_id || '|' || coalesce(appraiser_id, 0) FROM loan_files WHERE id = 9001"),
                 std::string("SG-2026-900001|appraisal|kiln_upgrade|300000000|4|2|0"));
        QCOMPARE(text("SELECT e.uscc FROM loan_files f JOIN enterprises e ON e.id = f.enterprise_id WHERE "
                      "f.id = 9001"),
                 remote.enterprise->uscc);
        QCOMPARE(scalar("SELECT enterprise_id FROM loan_files WHERE id = 9002"), storedEnterprise);
        QCOMPARE(scalar("SELECT count(*) FROM enterprises"), enterprises + 1);
        QCOMPARE(scalar("SELECT count(*) FROM trucks WHERE loan_file_id = 9001"), 1);
        QCOMPARE(scalar("SELECT count(*) FROM kilns WHERE loan_file_id = 9001"), 1);
        QCOMPARE(scalar("SELECT count(*) FROM sync_outbox"), 0); // nothing queued back
        QVERIFY(listed(9001));

        remote.purpose = "三台辊道窑改造"; // a later copy updates the created file
        QVERIFY(outbox.storeChanges({FeedChange{32, 9001, 5, false, 0, remote, {}}}, 32, td::kBaseMs).ok());
        QCOMPARE(text("SELECT purpose || '|' || version FROM loan_files WHERE id = 9001"),
                 std::string("三台辊道窑改造|5"));
        QCOMPARE(scalar("SELECT count(*) FROM trucks WHERE loan_file_id = 9001"), 1);

        RemoteFile older = remote; // an older server's feed: no enterprise, nothing created
        older.enterprise.reset();
        older.fileNo.clear();
        QVERIFY(outbox.storeChanges({FeedChange{33, 9003, 1, false, 0, older, {}}}, 33, td::kBaseMs).ok());
        QCOMPARE(scalar("SELECT count(*) FROM loan_files WHERE id = 9003"), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncTombstones)
#include "tst_sync_tombstones.moc"
