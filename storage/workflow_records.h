// The loan-file workflow's records in the store: risk assessments, approvals, policy exceptions,
// covenants and conditions, credit memo versions and attachments, read and written per file. The
// callers (SqliteWorkflowStore) run the writes inside the transaction of the change they belong to.
#pragma once

#include "database.h"

#include "core/workflow_types.h"

#include <optional>
#include <vector>

namespace saggar {

// Risk assessments and approvals belong to a decision round; a return for rework starts the next.
[[nodiscard]] Result<void> insertRiskAssessment(Database& db, Id fileId, int round,
                                                const RiskAssessment& risk);
[[nodiscard]] Result<std::optional<RiskAssessment>> latestRiskAssessment(const Database& db, Id fileId,
                                                                         int round);
[[nodiscard]] Result<void> insertApproval(Database& db, const Approval& approval);
[[nodiscard]] Result<std::vector<Approval>> listApprovals(const Database& db, Id fileId, int round);

[[nodiscard]] Result<void> insertPolicyException(Database& db, const PolicyException& exception);
[[nodiscard]] Result<std::vector<PolicyException>> listPolicyExceptions(const Database& db, Id fileId);

// Inserts a covenant (id 0) or updates the stored one of the same file (NotFound when there is none).
[[nodiscard]] Result<Id> saveCovenant(Database& db, const Covenant& covenant);
[[nodiscard]] Result<std::vector<Covenant>> listCovenants(const Database& db, Id fileId);

// A memo version must be the next one (latest + 1, starting at 1): Conflict otherwise.
[[nodiscard]] Result<void> insertCreditMemo(Database& db, const CreditMemo& memo);
[[nodiscard]] Result<std::vector<CreditMemo>> listCreditMemos(const Database& db, Id fileId); // oldest first
[[nodiscard]] Result<std::optional<CreditMemo>> latestCreditMemo(const Database& db, Id fileId);
// Marks the version frozen (once frozen, it stays so) and records it as the file's approved memo.
[[nodiscard]] Result<void> freezeCreditMemo(Database& db, Id fileId, std::int64_t version);

[[nodiscard]] Result<Id> insertAttachment(Database& db, const Attachment& attachment);
[[nodiscard]] Result<std::vector<Attachment>> listAttachmentsOfFile(const Database& db, Id fileId);

} // namespace saggar
