// Tests for the loan-file state machine: every (state, role, action) against a table written here,
// maker-checker, delegated authority at its limits, the LTV exception, the document and memo gate on
// submission, the conditions-precedent gate on disbursement, and written reasons.
#include "tst_workflow_fixture.h"

#include "core/document_requirements.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <set>

using namespace saggar;
using namespace saggar::test;

Q_DECLARE_METATYPE(saggar::LoanState)
Q_DECLARE_METATYPE(saggar::Role)
Q_DECLARE_METATYPE(saggar::WorkflowAction)
Q_DECLARE_METATYPE(saggar::RiskGrade)
Q_DECLARE_METATYPE(saggar::DocumentKind)
Q_DECLARE_METATYPE(saggar::Product)
Q_DECLARE_METATYPE(saggar::MemoSection)

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void everyActionHasOneRule();
    void matrix_data();
    void matrix();
    void offeredActionsFollowTheTable();
    void auditEntriesAreUnchained();

    void preparerManagerCannotApprove();
    void memoAuthorCannotApprove();
    void valuerCannotApprove();
    void committeeNeedsTwoDistinctManagers();
    void approvalsOfAnEarlierRoundDoNotCount();
    void authorityLimits_data();
    void authorityLimits();
    void beyondAuthorityIsForbidden();
    void ltvAboveLimitNeedsJustification();
    void ltvAtLimitNeedsNone();

    void requiredDocuments_data();
    void requiredDocuments();
    void submitNamesEachMissingDocument_data();
    void submitNamesEachMissingDocument();
    void submitNamesSeveralMissingDocuments();
    void waivedAndVerifiedDocumentsCount();
    void submitNeedsMemo_data();
    void submitNeedsMemo();
    void submitNeedsCollateral();
    void onlyThePreparerOrAManagerSubmits();

    void startAppraisalAssignsTheAppraiser();
    void completeAppraisalNeedsEveryValue();
    void onlyTheFilesAppraiserCompletes();
    void gradeDecides_data();
    void gradeDecides();
    void assessRiskNeedsGradeAndRationale();
    void reasonsRequired_data();
    void reasonsRequired();
    void overrideDeclineIsAnException();
    void reworkStartsANewRound();
    void conditionsPrecedentGateDisbursement_data();
    void conditionsPrecedentGateDisbursement();
    void collateralAndLtv();
};

namespace {

using A = WorkflowAction;
using S = LoanState;

// The workflow as the issue states it, written independently of workflowRules(): who may take each action
// from which states, and where it leads for the ready file (grade B, ¥3M: one approver).
struct Expected
{
    WorkflowAction action;
    std::set<LoanState> from;
    std::set<Role> roles;
    LoanState to;
};
const std::vector<Expected> kExpected{
    {A::Submit, {S::Draft}, {Role::Analyst, Role::Manager}, S::Submitted},
    {A::StartAppraisal, {S::Submitted}, {Role::Appraiser}, S::Appraisal},
    {A::CompleteAppraisal, {S::Appraisal}, {Role::Appraiser}, S::RiskAssessment},
    {A::AssessRisk, {S::RiskAssessment}, {Role::Analyst, Role::Manager}, S::AutoApproved},
    {A::Approve, {S::AutoApproved, S::ManualReview}, {Role::Manager}, S::Approved},
    {A::Reject, {S::AutoApproved, S::ManualReview}, {Role::Manager}, S::Rejected},
    {A::OverrideDecline, {S::Declined}, {Role::Manager}, S::ManualReview},
    {A::ReturnForRework,
     {S::Submitted, S::Appraisal, S::RiskAssessment, S::AutoApproved, S::ManualReview},
     {Role::Manager},
     S::Draft},
    {A::Disburse, {S::Approved}, {Role::Manager}, S::Disbursed},
    {A::StartMonitoring, {S::Disbursed}, {Role::Analyst, Role::Manager}, S::Monitoring},
    {A::Repay, {S::Monitoring}, {Role::Analyst, Role::Manager}, S::Repaid},
    {A::DeclareDefault, {S::Monitoring}, {Role::Manager}, S::Default},
    {A::StartDisposal, {S::Default}, {Role::Manager}, S::Disposal},
    {A::Close, {S::Repaid, S::Disposal, S::Declined, S::Rejected}, {Role::Manager}, S::Closed},
};

bool expectedAllowed(LoanState state, Role role, WorkflowAction action)
{
    // Appraisers send back only what they are appraising.
    if (action == A::ReturnForRework && role == Role::Appraiser)
        return state == S::Submitted || state == S::Appraisal;
    for (const Expected& e : kExpected)
        if (e.action == action)
            return e.from.count(state) && e.roles.count(role);
    return false;
}

LoanState expectedTarget(WorkflowAction action)
{
    for (const Expected& e : kExpected)
        if (e.action == action)
            return e.to;
    return S::Draft;
}

const Actor& actorFor(Role role)
{
    return role == Role::Analyst ? kAnalyst : role == Role::Appraiser ? kAppraiser : kManager;
}

Result<WorkflowChange> act(const WorkflowContext& ctx, const Actor& actor, WorkflowAction action)
{
    return evaluateAction(ctx, actor, requestFor(action), kNow);
}

const AuditEntry* findAudit(const WorkflowChange& c, AuditKind kind)
{
    for (const AuditEntry& e : c.audit)
        if (e.kind == kind)
            return &e;
    return nullptr;
}

// The approval file with the collateral appraised at `collateral` (split over truck and kiln).
WorkflowContext approvalContext(Money amount, RiskGrade grade, Money collateral)
{
    WorkflowContext ctx = readyContext(S::ManualReview);
    ctx.file.amount = amount;
    ctx.risk->grade = grade;
    ctx.trucks[0].appraisedValue = Money::fromFen(collateral.fen() / 2);
    ctx.kilns[0].appraisedValue = collateral - ctx.trucks[0].appraisedValue;
    return ctx;
}

} // namespace

void TestWorkflow::everyActionHasOneRule()
{
    QCOMPARE(workflowRules().size(), allValues<WorkflowAction>().size());
    for (WorkflowAction a : allValues<WorkflowAction>()) {
        QCOMPARE(workflowRule(a).action, a);
        QCOMPARE(std::count_if(workflowRules().begin(), workflowRules().end(),
                               [a](const WorkflowRule& r) { return r.action == a; }),
                 1);
    }
    for (A a : {A::Reject, A::OverrideDecline, A::ReturnForRework, A::DeclareDefault})
        QVERIFY(workflowRule(a).needsReason);
    for (A a : {A::Submit, A::Approve, A::Disburse, A::Close})
        QVERIFY(!workflowRule(a).needsReason);
}

void TestWorkflow::matrix_data()
{
    QTest::addColumn<LoanState>("state");
    QTest::addColumn<Role>("role");
    QTest::addColumn<WorkflowAction>("action");
    QTest::addColumn<bool>("allowed");

    QCOMPARE(allValues<LoanState>().size(), std::size_t(15));
    QCOMPARE(allValues<Role>().size(), std::size_t(3));
    QCOMPARE(allValues<WorkflowAction>().size(), std::size_t(14));
    int allowedRows = 0;
    for (LoanState state : allValues<LoanState>())
        for (Role role : allValues<Role>())
            for (WorkflowAction action : allValues<WorkflowAction>()) {
                const bool allowed = expectedAllowed(state, role, action);
                allowedRows += allowed;
                const std::string row =
                    std::string(key(state)) + "/" + std::string(key(role)) + "/" + std::string(key(action));
                QTest::newRow(row.c_str()) << state << role << action << allowed;
            }
    QCOMPARE(allowedRows, 29); // the table above, counted by hand
}

void TestWorkflow::matrix()
{
    QFETCH(LoanState, state);
    QFETCH(Role, role);
    QFETCH(WorkflowAction, action);
    QFETCH(bool, allowed);

    const WorkflowContext ctx = readyContext(state);
    const Actor& actor = actorFor(role);
    QCOMPARE(actionOffered(ctx, actor, action), allowed);
    const Result<WorkflowChange> r = act(ctx, actor, action);
    QVERIFY2(r.ok() == allowed, message(r));
    if (!allowed) {
        QCOMPARE(r.error().code, int(ErrorCode::Forbidden));
        QVERIFY(r.error().message.size() > 20);
        return;
    }
    const WorkflowChange& c = *r;
    QCOMPARE(c.fileId, kFileId);
    QCOMPARE(c.expectedVersion, kFileVersion);
    QCOMPARE(c.from, state);
    QCOMPARE(c.to, expectedTarget(action));
    const AuditEntry* moved = nullptr;
    for (const AuditEntry& e : c.audit)
        if (e.kind == AuditKind::State)
            moved = &e;
    QVERIFY(moved);
    QCOMPARE(moved->subject, std::string("state"));
    QCOMPARE(moved->before, std::string(key(state)));
    QCOMPARE(moved->after, std::string(key(c.to)));
    QCOMPARE(c.startNewRound, action == A::ReturnForRework);
}

void TestWorkflow::offeredActionsFollowTheTable()
{
    for (LoanState state : allValues<LoanState>())
        for (Role role : allValues<Role>()) {
            std::vector<WorkflowAction> expected;
            for (WorkflowAction a : allValues<WorkflowAction>())
                if (expectedAllowed(state, role, a))
                    expected.push_back(a);
            const auto offered = offeredActions(readyContext(state), actorFor(role));
            QVERIFY2(offered == expected, (std::string(key(state)) + "/" + std::string(key(role))).c_str());
        }
}

void TestWorkflow::auditEntriesAreUnchained()
{
    const auto r = act(readyContext(S::ManualReview), kManager, A::Approve);
    QVERIFY2(r.ok(), message(r));
    QVERIFY(r->audit.size() >= 2);
    for (const AuditEntry& e : r->audit) {
        QCOMPARE(e.loanFileId, kFileId);
        QCOMPARE(e.actorId, kManager.userId);
        QCOMPARE(e.actorRole, Role::Manager);
        QCOMPARE(e.atMs, kNow);
        QCOMPARE(e.seq, std::int64_t(0));
        QVERIFY(e.prevHashHex.empty() && e.hashHex.empty());
    }
}

void TestWorkflow::preparerManagerCannotApprove()
{
    WorkflowContext ctx = readyContext(S::ManualReview);
    ctx.file.analystId = kManager.userId; // a manager prepared it
    QVERIFY(!actionOffered(ctx, kManager, A::Approve));
    EXPECT_REFUSED(act(ctx, kManager, A::Approve), ErrorCode::Forbidden, "You prepared this file");
    // The same manager may still submit their own draft, and another manager approves it.
    ctx.file.state = S::Draft;
    QVERIFY(act(ctx, kManager, A::Submit).ok());
    ctx.file.state = S::ManualReview;
    QVERIFY(act(ctx, kManager2, A::Approve).ok());
}

void TestWorkflow::memoAuthorCannotApprove()
{
    WorkflowContext ctx = readyContext(S::AutoApproved);
    ctx.memo->authorId = kManager.userId;
    EXPECT_REFUSED(act(ctx, kManager, A::Approve), ErrorCode::Forbidden, "credit memo");
    QVERIFY(act(ctx, kManager2, A::Approve).ok());
}

void TestWorkflow::valuerCannotApprove()
{
    WorkflowContext ctx = readyContext(S::ManualReview);
    ctx.kilns[0].appraisedBy = kManager.userId;
    EXPECT_REFUSED(act(ctx, kManager, A::Approve), ErrorCode::Forbidden, "kiln #21");
    ctx = readyContext(S::ManualReview);
    ctx.trucks[0].appraisedBy = kManager.userId;
    EXPECT_REFUSED(act(ctx, kManager, A::Approve), ErrorCode::Forbidden, "truck 粤E12345");
    QVERIFY(!actionOffered(ctx, kManager, A::Approve));
    QVERIFY(actionOffered(ctx, kManager2, A::Approve));
}

void TestWorkflow::committeeNeedsTwoDistinctManagers()
{
    WorkflowContext ctx = approvalContext(yuan(6'000'000), RiskGrade::B, yuan(10'000'000));
    const auto first = act(ctx, kManager, A::Approve);
    QVERIFY2(first.ok(), message(first));
    QCOMPARE(first->to, S::ManualReview); // waits for the second approver
    QVERIFY(!first->freezeMemoVersion);
    QVERIFY(!first->assignManager);
    QVERIFY(first->approval);
    QCOMPARE(first->approval->approverId, kManager.userId);
    QCOMPARE(first->approval->round, 1);
    QCOMPARE(first->approval->memoVersion, std::int64_t(3));
    const AuditEntry* approval = findAudit(*first, AuditKind::Approval);
    QVERIFY(approval);
    QCOMPARE(approval->after, std::string("1 of 2 approvals"));
    QVERIFY(!findAudit(*first, AuditKind::State));

    ctx.approvals.push_back(*first->approval);
    QVERIFY(!actionOffered(ctx, kManager, A::Approve));
    EXPECT_REFUSED(act(ctx, kManager, A::Approve), ErrorCode::Forbidden, "already approved");

    const auto second = act(ctx, kManager2, A::Approve);
    QVERIFY2(second.ok(), message(second));
    QCOMPARE(second->to, S::Approved);
    QCOMPARE(second->freezeMemoVersion.value_or(0), std::int64_t(3));
    QCOMPARE(second->assignManager.value_or(0), kManager2.userId);
    QCOMPARE(findAudit(*second, AuditKind::Approval)->after, std::string("2 of 2 approvals"));
    QVERIFY(findAudit(*second, AuditKind::State));
}

void TestWorkflow::approvalsOfAnEarlierRoundDoNotCount()
{
    WorkflowContext ctx = approvalContext(yuan(6'000'000), RiskGrade::B, yuan(10'000'000));
    ctx.round = 2;
    ctx.approvals.push_back(Approval{1, kFileId, 1, kManager.userId, "", 2, kNow - 100'000});
    const auto r = act(ctx, kManager, A::Approve);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->to, S::ManualReview);
    QCOMPARE(r->approval->round, 2);
    QCOMPARE(findAudit(*r, AuditKind::Approval)->after, std::string("1 of 2 approvals"));
}

void TestWorkflow::authorityLimits_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<RiskGrade>("grade");
    QTest::addColumn<bool>("oneApproverSuffices");

    const qint64 limit = yuan(5'000'000).fen();
    QTest::newRow("¥5M at A") << limit << RiskGrade::A << true;
    QTest::newRow("¥5M at B") << limit << RiskGrade::B << true;
    QTest::newRow("¥5M at C") << limit << RiskGrade::C << false;
    QTest::newRow("¥5M + 1 fen at A") << limit + 1 << RiskGrade::A << false;
    QTest::newRow("¥5M + 1 fen at B") << limit + 1 << RiskGrade::B << false;
    QTest::newRow("¥100k at D") << qint64(yuan(100'000).fen()) << RiskGrade::D << false;
    QTest::newRow("¥100k at B") << qint64(yuan(100'000).fen()) << RiskGrade::B << true;
}

void TestWorkflow::authorityLimits()
{
    QFETCH(qint64, fen);
    QFETCH(RiskGrade, grade);
    QFETCH(bool, oneApproverSuffices);
    const WorkflowContext ctx = approvalContext(Money::fromFen(fen), grade, yuan(20'000'000));
    const auto r = act(ctx, kManager, A::Approve);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->to, oneApproverSuffices ? S::Approved : S::ManualReview);
    QCOMPARE(findAudit(*r, AuditKind::Approval)->after,
             std::string(oneApproverSuffices ? "1 of 1 approvals" : "1 of 2 approvals"));
}

void TestWorkflow::beyondAuthorityIsForbidden()
{
    WorkflowContext ctx = approvalContext(yuan(2'000'000), RiskGrade::D, yuan(20'000'000));
    ctx.authority = AuthorityTable{{{yuan(1'000'000), RiskGrade::E, 1}, {yuan(10'000'000), RiskGrade::C, 2}}};
    EXPECT_REFUSED(act(ctx, kManager, A::Approve), ErrorCode::Forbidden, "Beyond delegated authority");
    ctx.risk->grade = RiskGrade::C;
    QVERIFY(act(ctx, kManager, A::Approve).ok());
}

void TestWorkflow::ltvAboveLimitNeedsJustification()
{
    // ¥3M against ¥4M of collateral: 75 % > 70 %.
    const WorkflowContext ctx = approvalContext(yuan(3'000'000), RiskGrade::B, yuan(4'000'000));
    WorkflowRequest request = requestFor(A::Approve);
    request.reason = "ok";
    const auto refused = evaluateAction(ctx, kManager, request, kNow);
    EXPECT_REFUSED(refused, ErrorCode::InvalidInput, "75.0 %");
    QVERIFY(contains(refused.error().message, "policy exception"));

    request.reason = "Owner guarantees personally; export contract signed";
    const auto r = evaluateAction(ctx, kManager, request, kNow);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->to, S::Approved);
    QCOMPARE(r->exceptions.size(), std::size_t(1));
    const PolicyException& e = r->exceptions.front();
    QCOMPARE(e.kind, ExceptionKind::LtvAboveLimit);
    QCOMPARE(e.justification, request.reason);
    QCOMPARE(e.grantedBy, kManager.userId);
    QCOMPARE(e.loanFileId, kFileId);
    QVERIFY2(contains(e.subject, "75.0 %"), e.subject.c_str());
    const AuditEntry* recorded = findAudit(*r, AuditKind::Exception);
    QVERIFY(recorded);
    QCOMPARE(recorded->subject, std::string("exception:ltv_above_limit"));
    QCOMPARE(recorded->reason, request.reason);

    WorkflowContext stricter = approvalContext(yuan(3'000'000), RiskGrade::B, yuan(6'000'000));
    stricter.ltvLimitPct = 40.0; // 50 % is above a 40 % limit
    EXPECT_REFUSED(evaluateAction(stricter, kManager, WorkflowRequest{A::Approve, "", {}, {}}, kNow),
                   ErrorCode::InvalidInput, "above the 40.0 % limit");
}

void TestWorkflow::ltvAtLimitNeedsNone()
{
    // ¥7M against ¥10M: exactly 70 %.
    const WorkflowContext ctx = approvalContext(yuan(7'000'000), RiskGrade::A, yuan(10'000'000));
    const auto r = evaluateAction(ctx, kManager, WorkflowRequest{A::Approve, "", {}, {}}, kNow);
    QVERIFY2(r.ok(), message(r));
    QVERIFY(r->exceptions.empty());
    QVERIFY(!findAudit(*r, AuditKind::Exception));
}

void TestWorkflow::requiredDocuments_data()
{
    QTest::addColumn<Product>("product");
    QTest::addColumn<bool>("vehicles");
    QTest::addColumn<bool>("kilns");
    QTest::newRow("fleet purchase") << Product::FleetPurchase << true << false;
    QTest::newRow("kiln upgrade") << Product::KilnUpgrade << false << true;
    QTest::newRow("equipment mortgage") << Product::EquipmentMortgage << true << true;
    QTest::newRow("working capital") << Product::WorkingCapital << true << true;
}

void TestWorkflow::requiredDocuments()
{
    QFETCH(Product, product);
    QFETCH(bool, vehicles);
    QFETCH(bool, kilns);
    const std::vector<DocumentKind> kinds = saggar::requiredDocuments(product);
    const std::set<DocumentKind> set(kinds.begin(), kinds.end());
    QCOMPARE(set.size(), kinds.size()); // no duplicates
    for (DocumentKind always :
         {DocumentKind::BusinessLicence, DocumentKind::FinancialStatements, DocumentKind::BankStatements,
          DocumentKind::InsurancePolicy, DocumentKind::PlantLeaseOrLandCertificate})
        QVERIFY(set.count(always));
    QCOMPARE(bool(set.count(DocumentKind::VehicleRegistration)), vehicles);
    QCOMPARE(bool(set.count(DocumentKind::DrivingLicence)), vehicles);
    QCOMPARE(bool(set.count(DocumentKind::PurchaseInvoice)), kilns);
    QCOMPARE(bool(set.count(DocumentKind::KilnAcceptance)), kilns);
    QCOMPARE(kinds.size(), std::size_t(5 + (vehicles ? 2 : 0) + (kilns ? 2 : 0)));
}

void TestWorkflow::submitNamesEachMissingDocument_data()
{
    QTest::addColumn<DocumentKind>("kind");
    QTest::addColumn<bool>("absent"); // not in the context at all, rather than Missing
    QTest::addColumn<QString>("named");
    for (bool absent : {false, true})
        for (DocumentKind kind : allValues<DocumentKind>()) {
            QString words = QString::fromUtf8(key(kind).data(), qsizetype(key(kind).size()));
            words.replace('_', ' ');
            const std::string row = std::string(key(kind)) + (absent ? " absent" : " missing");
            QTest::newRow(row.c_str()) << kind << absent << words;
        }
}

void TestWorkflow::submitNamesEachMissingDocument()
{
    QFETCH(DocumentKind, kind);
    QFETCH(bool, absent);
    QFETCH(QString, named);
    WorkflowContext ctx = readyContext(S::Draft);
    if (absent)
        std::erase_if(ctx.documents, [kind](const Document& d) { return d.kind == kind; });
    else
        documentOf(ctx, kind).status = DocumentStatus::Missing;
    QCOMPARE(missingDocuments(ctx), std::vector<DocumentKind>{kind});
    EXPECT_REFUSED(act(ctx, kAnalyst, A::Submit), ErrorCode::Conflict,
                   "Submission is blocked: missing " + named.toStdString());
}

void TestWorkflow::submitNamesSeveralMissingDocuments()
{
    WorkflowContext ctx = readyContext(S::Draft);
    documentOf(ctx, DocumentKind::BusinessLicence).status = DocumentStatus::Missing;
    documentOf(ctx, DocumentKind::BankStatements).status = DocumentStatus::Missing;
    EXPECT_REFUSED(act(ctx, kAnalyst, A::Submit), ErrorCode::Conflict,
                   "Submission is blocked: missing business licence and bank statements.");
    // A product that needs no kiln papers is not blocked by them.
    ctx = readyContext(S::Draft);
    ctx.file.product = Product::FleetPurchase;
    documentOf(ctx, DocumentKind::KilnAcceptance).status = DocumentStatus::Missing;
    documentOf(ctx, DocumentKind::PurchaseInvoice).status = DocumentStatus::Missing;
    QVERIFY(missingDocuments(ctx).empty());
    QVERIFY(act(ctx, kAnalyst, A::Submit).ok());
}

void TestWorkflow::waivedAndVerifiedDocumentsCount()
{
    WorkflowContext ctx = readyContext(S::Draft);
    documentOf(ctx, DocumentKind::BusinessLicence).status = DocumentStatus::Waived;
    documentOf(ctx, DocumentKind::BankStatements).status = DocumentStatus::Verified;
    QVERIFY(missingDocuments(ctx).empty());
    const auto r = act(ctx, kAnalyst, A::Submit);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->to, S::Submitted);
}

void TestWorkflow::submitNeedsMemo_data()
{
    QTest::addColumn<MemoSection>("section");
    for (MemoSection s : allValues<MemoSection>())
        QTest::newRow(key(s).data()) << s;
}

void TestWorkflow::submitNeedsMemo()
{
    QFETCH(MemoSection, section);
    WorkflowContext ctx = readyContext(S::Draft);
    ctx.memo->section(section) = "   ";
    QString words = QString::fromUtf8(key(section).data(), qsizetype(key(section).size()));
    words.replace('_', ' ');
    EXPECT_REFUSED(act(ctx, kAnalyst, A::Submit), ErrorCode::Conflict,
                   "the credit memo has empty sections: " + words.toStdString());
    ctx.memo.reset();
    EXPECT_REFUSED(act(ctx, kAnalyst, A::Submit), ErrorCode::Conflict, "the credit memo is not written");
}

void TestWorkflow::submitNeedsCollateral()
{
    WorkflowContext ctx = readyContext(S::Draft);
    ctx.trucks.clear();
    QVERIFY(act(ctx, kAnalyst, A::Submit).ok()); // a kiln is enough
    ctx.kilns.clear();
    EXPECT_REFUSED(act(ctx, kAnalyst, A::Submit), ErrorCode::Conflict, "no truck or kiln is pledged");
}

void TestWorkflow::onlyThePreparerOrAManagerSubmits()
{
    const WorkflowContext ctx = readyContext(S::Draft);
    QVERIFY(!actionOffered(ctx, kOtherAnalyst, A::Submit));
    EXPECT_REFUSED(act(ctx, kOtherAnalyst, A::Submit), ErrorCode::Forbidden, "preparer (李娜)");
    QVERIFY(act(ctx, kManager2, A::Submit).ok());
}

void TestWorkflow::startAppraisalAssignsTheAppraiser()
{
    WorkflowContext ctx = readyContext(S::Submitted);
    ctx.file.appraiserId = 0;
    const auto r = act(ctx, kOtherAppraiser, A::StartAppraisal);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->assignAppraiser.value_or(0), kOtherAppraiser.userId);
    const AuditEntry* assigned = findAudit(*r, AuditKind::Assignment);
    QVERIFY(assigned);
    QCOMPARE(assigned->subject, std::string("appraiser"));
    QCOMPARE(assigned->before, std::string());
    QCOMPARE(assigned->after, std::to_string(kOtherAppraiser.userId));
}

void TestWorkflow::completeAppraisalNeedsEveryValue()
{
    WorkflowContext ctx = readyContext(S::Appraisal);
    ctx.trucks[0].appraisedValue = Money();
    EXPECT_REFUSED(act(ctx, kAppraiser, A::CompleteAppraisal), ErrorCode::Conflict,
                   "enter the appraised value of truck 粤E12345.");
    ctx.kilns[0].appraisedValue = Money();
    EXPECT_REFUSED(act(ctx, kAppraiser, A::CompleteAppraisal), ErrorCode::Conflict,
                   "truck 粤E12345 and kiln #21 (roller)");
}

void TestWorkflow::onlyTheFilesAppraiserCompletes()
{
    const WorkflowContext ctx = readyContext(S::Appraisal);
    QVERIFY(!actionOffered(ctx, kOtherAppraiser, A::CompleteAppraisal));
    EXPECT_REFUSED(act(ctx, kOtherAppraiser, A::CompleteAppraisal), ErrorCode::Forbidden,
                   "Only the file's appraiser (王强) can complete the appraisal");
}

void TestWorkflow::gradeDecides_data()
{
    QTest::addColumn<RiskGrade>("grade");
    QTest::addColumn<LoanState>("decision");
    QTest::newRow("A") << RiskGrade::A << S::AutoApproved;
    QTest::newRow("B") << RiskGrade::B << S::AutoApproved;
    QTest::newRow("C") << RiskGrade::C << S::ManualReview;
    QTest::newRow("D") << RiskGrade::D << S::ManualReview;
    QTest::newRow("E") << RiskGrade::E << S::Declined;
}

void TestWorkflow::gradeDecides()
{
    QFETCH(RiskGrade, grade);
    QFETCH(LoanState, decision);
    QCOMPARE(decisionForGrade(grade), decision);
    WorkflowContext ctx = readyContext(S::RiskAssessment);
    ctx.risk.reset();
    WorkflowRequest request = requestFor(A::AssessRisk);
    request.grade = grade;
    const auto r = evaluateAction(ctx, kManager, request, kNow);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->to, decision);
    QVERIFY(r->risk);
    QCOMPARE(r->risk->grade, grade);
    QCOMPARE(r->risk->rationale, kRationale);
    QCOMPARE(r->risk->assessedBy, kManager.userId);
    QCOMPARE(r->risk->atMs, kNow);
    const AuditEntry* field = findAudit(*r, AuditKind::Field);
    QVERIFY(field);
    QCOMPARE(field->subject, std::string("risk_grade"));
    QCOMPARE(field->after, std::string(key(grade)));
}

void TestWorkflow::assessRiskNeedsGradeAndRationale()
{
    const WorkflowContext ctx = readyContext(S::RiskAssessment);
    WorkflowRequest request = requestFor(A::AssessRisk);
    request.grade.reset();
    EXPECT_REFUSED(evaluateAction(ctx, kAnalyst, request, kNow), ErrorCode::InvalidInput, "risk grade");
    request.grade = RiskGrade::C;
    request.rationale = "fine";
    EXPECT_REFUSED(evaluateAction(ctx, kAnalyst, request, kNow), ErrorCode::InvalidInput, "at least 10");
}

void TestWorkflow::reasonsRequired_data()
{
    QTest::addColumn<WorkflowAction>("action");
    QTest::addColumn<LoanState>("state");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("accepted");

    const std::vector<std::pair<WorkflowAction, LoanState>> needReason{{A::Reject, S::ManualReview},
                                                                       {A::OverrideDecline, S::Declined},
                                                                       {A::ReturnForRework, S::Appraisal},
                                                                       {A::DeclareDefault, S::Monitoring}};
    const std::vector<std::pair<const char*, QString>> reasons{
        {"empty", ""},
        {"short", "too short"},
        {"spaces", "            "},
        {"padded short", "   nine ch   "},
        {"nine Chinese characters", QStringLiteral("还款来源不足无法批")},
        {"ten Chinese characters", QStringLiteral("还款来源不足无法批准")},
        {"ten ASCII characters", "0123456789"},
    };
    for (const auto& [action, state] : needReason)
        for (const auto& [name, reason] : reasons) {
            const std::string row = std::string(key(action)) + ": " + name;
            QTest::newRow(row.c_str())
                << action << state << reason << (reason.trimmed().size() >= kMinReasonChars);
        }
}

void TestWorkflow::reasonsRequired()
{
    QFETCH(WorkflowAction, action);
    QFETCH(LoanState, state);
    QFETCH(QString, reason);
    QFETCH(bool, accepted);
    WorkflowRequest request = requestFor(action);
    request.reason = reason.toStdString();
    const auto r = evaluateAction(readyContext(state), kManager, request, kNow);
    QVERIFY2(r.ok() == accepted, message(r));
    if (!accepted) {
        QCOMPARE(r.error().code, int(ErrorCode::InvalidInput));
        QVERIFY2(contains(r.error().message, "at least 10 characters"), message(r));
    } else {
        const AuditEntry* moved = findAudit(*r, AuditKind::State);
        QVERIFY(moved);
        QCOMPARE(moved->reason, request.reason);
    }
}

void TestWorkflow::overrideDeclineIsAnException()
{
    WorkflowContext ctx = readyContext(S::Declined);
    ctx.risk->grade = RiskGrade::E;
    const auto r = act(ctx, kManager, A::OverrideDecline);
    QVERIFY2(r.ok(), message(r));
    QCOMPARE(r->to, S::ManualReview);
    QCOMPARE(r->exceptions.size(), std::size_t(1));
    QCOMPARE(r->exceptions[0].kind, ExceptionKind::DeclineOverridden);
    QCOMPARE(r->exceptions[0].justification, kReason);
    QCOMPARE(r->exceptions[0].grantedBy, kManager.userId);
    QVERIFY(findAudit(*r, AuditKind::Exception));
}

void TestWorkflow::reworkStartsANewRound()
{
    for (LoanState from : {S::Submitted, S::Appraisal, S::RiskAssessment, S::AutoApproved, S::ManualReview}) {
        const auto r = act(readyContext(from), kManager, A::ReturnForRework);
        QVERIFY2(r.ok(), message(r));
        QCOMPARE(r->to, S::Draft);
        QVERIFY(r->startNewRound);
        QCOMPARE(findAudit(*r, AuditKind::State)->reason, kReason);
    }
    EXPECT_REFUSED(act(readyContext(S::RiskAssessment), kAppraiser, A::ReturnForRework), ErrorCode::Forbidden,
                   "only a manager");
}

void TestWorkflow::conditionsPrecedentGateDisbursement_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("pending") << int(CovenantStatus::Pending) << false;
    QTest::newRow("breached") << int(CovenantStatus::Breached) << false;
    QTest::newRow("met") << int(CovenantStatus::Met) << true;
    QTest::newRow("waived") << int(CovenantStatus::Waived) << true;
}

void TestWorkflow::conditionsPrecedentGateDisbursement()
{
    QFETCH(int, status);
    QFETCH(bool, allowed);
    WorkflowContext ctx = readyContext(S::Approved);
    ctx.covenants.push_back(Covenant{3, kFileId, CovenantKind::ConditionPrecedent, CovenantMetric::Custom,
                                     "GPS tracker fitted", 0.0, CovenantStatus(status), "", 0});
    ctx.covenants.push_back(Covenant{4, kFileId, CovenantKind::ConditionPrecedent, CovenantMetric::Custom,
                                     "Mortgage registered", 0.0, CovenantStatus(status), "", 0});
    const auto r = act(ctx, kManager, A::Disburse);
    QVERIFY2(r.ok() == allowed, message(r));
    if (!allowed) {
        QCOMPARE(r.error().code, int(ErrorCode::Conflict));
        QVERIFY2(contains(r.error().message, "\"GPS tracker fitted\""), message(r));
        QVERIFY2(contains(r.error().message, "\"Mortgage registered\""), message(r));
        QVERIFY2(!contains(r.error().message, "Insurance assigned"), message(r)); // that one is met
        QVERIFY2(!contains(r.error().message, "Tracker online"), message(r));     // a covenant, not a CP
    } else {
        QCOMPARE(r->to, S::Disbursed);
    }
}

void TestWorkflow::collateralAndLtv()
{
    WorkflowContext ctx = readyContext(S::ManualReview);
    QCOMPARE(appraisedCollateral(ctx), yuan(6'000'000));
    QCOMPARE(loanToValuePct(ctx).value_or(-1), 50.0);
    ctx.kilns[0].appraisedValue = Money();
    QCOMPARE(appraisedCollateral(ctx), Money());
    QVERIFY(!loanToValuePct(ctx));
    EXPECT_REFUSED(act(ctx, kManager, A::Approve), ErrorCode::Conflict, "no appraised value");
    ctx.kilns.clear();
    ctx.trucks.clear();
    QVERIFY(!loanToValuePct(ctx));
}

QTEST_APPLESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
