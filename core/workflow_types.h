// The values the loan-file workflow reads and writes: risk grades, approvals, policy exceptions,
// the credit memo, covenants and conditions, attachments and audit entries. Plain values; the rules
// that move a file live in workflow.h.
#pragma once

#include "domain.h"

#include <optional>
#include <string>
#include <vector>

namespace saggar {

// A, B: strong; C, D: acceptable with care; E: outside appetite.
enum class RiskGrade { A, B, C, D, E };

// Everything a person can do to a loan file. Each names who may do it and from which states
// (see workflowRule()); the ones that need a written reason say so.
enum class WorkflowAction {
    Submit,         // Draft → Submitted: the preparer, documents complete, memo written, collateral listed
    StartAppraisal, // Submitted → Appraisal: an appraiser takes the file (becomes its appraiser)
    CompleteAppraisal, // Appraisal → RiskAssessment: the file's appraiser, every asset valued
    AssessRisk,        // RiskAssessment → AutoApproved | ManualReview | Declined, from the risk grade
    Approve,           // AutoApproved | ManualReview → Approved once the authority table is satisfied
    Reject,            // AutoApproved | ManualReview → Rejected: a manager, with a reason
    OverrideDecline,   // Declined → ManualReview: a manager, a policy exception with a justification
    ReturnForRework, // Submitted | Appraisal | RiskAssessment | ManualReview | AutoApproved → Draft, with a
                     // reason
    Disburse,        // Approved → Disbursed: a manager, every condition precedent met or waived
    StartMonitoring, // Disbursed → Monitoring: the analyst
    Repay,           // Monitoring → Repaid
    DeclareDefault,  // Monitoring → Default: a manager, with a reason
    StartDisposal,   // Default → Disposal: a manager
    Close,           // Repaid | Disposal | Declined | Rejected → Closed: a manager
};

enum class ExceptionKind { WaivedDocument, LtvAboveLimit, DeclineOverridden, ConditionWaived };

struct PolicyException
{
    Id id = 0;
    Id loanFileId = 0;
    ExceptionKind kind = ExceptionKind::WaivedDocument;
    std::string subject;       // which document / condition, or the LTV figure
    std::string justification; // written by the manager who granted it
    Id grantedBy = 0;
    TimestampMs atMs = 0;
};

// One approver's approval of one decision round (a return for rework starts a new round).
struct Approval
{
    Id id = 0;
    Id loanFileId = 0;
    int round = 1;
    Id approverId = 0;
    std::string comment;
    std::int64_t memoVersion = 0; // the memo version the approver read
    TimestampMs atMs = 0;
};

struct RiskAssessment
{
    RiskGrade grade = RiskGrade::C;
    std::string rationale;
    Id assessedBy = 0;
    TimestampMs atMs = 0;
};

enum class MemoSection { Borrower, Purpose, RepaymentSource, Collateral, Risk, Conditions, Recommendation };

// The analyst's credit memo. Every save is a new version; the version an approval was given on is
// frozen (never edited again, kept for the record).
struct CreditMemo
{
    Id loanFileId = 0;
    std::int64_t version = 0;                                        // 1, 2, …; 0: not saved yet
    std::vector<std::string> sections = std::vector<std::string>(7); // indexed by MemoSection
    Id authorId = 0;
    TimestampMs atMs = 0;
    bool frozen = false;

    const std::string& section(MemoSection s) const { return sections[static_cast<std::size_t>(s)]; }
    std::string& section(MemoSection s) { return sections[static_cast<std::size_t>(s)]; }
};

enum class CovenantKind { ConditionPrecedent, Covenant };
// What a covenant measures; Custom ones are judged by a person.
enum class CovenantMetric { Custom, TrackerOnlinePct, KilnOperatingDaysPerMonth, LoanToValuePct };
enum class CovenantStatus { Pending, Met, Breached, Waived };

struct Covenant
{
    Id id = 0;
    Id loanFileId = 0;
    CovenantKind kind = CovenantKind::ConditionPrecedent;
    CovenantMetric metric = CovenantMetric::Custom;
    std::string description;
    double threshold = 0.0; // ≥ for uptime and operating days, ≤ for LTV
    CovenantStatus status = CovenantStatus::Pending;
    std::string note;
    TimestampMs updatedAtMs = 0;
};

// A file attached to a document: stored in the workspace under its SHA-256, so it can be checked.
struct Attachment
{
    Id id = 0;
    Id documentId = 0;
    std::string fileName;  // as the user chose it
    std::string mediaType; // application/pdf, image/png, image/jpeg
    std::int64_t sizeBytes = 0;
    std::string sha256Hex;
    Id addedBy = 0;
    TimestampMs atMs = 0;
};

enum class AuditKind {
    State,
    Field,
    Document,
    Approval,
    Memo,
    Covenant,
    Exception,
    Attachment,
    Assignment,
    Alert, // an early-warning alert on the file raised, answered, escalated or resolved (alert_queue.h)
    Sync,  // a change of the file that came from the bank server (storage/sync_children.h)
};

// One line of a loan file's history. Entries form a hash chain per file (see audit_chain.h).
struct AuditEntry
{
    Id loanFileId = 0;
    std::int64_t seq = 0; // 1, 2, … within the file
    Id actorId = 0;
    Role actorRole = Role::Analyst;
    TimestampMs atMs = 0;
    AuditKind kind = AuditKind::State;
    std::string subject; // e.g. "state", "document:business_licence", "memo"
    std::string before;
    std::string after;
    std::string reason;
    std::string prevHashHex; // the previous entry's hash; 64 zeros for the first
    std::string hashHex;     // SHA-256 over prevHashHex and the fields above
};

// Stable keys for storage and the wire (fromKey / allValues come from domain.h's templates).
std::string_view key(RiskGrade v);
std::string_view key(WorkflowAction v);
std::string_view key(ExceptionKind v);
std::string_view key(MemoSection v);
std::string_view key(CovenantKind v);
std::string_view key(CovenantMetric v);
std::string_view key(CovenantStatus v);
std::string_view key(AuditKind v);

} // namespace saggar
