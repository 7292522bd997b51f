// Conditions, covenants and appraised values go to the bank server like every other edit: each is
// written with its outbox row in one transaction (sync_patches.h). A condition added here takes a
// local id (≥ 10^12) until the server's answer names its own; the local row is then renumbered and the
// file's waiting rows follow. The same for the document checklist of a file created here, whose
// documents take the server's ids by kind when its 201 arrives (sync_child_ids.h). The server's
// covenants and appraised values are applied from the feed (sync_covenants.h) with nothing queued back.
#include "workflow_fixture.h"

#include "core/workflow_service.h"
#include "storage/sync_apply.h"
#include "storage/sync_child_ids.h"
#include "storage/sync_covenants.h"
#include "storage/sync_outbox.h"
#include "storage/sync_patches.h"
#include "storage/sync_tombstones.h"
#include "storage/workflow_records.h"
#include "storage_test_data.h"

#include <QTest>

using namespace saggar;
namespace td = saggar::testdata;
using td::kAnalyst;
using td::kAppraiser;
using td::kManager;

namespace {

Covenant condition(const std::string& description)
{
    Covenant c;
    c.kind = CovenantKind::ConditionPrecedent;
    c.metric = CovenantMetric::TrackerOnlinePct;
    c.description = description;
    c.threshold = 95.0;
    return c;
}

TimestampMs clockMs()
{
    return td::kBaseMs + 60'000;
}

} // namespace

class TestSyncCovenantsOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<td::WorkflowFixture> m_f;
    int m_n = 0;

    td::WorkflowFixture& f() { return *m_f; }
    std::vector<OutboxRow> rows()
    {
        auto r = SqliteOutbox(f().db()).pending(1000);
        if (!r)
            qFatal("%s", r.error().message.c_str());
        return *r;
    }
    std::vector<Covenant> covenants()
    {
        auto r = listCovenants(f().db(), f().fileId);
        if (!r)
            qFatal("%s", r.error().message.c_str());
        return *r;
    }
    Id addCondition(WorkflowService& service, const std::string& description)
    {
        auto r = service.saveCovenant(kAnalyst, f().fileId, CovenantRequest{condition(description), {}});
        if (!r)
            qFatal("%s", r.error().message.c_str());
        return covenants().back().id;
    }

private slots:
    void init()
    {
        m_f = std::make_unique<td::WorkflowFixture>(m_dir, "ws" + std::to_string(++m_n));
        QVERIFY(f().db().exec("DELETE FROM sync_outbox").ok());
    }
    void cleanup() { m_f.reset(); }

    void aNewConditionIsQueuedAsAnAddWithALocalId()
    {
        WorkflowService service(f().store(), clockMs);
        const std::int64_t base = f().version();
        const Id id = addCondition(service, "Trackers online \"95%\"");
        QVERIFY(id >= kLocalChildIdBase);
        QCOMPARE(f().version(), base + 1);
        const auto queued = rows();
        QCOMPARE(queued.size(), std::size_t(1));
        QCOMPARE(queued[0].baseVersion, base);
        const std::string expected =
            "{\"add\":{\"covenants\":[{\"kind\":\"condition_precedent\",\"metric\":\"tracker_online_pct\","
            "\"description\":\"Trackers online "
            "\\\"95%\\\"\",\"threshold\":95,\"status\":\"pending\",\"note\":\"\"}]}}";
        QCOMPARE(queued[0].patchJson, expected);
        QVERIFY(isCovenantAddBody(queued[0].patchJson));
        // A second one takes the next local id.
        QCOMPARE(addCondition(service, "Kiln log monthly"), id + 1);
    }

    void aChangedConditionQueuesJustWhatChanged()
    {
        WorkflowService service(f().store(), clockMs);
        const Id id = addCondition(service, "Trackers online");
        Covenant c = covenants().back();
        c.status = CovenantStatus::Met;
        c.note = "checked on site";
        const std::int64_t base = f().version();
        SAGGAR_VERIFY_OK(service.saveCovenant(kAnalyst, f().fileId, CovenantRequest{c, {}}));
        const std::string p = "covenants/" + std::to_string(id) + "/";
        QCOMPARE(rows().back().baseVersion, base);
        QCOMPARE(rows().back().patchJson,
                 "{\"set\":{\"" + p + "status\":\"met\",\"" + p + "note\":\"checked on site\"}}");
        c.threshold = 90.0;
        c.description = "Trackers online, 90%";
        SAGGAR_VERIFY_OK(service.saveCovenant(kAnalyst, f().fileId, CovenantRequest{c, {}}));
        QCOMPARE(rows().back().patchJson,
                 "{\"set\":{\"" + p + "description\":\"Trackers online, 90%\",\"" + p + "threshold\":90}}");
    }

    void aWaiverCarriesItsJustification()
    {
        WorkflowService service(f().store(), clockMs);
        const Id id = addCondition(service, "Trackers online");
        Covenant c = covenants().back();
        c.status = CovenantStatus::Waived;
        SAGGAR_VERIFY_OK(service.saveCovenant(kManager, f().fileId,
                                              CovenantRequest{c, "Trackers arrive next month, agreed"}));
        const std::string p = "covenants/" + std::to_string(id) + "/";
        QCOMPARE(rows().back().patchJson, "{\"set\":{\"" + p + "status\":\"waived\",\"" + p +
                                              "justification\":\"Trackers arrive next month, agreed\"}}");
        const auto ctx = f().context();
        QCOMPARE(ctx.exceptions.size(), std::size_t(1));
        QCOMPARE(ctx.exceptions[0].kind, ExceptionKind::ConditionWaived);
    }

    void aRefusedConditionWritesNothing()
    {
        WorkflowService service(f().store(), clockMs);
        const std::string before = f().dump();
        // The appraiser adds no conditions; an analyst does not waive.
        QVERIFY(!service.saveCovenant(kAppraiser, f().fileId, CovenantRequest{condition("x condition"), {}}));
        const Id id = addCondition(service, "Trackers online");
        const std::string after = f().dump();
        Covenant c = covenants().back();
        c.status = CovenantStatus::Waived;
        QVERIFY(!service.saveCovenant(kAnalyst, f().fileId, CovenantRequest{c, "because I say so, really"}));
        QCOMPARE(f().dump(), after);
        QVERIFY(before != after && id > 0);
        QCOMPARE(rows().size(), std::size_t(1));
    }

    void anAppraisedValueIsQueuedAsASetOfItsPath()
    {
        WorkflowService service(f().store(), clockMs);
        for (const Document& d : f().context().documents)
            SAGGAR_VERIFY_OK(service.updateDocument(kAnalyst, f().fileId,
                                                    DocumentRequest{d.id, DocumentStatus::Received, "", ""}));
        CreditMemo memo;
        for (MemoSection s : allValues<MemoSection>())
            memo.section(s) = "Steady orders for three years / " + std::string(key(s));
        SAGGAR_VERIFY_OK(service.saveMemo(kAnalyst, f().fileId, memo));
        SAGGAR_VERIFY_OK(
            service.perform(kAnalyst, f().fileId, WorkflowRequest{WorkflowAction::Submit, "", {}, ""}));
        SAGGAR_VERIFY_OK(service.perform(kAppraiser, f().fileId,
                                         WorkflowRequest{WorkflowAction::StartAppraisal, "", {}, ""}));
        const std::int64_t base = f().version();
        SAGGAR_VERIFY_OK(service.enterValuation(
            kAppraiser, f().fileId, ValuationRequest{true, f().truckId, Money::fromFen(12'345'600)}));
        SAGGAR_VERIFY_OK(service.enterValuation(
            kAppraiser, f().fileId, ValuationRequest{false, f().kilnId, Money::fromYuan(800'000)}));
        const auto queued = rows();
        QCOMPARE(queued[queued.size() - 2].baseVersion, base);
        QCOMPARE(queued[queued.size() - 2].patchJson,
                 "{\"set\":{\"trucks/" + std::to_string(f().truckId) + "/appraisedValueFen\":12345600}}");
        QCOMPARE(queued.back().patchJson,
                 "{\"set\":{\"kilns/" + std::to_string(f().kilnId) + "/appraisedValueFen\":80000000}}");
        // Refused (the analyst values nothing): no row.
        QVERIFY(!service.enterValuation(kAnalyst, f().fileId,
                                        ValuationRequest{true, f().truckId, Money::fromYuan(1)}));
        QCOMPARE(rows().size(), queued.size());
    }

    void theServersIdReplacesTheLocalOneAndWaitingRowsFollow()
    {
        WorkflowService service(f().store(), clockMs);
        const Id first = addCondition(service, "Trackers online");
        const Id second = addCondition(service, "Kiln log monthly");
        Covenant c = covenants().front();
        c.note = "asked";
        SAGGAR_VERIFY_OK(service.saveCovenant(kAnalyst, f().fileId, CovenantRequest{c, {}}));
        QCOMPARE(rows().size(), std::size_t(3));

        // The server answers the first add with its covenants 41 (ours) and 42 (not ours yet).
        SAGGAR_VERIFY_OK(applyRemoteCovenants(f().db(), f().fileId, {})); // nothing: nothing changes
        QCOMPARE(covenants().front().id, first);
        Covenant theirs41 = condition("Trackers online");
        theirs41.id = 41;
        Covenant theirs42 = condition("Kiln log monthly");
        theirs42.id = 42;
        auto tied = tieLocalCovenants(f().db(), f().fileId, {theirs42, theirs41}, 1);
        QVERIFY(tied.ok());
        QCOMPARE(*tied, 1);
        const auto now = covenants();
        QCOMPARE(now.size(), std::size_t(2));
        QCOMPARE(now[0].id, Id(41));
        QCOMPARE(now[0].note, std::string("asked"));
        QCOMPARE(now[1].id, second); // its add was not answered yet: still local
        // The waiting note row now names the server's id; the add rows are unchanged.
        QCOMPARE(rows()[2].patchJson, std::string("{\"set\":{\"covenants/41/note\":\"asked\"}}"));
        QVERIFY(isCovenantAddBody(rows()[1].patchJson));

        // The feed (no answer seen for the second): the local one is tied, then the server's upserted.
        QVERIFY(f().db().exec("DELETE FROM sync_outbox").ok());
        theirs42.status = CovenantStatus::Met;
        theirs42.note = "from the server";
        Covenant theirs43 = condition("Another bank's condition");
        theirs43.id = 43;
        SAGGAR_VERIFY_OK(applyRemoteCovenants(f().db(), f().fileId, {theirs41, theirs42, theirs43}));
        const auto after = covenants();
        QCOMPARE(after.size(), std::size_t(3));
        QCOMPARE(after[1].id, Id(42));
        QCOMPARE(after[1].status, CovenantStatus::Met);
        QCOMPARE(after[1].note, std::string("from the server"));
        QCOMPARE(after[2].id, Id(43));
        QCOMPARE(rows().size(), std::size_t(0)); // nothing queued back
    }

    void aConditionChangedBeforeItsAddWasAnsweredIsTiedByWhatWasSent()
    {
        WorkflowService service(f().store(), clockMs);
        const Id local = addCondition(service, "Trackers online");
        Covenant c = covenants().back();
        c.description = "Trackers online, all trucks";
        SAGGAR_VERIFY_OK(service.saveCovenant(kAnalyst, f().fileId, CovenantRequest{c, {}}));
        // The server holds what the add sent; someone else's condition of another definition too.
        Covenant other = condition("Kiln log monthly");
        other.id = 40;
        Covenant theirs = condition("Trackers online");
        theirs.id = 41;
        auto tied = tieAddedCovenant(f().db(), f().fileId, condition("Trackers online"), {other, theirs});
        SAGGAR_VERIFY_OK(tied);
        QVERIFY(*tied);
        QCOMPARE(covenants().size(), std::size_t(1));
        QCOMPARE(covenants()[0].id, Id(41));
        QCOMPARE(covenants()[0].description, std::string("Trackers online, all trucks"));
        QCOMPARE(rows().back().patchJson,
                 std::string("{\"set\":{\"covenants/41/description\":\"Trackers online, all trucks\"}}"));
        QVERIFY(local >= kLocalChildIdBase);
        // Nothing left to tie: a second answer ties nothing.
        auto again = tieAddedCovenant(f().db(), f().fileId, condition("Trackers online"), {other, theirs});
        SAGGAR_VERIFY_OK(again);
        QVERIFY(!*again);
    }

    void aConditionWhoseAddWasRefusedLeavesWithTheServersCopy()
    {
        WorkflowService service(f().store(), clockMs);
        addCondition(service, "Trackers online");
        addCondition(service, "Kiln log monthly");
        // The first add was refused (moved to the conflicts), the second landed as 42.
        const auto queued = rows();
        SAGGAR_VERIFY_OK(SqliteOutbox(f().db()).moveToConflicts(queued[0].id, "{\"error\":{}}", 1));
        QVERIFY(f().db().exec("DELETE FROM sync_outbox").ok());
        Covenant theirs = condition("Kiln log monthly");
        theirs.id = 42;
        SAGGAR_VERIFY_OK(applyRemoteCovenants(f().db(), f().fileId, {theirs}));
        const auto now = covenants();
        QCOMPARE(now.size(), std::size_t(1));
        QCOMPARE(now[0].id, Id(42));
        // The refused add is still there to keep or discard.
        QCOMPARE(f().db().queryInt64("SELECT count(*) FROM sync_conflicts").value(), std::int64_t(1));
    }

    void aCreatedFilesDocumentsTakeTheServersIdsByKind()
    {
        f().files().setQueueForSync(true);
        LoanFile draft = f().context().file;
        draft.id = 0;
        draft.fileNo.clear();
        draft.createdAtMs = td::kBaseMs;
        auto enterprise = td::enterprise(0, 1, "佛山金砖陶瓷有限公司", "Foshan Golden Tile");
        auto created = f().files().createDraft(enterprise, draft);
        SAGGAR_VERIFY_OK(created);
        const Id fileId = *created;
        QVERIFY(fileId >= kLocalFileIdBase);
        WorkflowService service(f().store(), clockMs);
        auto ctx = service.context(fileId);
        SAGGAR_VERIFY_OK(ctx);
        QVERIFY(ctx->documents.size() >= 2);
        for (const Document& d : ctx->documents)
            QVERIFY(d.id >= kLocalChildIdBase);
        const Document first = ctx->documents[0];
        SAGGAR_VERIFY_OK(service.updateDocument(
            kAnalyst, fileId, DocumentRequest{first.id, DocumentStatus::Received, "seen", ""}));
        // An attachment row on the second document, as attachment_store queues it.
        const Document second = ctx->documents[1];
        Attachment a;
        a.documentId = second.id;
        a.fileName = "licence.pdf";
        a.mediaType = "application/pdf";
        a.sizeBytes = 3;
        a.sha256Hex = std::string(64, 'a');
        a.addedBy = kAnalyst.userId;
        SAGGAR_VERIFY_OK(insertAttachment(f().db(), a));
        {
            auto tx = Transaction::begin(f().db());
            SAGGAR_VERIFY_OK(tx);
            SAGGAR_VERIFY_OK(enqueueEdit(f().db(), fileId, 2, attachmentOutboxBody(a), 1));
            SAGGAR_VERIFY_OK(tx->commit());
        }

        // The server's checklist: the same kinds, in another order, with its ids.
        std::vector<Document> server;
        Id next = 700;
        for (auto it = ctx->documents.rbegin(); it != ctx->documents.rend(); ++it) {
            Document d;
            d.id = next++;
            d.kind = it->kind;
            server.push_back(d);
        }
        {
            auto tx = Transaction::begin(f().db());
            SAGGAR_VERIFY_OK(tx);
            auto tied = tieLocalDocuments(f().db(), fileId, server);
            SAGGAR_VERIFY_OK(tied);
            QCOMPARE(*tied, int(ctx->documents.size()));
            SAGGAR_VERIFY_OK(tx->commit());
        }
        auto now = service.context(fileId);
        SAGGAR_VERIFY_OK(now);
        for (const Document& d : now->documents) {
            const auto match = std::find_if(server.begin(), server.end(),
                                            [&](const Document& s) { return s.kind == d.kind; });
            QCOMPARE(d.id, match->id);
        }
        const Id firstNow = std::find_if(server.begin(), server.end(), [&](const Document& s) {
                                return s.kind == first.kind;
                            })->id;
        const Id secondNow = std::find_if(server.begin(), server.end(), [&](const Document& s) {
                                 return s.kind == second.kind;
                             })->id;
        auto attachments = listAttachmentsOfFile(f().db(), fileId);
        SAGGAR_VERIFY_OK(attachments);
        QCOMPARE(attachments->size(), std::size_t(1));
        QCOMPARE(attachments->front().documentId, secondNow);
        const auto queued = rows();
        bool sawStatus = false, sawAttach = false;
        for (const OutboxRow& r : queued) {
            if (r.loanFileId != fileId)
                continue;
            QVERIFY(r.patchJson.find(std::to_string(first.id)) == std::string::npos);
            QVERIFY(r.patchJson.find(std::to_string(second.id)) == std::string::npos);
            sawStatus = sawStatus || r.patchJson.find("\"documents/" + std::to_string(firstNow) +
                                                      "/status\"") != std::string::npos;
            sawAttach =
                sawAttach || r.patchJson.rfind("{\"attach\":" + std::to_string(secondNow) + ",", 0) == 0;
        }
        QVERIFY(sawStatus);
        QVERIFY(sawAttach);
    }
    void aFileFromTheFeedKeepsTheServersAssetIdsValuesAndConditions()
    {
        RemoteFile remote;
        remote.state = LoanState::Appraisal;
        remote.amount = Money::fromYuan(3'000'000);
        remote.termMonths = 36;
        remote.annualRatePct = 4.35;
        remote.purpose = "两台辊道窑改造";
        remote.fileNo = "SG-2026-900001";
        remote.product = Product::KilnUpgrade;
        remote.analystId = kAnalyst.userId;
        remote.createdAtMs = td::kBaseMs;
        remote.updatedAtMs = td::kBaseMs + 1;
        remote.enterprise = td::enterprise(500, 2, "淄博华光陶瓷", "Zibo Huaguang", Cluster::Zibo);
        // The first truck's server id is free here and kept; the second's is held by another truck.
        remote.trucks = {td::truck(777, 5, 500, 9001), td::truck(f().truckId, 6, 500, 9001)};
        remote.kilns = {td::kiln(888, 3, 500, 9001)};
        remote.appraisals = true;
        remote.truckAppraisals = {{Money::fromYuan(300'000), kAppraiser.userId}, {Money(), 0}};
        remote.kilnAppraisals = {{Money::fromYuan(5'000'000), 99}}; // someone not known here
        Covenant c = condition("Trackers online");
        c.id = 41;
        c.status = CovenantStatus::Met;
        remote.covenants = std::vector<Covenant>{c};
        const Id file = 9001;
        {
            auto tx = Transaction::begin(f().db());
            SAGGAR_VERIFY_OK(tx);
            auto created = createRemoteFile(f().db(), file, 3, remote);
            SAGGAR_VERIFY_OK(created);
            QVERIFY(*created);
            SAGGAR_VERIFY_OK(tx->commit());
        }
        const auto count = [&](const std::string& sql) { return f().db().queryInt64(sql).value(); };
        QCOMPARE(count("SELECT appraised_value_fen FROM trucks WHERE id = 777 AND loan_file_id = 9001"),
                 Money::fromYuan(300'000).fen());
        QCOMPARE(count("SELECT appraised_by FROM trucks WHERE id = 777"), kAppraiser.userId);
        QCOMPARE(count("SELECT count(*) FROM trucks WHERE loan_file_id = 9001 AND id <> 777 AND id <> " +
                       std::to_string(f().truckId)),
                 std::int64_t(1)); // the second under a new local id
        QCOMPARE(count("SELECT appraised_value_fen FROM kilns WHERE id = 888"),
                 Money::fromYuan(5'000'000).fen());
        QCOMPARE(count("SELECT count(*) FROM kilns WHERE id = 888 AND appraised_by IS NULL"),
                 std::int64_t(1));
        const auto held = listCovenants(f().db(), file).value();
        QCOMPARE(held.size(), std::size_t(1));
        QCOMPARE(held[0].id, Id(41));
        QCOMPARE(held[0].status, CovenantStatus::Met);

        // A later copy: the value changed, the condition breached; applied over the older version.
        remote.truckAppraisals[0].value = Money::fromYuan(280'000);
        (*remote.covenants)[0].status = CovenantStatus::Breached;
        {
            auto tx = Transaction::begin(f().db());
            SAGGAR_VERIFY_OK(tx);
            auto applied = applyRemoteFile(f().db(), file, 4, remote);
            SAGGAR_VERIFY_OK(applied);
            QVERIFY(*applied);
            SAGGAR_VERIFY_OK(tx->commit());
        }
        QCOMPARE(count("SELECT appraised_value_fen FROM trucks WHERE id = 777"),
                 Money::fromYuan(280'000).fen());
        QCOMPARE(listCovenants(f().db(), file).value()[0].status, CovenantStatus::Breached);
        QCOMPARE(rows().size(), std::size_t(0)); // nothing queued back
    }
};

QTEST_GUILESS_MAIN(TestSyncCovenantsOutbox)
#include "tst_sync_covenants_outbox.moc"
