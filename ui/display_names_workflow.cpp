// DisplayNames for the loan-file workflow's values (the class is declared in display_names.h).
#include "display_names.h"

namespace saggar::ui {

QString DisplayNames::riskGrade(RiskGrade v)
{
    switch (v) {
    case RiskGrade::A:
        return tr("A (strong)");
    case RiskGrade::B:
        return tr("B (good)");
    case RiskGrade::C:
        return tr("C (acceptable)");
    case RiskGrade::D:
        return tr("D (weak)");
    case RiskGrade::E:
        return tr("E (outside appetite)");
    }
    return {};
}

QString DisplayNames::workflowAction(WorkflowAction v)
{
    switch (v) {
    case WorkflowAction::Submit:
        return tr("Submit");
    case WorkflowAction::StartAppraisal:
        return tr("Start appraisal");
    case WorkflowAction::CompleteAppraisal:
        return tr("Complete appraisal");
    case WorkflowAction::AssessRisk:
        return tr("Assess risk");
    case WorkflowAction::Approve:
        return tr("Approve");
    case WorkflowAction::Reject:
        return tr("Reject");
    case WorkflowAction::OverrideDecline:
        return tr("Override decline");
    case WorkflowAction::ReturnForRework:
        return tr("Return for rework");
    case WorkflowAction::Disburse:
        return tr("Disburse");
    case WorkflowAction::StartMonitoring:
        return tr("Start monitoring");
    case WorkflowAction::Repay:
        return tr("Mark repaid");
    case WorkflowAction::DeclareDefault:
        return tr("Declare default");
    case WorkflowAction::StartDisposal:
        return tr("Start disposal");
    case WorkflowAction::Close:
        return tr("Close file");
    }
    return {};
}

QString DisplayNames::exceptionKind(ExceptionKind v)
{
    switch (v) {
    case ExceptionKind::WaivedDocument:
        return tr("Waived document");
    case ExceptionKind::LtvAboveLimit:
        return tr("Loan-to-value above limit");
    case ExceptionKind::DeclineOverridden:
        return tr("Automatic decline overridden");
    case ExceptionKind::ConditionWaived:
        return tr("Condition waived");
    }
    return {};
}

QString DisplayNames::memoSection(MemoSection v)
{
    switch (v) {
    case MemoSection::Borrower:
        return tr("Borrower");
    case MemoSection::Purpose:
        return tr("Purpose of the loan");
    case MemoSection::RepaymentSource:
        return tr("Source of repayment");
    case MemoSection::Collateral:
        return tr("Collateral and valuation");
    case MemoSection::Risk:
        return tr("Risks and mitigants");
    case MemoSection::Conditions:
        return tr("Conditions and covenants");
    case MemoSection::Recommendation:
        return tr("Recommendation");
    }
    return {};
}

QString DisplayNames::covenantKind(CovenantKind v)
{
    switch (v) {
    case CovenantKind::ConditionPrecedent:
        return tr("Condition precedent");
    case CovenantKind::Covenant:
        return tr("Covenant");
    }
    return {};
}

QString DisplayNames::covenantMetric(CovenantMetric v)
{
    switch (v) {
    case CovenantMetric::Custom:
        return tr("Judged by a person");
    case CovenantMetric::TrackerOnlinePct:
        return tr("Tracker online (% of time, at least)");
    case CovenantMetric::KilnOperatingDaysPerMonth:
        return tr("Kiln operating days per month (at least)");
    case CovenantMetric::LoanToValuePct:
        return tr("Loan-to-value (%, at most)");
    }
    return {};
}

QString DisplayNames::covenantStatus(CovenantStatus v)
{
    switch (v) {
    case CovenantStatus::Pending:
        return tr("Pending");
    case CovenantStatus::Met:
        return tr("Met");
    case CovenantStatus::Breached:
        return tr("Breached");
    case CovenantStatus::Waived:
        return tr("Waived");
    }
    return {};
}

QString DisplayNames::auditKind(AuditKind v)
{
    switch (v) {
    case AuditKind::State:
        return tr("State");
    case AuditKind::Field:
        return tr("Field");
    case AuditKind::Document:
        return tr("Document");
    case AuditKind::Approval:
        return tr("Approval");
    case AuditKind::Memo:
        return tr("Credit memo");
    case AuditKind::Covenant:
        return tr("Condition or covenant");
    case AuditKind::Exception:
        return tr("Policy exception");
    case AuditKind::Attachment:
        return tr("Attachment");
    case AuditKind::Assignment:
        return tr("Assignment");
    case AuditKind::Alert:
        return tr("Alert");
    case AuditKind::Sync:
        return tr("From the server");
    }
    return {};
}

QString DisplayNames::chainProblem(ChainProblem v)
{
    switch (v) {
    case ChainProblem::None:
        return tr("The chain is intact.");
    case ChainProblem::EditedEntry:
        return tr("An entry was edited after it was written.");
    case ChainProblem::MissingEntry:
        return tr("An entry is missing.");
    case ChainProblem::Reordered:
        return tr("Entries are out of order.");
    case ChainProblem::BrokenLink:
        return tr("An entry does not link to the one before it.");
    case ChainProblem::HeadMismatch:
        return tr("The last entry is not the one the file recorded.");
    }
    return {};
}

} // namespace saggar::ui
