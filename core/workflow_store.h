// What the workflow asks of a store: the context of a file, atomic writes of the changes the rules
// computed (each with its audit entries, chained), the history, attachments and the authority
// table. Implemented by storage/ (SqliteWorkflowStore); the UI reaches it through WorkflowService.
#pragma once

#include "audit_chain.h"
#include "result.h"
#include "workflow.h"

#include <string>
#include <vector>

namespace saggar {

struct FileHistory
{
    std::vector<AuditEntry> entries; // in seq order
    ChainVerdict verdict;
};

// A queue line for "my work".
struct WorkItem
{
    Id fileId = 0;
    std::string fileNo;
    std::string enterpriseName; // Chinese name
    LoanState state = LoanState::Draft;
    Money amount;
    TimestampMs updatedAtMs = 0;
};

class WorkflowStore
{
public:
    virtual ~WorkflowStore() = default;

    virtual Result<WorkflowContext> context(Id fileId) = 0;

    // Each write checks the file is still at expectedVersion (Conflict otherwise), bumps the
    // version and updated_at, writes the change and its chained audit entries, all or nothing.
    virtual Result<void> apply(const WorkflowChange& change) = 0;
    virtual Result<void> apply(const DocumentChange& change) = 0;
    virtual Result<void> apply(const MemoChange& change) = 0;
    virtual Result<void> apply(const CovenantChange& change) = 0;
    virtual Result<void> apply(const ValuationChange& change) = 0;

    // Stores the bytes under their SHA-256 in the workspace and records the attachment (with an
    // audit entry). Refuses anything but PDF, PNG or JPEG (checked by content), and files over 20 MB.
    virtual Result<Attachment> attach(Id documentId, const std::string& fileName, const std::string& bytes,
                                      const Actor& actor, TimestampMs nowMs) = 0;
    virtual Result<std::vector<Attachment>> attachments(Id fileId) = 0;
    // The stored bytes, after checking they still hash to sha256Hex.
    virtual Result<std::string> attachmentBytes(const Attachment& attachment) = 0;

    virtual Result<std::vector<CreditMemo>> memoVersions(Id fileId) = 0;
    virtual Result<FileHistory> history(Id fileId) = 0;

    // "My work": drafts the user prepared (analyst), files waiting for or in appraisal (appraiser),
    // files awaiting approval or a manager's action (manager).
    virtual Result<std::vector<WorkItem>> workFor(const Actor& actor) = 0;

    virtual Result<AuthorityTable> authority() = 0;
    virtual Result<void> setAuthority(const AuthorityTable& table, const Actor& actor) = 0;
};

} // namespace saggar
