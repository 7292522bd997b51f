// The loan-file workflow: one state machine that says who may do what to a file, when, and what it
// records. Pure rules over a WorkflowContext (no I/O): evaluate…() either refuses with a reason a
// person can act on (and nothing changes) or returns the WorkflowChange storage must write in one
// transaction, audit entries included.
#pragma once

#include "authority.h"
#include "result.h"
#include "risk_application.h"
#include "workflow_types.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace saggar {

struct Actor
{
    Id userId = 0;
    Role role = Role::Analyst;
    std::string displayName;
};

// Everything the rules look at for one file.
struct WorkflowContext
{
    LoanFile file;
    std::vector<Document> documents;
    std::vector<Truck> trucks; // pledged to the file
    std::vector<Kiln> kilns;
    std::optional<CreditMemo> memo; // the latest version, if any
    std::optional<RiskAssessment> risk;
    std::optional<risk::StoredScore> score; // the scorecard's, when the file was scored this round
    int round = 1;                   // decision round; a return for rework starts the next
    std::vector<Approval> approvals; // of the current round
    std::vector<Covenant> covenants; // conditions precedent and covenants
    std::vector<PolicyException> exceptions;
    AuthorityTable authority = AuthorityTable::standard();
    double ltvLimitPct = 70.0;
    // Display names of the people the file mentions (preparer, appraiser, approvers), so a refusal
    // can say who may act; a user missing here is named by id.
    std::map<Id, std::string> userNames;
};

// The appraised value of the collateral: the sum of the pledged assets' appraised values
// (0 while any is missing), and the loan-to-value ratio in percent (nothing without a value).
Money appraisedCollateral(const WorkflowContext& ctx);
std::optional<double> loanToValuePct(const WorkflowContext& ctx);

// The required documents of the file's product (document_requirements.h) that are Missing or not in
// the context at all, in checklist order; received, verified and waived documents count as present.
std::vector<DocumentKind> missingDocuments(const WorkflowContext& ctx);

// RiskAssessment → decision: A, B auto-approve; C, D go to manual review; E is declined.
LoanState decisionForGrade(RiskGrade grade);

struct WorkflowRule
{
    WorkflowAction action;
    std::vector<LoanState> from;
    std::vector<Role> roles;
    bool needsReason = false; // a written reason (or justification) is required
};
const WorkflowRule& workflowRule(WorkflowAction action);
const std::vector<WorkflowRule>& workflowRules();

struct WorkflowRequest
{
    WorkflowAction action = WorkflowAction::Submit;
    std::string reason; // why: rework, rejection, default, override; justification of an exception
    std::optional<RiskGrade> grade; // AssessRisk
    std::string rationale;          // AssessRisk
    // AssessRisk by the scorecard: the score gives the grade and the route (policy rules included), and
    // is stored with its model version and inputs; the rationale defaults to its reasons.
    std::optional<risk::StoredScore> score;
};

// What storage writes, in one transaction, only if the file is still at expectedVersion.
struct WorkflowChange
{
    WorkflowRequest request; // the move asked for: the bank server is asked for the same one
    Id fileId = 0;
    std::int64_t expectedVersion = 0;
    LoanState from = LoanState::Draft;
    LoanState to = LoanState::Draft; // == from when the state does not move (first of two approvals)
    std::optional<Id> assignAppraiser;
    std::optional<Id> assignManager;
    std::optional<RiskAssessment> risk;
    std::optional<risk::StoredScore> score; // stored with the risk assessment
    std::optional<Approval> approval;
    std::vector<PolicyException> exceptions;
    std::optional<std::int64_t> freezeMemoVersion; // the approved memo version
    bool startNewRound = false;                    // a return for rework discards the round's approvals
    std::vector<AuditEntry> audit;                 // without seq and hashes: storage chains them
};

// Minimum length of a written reason or justification, in characters (not bytes).
inline constexpr int kMinReasonChars = 10;

// Role and state allow `action` for this actor (preconditions are checked by evaluate()).
bool actionOffered(const WorkflowContext& ctx, const Actor& actor, WorkflowAction action);
std::vector<WorkflowAction> offeredActions(const WorkflowContext& ctx, const Actor& actor);

// Errors: Forbidden (role, state, maker-checker, authority), InvalidInput (missing reason, grade),
// Conflict (a precondition is not met: documents, memo, collateral, conditions precedent); the
// message names what to do.
Result<WorkflowChange> evaluateAction(const WorkflowContext& ctx, const Actor& actor,
                                      const WorkflowRequest& request, TimestampMs nowMs);

// ---- Edits inside a state: documents, memo, covenants, appraised values -----------------------------------

struct DocumentRequest
{
    Id documentId = 0;
    DocumentStatus to = DocumentStatus::Received;
    std::string note;
    std::string justification; // required to waive (a policy exception, managers only)
};
struct DocumentChange
{
    Id fileId = 0;
    std::int64_t expectedVersion = 0;
    Document document; // as it becomes
    std::optional<PolicyException> exception;
    std::vector<AuditEntry> audit;
};
// Documents change while the file is being prepared or decided (Draft … ManualReview): analysts and
// managers receive and verify (Missing → Received → Verified, or back to Missing); only a manager
// waives, with a justification.
Result<DocumentChange> evaluateDocument(const WorkflowContext& ctx, const Actor& actor,
                                        const DocumentRequest& request, TimestampMs nowMs);

struct MemoChange
{
    Id fileId = 0;
    std::int64_t expectedVersion = 0;
    CreditMemo memo; // the new version (version = latest + 1)
    std::vector<AuditEntry> audit;
};
// The preparer (or a manager) writes the memo while the file is a Draft; every save is a new version.
Result<MemoChange> evaluateMemo(const WorkflowContext& ctx, const Actor& actor, const CreditMemo& draft,
                                TimestampMs nowMs);

struct CovenantRequest
{
    Covenant covenant;         // id 0: a new one
    std::string justification; // required to waive
};
struct CovenantChange
{
    Id fileId = 0;
    std::int64_t expectedVersion = 0;
    Covenant covenant;
    std::optional<PolicyException> exception;
    std::vector<AuditEntry> audit;
};
// Analysts and managers add conditions and covenants until disbursement and set their status
// afterwards; waiving is a manager's policy exception.
Result<CovenantChange> evaluateCovenant(const WorkflowContext& ctx, const Actor& actor,
                                        const CovenantRequest& request, TimestampMs nowMs);

struct ValuationRequest
{
    bool truck = true;
    Id assetId = 0;
    Money value;
};
struct ValuationChange
{
    Id fileId = 0;
    std::int64_t expectedVersion = 0;
    bool truck = true;
    Id assetId = 0;
    Money value;
    Id appraisedBy = 0;
    std::vector<AuditEntry> audit;
};
// The file's appraiser enters an asset's appraised value during Appraisal.
Result<ValuationChange> evaluateValuation(const WorkflowContext& ctx, const Actor& actor,
                                          const ValuationRequest& request, TimestampMs nowMs);

} // namespace saggar
