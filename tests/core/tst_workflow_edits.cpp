// Tests for the edits inside a state: document statuses and waivers, credit memo versions, conditions
// and covenants through the loan's life, and the appraiser's valuations with their bounds.
#include "tst_workflow_fixture.h"

#include <QObject>
#include <QTest>

#include <limits>
#include <set>
#include <tuple>

using namespace saggar;
using namespace saggar::test;

Q_DECLARE_METATYPE(saggar::LoanState)
Q_DECLARE_METATYPE(saggar::DocumentStatus)
Q_DECLARE_METATYPE(saggar::CovenantMetric)

class TestWorkflowEdits : public QObject
{
    Q_OBJECT

private slots:
    void documentSteps_data();
    void documentSteps();
    void documentsChangeOnlyWhilePreparedOrDecided_data();
    void documentsChangeOnlyWhilePreparedOrDecided();
    void appraisersDoNotChangeDocuments();
    void waiverIsAManagersException();
    void unknownDocumentIsNotFound();
    void noteIsKeptUnlessRewritten();

    void memoVersions();
    void memoAfterAFrozenVersion();
    void memoOnlyInDraft_data();
    void memoOnlyInDraft();
    void memoWriters();
    void memoNeedsSevenSections();

    void addConditionBeforeDisbursement();
    void definitionsFixedAfterDisbursement();
    void covenantStatusAfterDisbursement();
    void conditionStatusBeforeDisbursement();
    void waivingAConditionIsAnException();
    void covenantInput_data();
    void covenantInput();
    void covenantsOnlyWhileTheLoanLives();
    void unchangedCovenantIsRefused();

    void valuationByTheFilesAppraiser();
    void valuationOnlyDuringAppraisal();
    void valuationBounds_data();
    void valuationBounds();
    void valuationOfAnAssetNotPledged();
};

namespace {

constexpr Id kLicenceId = 101; // the business licence in readyContext()

DocumentRequest docRequest(DocumentStatus to, std::string justification = {})
{
    return DocumentRequest{kLicenceId, to, "", std::move(justification)};
}

CreditMemo draftMemo(const std::string& purpose)
{
    CreditMemo m;
    for (MemoSection s : allValues<MemoSection>())
        m.section(s) = "Text of " + std::string(key(s));
    m.section(MemoSection::Purpose) = purpose;
    return m;
}

CovenantRequest newCondition(CovenantKind kind, CovenantStatus status = CovenantStatus::Pending)
{
    CovenantRequest r;
    r.covenant.kind = kind;
    r.covenant.metric = CovenantMetric::Custom;
    r.covenant.description = "Mortgage registered with the vehicle office";
    r.covenant.status = status;
    return r;
}

// The existing covenant `id` of readyContext() with a new status.
CovenantRequest statusOf(const WorkflowContext& ctx, Id id, CovenantStatus status,
                         std::string justification = {})
{
    CovenantRequest r;
    for (const Covenant& c : ctx.covenants)
        if (c.id == id)
            r.covenant = c;
    r.covenant.status = status;
    r.justification = std::move(justification);
    return r;
}

constexpr Id kConditionId = 1; // condition precedent, met
constexpr Id kCovenantId = 2;  // tracker online ≥ 95 %, pending

} // namespace

void TestWorkflowEdits::documentSteps_data()
{
    QTest::addColumn<DocumentStatus>("from");
    QTest::addColumn<DocumentStatus>("to");
    QTest::addColumn<bool>("allowed");
    using D = DocumentStatus;
    // Missing → Received → Verified, back to Missing from anywhere; a waived one may be received later.
    const std::vector<std::tuple<D, D, bool>> steps{
        {D::Missing, D::Received, true}, {D::Missing, D::Verified, false}, {D::Received, D::Verified, true},
        {D::Received, D::Missing, true}, {D::Verified, D::Missing, true},  {D::Verified, D::Received, false},
        {D::Waived, D::Received, true},  {D::Waived, D::Missing, true},    {D::Waived, D::Verified, false},
    };
    for (const auto& [from, to, allowed] : steps) {
        const std::string row = std::string(key(from)) + " to " + std::string(key(to));
        QTest::newRow(row.c_str()) << from << to << allowed;
    }
}

void TestWorkflowEdits::documentSteps()
{
    QFETCH(DocumentStatus, from);
    QFETCH(DocumentStatus, to);
    QFETCH(bool, allowed);
    WorkflowContext ctx = readyContext(LoanState::Draft);
    documentOf(ctx, DocumentKind::BusinessLicence).status = from;
    const auto r = evaluateDocument(ctx, kAnalyst, docRequest(to), kNow);
    QVERIFY2(r.ok() == allowed, message(r));
    if (!allowed) {
        QCOMPARE(r.error().code, int(ErrorCode::Conflict));
        QVERIFY2(contains(r.error().message, "business licence"), message(r));
        return;
    }
    QCOMPARE(r->fileId, kFileId);
    QCOMPARE(r->expectedVersion, kFileVersion);
    QCOMPARE(r->document.id, kLicenceId);
    QCOMPARE(r->document.status, to);
    QCOMPARE(r->document.updatedAtMs, kNow);
    QVERIFY(!r->exception);
    QCOMPARE(r->audit.size(), std::size_t(1));
    QCOMPARE(r->audit[0].kind, AuditKind::Document);
    QCOMPARE(r->audit[0].subject, std::string("document:business_licence"));
    QCOMPARE(r->audit[0].before, std::string(key(from)));
    QCOMPARE(r->audit[0].after, std::string(key(to)));
}

void TestWorkflowEdits::documentsChangeOnlyWhilePreparedOrDecided_data()
{
    QTest::addColumn<LoanState>("state");
    QTest::addColumn<bool>("allowed");
    using S = LoanState;
    const std::set<LoanState> open{S::Draft,          S::Submitted,    S::Appraisal,
                                   S::RiskAssessment, S::AutoApproved, S::ManualReview};
    for (LoanState s : allValues<LoanState>())
        QTest::newRow(key(s).data()) << s << bool(open.count(s));
}

void TestWorkflowEdits::documentsChangeOnlyWhilePreparedOrDecided()
{
    QFETCH(LoanState, state);
    QFETCH(bool, allowed);
    const auto r =
        evaluateDocument(readyContext(state), kManager, docRequest(DocumentStatus::Verified), kNow);
    QVERIFY2(r.ok() == allowed, message(r));
    if (!allowed)
        QCOMPARE(r.error().code, int(ErrorCode::Forbidden));
}

void TestWorkflowEdits::appraisersDoNotChangeDocuments()
{
    EXPECT_REFUSED(evaluateDocument(readyContext(LoanState::Appraisal), kAppraiser,
                                    docRequest(DocumentStatus::Verified), kNow),
                   ErrorCode::Forbidden, "analyst or a manager");
}

void TestWorkflowEdits::waiverIsAManagersException()
{
    WorkflowContext ctx = readyContext(LoanState::Draft);
    documentOf(ctx, DocumentKind::BusinessLicence).status = DocumentStatus::Missing;
    const std::string justification = "Licence renewal in progress; copy of application on file";
    EXPECT_REFUSED(evaluateDocument(ctx, kAnalyst, docRequest(DocumentStatus::Waived, justification), kNow),
                   ErrorCode::Forbidden, "Only a manager can waive the business licence");
    EXPECT_REFUSED(evaluateDocument(ctx, kManager, docRequest(DocumentStatus::Waived, "renewal"), kNow),
                   ErrorCode::InvalidInput, "at least 10 characters");

    const auto r = evaluateDocument(ctx, kManager, docRequest(DocumentStatus::Waived, justification), kNow);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->document.status, DocumentStatus::Waived);
    QVERIFY(r->exception);
    QCOMPARE(r->exception->kind, ExceptionKind::WaivedDocument);
    QCOMPARE(r->exception->subject, std::string("document:business_licence"));
    QCOMPARE(r->exception->justification, justification);
    QCOMPARE(r->exception->grantedBy, kManager.userId);
    QCOMPARE(r->exception->loanFileId, kFileId);
    QCOMPARE(r->audit.size(), std::size_t(2));
    QCOMPARE(r->audit[0].reason, justification);
    QCOMPARE(r->audit[1].kind, AuditKind::Exception);
    QCOMPARE(r->audit[1].subject, std::string("exception:waived_document"));

    documentOf(ctx, DocumentKind::BusinessLicence).status = DocumentStatus::Waived;
    EXPECT_REFUSED(evaluateDocument(ctx, kManager, docRequest(DocumentStatus::Waived, justification), kNow),
                   ErrorCode::InvalidInput, "already waived");
}

void TestWorkflowEdits::unknownDocumentIsNotFound()
{
    DocumentRequest request = docRequest(DocumentStatus::Verified);
    request.documentId = 999;
    EXPECT_REFUSED(evaluateDocument(readyContext(LoanState::Draft), kAnalyst, request, kNow),
                   ErrorCode::NotFound, "#999");
}

void TestWorkflowEdits::noteIsKeptUnlessRewritten()
{
    WorkflowContext ctx = readyContext(LoanState::Draft);
    documentOf(ctx, DocumentKind::BusinessLicence).note = "原件已核对";
    auto r = evaluateDocument(ctx, kAnalyst, docRequest(DocumentStatus::Verified), kNow);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->document.note, std::string("原件已核对"));
    // The same status with a new note is an edit of the note; with the same note it is nothing.
    DocumentRequest note = docRequest(DocumentStatus::Received);
    note.note = "复印件，原件待补";
    r = evaluateDocument(ctx, kAnalyst, note, kNow);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->document.note, note.note);
    QCOMPARE(r->audit[0].reason, note.note);
    EXPECT_REFUSED(evaluateDocument(ctx, kAnalyst, docRequest(DocumentStatus::Received), kNow),
                   ErrorCode::InvalidInput, "nothing to change");
}

void TestWorkflowEdits::memoVersions()
{
    WorkflowContext ctx = readyContext(LoanState::Draft);
    ctx.memo.reset();
    auto r = evaluateMemo(ctx, kAnalyst, draftMemo("Upgrade the roller kiln"), kNow);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->memo.version, std::int64_t(1));
    QCOMPARE(r->memo.loanFileId, kFileId);
    QCOMPARE(r->memo.authorId, kAnalyst.userId);
    QCOMPARE(r->memo.atMs, kNow);
    QVERIFY(!r->memo.frozen);
    QCOMPARE(r->memo.section(MemoSection::Purpose), std::string("Upgrade the roller kiln"));
    QCOMPARE(r->audit.size(), std::size_t(1));
    QCOMPARE(r->audit[0].kind, AuditKind::Memo);
    QCOMPARE(r->audit[0].before, std::string());
    QVERIFY(contains(r->audit[0].after, "version 1"));

    ctx.memo = r->memo;
    r = evaluateMemo(ctx, kAnalyst, draftMemo("Upgrade the roller kiln and buy a truck"), kNow + 1);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->memo.version, std::int64_t(2));
    QCOMPARE(r->audit[0].before, std::string("version 1"));
    QCOMPARE(r->audit[0].after, std::string("version 2 (purpose)")); // names what changed
}

void TestWorkflowEdits::memoAfterAFrozenVersion()
{
    WorkflowContext ctx = readyContext(LoanState::Draft);
    ctx.memo->frozen = true; // approved once, then the file came back after a new round
    const auto r = evaluateMemo(ctx, kAnalyst, draftMemo("Revised purpose"), kNow);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->memo.version, ctx.memo->version + 1);
    QVERIFY(!r->memo.frozen);
}

void TestWorkflowEdits::memoOnlyInDraft_data()
{
    QTest::addColumn<LoanState>("state");
    for (LoanState s : allValues<LoanState>())
        QTest::newRow(key(s).data()) << s;
}

void TestWorkflowEdits::memoOnlyInDraft()
{
    QFETCH(LoanState, state);
    const auto r = evaluateMemo(readyContext(state), kManager, draftMemo("Purpose"), kNow);
    QCOMPARE(r.ok(), state == LoanState::Draft);
    if (!r.ok()) {
        QCOMPARE(r.error().code, int(ErrorCode::Forbidden));
        QVERIFY2(contains(r.error().message, "only while the file is a draft"), message(r));
    }
}

void TestWorkflowEdits::memoWriters()
{
    const WorkflowContext ctx = readyContext(LoanState::Draft);
    QVERIFY(evaluateMemo(ctx, kAnalyst, draftMemo("p"), kNow).ok());
    QVERIFY(evaluateMemo(ctx, kManager, draftMemo("p"), kNow).ok());
    EXPECT_REFUSED(evaluateMemo(ctx, kOtherAnalyst, draftMemo("p"), kNow), ErrorCode::Forbidden,
                   "preparer (李娜)");
    EXPECT_REFUSED(evaluateMemo(ctx, kAppraiser, draftMemo("p"), kNow), ErrorCode::Forbidden, "preparer");
}

void TestWorkflowEdits::memoNeedsSevenSections()
{
    CreditMemo memo = draftMemo("p");
    memo.sections.pop_back();
    EXPECT_REFUSED(evaluateMemo(readyContext(LoanState::Draft), kAnalyst, memo, kNow),
                   ErrorCode::InvalidInput, "7 sections; this one has 6");
}

void TestWorkflowEdits::addConditionBeforeDisbursement()
{
    using S = LoanState;
    for (LoanState state : {S::Draft, S::Submitted, S::Appraisal, S::RiskAssessment, S::AutoApproved,
                            S::ManualReview, S::Approved})
        for (CovenantKind kind : {CovenantKind::ConditionPrecedent, CovenantKind::Covenant}) {
            const auto r = evaluateCovenant(readyContext(state), kAnalyst, newCondition(kind), kNow);
            QVERIFY2(r.ok(), message(r));
            QCOMPARE(r->covenant.id, Id(0));
            QCOMPARE(r->covenant.loanFileId, kFileId);
            QCOMPARE(r->covenant.updatedAtMs, kNow);
            QCOMPARE(r->audit.size(), std::size_t(1));
            QCOMPARE(r->audit[0].kind, AuditKind::Covenant);
            QCOMPARE(r->audit[0].subject, std::string("covenant:new"));
            QVERIFY(contains(r->audit[0].after, "Mortgage registered"));
        }
    // A new condition precedent may be recorded as already met; a covenant starts pending.
    QVERIFY(evaluateCovenant(readyContext(S::Approved), kManager,
                             newCondition(CovenantKind::ConditionPrecedent, CovenantStatus::Met), kNow)
                .ok());
    EXPECT_REFUSED(evaluateCovenant(readyContext(S::Draft), kManager,
                                    newCondition(CovenantKind::Covenant, CovenantStatus::Met), kNow),
                   ErrorCode::Forbidden, "stays pending");
}

void TestWorkflowEdits::definitionsFixedAfterDisbursement()
{
    for (LoanState state : {LoanState::Disbursed, LoanState::Monitoring}) {
        const WorkflowContext ctx = readyContext(state);
        EXPECT_REFUSED(evaluateCovenant(ctx, kManager, newCondition(CovenantKind::Covenant), kNow),
                       ErrorCode::Forbidden, "fixed once the loan is disbursed");
        CovenantRequest edit = statusOf(ctx, kCovenantId, CovenantStatus::Pending);
        edit.covenant.threshold = 90.0;
        EXPECT_REFUSED(evaluateCovenant(ctx, kManager, edit, kNow), ErrorCode::Forbidden,
                       "fixed once the loan is disbursed");
    }
}

void TestWorkflowEdits::covenantStatusAfterDisbursement()
{
    const WorkflowContext ctx = readyContext(LoanState::Monitoring);
    const auto r =
        evaluateCovenant(ctx, kAnalyst, statusOf(ctx, kCovenantId, CovenantStatus::Breached), kNow);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->covenant.id, kCovenantId);
    QCOMPARE(r->covenant.status, CovenantStatus::Breached);
    QCOMPARE(r->audit[0].subject, std::string("covenant:2"));
    QVERIFY2(contains(r->audit[0].before, "pending"), r->audit[0].before.c_str());
    QVERIFY2(contains(r->audit[0].after, "breached"), r->audit[0].after.c_str());
    QVERIFY2(contains(r->audit[0].after, "tracker online pct >= 95"), r->audit[0].after.c_str());
    // Before disbursement, a covenant's status is not yet followed.
    const WorkflowContext before = readyContext(LoanState::Approved);
    EXPECT_REFUSED(
        evaluateCovenant(before, kAnalyst, statusOf(before, kCovenantId, CovenantStatus::Met), kNow),
        ErrorCode::Forbidden, "after disbursement");
}

void TestWorkflowEdits::conditionStatusBeforeDisbursement()
{
    const WorkflowContext approved = readyContext(LoanState::Approved);
    const auto r =
        evaluateCovenant(approved, kAnalyst, statusOf(approved, kConditionId, CovenantStatus::Pending), kNow);
    QVERIFY2(r.ok(), message(r));
    const WorkflowContext monitoring = readyContext(LoanState::Monitoring);
    EXPECT_REFUSED(evaluateCovenant(monitoring, kAnalyst,
                                    statusOf(monitoring, kConditionId, CovenantStatus::Pending), kNow),
                   ErrorCode::Forbidden, "settled before disbursement");
}

void TestWorkflowEdits::waivingAConditionIsAnException()
{
    WorkflowContext ctx = readyContext(LoanState::Approved);
    ctx.covenants[0].status = CovenantStatus::Pending;
    const std::string justification = "保险已在办理，放款后五日内补交保单";
    EXPECT_REFUSED(evaluateCovenant(ctx, kAnalyst,
                                    statusOf(ctx, kConditionId, CovenantStatus::Waived, justification), kNow),
                   ErrorCode::Forbidden, "Only a manager can waive");
    EXPECT_REFUSED(
        evaluateCovenant(ctx, kManager, statusOf(ctx, kConditionId, CovenantStatus::Waived, "soon"), kNow),
        ErrorCode::InvalidInput, "at least 10 characters");
    const auto r = evaluateCovenant(ctx, kManager,
                                    statusOf(ctx, kConditionId, CovenantStatus::Waived, justification), kNow);
    QVERIFY2(r.ok(), message(r));
    QVERIFY(r->exception);
    QCOMPARE(r->exception->kind, ExceptionKind::ConditionWaived);
    QCOMPARE(r->exception->justification, justification);
    QCOMPARE(r->exception->grantedBy, kManager.userId);
    QCOMPARE(r->exception->subject, std::string("Insurance assigned to the bank"));
    QCOMPARE(r->audit.size(), std::size_t(2));
    QCOMPARE(r->audit[1].subject, std::string("exception:condition_waived"));
}

void TestWorkflowEdits::covenantInput_data()
{
    QTest::addColumn<CovenantMetric>("metric");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("valid");
    using M = CovenantMetric;
    const QString d = QStringLiteral("Tracker online most of the month");
    QTest::newRow("uptime 95") << M::TrackerOnlinePct << 95.0 << d << true;
    QTest::newRow("uptime 100") << M::TrackerOnlinePct << 100.0 << d << true;
    QTest::newRow("uptime 101") << M::TrackerOnlinePct << 101.0 << d << false;
    QTest::newRow("uptime 0") << M::TrackerOnlinePct << 0.0 << d << false;
    QTest::newRow("days 20") << M::KilnOperatingDaysPerMonth << 20.0 << d << true;
    QTest::newRow("days 32") << M::KilnOperatingDaysPerMonth << 32.0 << d << false;
    QTest::newRow("ltv 70") << M::LoanToValuePct << 70.0 << d << true;
    QTest::newRow("ltv -5") << M::LoanToValuePct << -5.0 << d << false;
    QTest::newRow("ltv NaN") << M::LoanToValuePct << std::numeric_limits<double>::quiet_NaN() << d << false;
    QTest::newRow("custom, any threshold") << M::Custom << -1.0 << d << true;
    QTest::newRow("no description") << M::Custom << 0.0 << QString("  ") << false;
    QTest::newRow("description too long") << M::Custom << 0.0 << QString(501, QChar(u'字')) << false;
}

void TestWorkflowEdits::covenantInput()
{
    QFETCH(CovenantMetric, metric);
    QFETCH(double, threshold);
    QFETCH(QString, description);
    QFETCH(bool, valid);
    CovenantRequest request = newCondition(CovenantKind::Covenant);
    request.covenant.metric = metric;
    request.covenant.threshold = threshold;
    request.covenant.description = description.toStdString();
    const auto r = evaluateCovenant(readyContext(LoanState::Draft), kAnalyst, request, kNow);
    QVERIFY2(r.ok() == valid, message(r));
    if (!valid)
        QCOMPARE(r.error().code, int(ErrorCode::InvalidInput));
}

void TestWorkflowEdits::covenantsOnlyWhileTheLoanLives()
{
    using S = LoanState;
    for (LoanState state : {S::Declined, S::Rejected, S::Repaid, S::Default, S::Disposal, S::Closed})
        EXPECT_REFUSED(
            evaluateCovenant(readyContext(state), kManager, newCondition(CovenantKind::Covenant), kNow),
            ErrorCode::Forbidden, "cannot change while the file is in");
    EXPECT_REFUSED(
        evaluateCovenant(readyContext(S::Draft), kAppraiser, newCondition(CovenantKind::Covenant), kNow),
        ErrorCode::Forbidden, "analyst or a manager");
    CovenantRequest unknown = newCondition(CovenantKind::Covenant);
    unknown.covenant.id = 77;
    EXPECT_REFUSED(evaluateCovenant(readyContext(S::Draft), kManager, unknown, kNow), ErrorCode::NotFound,
                   "#77");
}

void TestWorkflowEdits::unchangedCovenantIsRefused()
{
    const WorkflowContext ctx = readyContext(LoanState::Monitoring);
    EXPECT_REFUSED(evaluateCovenant(ctx, kAnalyst, statusOf(ctx, kCovenantId, CovenantStatus::Pending), kNow),
                   ErrorCode::InvalidInput, "unchanged");
    CovenantRequest note = statusOf(ctx, kCovenantId, CovenantStatus::Pending);
    note.covenant.note = "Tracker offline 3 days in March: driver informed";
    const auto r = evaluateCovenant(ctx, kAnalyst, note, kNow);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->audit[0].reason, note.covenant.note);
}

void TestWorkflowEdits::valuationByTheFilesAppraiser()
{
    WorkflowContext ctx = readyContext(LoanState::Appraisal);
    ctx.trucks[0].appraisedValue = Money();
    ctx.trucks[0].appraisedBy = 0;
    const auto r = evaluateValuation(ctx, kAppraiser, ValuationRequest{true, 11, yuan(1'800'000)}, kNow);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->fileId, kFileId);
    QCOMPARE(r->expectedVersion, kFileVersion);
    QVERIFY(r->truck);
    QCOMPARE(r->assetId, Id(11));
    QCOMPARE(r->value, yuan(1'800'000));
    QCOMPARE(r->appraisedBy, kAppraiser.userId);
    QCOMPARE(r->audit.size(), std::size_t(1));
    QCOMPARE(r->audit[0].subject, std::string("truck:11:appraised_value"));
    QCOMPARE(r->audit[0].before, std::string());
    QCOMPARE(r->audit[0].after, std::string("1800000.00"));

    const auto kiln = evaluateValuation(ctx, kAppraiser, ValuationRequest{false, 21, yuan(3'200'000)}, kNow);
    QVERIFY2(kiln.ok(), message(kiln));
    QCOMPARE(kiln->audit[0].subject, std::string("kiln:21:appraised_value"));
    QCOMPARE(kiln->audit[0].before, std::string("3500000.00"));

    for (const Actor& other : {kOtherAppraiser, kManager, kAnalyst})
        EXPECT_REFUSED(evaluateValuation(ctx, other, ValuationRequest{true, 11, yuan(1'800'000)}, kNow),
                       ErrorCode::Forbidden, "Only the file's appraiser (王强)");
}

void TestWorkflowEdits::valuationOnlyDuringAppraisal()
{
    for (LoanState state : allValues<LoanState>()) {
        const auto r = evaluateValuation(readyContext(state), kAppraiser,
                                         ValuationRequest{true, 11, yuan(1'000'000)}, kNow);
        QCOMPARE(r.ok(), state == LoanState::Appraisal);
        if (!r.ok())
            QCOMPARE(r.error().code, int(ErrorCode::Forbidden));
    }
}

void TestWorkflowEdits::valuationBounds_data()
{
    QTest::addColumn<bool>("truck");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<bool>("valid");
    // Truck bought for ¥2,000,000, kiln for ¥3,000,000: at most ten times that.
    QTest::newRow("truck 1 fen") << true << qint64(1) << true;
    QTest::newRow("truck 10x") << true << qint64(yuan(20'000'000).fen()) << true;
    QTest::newRow("truck 10x + 1 fen") << true << qint64(yuan(20'000'000).fen() + 1) << false;
    QTest::newRow("kiln 10x") << false << qint64(yuan(30'000'000).fen()) << true;
    QTest::newRow("kiln 10x + 1 fen") << false << qint64(yuan(30'000'000).fen() + 1) << false;
    QTest::newRow("zero") << true << qint64(0) << false;
    QTest::newRow("negative") << false << qint64(-100) << false;
}

void TestWorkflowEdits::valuationBounds()
{
    QFETCH(bool, truck);
    QFETCH(qint64, fen);
    QFETCH(bool, valid);
    const auto r =
        evaluateValuation(readyContext(LoanState::Appraisal), kAppraiser,
                          ValuationRequest{truck, truck ? Id(11) : Id(21), Money::fromFen(fen)}, kNow);
    QVERIFY2(r.ok() == valid, message(r));
    if (!valid) {
        QCOMPARE(r.error().code, int(ErrorCode::InvalidInput));
        QVERIFY2(contains(r.error().message, fen > 0 ? "10 times its purchase price" : "more than ¥0"),
                 message(r));
        QVERIFY2(contains(r.error().message, truck ? "truck 粤E12345" : "kiln #21"), message(r));
    }
}

void TestWorkflowEdits::valuationOfAnAssetNotPledged()
{
    const WorkflowContext ctx = readyContext(LoanState::Appraisal);
    EXPECT_REFUSED(evaluateValuation(ctx, kAppraiser, ValuationRequest{true, 21, yuan(1)}, kNow),
                   ErrorCode::NotFound, "no pledged truck #21");
    EXPECT_REFUSED(evaluateValuation(ctx, kAppraiser, ValuationRequest{false, 11, yuan(1)}, kNow),
                   ErrorCode::NotFound, "no pledged kiln #11");
}

QTEST_APPLESS_MAIN(TestWorkflowEdits)
#include "tst_workflow_edits.moc"
