// Tests for WorkflowService over an in-memory store: a file walks from draft to closed through default
// and disposal with a verifying history, and refused or stale moves leave the store exactly as it was.
#include "tst_workflow_fixture.h"

#include "core/workflow_service.h"

#include <QObject>
#include <QTest>

using namespace saggar;
using namespace saggar::test;

class TestWorkflowService : public QObject
{
    Q_OBJECT

private slots:
    void draftToClosedThroughDefaultAndDisposal();
    void refusedMovesLeaveTheStoreUntouched_data();
    void refusedMovesLeaveTheStoreUntouched();
    void staleVersionIsAConflict();
    void unknownFileIsNotFound();
};

namespace {

// One file in memory. Writes check the version, apply the change and chain its audit entries, the way
// SqliteWorkflowStore does in a transaction.
class FakeStore : public WorkflowStore
{
public:
    WorkflowContext ctx;
    std::vector<AuditEntry> log;
    std::vector<CreditMemo> memos;
    int writes = 0;
    bool someoneElseWritesOnLoad = false;

    Result<WorkflowContext> context(Id fileId) override
    {
        if (fileId != ctx.file.id)
            return makeError("No such file.", ErrorCode::NotFound);
        WorkflowContext copy = ctx;
        if (someoneElseWritesOnLoad)
            ++ctx.file.version;
        return copy;
    }

    Result<void> apply(const WorkflowChange& c) override
    {
        return write(c, [&] {
            ctx.file.state = c.to;
            if (c.assignAppraiser)
                ctx.file.appraiserId = *c.assignAppraiser;
            if (c.assignManager)
                ctx.file.managerId = *c.assignManager;
            if (c.risk)
                ctx.risk = c.risk;
            if (c.approval)
                ctx.approvals.push_back(*c.approval);
            ctx.exceptions.insert(ctx.exceptions.end(), c.exceptions.begin(), c.exceptions.end());
            if (c.freezeMemoVersion)
                for (CreditMemo& m : memos)
                    if (m.version == *c.freezeMemoVersion)
                        m.frozen = true;
            if (c.startNewRound) {
                ++ctx.round;
                ctx.approvals.clear();
            }
            ctx.memo = memos.empty() ? std::nullopt : std::optional<CreditMemo>(memos.back());
        });
    }
    Result<void> apply(const DocumentChange& c) override
    {
        return write(c, [&] {
            for (Document& d : ctx.documents)
                if (d.id == c.document.id)
                    d = c.document;
            if (c.exception)
                ctx.exceptions.push_back(*c.exception);
        });
    }
    Result<void> apply(const MemoChange& c) override
    {
        return write(c, [&] {
            memos.push_back(c.memo);
            ctx.memo = c.memo;
        });
    }
    Result<void> apply(const CovenantChange& c) override
    {
        return write(c, [&] {
            Covenant stored = c.covenant;
            if (stored.id == 0) {
                stored.id = Id(ctx.covenants.size() + 100);
                ctx.covenants.push_back(stored);
            }
            for (Covenant& existing : ctx.covenants)
                if (existing.id == stored.id)
                    existing = stored;
            if (c.exception)
                ctx.exceptions.push_back(*c.exception);
        });
    }
    Result<void> apply(const ValuationChange& c) override
    {
        const auto value = [&](auto& assets) {
            for (auto& a : assets)
                if (a.id == c.assetId) {
                    a.appraisedValue = c.value;
                    a.appraisedBy = c.appraisedBy;
                }
        };
        return write(c, [&] { c.truck ? value(ctx.trucks) : value(ctx.kilns); });
    }

    Result<Attachment> attach(Id, const std::string&, const std::string&, const Actor&, TimestampMs) override
    {
        return makeError("Attachments are not kept by the fake store.");
    }
    Result<std::vector<Attachment>> attachments(Id) override { return std::vector<Attachment>{}; }
    Result<std::string> attachmentBytes(const Attachment&) override
    {
        return makeError("Attachments are not kept by the fake store.");
    }
    Result<std::vector<CreditMemo>> memoVersions(Id) override { return memos; }
    Result<FileHistory> history(Id) override
    {
        const std::int64_t headSeq = log.empty() ? 0 : log.back().seq;
        return FileHistory{log, verifyAuditChain(log, headSeq, log.empty() ? "" : log.back().hashHex)};
    }
    Result<std::vector<WorkItem>> workFor(const Actor&) override { return std::vector<WorkItem>{}; }
    Result<AuthorityTable> authority() override { return ctx.authority; }
    Result<void> setAuthority(const AuthorityTable& table, const Actor&) override
    {
        if (auto ok = table.check(); !ok)
            return ok;
        ctx.authority = table;
        return {};
    }

private:
    // Checks the version, makes the change, chains its audit entries: all or nothing, as in a transaction.
    template <typename Change, typename Edit> Result<void> write(const Change& c, Edit edit)
    {
        if (c.fileId != ctx.file.id)
            return makeError("No such file.", ErrorCode::NotFound);
        if (c.expectedVersion != ctx.file.version)
            return makeError("Someone else changed the file; reload it.", ErrorCode::Conflict);
        edit();
        return commit(c.audit);
    }
    Result<void> commit(std::vector<AuditEntry> entries)
    {
        chainAuditEntries(entries, log.empty() ? 0 : log.back().seq, log.empty() ? "" : log.back().hashHex);
        log.insert(log.end(), entries.begin(), entries.end());
        ++ctx.file.version;
        ++writes;
        return {};
    }
};

// A fresh draft: documents missing, no memo, collateral not yet valued, no risk assessment.
WorkflowContext freshDraft()
{
    WorkflowContext ctx = readyContext(LoanState::Draft);
    for (Document& d : ctx.documents)
        d.status = DocumentStatus::Missing;
    ctx.memo.reset();
    ctx.risk.reset();
    ctx.file.appraiserId = 0;
    for (Truck& t : ctx.trucks) {
        t.appraisedValue = Money();
        t.appraisedBy = 0;
    }
    for (Kiln& k : ctx.kilns) {
        k.appraisedValue = Money();
        k.appraisedBy = 0;
    }
    ctx.covenants[0].status = CovenantStatus::Pending;
    return ctx;
}

#define CHECK_OK(call)                                                                                       \
    do {                                                                                                     \
        const Result<void> r_ = (call);                                                                      \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().message.c_str());                                        \
    } while (false)

WorkflowRequest move(WorkflowAction action)
{
    return requestFor(action);
}

} // namespace

void TestWorkflowService::draftToClosedThroughDefaultAndDisposal()
{
    FakeStore store;
    store.ctx = freshDraft();
    TimestampMs clock = kNow;
    WorkflowService service(store, [&clock] { return clock += 1000; });
    using A = WorkflowAction;

    // The analyst collects the documents and writes the memo; submitting before that is refused.
    const Result<void> early = service.perform(kAnalyst, kFileId, move(A::Submit));
    QVERIFY(!early.ok());
    QVERIFY2(contains(early.error().message, "missing business licence"), early.error().message.c_str());
    for (const Document& d : store.ctx.documents)
        CHECK_OK(service.updateDocument(kAnalyst, kFileId,
                                        DocumentRequest{d.id, DocumentStatus::Received, "", ""}));
    CreditMemo memo;
    for (MemoSection s : allValues<MemoSection>())
        memo.section(s) = "Section " + std::string(key(s));
    CHECK_OK(service.saveMemo(kAnalyst, kFileId, memo));
    CHECK_OK(service.perform(kAnalyst, kFileId, move(A::Submit)));

    // The appraiser takes it, values both assets and completes.
    CHECK_OK(service.perform(kAppraiser, kFileId, move(A::StartAppraisal)));
    QCOMPARE(store.ctx.file.appraiserId, kAppraiser.userId);
    CHECK_OK(service.enterValuation(kAppraiser, kFileId, ValuationRequest{true, 11, yuan(2'500'000)}));
    CHECK_OK(service.enterValuation(kAppraiser, kFileId, ValuationRequest{false, 21, yuan(3'500'000)}));
    CHECK_OK(service.perform(kAppraiser, kFileId, move(A::CompleteAppraisal)));

    // Grade C: manual review by a committee of two.
    WorkflowRequest assess = move(A::AssessRisk);
    assess.grade = RiskGrade::C;
    CHECK_OK(service.perform(kAnalyst, kFileId, assess));
    QCOMPARE(store.ctx.file.state, LoanState::ManualReview);
    CHECK_OK(service.perform(kManager, kFileId, move(A::Approve)));
    QCOMPARE(store.ctx.file.state, LoanState::ManualReview);
    QVERIFY(!service.perform(kManager, kFileId, move(A::Approve)).ok());
    CHECK_OK(service.perform(kManager2, kFileId, move(A::Approve)));
    QCOMPARE(store.ctx.file.state, LoanState::Approved);
    QCOMPARE(store.ctx.file.managerId, kManager2.userId);
    QVERIFY(store.memos.back().frozen);

    // The condition precedent must be met before the money goes out.
    QVERIFY(!service.perform(kManager, kFileId, move(A::Disburse)).ok());
    CovenantRequest met{store.ctx.covenants[0], ""};
    met.covenant.status = CovenantStatus::Met;
    CHECK_OK(service.saveCovenant(kAnalyst, kFileId, met));
    CHECK_OK(service.perform(kManager, kFileId, move(A::Disburse)));
    CHECK_OK(service.perform(kAnalyst, kFileId, move(A::StartMonitoring)));
    CovenantRequest breached{store.ctx.covenants[1], ""};
    breached.covenant.status = CovenantStatus::Breached;
    CHECK_OK(service.saveCovenant(kAnalyst, kFileId, breached));
    CHECK_OK(service.perform(kManager, kFileId, move(A::DeclareDefault)));
    CHECK_OK(service.perform(kManager, kFileId, move(A::StartDisposal)));
    CHECK_OK(service.perform(kManager, kFileId, move(A::Close)));
    QCOMPARE(store.ctx.file.state, LoanState::Closed);

    // The history tells the whole story, in order, and its chain verifies.
    const Result<FileHistory> history = store.history(kFileId);
    QVERIFY(history.ok());
    QVERIFY2(history->verdict.ok(), history->verdict.message.c_str());
    std::vector<std::string> states;
    for (const AuditEntry& e : history->entries)
        if (e.kind == AuditKind::State)
            states.push_back(e.after);
    const std::vector<std::string> expected{"submitted", "appraisal", "risk_assessment", "manual_review",
                                            "approved",  "disbursed", "monitoring",      "default",
                                            "disposal",  "closed"};
    QCOMPARE(states, expected);
    for (std::size_t i = 0; i < history->entries.size(); ++i) {
        QCOMPARE(history->entries[i].seq, std::int64_t(i + 1));
        QCOMPARE(history->entries[i].loanFileId, kFileId);
    }
    // 9 documents, the memo, 11 moves that succeeded, 2 valuations and 2 covenant updates: one write each.
    QCOMPARE(store.writes, 9 + 1 + 11 + 2 + 2);
    QCOMPARE(store.ctx.file.version, kFileVersion + store.writes);
}

void TestWorkflowService::refusedMovesLeaveTheStoreUntouched_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("analyst approves") << 0;
    QTest::newRow("submit with documents missing") << 1;
    QTest::newRow("appraiser writes the memo") << 2;
    QTest::newRow("waiver without justification") << 3;
    QTest::newRow("valuation outside appraisal") << 4;
    QTest::newRow("covenant by an appraiser") << 5;
}

void TestWorkflowService::refusedMovesLeaveTheStoreUntouched()
{
    QFETCH(int, which);
    FakeStore store;
    store.ctx = freshDraft();
    WorkflowService service(store, [] { return kNow; });
    const std::int64_t version = store.ctx.file.version;
    const LoanState state = store.ctx.file.state;

    Result<void> r;
    switch (which) {
    case 0:
        r = service.perform(kAnalyst, kFileId, move(WorkflowAction::Approve));
        break;
    case 1:
        r = service.perform(kAnalyst, kFileId, move(WorkflowAction::Submit));
        break;
    case 2:
        r = service.saveMemo(kAppraiser, kFileId, CreditMemo{});
        break;
    case 3:
        r = service.updateDocument(kManager, kFileId, DocumentRequest{101, DocumentStatus::Waived, "", "no"});
        break;
    case 4:
        r = service.enterValuation(kAppraiser, kFileId, ValuationRequest{true, 11, yuan(1)});
        break;
    default:
        r = service.saveCovenant(kAppraiser, kFileId, CovenantRequest{store.ctx.covenants[0], ""});
        break;
    }
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.empty());
    QCOMPARE(store.writes, 0);
    QVERIFY(store.log.empty());
    QVERIFY(store.memos.empty());
    QCOMPARE(store.ctx.file.version, version);
    QCOMPARE(store.ctx.file.state, state);
    QCOMPARE(store.ctx.documents[0].status, DocumentStatus::Missing);
}

void TestWorkflowService::staleVersionIsAConflict()
{
    FakeStore store;
    store.ctx = readyContext(LoanState::Draft);
    store.someoneElseWritesOnLoad = true;
    WorkflowService service(store, [] { return kNow; });
    const Result<void> r = service.perform(kAnalyst, kFileId, move(WorkflowAction::Submit));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, int(ErrorCode::Conflict));
    QCOMPARE(store.ctx.file.state, LoanState::Draft);
    QVERIFY(store.log.empty());
}

void TestWorkflowService::unknownFileIsNotFound()
{
    FakeStore store;
    store.ctx = readyContext(LoanState::Draft);
    WorkflowService service(store, [] { return kNow; });
    const Result<void> r = service.perform(kAnalyst, 999, move(WorkflowAction::Submit));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, int(ErrorCode::NotFound));
    QCOMPARE(store.writes, 0);
}

QTEST_APPLESS_MAIN(TestWorkflowService)
#include "tst_workflow_service.moc"
