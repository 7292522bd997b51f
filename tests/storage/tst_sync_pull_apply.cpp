// The pull's rules for a file's documents and workflow children (storage/sync_children.h, applied by
// applyRemoteFile and createRemoteFile): the server's document statuses, memo version, risk assessment,
// approvals and exceptions land over an older local version only, never over a newer one nor while an
// edit of the file waits in the outbox; applied twice they are held once; a file created from the
// feed gets its document checklist under the server's ids; every applied change, tombstone and
// creation leaves a "sync" entry on the file's audit chain, which still verifies.
#include "storage/audit_repository.h"
#include "storage/document_repository.h"
#include "storage/sync_apply.h"
#include "storage/sync_outbox.h"
#include "storage/sync_tombstones.h"
#include "storage/workflow_records.h"
#include "workflow_fixture.h"

#include "core/audit_chain.h"

using namespace saggar;
using namespace saggar::testdata;

namespace {

constexpr TimestampMs kAt = 1795200000000;

} // namespace

class TestSyncPullApply : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<WorkflowFixture> m_f;

    std::int64_t scalar(const std::string& sql) { return m_f->db().queryInt64(sql).value(); }

    // The server's copy of the fixture's draft: its first document received, a memo, a risk
    // assessment, the manager's approval and an exception, written by the manager.
    RemoteFile serverCopy()
    {
        const WorkflowContext ctx = m_f->context();
        RemoteFile r;
        r.state = ctx.file.state;
        r.amount = ctx.file.amount;
        r.termMonths = ctx.file.termMonths;
        r.annualRatePct = ctx.file.annualRatePct;
        r.purpose = ctx.file.purpose;
        r.updatedAtMs = kAt;
        r.documents = listDocumentsOfFile(m_f->db(), m_f->fileId).value();
        r.documents.front().status = DocumentStatus::Received;
        r.documents.front().note = "original seen";
        RemoteChildren c;
        c.decisionRound = 1;
        CreditMemo memo;
        memo.version = 1;
        memo.section(MemoSection::Risk) = "two kilns idle in winter";
        memo.authorId = kAnalyst.userId;
        memo.atMs = kAt;
        c.memo = memo;
        c.risk = RiskAssessment{RiskGrade::B, "steady orders", kManager.userId, kAt};
        c.approvals.push_back(Approval{77, 0, 1, kManager.userId, "within limit", 1, kAt});
        c.exceptions.push_back(PolicyException{88, 0, ExceptionKind::WaivedDocument, "tax_certificate",
                                               "filed late", kManager.userId, kAt});
        c.updatedById = kManager.userId;
        c.updatedByName = kManager.displayName;
        r.children = c;
        return r;
    }

    StoredHistory history(Id file) { return readStoredHistory(m_f->db(), file).value(); }
    bool verifies(Id file)
    {
        const StoredHistory h = history(file);
        return verifyAuditChain(h.entries, h.head.seq, h.head.hashHex).ok();
    }

private slots:
    void init()
    {
        m_f = std::make_unique<WorkflowFixture>(m_dir, "ws-" + std::to_string(++m_n));
        // The fixture's pledges were queued for the server; say they went.
        SAGGAR_VERIFY_OK(m_f->db().exec("DELETE FROM sync_outbox"));
    }

    void theServersChildrenLandOverAnOlderVersion()
    {
        const std::int64_t v = m_f->version();
        const RemoteFile remote = serverCopy();
        const std::size_t entries = history(m_f->fileId).entries.size();
        auto applied = applyRemoteFile(m_f->db(), m_f->fileId, v + 3, remote);
        SAGGAR_VERIFY_OK(applied);
        QVERIFY(applied.value());

        const Document d = getDocument(m_f->db(), remote.documents.front().id).value();
        QCOMPARE(d.status, DocumentStatus::Received);
        QCOMPARE(d.note, std::string("original seen"));
        const auto memo = latestCreditMemo(m_f->db(), m_f->fileId).value();
        QVERIFY(memo);
        QCOMPARE(memo->version, std::int64_t(1));
        QCOMPARE(memo->section(MemoSection::Risk), std::string("two kilns idle in winter"));
        const auto risk = latestRiskAssessment(m_f->db(), m_f->fileId, 1).value();
        QVERIFY(risk);
        QCOMPARE(risk->grade, RiskGrade::B);
        const auto approvals = listApprovals(m_f->db(), m_f->fileId, 1).value();
        QCOMPARE(approvals.size(), std::size_t(1));
        QCOMPARE(approvals[0].approverId, kManager.userId);
        QCOMPARE(listPolicyExceptions(m_f->db(), m_f->fileId).value().size(), std::size_t(1));
        // Nothing of it goes back to the server.
        QCOMPARE(scalar("SELECT count(*) FROM sync_outbox"), std::int64_t(0));

        // One entry on the chain: what came, from which version to which, by whom; it verifies.
        const StoredHistory h = history(m_f->fileId);
        QCOMPARE(h.entries.size(), entries + 1);
        const AuditEntry& e = h.entries.back();
        QCOMPARE(e.kind, AuditKind::Sync);
        QCOMPARE(e.subject, std::string("sync:updated"));
        QCOMPARE(e.before, std::to_string(v));
        QCOMPARE(e.after, std::to_string(v + 3));
        QCOMPARE(e.actorId, kManager.userId);
        QCOMPARE(e.actorRole, Role::Manager);
        QCOMPARE(e.atMs, kAt);
        QVERIFY(verifies(m_f->fileId));

        // The same children again, at a later version: held once.
        SAGGAR_VERIFY_OK(applyRemoteFile(m_f->db(), m_f->fileId, v + 4, remote));
        QCOMPARE(
            scalar("SELECT count(*) FROM credit_memos WHERE loan_file_id = " + std::to_string(m_f->fileId)),
            std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM approvals WHERE loan_file_id = " + std::to_string(m_f->fileId)),
                 std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM policy_exceptions WHERE loan_file_id = " +
                        std::to_string(m_f->fileId)),
                 std::int64_t(1));
        QCOMPARE(scalar("SELECT count(*) FROM risk_assessments WHERE loan_file_id = " +
                        std::to_string(m_f->fileId)),
                 std::int64_t(1));
        QVERIFY(verifies(m_f->fileId));
    }

    void neverOverANewerOrEqualVersion()
    {
        const std::int64_t v = m_f->version();
        const std::string before = m_f->dump();
        for (std::int64_t version : {v, v - 1}) {
            auto applied = applyRemoteFile(m_f->db(), m_f->fileId, version, serverCopy());
            SAGGAR_VERIFY_OK(applied);
            QVERIFY(!applied.value());
        }
        QCOMPARE(m_f->dump(), before);
    }

    void neverWhileAnEditWaits()
    {
        const std::int64_t v = m_f->version();
        {
            auto tx = Transaction::begin(m_f->db());
            SAGGAR_VERIFY_OK(tx);
            SAGGAR_VERIFY_OK(enqueueEdit(m_f->db(), m_f->fileId, v, R"({"set":{"purpose":"mine"}})", kAt));
            SAGGAR_VERIFY_OK(tx->commit());
        }
        const std::string before = m_f->dump();
        auto applied = applyRemoteFile(m_f->db(), m_f->fileId, v + 1, serverCopy());
        SAGGAR_VERIFY_OK(applied);
        QVERIFY(!applied.value());
        QCOMPARE(m_f->dump(), before);
    }

    void aPersonTheWorkspaceLacksIsNamedNotStored()
    {
        RemoteFile remote = serverCopy();
        remote.children->updatedById = 990;
        remote.children->updatedByName = "周敏";
        remote.children->approvals[0].approverId = 990; // an approval needs a known approver: left out
        remote.children->exceptions[0].grantedBy = 990;
        SAGGAR_VERIFY_OK(applyRemoteFile(m_f->db(), m_f->fileId, m_f->version() + 1, remote));
        const AuditEntry e = history(m_f->fileId).entries.back();
        QCOMPARE(e.actorId, Id(0));
        QCOMPARE(e.reason, std::string("周敏"));
        QCOMPARE(scalar("SELECT count(*) FROM approvals"), std::int64_t(0));
        QCOMPARE(scalar("SELECT count(*) FROM policy_exceptions WHERE granted_by IS NULL"), std::int64_t(1));
        QVERIFY(verifies(m_f->fileId));
    }

    void aFrozenMemoTheWorkspaceHoldsIsFrozen()
    {
        RemoteFile remote = serverCopy();
        SAGGAR_VERIFY_OK(applyRemoteFile(m_f->db(), m_f->fileId, m_f->version() + 1, remote));
        remote.children->memo->frozen = true;
        SAGGAR_VERIFY_OK(applyRemoteFile(m_f->db(), m_f->fileId, m_f->version() + 1, remote));
        QCOMPARE(
            scalar("SELECT frozen FROM credit_memos WHERE loan_file_id = " + std::to_string(m_f->fileId)),
            std::int64_t(1));
        QCOMPARE(
            scalar("SELECT approved_memo_version FROM loan_files WHERE id = " + std::to_string(m_f->fileId)),
            std::int64_t(1));
    }

    void aTombstoneLeavesAnEntry()
    {
        const std::int64_t v = m_f->version();
        FeedChange c{5, m_f->fileId, v + 1, true, kAt, std::nullopt, kManager.displayName, kManager.userId};
        SAGGAR_VERIFY_OK(applyTombstone(m_f->db(), c, kAt));
        AuditEntry e = history(m_f->fileId).entries.back();
        QCOMPARE(e.subject, std::string("sync:deleted"));
        QCOMPARE(e.actorId, kManager.userId);
        QCOMPARE(e.after, std::to_string(v + 1));
        // The same tombstone again (a re-read, then the feed): no second entry.
        const std::size_t n = history(m_f->fileId).entries.size();
        SAGGAR_VERIFY_OK(applyTombstone(m_f->db(), c, kAt));
        QCOMPARE(history(m_f->fileId).entries.size(), n);
        QVERIFY(verifies(m_f->fileId));
    }

    void aFileFromTheFeedGetsItsChecklistUnderTheServersIds()
    {
        RemoteFile remote = serverCopy();
        const WorkflowContext ctx = m_f->context();
        remote.fileNo = "SG-2026-009001";
        remote.product = ctx.file.product;
        remote.analystId = kAnalyst.userId;
        remote.createdAtMs = kAt;
        Enterprise ent; // the fixture's enterprise, found by id and USCC
        ent.id = ctx.file.enterpriseId;
        ent.uscc =
            m_f->db().queryText("SELECT uscc FROM enterprises WHERE id = " + std::to_string(ent.id)).value();
        remote.enterprise = ent;
        Id next = 900001;
        for (Document& d : remote.documents)
            d.id = next++;
        const Id file = 50001;
        auto created = createRemoteFile(m_f->db(), file, 4, remote);
        SAGGAR_VERIFY_OK(created);
        QVERIFY(created.value());
        const auto docs = listDocumentsOfFile(m_f->db(), file).value();
        QCOMPARE(docs.size(), remote.documents.size());
        for (std::size_t i = 0; i < docs.size(); ++i) {
            QCOMPARE(docs[i].id, remote.documents[i].id);
            QCOMPARE(docs[i].kind, remote.documents[i].kind);
            QCOMPARE(docs[i].status, remote.documents[i].status);
        }
        QCOMPARE(listApprovals(m_f->db(), file, 1).value().size(), std::size_t(1));
        QVERIFY(latestCreditMemo(m_f->db(), file).value());
        const StoredHistory h = history(file);
        QCOMPARE(h.entries.size(), std::size_t(1));
        QCOMPARE(h.entries[0].subject, std::string("sync:created"));
        QCOMPARE(h.entries[0].after, std::string("4"));
        QVERIFY(verifies(file));
    }

    void aServerDocumentIdHeldHereGetsANewOne()
    {
        RemoteFile remote = serverCopy(); // its documents carry the ids of the fixture's own checklist
        remote.fileNo = "SG-2026-009002";
        remote.product = Product::EquipmentMortgage;
        Enterprise ent;
        ent.id = m_f->context().file.enterpriseId;
        ent.uscc =
            m_f->db().queryText("SELECT uscc FROM enterprises WHERE id = " + std::to_string(ent.id)).value();
        remote.enterprise = ent;
        SAGGAR_VERIFY_OK(createRemoteFile(m_f->db(), 50002, 2, remote));
        const auto docs = listDocumentsOfFile(m_f->db(), 50002).value();
        QCOMPARE(docs.size(), remote.documents.size());
        for (std::size_t i = 0; i < docs.size(); ++i) {
            QVERIFY(docs[i].id != remote.documents[i].id);
            QCOMPARE(docs[i].kind, remote.documents[i].kind);
        }
        // The fixture's own checklist is untouched.
        const auto own = listDocumentsOfFile(m_f->db(), m_f->fileId).value();
        QCOMPARE(own.size(), remote.documents.size());
        QCOMPARE(own.front().status, DocumentStatus::Missing);
    }
};

QTEST_GUILESS_MAIN(TestSyncPullApply)
#include "tst_sync_pull_apply.moc"
