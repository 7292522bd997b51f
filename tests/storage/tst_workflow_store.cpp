// SqliteWorkflowStore: every kind of change is written and read back whole; a stale version or a
// failing part changes nothing; audit entries are chained onto the file's head; history verifies;
// "my work" per role; the authority table round-trips; the rules of core/ drive a file end to end.
#include "storage/audit_repository.h"
#include "storage/portfolio_writer.h"
#include "storage_test_data.h"
#include "workflow_fixture.h"

#include "core/audit_chain.h"
#include "core/workflow_service.h"

#include <QTest>

#include <algorithm>
#include <limits>

using namespace saggar;
namespace td = saggar::testdata;
using td::kAnalyst;
using td::kAppraiser;
using td::kManager;
using td::kManager2;

Q_DECLARE_METATYPE(saggar::LoanState)

namespace {

CreditMemo memo(Id fileId, std::int64_t version, const std::string& text)
{
    CreditMemo m;
    m.loanFileId = fileId;
    m.version = version;
    for (MemoSection s : allValues<MemoSection>())
        m.section(s) = text + " / " + std::string(key(s));
    m.authorId = kAnalyst.userId;
    m.atMs = td::kBaseMs + version;
    return m;
}

} // namespace

class TestWorkflowStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<td::WorkflowFixture> m_f;
    int m_n = 0;

    td::WorkflowFixture& f() { return *m_f; }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_f = std::make_unique<td::WorkflowFixture>(m_dir, "ws-" + std::to_string(++m_n));
    }
    void cleanup() { m_f.reset(); }

    void creationPledgesAndImportStartTheHistory()
    {
        auto h = f().store().history(f().fileId);
        QVERIFY(h.ok());
        QCOMPARE(h->entries.size(), std::size_t(3));
        const AuditEntry& created = h->entries[0];
        QCOMPARE(created.seq, 1);
        QCOMPARE(created.kind, AuditKind::State);
        QCOMPARE(created.subject, std::string("state"));
        QCOMPARE(created.before, std::string());
        QCOMPARE(created.after, std::string("draft"));
        QCOMPARE(created.actorId, kAnalyst.userId);
        QCOMPARE(created.actorRole, Role::Analyst);
        QCOMPARE(created.atMs, td::kBaseMs - 10'000);
        QCOMPARE(created.prevHashHex, std::string(kGenesisHash));
        QCOMPARE(h->entries[1].kind, AuditKind::Field);
        QCOMPARE(h->entries[1].subject, "truck:" + td::vin(1));
        QVERIFY(h->entries[1].after.find(td::plate(1)) != std::string::npos);
        QCOMPARE(h->entries[2].subject, std::string("kiln:GW-000001"));
        QVERIFY2(h->verdict.ok(), h->verdict.message.c_str());
        // Each pledge moved the file on, so a screen holding the draft before it sees a conflict.
        QCOMPARE(f().version(), 3);
    }

    void importedFilesHaveAVerifyingHistory()
    {
        PortfolioSnapshot s = td::largeSnapshot(20);
        s.users.clear();   // the fixture's users 1-3 are the snapshot's analysts
        s.files[4].id = 0; // the store chooses this one's id
        for (Truck& t : s.trucks)
            t.loanFileId = t.loanFileId == 5 ? 0 : t.loanFileId;
        for (Document& d : s.documents)
            d.loanFileId = d.loanFileId == 5 ? 0 : d.loanFileId;
        std::erase_if(s.documents, [](const Document& d) { return d.loanFileId == 0; });
        // Move the snapshot past the fixture's own rows.
        for (Enterprise& e : s.enterprises)
            e = td::enterprise(e.id + 100, static_cast<int>(e.id) + 100, e.nameZh, e.nameEn, e.cluster);
        for (LoanFile& file : s.files) {
            file.enterpriseId += 100;
            if (file.id)
                file.id += 100;
            file.fileNo = "SG-2020-" + std::to_string(100000 + file.id);
        }
        for (Truck& t : s.trucks) {
            t = td::truck(t.id + 100, static_cast<int>(t.id) + 100, t.enterpriseId + 100,
                          t.loanFileId ? t.loanFileId + 100 : 0);
        }
        for (Kiln& k : s.kilns)
            k = td::kiln(k.id + 100, static_cast<int>(k.id) + 100, k.enterpriseId + 100,
                         k.loanFileId == 5 ? 0 : k.loanFileId + 100);
        for (Document& d : s.documents) {
            d.id += 1000;
            d.loanFileId += 100;
        }
        SAGGAR_VERIFY_OK(savePortfolio(f().db(), s));
        auto ids =
            f().db().prepare("SELECT id, state, updated_at_ms, analyst_id FROM loan_files WHERE id <> ?1");
        QVERIFY(ids.ok());
        QVERIFY(ids->bindInt64(1, f().fileId).ok());
        int files = 0;
        for (auto row = ids->step(); row.ok() && *row; row = ids->step(), ++files) {
            const Id id = ids->columnInt64(0);
            auto h = f().store().history(id);
            QVERIFY(h.ok());
            QCOMPARE(h->entries.size(), std::size_t(1));
            const AuditEntry& e = h->entries.front();
            QCOMPARE(e.reason, std::string("imported"));
            QCOMPARE(e.before, std::string());
            QCOMPARE(e.after, ids->columnText(1));
            QCOMPARE(e.atMs, ids->columnInt64(2));
            QCOMPARE(e.actorId, ids->columnInt64(3));
            QVERIFY2(h->verdict.ok(), h->verdict.message.c_str());
        }
        QCOMPARE(files, 20);
    }

    void stateMoveIsWrittenWithItsParts()
    {
        const TimestampMs updatedBefore = f().context().file.updatedAtMs;
        WorkflowChange c = f().move(LoanState::Submitted, kAnalyst);
        SAGGAR_VERIFY_OK(f().store().apply(c));
        c = f().move(LoanState::Appraisal, kAppraiser);
        c.assignAppraiser = kAppraiser.userId;
        c.assignManager = kManager.userId;
        SAGGAR_VERIFY_OK(f().store().apply(c));
        WorkflowContext ctx = f().context();
        QCOMPARE(ctx.file.state, LoanState::Appraisal);
        QCOMPARE(ctx.file.appraiserId, kAppraiser.userId);
        QCOMPARE(ctx.file.managerId, kManager.userId);
        QCOMPARE(ctx.file.version, 5);
        // The change's time, but never backwards (the pledges were stamped with the real clock).
        QCOMPARE(ctx.file.updatedAtMs, std::max(updatedBefore, td::kBaseMs + 1000));
        QCOMPARE(ctx.userNames.at(kAppraiser.userId), kAppraiser.displayName);
        QCOMPARE(ctx.userNames.at(kAnalyst.userId), kAnalyst.displayName);

        c = f().move(LoanState::ManualReview, kAnalyst);
        c.risk = RiskAssessment{RiskGrade::C, "Thin margins this year", kAnalyst.userId, td::kBaseMs + 1000};
        const PolicyException ltv = td::WorkflowFixture::exception(
            ExceptionKind::LtvAboveLimit, "LTV 75.0 %", "Strong guarantor and export orders", kManager, 1000);
        c.exceptions = {ltv};
        SAGGAR_VERIFY_OK(f().store().apply(c));
        ctx = f().context();
        QCOMPARE(ctx.file.state, LoanState::ManualReview);
        QVERIFY(ctx.risk.has_value());
        QCOMPARE(ctx.risk->grade, RiskGrade::C);
        QCOMPARE(ctx.risk->rationale, std::string("Thin margins this year"));
        QCOMPARE(ctx.risk->assessedBy, kAnalyst.userId);
        QCOMPARE(ctx.exceptions.size(), std::size_t(1));
        QCOMPARE(ctx.exceptions[0].kind, ExceptionKind::LtvAboveLimit);
        QCOMPARE(ctx.exceptions[0].loanFileId, f().fileId);
        QCOMPARE(ctx.exceptions[0].justification, ltv.justification);
        QCOMPARE(ctx.exceptions[0].grantedBy, kManager.userId);
    }

    void approvalsCountPerRoundAndFreezeTheMemo()
    {
        MemoChange m{f().fileId, f().version(), memo(f().fileId, 1, "first"), {}};
        QVERIFY(f().store().apply(m).ok());
        WorkflowChange c = f().move(LoanState::ManualReview, kAnalyst);
        SAGGAR_VERIFY_OK(f().store().apply(c));

        // The first of two approvals: the state stays.
        c = f().move(LoanState::ManualReview, kManager);
        c.approval = Approval{0, 0, 99, kManager.userId, "Within policy", 1, td::kBaseMs + 2000};
        SAGGAR_VERIFY_OK(f().store().apply(c));
        WorkflowContext ctx = f().context();
        QCOMPARE(ctx.approvals.size(), std::size_t(1));
        QCOMPARE(ctx.approvals[0].round, 1); // the file's round, whatever the change said
        QCOMPARE(ctx.approvals[0].approverId, kManager.userId);
        QCOMPARE(ctx.approvals[0].comment, std::string("Within policy"));
        QCOMPARE(ctx.approvals[0].memoVersion, 1);

        // The same manager twice in one round is refused by the schema too.
        c = f().move(LoanState::ManualReview, kManager);
        c.approval = Approval{0, 0, 1, kManager.userId, "again", 1, td::kBaseMs + 2000};
        const std::string before = f().dump();
        auto twice = f().store().apply(c);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, int(ErrorCode::Conflict));
        QCOMPARE(f().dump(), before);

        c = f().move(LoanState::Approved, kManager2);
        c.approval = Approval{0, 0, 1, kManager2.userId, "Agreed", 1, td::kBaseMs + 3000};
        c.freezeMemoVersion = 1;
        SAGGAR_VERIFY_OK(f().store().apply(c));
        ctx = f().context();
        QCOMPARE(ctx.file.state, LoanState::Approved);
        QCOMPARE(ctx.approvals.size(), std::size_t(2));
        QVERIFY(ctx.memo->frozen);
        QCOMPARE(*f().db().queryInt64("SELECT approved_memo_version FROM loan_files WHERE id = " +
                                      std::to_string(f().fileId)),
                 1);
        QCOMPARE(ctx.userNames.at(kManager2.userId), kManager2.displayName);
    }

    void returnForReworkStartsANewRound()
    {
        WorkflowChange c = f().move(LoanState::ManualReview, kAnalyst);
        c.risk = RiskAssessment{RiskGrade::D, "Weak", kAnalyst.userId, td::kBaseMs};
        SAGGAR_VERIFY_OK(f().store().apply(c));
        c = f().move(LoanState::ManualReview, kManager);
        c.approval = Approval{0, 0, 1, kManager.userId, "ok", 0, td::kBaseMs};
        SAGGAR_VERIFY_OK(f().store().apply(c));
        QCOMPARE(f().context().approvals.size(), std::size_t(1));

        c = f().move(LoanState::Draft, kManager2);
        c.startNewRound = true;
        c.audit.front().reason = "Missing site photos of the kiln";
        SAGGAR_VERIFY_OK(f().store().apply(c));
        WorkflowContext ctx = f().context();
        QCOMPARE(ctx.round, 2);
        QVERIFY(ctx.approvals.empty());
        QVERIFY(!ctx.risk.has_value());                                      // the next round assesses again
        QCOMPARE(*f().db().queryInt64("SELECT count(*) FROM approvals"), 1); // kept for the record
        auto h = f().store().history(f().fileId);
        QCOMPARE(h->entries.back().reason, std::string("Missing site photos of the kiln"));
    }

    void documentChangeIsWritten()
    {
        WorkflowContext ctx = f().context();
        QCOMPARE(ctx.documents.size(), std::size_t(9));
        DocumentChange c;
        c.fileId = f().fileId;
        c.expectedVersion = ctx.file.version;
        c.document = ctx.documents[2];
        c.document.status = DocumentStatus::Waived;
        c.document.note = "Bank statements waived for a long-standing customer";
        c.document.updatedAtMs = td::kBaseMs + 500;
        c.exception =
            td::WorkflowFixture::exception(ExceptionKind::WaivedDocument, "document:bank_statements",
                                           "Twelve years of statements already on file", kManager, 500);
        c.audit = {td::WorkflowFixture::entry(kManager, AuditKind::Document, "document:bank_statements",
                                              "missing", "waived", 500)};
        SAGGAR_VERIFY_OK(f().store().apply(c));
        ctx = f().context();
        QCOMPARE(ctx.documents[2].status, DocumentStatus::Waived);
        QCOMPARE(ctx.documents[2].note, c.document.note);
        QCOMPARE(ctx.documents[2].updatedAtMs, td::kBaseMs + 500);
        QCOMPARE(ctx.exceptions.size(), std::size_t(1));
        QCOMPARE(ctx.exceptions[0].subject, std::string("document:bank_statements"));

        // A document of another file (or none) is refused and nothing changes.
        const std::string before = f().dump();
        c.expectedVersion = ctx.file.version;
        c.document.id = 9999;
        auto r = f().store().apply(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(ErrorCode::NotFound));
        QCOMPARE(f().dump(), before);
    }

    void memoVersionsAreKept()
    {
        for (std::int64_t v = 1; v <= 3; ++v) {
            MemoChange c{f().fileId,
                         f().version(),
                         memo(f().fileId, v, "text " + std::to_string(v)),
                         {td::WorkflowFixture::entry(kAnalyst, AuditKind::Memo, "memo", std::to_string(v - 1),
                                                     std::to_string(v))}};
            SAGGAR_VERIFY_OK(f().store().apply(c));
        }
        auto versions = f().store().memoVersions(f().fileId);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), std::size_t(3));
        QCOMPARE(versions->at(1).section(MemoSection::RepaymentSource),
                 std::string("text 2 / repayment_source"));
        QCOMPARE(versions->at(1).authorId, kAnalyst.userId);
        QVERIFY(!versions->at(1).frozen);
        WorkflowContext ctx = f().context();
        QCOMPARE(ctx.memo->version, 3);
        QCOMPARE(ctx.memo->section(MemoSection::Recommendation), std::string("text 3 / recommendation"));
        QCOMPARE(ctx.memo->atMs, td::kBaseMs + 3);

        // A version that does not follow the latest is a conflict (someone else saved first).
        const std::string before = f().dump();
        MemoChange stale{f().fileId, f().version(), memo(f().fileId, 3, "late"), {}};
        auto r = f().store().apply(stale);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(ErrorCode::Conflict));
        QCOMPARE(f().dump(), before);
    }

    void covenantsAreAddedAndUpdated()
    {
        CovenantChange c;
        c.fileId = f().fileId;
        c.expectedVersion = f().version();
        c.covenant.kind = CovenantKind::Covenant;
        c.covenant.metric = CovenantMetric::TrackerOnlinePct;
        c.covenant.description = "Trackers online at least 95 % of the time";
        c.covenant.threshold = 95.0;
        c.audit = {td::WorkflowFixture::entry(kAnalyst, AuditKind::Covenant, "covenant:new", "", "pending")};
        QVERIFY(f().store().apply(c).ok());
        WorkflowContext ctx = f().context();
        QCOMPARE(ctx.covenants.size(), std::size_t(1));
        Covenant stored = ctx.covenants[0];
        QVERIFY(stored.id > 0);
        QCOMPARE(stored.metric, CovenantMetric::TrackerOnlinePct);
        QCOMPARE(stored.threshold, 95.0);
        QCOMPARE(stored.status, CovenantStatus::Pending);

        c.expectedVersion = ctx.file.version;
        c.covenant = stored;
        c.covenant.status = CovenantStatus::Waived;
        c.covenant.note = "Tracker vendor outage";
        c.covenant.updatedAtMs = td::kBaseMs + 9;
        c.exception = td::WorkflowFixture::exception(ExceptionKind::ConditionWaived, "covenant:1",
                                                     "Vendor outage, not the borrower", kManager, 9);
        QVERIFY(f().store().apply(c).ok());
        ctx = f().context();
        QCOMPARE(ctx.covenants.size(), std::size_t(1));
        QCOMPARE(ctx.covenants[0].status, CovenantStatus::Waived);
        QCOMPARE(ctx.covenants[0].note, std::string("Tracker vendor outage"));
        QCOMPARE(ctx.covenants[0].updatedAtMs, td::kBaseMs + 9);
        QCOMPARE(ctx.exceptions.size(), std::size_t(1));

        c.expectedVersion = ctx.file.version;
        c.covenant.id = 777;
        const std::string before = f().dump();
        auto r = f().store().apply(c);
        QCOMPARE(r.error().code, int(ErrorCode::NotFound));
        QCOMPARE(f().dump(), before);
    }

    void valuationsAreWritten()
    {
        for (bool truck : {true, false}) {
            ValuationChange c;
            c.fileId = f().fileId;
            c.expectedVersion = f().version();
            c.truck = truck;
            c.assetId = truck ? f().truckId : f().kilnId;
            c.value = Money::fromYuan(truck ? 380'000 : 9'500'000);
            c.appraisedBy = kAppraiser.userId;
            c.audit = {td::WorkflowFixture::entry(kAppraiser, AuditKind::Field, truck ? "truck" : "kiln", "0",
                                                  c.value.toPlainYuan())};
            SAGGAR_VERIFY_OK(f().store().apply(c));
        }
        WorkflowContext ctx = f().context();
        QCOMPARE(ctx.trucks[0].appraisedValue, Money::fromYuan(380'000));
        QCOMPARE(ctx.trucks[0].appraisedBy, kAppraiser.userId);
        QCOMPARE(ctx.kilns[0].appraisedValue, Money::fromYuan(9'500'000));
        QCOMPARE(ctx.kilns[0].appraisedBy, kAppraiser.userId);
        QCOMPARE(appraisedCollateral(ctx), Money::fromYuan(9'880'000));

        // An asset not pledged to this file is refused.
        ValuationChange other;
        other.fileId = f().fileId;
        other.expectedVersion = ctx.file.version;
        other.assetId = 12345;
        other.value = Money::fromYuan(1);
        const std::string before = f().dump();
        auto r = f().store().apply(other);
        QCOMPARE(r.error().code, int(ErrorCode::NotFound));
        QCOMPARE(f().dump(), before);
    }

    void staleVersionChangesNothing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("state move") << 0;
        QTest::newRow("document") << 1;
        QTest::newRow("memo") << 2;
        QTest::newRow("covenant") << 3;
        QTest::newRow("valuation") << 4;
    }
    void staleVersionChangesNothing()
    {
        QFETCH(int, kind);
        const WorkflowContext ctx = f().context();
        const std::int64_t stale = ctx.file.version - 1;
        const auto audit =
            std::vector<AuditEntry>{td::WorkflowFixture::entry(kAnalyst, AuditKind::Field, "x", "a", "b")};
        const std::string before = f().dump();
        Result<void> r;
        switch (kind) {
        case 0: {
            WorkflowChange c = f().move(LoanState::Submitted, kAnalyst);
            c.expectedVersion = stale;
            r = f().store().apply(c);
            break;
        }
        case 1:
            r = f().store().apply(DocumentChange{f().fileId, stale, ctx.documents[0], std::nullopt, audit});
            break;
        case 2:
            r = f().store().apply(MemoChange{f().fileId, stale, memo(f().fileId, 1, "m"), audit});
            break;
        case 3:
            r = f().store().apply(CovenantChange{f().fileId, stale, Covenant{}, std::nullopt, audit});
            break;
        default:
            r = f().store().apply(ValuationChange{f().fileId, stale, true, f().truckId, Money::fromYuan(5),
                                                  kAppraiser.userId, audit});
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(ErrorCode::Conflict));
        QVERIFY2(r.error().message.find("was changed by someone else") != std::string::npos,
                 r.error().message.c_str());
        QVERIFY2(r.error().message.find("reopen it") != std::string::npos, r.error().message.c_str());
        QVERIFY(r.error().message.find(ctx.file.fileNo) != std::string::npos);
        QCOMPARE(f().dump(), before);
    }

    void stateMovedMeanwhileIsAConflict()
    {
        WorkflowChange c = f().move(LoanState::Submitted, kAnalyst);
        c.from = LoanState::Appraisal; // what a stale screen believed
        const std::string before = f().dump();
        auto r = f().store().apply(c);
        QCOMPARE(r.error().code, int(ErrorCode::Conflict));
        QCOMPARE(f().dump(), before);
    }

    void unknownFileIsNotFound()
    {
        WorkflowChange c = f().move(LoanState::Submitted, kAnalyst);
        c.fileId = 4242;
        QCOMPARE(f().store().apply(c).error().code, int(ErrorCode::NotFound));
        QCOMPARE(f().store().context(4242).error().code, int(ErrorCode::NotFound));
        QCOMPARE(f().store().history(4242).error().code, int(ErrorCode::NotFound));
    }

    void failingLastStepLeavesNoTrace()
    {
        // The freeze is written after the state, the risk and the approval: a memo version that does
        // not exist must take all of them back.
        WorkflowChange c = f().move(LoanState::Approved, kManager);
        c.risk = RiskAssessment{RiskGrade::A, "Strong", kAnalyst.userId, td::kBaseMs};
        c.approval = Approval{0, 0, 1, kManager.userId, "ok", 7, td::kBaseMs};
        c.freezeMemoVersion = 7;
        const std::string before = f().dump();
        auto r = f().store().apply(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(ErrorCode::Conflict));
        QCOMPARE(f().dump(), before);
    }

    void auditEntriesAreChainedOntoTheHead()
    {
        WorkflowChange c = f().move(LoanState::Submitted, kAnalyst);
        c.audit.push_back(td::WorkflowFixture::entry(
            kAnalyst, AuditKind::Document, "document:business_licence", "received", "verified", 1000));
        SAGGAR_VERIFY_OK(f().store().apply(c));
        SAGGAR_VERIFY_OK(f().store().apply(f().move(LoanState::Appraisal, kAppraiser)));
        auto h = f().store().history(f().fileId);
        QVERIFY(h.ok());
        QCOMPARE(h->entries.size(), std::size_t(6));
        for (std::size_t i = 0; i < h->entries.size(); ++i) {
            const AuditEntry& e = h->entries[i];
            QCOMPARE(e.loanFileId, f().fileId);
            QCOMPARE(e.seq, std::int64_t(i) + 1);
            QCOMPARE(e.prevHashHex, i == 0 ? std::string(kGenesisHash) : h->entries[i - 1].hashHex);
            QCOMPARE(e.hashHex, auditEntryHash(e));
        }
        QCOMPARE(h->entries[3].subject, std::string("state"));
        QCOMPARE(h->entries[4].subject, std::string("document:business_licence"));
        auto head = readAuditHead(f().db(), f().fileId);
        QCOMPARE(head->seq, 6);
        QCOMPARE(head->hashHex, h->entries.back().hashHex);
        QVERIFY2(h->verdict.ok(), h->verdict.message.c_str());
    }

    void workForEachRole()
    {
        // Files in every state for two analysts and two appraisers, newest last.
        PortfolioSnapshot s;
        s.enterprises = {td::enterprise(50, 50, "景德镇瓷业", "Jingdezhen Porcelain")};
        Id id = 100;
        TimestampMs at = td::kBaseMs;
        for (LoanState state : allValues<LoanState>())
            for (Id analyst : {kAnalyst.userId, td::kOtherAnalyst.userId})
                for (Id appraiser : {Id(0), kAppraiser.userId, td::kOtherAppraiser.userId}) {
                    LoanFile file = td::file(id, "SG-2021-" + std::to_string(100000 + id), 50,
                                             Money::fromYuan(1'000'000), state, analyst, at += 1000);
                    file.appraiserId = appraiser;
                    s.files.push_back(file);
                    ++id;
                }
        QVERIFY(savePortfolio(f().db(), s).ok());

        const auto states = [](const std::vector<WorkItem>& items) {
            std::vector<LoanState> out;
            for (const WorkItem& w : items)
                if (w.fileId >= 100)
                    out.push_back(w.state);
            return out;
        };
        auto analyst = f().store().workFor(kAnalyst);
        QVERIFY(analyst.ok());
        // Three imported drafts of this analyst, after the fixture's own draft (pledged just now).
        QCOMPARE(analyst->size(), std::size_t(4));
        QCOMPARE(states(*analyst), std::vector<LoanState>(3, LoanState::Draft));
        QCOMPARE(analyst->front().fileId, f().fileId);
        QCOMPARE(analyst->back().enterpriseName, std::string("景德镇瓷业"));
        QCOMPARE(analyst->back().amount, Money::fromYuan(1'000'000));
        QVERIFY(std::is_sorted(analyst->begin(), analyst->end(), [](const WorkItem& a, const WorkItem& b) {
            return a.updatedAtMs > b.updatedAtMs;
        }));

        auto appraiser = f().store().workFor(kAppraiser);
        QVERIFY(appraiser.ok());
        // Every submitted file (6) and the appraisal files assigned to this appraiser (2).
        QCOMPARE(appraiser->size(), std::size_t(8));
        for (const WorkItem& w : *appraiser)
            QVERIFY(w.state == LoanState::Submitted || w.state == LoanState::Appraisal);
        QCOMPARE(std::count_if(appraiser->begin(), appraiser->end(),
                               [](const WorkItem& w) { return w.state == LoanState::Appraisal; }),
                 2);

        auto manager = f().store().workFor(kManager);
        QVERIFY(manager.ok());
        QCOMPARE(manager->size(), std::size_t(6 * 6));
        const std::vector<LoanState> managerStates{LoanState::AutoApproved, LoanState::ManualReview,
                                                   LoanState::Declined,     LoanState::Approved,
                                                   LoanState::Default,      LoanState::Disposal};
        for (const WorkItem& w : *manager)
            QVERIFY2(std::find(managerStates.begin(), managerStates.end(), w.state) != managerStates.end(),
                     key(w.state).data());
        QVERIFY(std::is_sorted(manager->begin(), manager->end(), [](const WorkItem& a, const WorkItem& b) {
            return a.updatedAtMs > b.updatedAtMs;
        }));
    }

    void workIsCappedAtTheLimit()
    {
        PortfolioSnapshot s;
        s.enterprises = {td::enterprise(50, 50, "景德镇瓷业", "Jingdezhen Porcelain")};
        for (Id id = 100; id < 100 + SqliteWorkflowStore::kWorkLimit + 20; ++id)
            s.files.push_back(td::file(id, "SG-2021-" + std::to_string(100000 + id), 50,
                                       Money::fromYuan(1'000'000), LoanState::ManualReview, kAnalyst.userId,
                                       td::kBaseMs + id));
        SAGGAR_VERIFY_OK(savePortfolio(f().db(), s));
        auto manager = f().store().workFor(kManager);
        QVERIFY(manager.ok());
        QCOMPARE(manager->size(), std::size_t(SqliteWorkflowStore::kWorkLimit));
        QCOMPARE(manager->front().fileId, 100 + SqliteWorkflowStore::kWorkLimit + 19); // the newest first
    }

    void authorityTableRoundTrips()
    {
        auto standard = f().store().authority();
        QVERIFY(standard.ok());
        QCOMPARE(standard->limits.size(), AuthorityTable::standard().limits.size());

        const Money all = Money::fromFen(std::numeric_limits<std::int64_t>::max());
        AuthorityTable table{{{Money::fromYuan(2'000'000), RiskGrade::A, 1},
                              {Money::fromYuan(8'000'000), RiskGrade::C, 2},
                              {all, RiskGrade::E, 3}}};
        QVERIFY(f().store().setAuthority(table, kManager).ok());
        auto read = f().store().authority();
        QVERIFY(read.ok());
        QCOMPARE(read->limits.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(read->limits[i].maxAmount, table.limits[i].maxAmount);
            QCOMPARE(read->limits[i].worstGrade, table.limits[i].worstGrade);
            QCOMPARE(read->limits[i].approvers, table.limits[i].approvers);
        }
        QCOMPARE(f().context().authority.limits.size(), std::size_t(3));
        QCOMPARE(*f().db().queryInt64("SELECT updated_by FROM authority_limits WHERE position = 1"),
                 kManager.userId);

        // Only a manager sets it, and only to a table that covers every file.
        const std::string before = f().dump();
        auto byAnalyst = f().store().setAuthority(AuthorityTable::standard(), kAnalyst);
        QCOMPARE(byAnalyst.error().code, int(ErrorCode::Forbidden));
        AuthorityTable gap{{{Money::fromYuan(2'000'000), RiskGrade::A, 1}}};
        auto uncovered = f().store().setAuthority(gap, kManager);
        QCOMPARE(uncovered.error().code, int(ErrorCode::InvalidInput));
        QCOMPARE(f().dump(), before);

        // A table broken outside Saggar is refused rather than used.
        QVERIFY(f().db().exec("DELETE FROM authority_limits WHERE position = 3").ok());
        auto broken = f().store().authority();
        QCOMPARE(broken.error().code, int(ErrorCode::DatabaseCorrupt));
    }

    // The rules of core/ and this store together: a file from draft to disbursement, and on to
    // default and disposal, by the right people, with a history that verifies at every step.
    void serviceTakesAFileThroughTheWorkflow()
    {
        TimestampMs now = td::kBaseMs;
        WorkflowService service(f().store(), [&now] { return now += 60'000; });
        const auto ok = [&](Result<void> r, const char* step) {
            if (!r.ok())
                qWarning("%s: %s", step, r.error().message.c_str());
            return r.ok();
        };
        for (const Document& d : f().context().documents)
            QVERIFY(ok(service.updateDocument(kAnalyst, f().fileId,
                                              DocumentRequest{d.id, DocumentStatus::Received, "", ""}),
                       "document"));
        QVERIFY(
            ok(service.saveMemo(kAnalyst, f().fileId, memo(f().fileId, 0, "A tile maker with steady orders")),
               "memo"));
        QVERIFY(ok(service.perform(kAnalyst, f().fileId, WorkflowRequest{WorkflowAction::Submit, "", {}, ""}),
                   "submit"));
        QVERIFY(ok(service.perform(kAppraiser, f().fileId,
                                   WorkflowRequest{WorkflowAction::StartAppraisal, "", {}, ""}),
                   "start appraisal"));
        QVERIFY(ok(service.enterValuation(kAppraiser, f().fileId,
                                          ValuationRequest{true, f().truckId, Money::fromYuan(400'000)}),
                   "truck value"));
        QVERIFY(ok(service.enterValuation(kAppraiser, f().fileId,
                                          ValuationRequest{false, f().kilnId, Money::fromYuan(9'000'000)}),
                   "kiln value"));
        QVERIFY(ok(service.perform(kAppraiser, f().fileId,
                                   WorkflowRequest{WorkflowAction::CompleteAppraisal, "", {}, ""}),
                   "complete appraisal"));
        QVERIFY(ok(service.perform(kAnalyst, f().fileId,
                                   WorkflowRequest{WorkflowAction::AssessRisk, "", RiskGrade::B,
                                                   "Low leverage, steady export orders for three years"}),
                   "assess risk"));
        QCOMPARE(f().context().file.state, LoanState::AutoApproved);
        // Maker-checker through the store's context: the preparer cannot approve.
        auto own =
            service.perform(kAnalyst, f().fileId, WorkflowRequest{WorkflowAction::Approve, "", {}, ""});
        QCOMPARE(own.error().code, int(ErrorCode::Forbidden));
        QVERIFY(
            ok(service.perform(kManager, f().fileId, WorkflowRequest{WorkflowAction::Approve, "", {}, ""}),
               "approve"));
        WorkflowContext ctx = f().context();
        QCOMPARE(ctx.file.state, LoanState::Approved);
        QVERIFY(ctx.memo->frozen);
        QVERIFY(
            ok(service.perform(kManager, f().fileId, WorkflowRequest{WorkflowAction::Disburse, "", {}, ""}),
               "disburse"));
        QVERIFY(ok(service.perform(kAnalyst, f().fileId,
                                   WorkflowRequest{WorkflowAction::StartMonitoring, "", {}, ""}),
                   "monitoring"));
        QVERIFY(ok(service.perform(
                       kManager, f().fileId,
                       WorkflowRequest{
                           WorkflowAction::DeclareDefault, "Three instalments unpaid since March", {}, ""}),
                   "default"));
        QVERIFY(ok(
            service.perform(kManager, f().fileId, WorkflowRequest{WorkflowAction::StartDisposal, "", {}, ""}),
            "disposal"));
        QCOMPARE(f().context().file.state, LoanState::Disposal);

        auto h = f().store().history(f().fileId);
        QVERIFY(h.ok());
        QVERIFY2(h->verdict.ok(), h->verdict.message.c_str());
        QVERIFY(h->entries.size() > 20);
        QCOMPARE(h->entries.back().after, std::string("disposal"));
        QCOMPARE(h->entries.back().actorId, kManager.userId);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowStore)
#include "tst_workflow_store.moc"
