// evaluateAction: the preconditions of each move of a loan file and the change it records (state, people,
// risk, approvals, policy exceptions, audit entries). Who may act at all is workflow_rules.cpp's.
#include "workflow.h"

#include "document_requirements.h"
#include "phrase.h"
#include "workflow_support.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace saggar {
namespace {

using detail::auditEntry;

// "82.5 %", independent of the C locale the application may have set.
std::string percentText(double pct)
{
    std::array<char, 64> buf{};
    const auto [end, ec] =
        std::to_chars(buf.data(), buf.data() + buf.size(), pct, std::chars_format::fixed, 1);
    return ec == std::errc() ? std::string(buf.data(), end) + " %" : std::string("? %");
}

// Everything that evaluateAction needs while it builds one change.
struct Move
{
    const WorkflowContext& ctx;
    const Actor& actor;
    const WorkflowRequest& request;
    TimestampMs nowMs;
    WorkflowChange change;

    void record(AuditKind kind, std::string subject, std::string before, std::string after,
                std::string reason)
    {
        change.audit.push_back(auditEntry(ctx, actor, nowMs, kind, std::move(subject), std::move(before),
                                          std::move(after), std::move(reason)));
    }
    void addException(ExceptionKind kind, std::string subject)
    {
        change.exceptions.push_back(
            detail::policyException(ctx, actor, nowMs, kind, std::move(subject), request.reason));
        change.audit.push_back(detail::exceptionEntry(ctx, actor, change.exceptions.back()));
    }
};

std::vector<Phrase> emptyMemoSections(const CreditMemo& memo)
{
    std::vector<Phrase> empty;
    for (MemoSection s : allValues<MemoSection>())
        if (static_cast<std::size_t>(s) >= memo.sections.size() || detail::reasonLength(memo.section(s)) == 0)
            empty.push_back(phrase::of(s));
    return empty;
}

Result<void> checkSubmit(const WorkflowContext& ctx)
{
    std::vector<Phrase> problems;
    std::vector<Phrase> missing;
    for (DocumentKind kind : missingDocuments(ctx))
        missing.push_back(phrase::of(kind));
    if (!missing.empty())
        problems.push_back(phrase::sentence(Sentence::MissingDocuments, {phrase::all(std::move(missing))}));
    if (!ctx.memo)
        problems.push_back(phrase::sentence(Sentence::MemoNotWritten));
    else if (auto empty = emptyMemoSections(*ctx.memo); !empty.empty())
        problems.push_back(phrase::sentence(Sentence::MemoEmptySections, {phrase::all(std::move(empty))}));
    if (ctx.trucks.empty() && ctx.kilns.empty())
        problems.push_back(phrase::sentence(Sentence::NothingPledged));
    if (problems.empty())
        return {};
    return refusal(ErrorCode::Conflict, Sentence::SubmissionBlocked, {phrase::each(std::move(problems))});
}

Result<void> checkAppraisalComplete(const WorkflowContext& ctx)
{
    if (ctx.trucks.empty() && ctx.kilns.empty())
        return refusal(ErrorCode::Conflict, Sentence::NothingToAppraise);
    std::vector<Phrase> unvalued;
    for (const Truck& t : ctx.trucks)
        if (t.appraisedValue <= Money())
            unvalued.push_back(phrase::of(t));
    for (const Kiln& k : ctx.kilns)
        if (k.appraisedValue <= Money())
            unvalued.push_back(phrase::of(k));
    if (unvalued.empty())
        return {};
    return refusal(ErrorCode::Conflict, Sentence::AppraisalIncomplete, {phrase::all(std::move(unvalued))});
}

Result<void> checkConditionsPrecedent(const WorkflowContext& ctx)
{
    std::vector<Phrase> open;
    for (const Covenant& c : ctx.covenants)
        if (c.kind == CovenantKind::ConditionPrecedent && c.status != CovenantStatus::Met &&
            c.status != CovenantStatus::Waived)
            open.push_back(phrase::sentence(Sentence::QuotedWithStatus,
                                            {phrase::text(c.description), phrase::of(c.status)}));
    if (open.empty())
        return {};
    return refusal(ErrorCode::Conflict, Sentence::ConditionsPrecedentOpen, {phrase::all(std::move(open))});
}

Result<void> assessRisk(Move& m)
{
    const std::optional<risk::StoredScore>& score = m.request.score;
    const std::optional<RiskGrade> chosen = score ? std::optional<RiskGrade>(score->grade) : m.request.grade;
    const std::string rationale =
        score && m.request.rationale.empty() ? risk::rationaleOf(*score) : m.request.rationale;
    if (!chosen)
        return refusal(ErrorCode::InvalidInput, Sentence::ChooseRiskGrade);
    if (!detail::reasonIsEnough(rationale))
        return refusal(ErrorCode::InvalidInput, Sentence::ExplainRiskGrade, {phrase::count(kMinReasonChars)});
    const RiskGrade grade = *chosen;
    m.change.risk = RiskAssessment{grade, rationale, m.actor.userId, m.nowMs};
    // A scored file goes where its route says (policy rules included); gradeFor() keeps the two equal.
    m.change.to = score ? risk::stateFor(score->route) : decisionForGrade(grade);
    m.change.score = score;
    m.record(AuditKind::Field, "risk_grade", m.ctx.risk ? std::string(key(m.ctx.risk->grade)) : "",
             std::string(key(grade)), rationale);
    return {};
}

Result<void> approve(Move& m)
{
    const WorkflowContext& ctx = m.ctx;
    if (!ctx.risk)
        return refusal(ErrorCode::Conflict, Sentence::NoRiskAssessment);
    if (!ctx.memo)
        return refusal(ErrorCode::Conflict, Sentence::NoMemoToApprove);
    const Result<int> required = ctx.authority.approversRequired(ctx.file.amount, ctx.risk->grade);
    if (!required)
        return required.error();
    const std::optional<double> ltv = loanToValuePct(ctx);
    if (!ltv)
        return refusal(ErrorCode::Conflict, Sentence::LtvUnknown);
    if (*ltv > ctx.ltvLimitPct) {
        const std::string figure =
            "loan-to-value " + percentText(*ltv) + " above the " + percentText(ctx.ltvLimitPct) + " limit";
        if (!detail::reasonIsEnough(m.request.reason))
            return refusal(
                ErrorCode::InvalidInput, Sentence::LtvNeedsJustification,
                {phrase::percent(*ltv), phrase::percent(ctx.ltvLimitPct), phrase::count(kMinReasonChars)});
        m.addException(ExceptionKind::LtvAboveLimit, figure);
    }

    const auto given = std::count_if(ctx.approvals.begin(), ctx.approvals.end(),
                                     [&](const Approval& a) { return a.round == ctx.round; });
    const int before = static_cast<int>(given);
    const int after = before + 1;
    const std::int64_t memoVersion = ctx.memo->version;
    m.change.approval =
        Approval{0, ctx.file.id, ctx.round, m.actor.userId, m.request.reason, memoVersion, m.nowMs};
    const auto count = [&](int n) {
        return std::to_string(n) + " of " + std::to_string(*required) + " approvals";
    };
    m.record(AuditKind::Approval, "approval", count(before), count(after), m.request.reason);
    if (after < *required)
        return {}; // the state waits for the committee's other member(s)
    m.change.to = LoanState::Approved;
    m.change.freezeMemoVersion = memoVersion;
    m.change.assignManager = m.actor.userId;
    m.record(AuditKind::Memo, "memo", "version " + std::to_string(memoVersion),
             "version " + std::to_string(memoVersion) + " frozen", "");
    m.record(AuditKind::Assignment, "manager", ctx.file.managerId ? std::to_string(ctx.file.managerId) : "",
             std::to_string(m.actor.userId), "");
    return {};
}

// Where each move leads, unless the move decides for itself (AssessRisk: the grade; Approve: the count).
constexpr std::pair<WorkflowAction, LoanState> kTargets[]{
    {WorkflowAction::Submit, LoanState::Submitted},
    {WorkflowAction::StartAppraisal, LoanState::Appraisal},
    {WorkflowAction::CompleteAppraisal, LoanState::RiskAssessment},
    {WorkflowAction::Reject, LoanState::Rejected},
    {WorkflowAction::OverrideDecline, LoanState::ManualReview},
    {WorkflowAction::ReturnForRework, LoanState::Draft},
    {WorkflowAction::Disburse, LoanState::Disbursed},
    {WorkflowAction::StartMonitoring, LoanState::Monitoring},
    {WorkflowAction::Repay, LoanState::Repaid},
    {WorkflowAction::DeclareDefault, LoanState::Default},
    {WorkflowAction::StartDisposal, LoanState::Disposal},
    {WorkflowAction::Close, LoanState::Closed},
};

// Fills in what the move changes besides its audit entry for the state; refuses when a precondition fails.
Result<void> applyAction(Move& m)
{
    for (const auto& [action, target] : kTargets)
        if (action == m.request.action)
            m.change.to = target;
    switch (m.request.action) {
    case WorkflowAction::Submit:
        return checkSubmit(m.ctx);
    case WorkflowAction::StartAppraisal:
        m.change.assignAppraiser = m.actor.userId;
        m.record(AuditKind::Assignment, "appraiser",
                 m.ctx.file.appraiserId ? std::to_string(m.ctx.file.appraiserId) : "",
                 std::to_string(m.actor.userId), "");
        return {};
    case WorkflowAction::CompleteAppraisal:
        return checkAppraisalComplete(m.ctx);
    case WorkflowAction::AssessRisk:
        return assessRisk(m);
    case WorkflowAction::Approve:
        return approve(m);
    case WorkflowAction::OverrideDecline:
        m.addException(ExceptionKind::DeclineOverridden,
                       m.ctx.risk ? "decline at grade " + detail::words(m.ctx.risk->grade) : "decline");
        return {};
    case WorkflowAction::ReturnForRework:
        m.change.startNewRound = true;
        return {};
    case WorkflowAction::Disburse:
        return checkConditionsPrecedent(m.ctx);
    default:
        return {};
    }
}

} // namespace

Money appraisedCollateral(const WorkflowContext& ctx)
{
    Money total;
    bool any = false;
    for (const Truck& t : ctx.trucks) {
        if (t.appraisedValue <= Money())
            return Money();
        total = total + t.appraisedValue;
        any = true;
    }
    for (const Kiln& k : ctx.kilns) {
        if (k.appraisedValue <= Money())
            return Money();
        total = total + k.appraisedValue;
        any = true;
    }
    return any ? total : Money();
}

std::optional<double> loanToValuePct(const WorkflowContext& ctx)
{
    const Money collateral = appraisedCollateral(ctx);
    if (collateral <= Money())
        return std::nullopt;
    return static_cast<double>(ctx.file.amount.fen()) * 100.0 / static_cast<double>(collateral.fen());
}

std::vector<DocumentKind> missingDocuments(const WorkflowContext& ctx)
{
    std::vector<DocumentKind> missing;
    for (DocumentKind kind : requiredDocuments(ctx.file.product)) {
        const bool present =
            std::any_of(ctx.documents.begin(), ctx.documents.end(), [kind](const Document& d) {
                return d.kind == kind && d.status != DocumentStatus::Missing;
            });
        if (!present)
            missing.push_back(kind);
    }
    return missing;
}

Result<WorkflowChange> evaluateAction(const WorkflowContext& ctx, const Actor& actor,
                                      const WorkflowRequest& request, TimestampMs nowMs)
{
    if (auto allowed = detail::permitted(ctx, actor, request.action); !allowed)
        return allowed.error();
    if (workflowRule(request.action).needsReason && !detail::reasonIsEnough(request.reason))
        return refusal(ErrorCode::InvalidInput, Sentence::ReasonRequired,
                       {phrase::of(request.action), phrase::count(kMinReasonChars)});

    Move m{ctx, actor, request, nowMs, {}};
    m.change.request = request;
    m.change.fileId = ctx.file.id;
    m.change.expectedVersion = ctx.file.version;
    m.change.from = ctx.file.state;
    m.change.to = ctx.file.state;
    if (auto done = applyAction(m); !done)
        return done.error();
    if (m.change.to != m.change.from) {
        const std::string& why =
            request.action == WorkflowAction::AssessRisk ? m.change.risk->rationale : request.reason;
        m.record(AuditKind::State, "state", std::string(key(m.change.from)), std::string(key(m.change.to)),
                 why);
    }
    return std::move(m.change);
}

} // namespace saggar
