// The workflow's rule table (who may do what from which state) and the permission check that reads it,
// including the rules about persons: the preparer submits, the file's appraiser completes, and nobody
// approves a file they prepared or valued (maker-checker).
#include "workflow.h"

#include "phrase.h"
#include "workflow_support.h"

#include <algorithm>

namespace saggar {
namespace {

using A = WorkflowAction;
using S = LoanState;
using R = Role;

// Reading across: the action, the states it starts from, the roles that may take it, whether it needs a
// written reason. Where it leads is evaluateAction's (the decision depends on the grade and approvals).
const std::vector<WorkflowRule> kRules{
    {A::Submit, {S::Draft}, {R::Analyst, R::Manager}, false},
    {A::StartAppraisal, {S::Submitted}, {R::Appraiser}, false},
    {A::CompleteAppraisal, {S::Appraisal}, {R::Appraiser}, false},
    {A::AssessRisk, {S::RiskAssessment}, {R::Analyst, R::Manager}, false}, // a grade and a rationale
    {A::Approve, {S::AutoApproved, S::ManualReview}, {R::Manager}, false}, // a justification above LTV
    {A::Reject, {S::AutoApproved, S::ManualReview}, {R::Manager}, true},
    {A::OverrideDecline, {S::Declined}, {R::Manager}, true},
    // Appraisers return only what they are appraising (Submitted, Appraisal): see permitted().
    {A::ReturnForRework,
     {S::Submitted, S::Appraisal, S::RiskAssessment, S::AutoApproved, S::ManualReview},
     {R::Appraiser, R::Manager},
     true},
    {A::Disburse, {S::Approved}, {R::Manager}, false},
    {A::StartMonitoring, {S::Disbursed}, {R::Analyst, R::Manager}, false},
    {A::Repay, {S::Monitoring}, {R::Analyst, R::Manager}, false},
    {A::DeclareDefault, {S::Monitoring}, {R::Manager}, true},
    {A::StartDisposal, {S::Default}, {R::Manager}, false},
    {A::Close, {S::Repaid, S::Disposal, S::Declined, S::Rejected}, {R::Manager}, false},
};

template <typename T> bool contains(const std::vector<T>& values, T value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

// Maker-checker: the people whose work the approval checks cannot give it.
Result<void> approverIsIndependent(const WorkflowContext& ctx, const Actor& actor)
{
    if (actor.userId == ctx.file.analystId)
        return refusal(ErrorCode::Forbidden, Sentence::PreparerCannotApprove);
    if (ctx.memo && ctx.memo->authorId == actor.userId)
        return refusal(ErrorCode::Forbidden, Sentence::MemoAuthorCannotApprove);
    for (const Truck& t : ctx.trucks)
        if (t.appraisedBy == actor.userId)
            return refusal(ErrorCode::Forbidden, Sentence::AppraiserCannotApprove, {phrase::of(t)});
    for (const Kiln& k : ctx.kilns)
        if (k.appraisedBy == actor.userId)
            return refusal(ErrorCode::Forbidden, Sentence::AppraiserCannotApprove, {phrase::of(k)});
    for (const Approval& a : ctx.approvals)
        if (a.round == ctx.round && a.approverId == actor.userId)
            return refusal(ErrorCode::Forbidden, Sentence::AlreadyApproved);
    return {};
}

} // namespace

const std::vector<WorkflowRule>& workflowRules()
{
    return kRules;
}

const WorkflowRule& workflowRule(WorkflowAction action)
{
    for (const WorkflowRule& rule : kRules)
        if (rule.action == action)
            return rule;
    return kRules.front(); // unreachable: every action has a row (tested)
}

LoanState decisionForGrade(RiskGrade grade)
{
    switch (grade) {
    case RiskGrade::A:
    case RiskGrade::B:
        return LoanState::AutoApproved;
    case RiskGrade::C:
    case RiskGrade::D:
        return LoanState::ManualReview;
    case RiskGrade::E:
        break;
    }
    return LoanState::Declined;
}

namespace detail {

std::string_view actionPhrase(WorkflowAction action)
{
    switch (action) {
    case A::Submit:
        return "submit the file";
    case A::StartAppraisal:
        return "start the appraisal";
    case A::CompleteAppraisal:
        return "complete the appraisal";
    case A::AssessRisk:
        return "assess the risk";
    case A::Approve:
        return "approve the file";
    case A::Reject:
        return "reject the file";
    case A::OverrideDecline:
        return "override the decline";
    case A::ReturnForRework:
        return "return the file for rework";
    case A::Disburse:
        return "disburse the loan";
    case A::StartMonitoring:
        return "start monitoring";
    case A::Repay:
        return "record the repayment";
    case A::DeclareDefault:
        return "declare a default";
    case A::StartDisposal:
        return "start the disposal";
    case A::Close:
        return "close the file";
    }
    return "change the file";
}

Result<void> permitted(const WorkflowContext& ctx, const Actor& actor, WorkflowAction action)
{
    const WorkflowRule& rule = workflowRule(action);
    const LoanState state = ctx.file.state;
    if (!contains(rule.from, state)) {
        std::vector<Phrase> states;
        for (LoanState s : rule.from)
            states.push_back(phrase::of(s));
        return refusal(ErrorCode::Forbidden, Sentence::WrongState,
                       {phrase::of(action), phrase::of(state), phrase::all(std::move(states))});
    }
    if (!contains(rule.roles, actor.role)) {
        std::vector<Phrase> roles;
        for (Role r : rule.roles)
            roles.push_back(phrase::of(r));
        return refusal(ErrorCode::Forbidden, Sentence::WrongRole,
                       {phrase::all(std::move(roles)), phrase::of(action)});
    }
    switch (action) {
    case A::Submit:
        if (actor.role != Role::Manager && actor.userId != ctx.file.analystId)
            return refusal(ErrorCode::Forbidden, Sentence::OnlyPreparerSubmits,
                           {phrase::text(personName(ctx, ctx.file.analystId))});
        break;
    case A::CompleteAppraisal:
        if (actor.userId != ctx.file.appraiserId)
            return refusal(ErrorCode::Forbidden, Sentence::OnlyAppraiserCompletes,
                           {phrase::text(personName(ctx, ctx.file.appraiserId))});
        break;
    case A::ReturnForRework:
        if (actor.role == Role::Appraiser && state != LoanState::Submitted && state != LoanState::Appraisal)
            return refusal(ErrorCode::Forbidden, Sentence::OnlyManagerReturnsAfterAppraisal);
        break;
    case A::Approve:
        return approverIsIndependent(ctx, actor);
    default:
        break;
    }
    return {};
}

} // namespace detail

bool actionOffered(const WorkflowContext& ctx, const Actor& actor, WorkflowAction action)
{
    return detail::permitted(ctx, actor, action).ok();
}

std::vector<WorkflowAction> offeredActions(const WorkflowContext& ctx, const Actor& actor)
{
    std::vector<WorkflowAction> out;
    for (const WorkflowRule& rule : kRules)
        if (actionOffered(ctx, actor, rule.action))
            out.push_back(rule.action);
    return out;
}

} // namespace saggar
