// The workflow's store over the workspace's connection: a file's context, the changes the rules
// computed (each written in one transaction with its chained audit entries, only if the file is
// still at the version the rules saw), history with its verdict, "my work" queues, attachments in
// the workspace's attachments folder, and the delegated-authority table.
#pragma once

#include "database.h"

#include "core/workflow_store.h"

#include <functional>
#include <optional>
#include <string>

namespace saggar {

class SqliteWorkflowStore : public WorkflowStore
{
public:
    // `attachmentsDir` (<workspace>/attachments) is created on the first attach.
    SqliteWorkflowStore(Database& db, std::string attachmentsDir);

    Result<WorkflowContext> context(Id fileId) override;

    // Conflict when the file is no longer at expectedVersion ("…was changed by someone else; reopen
    // it"); NotFound when it does not exist. Nothing is written unless everything is.
    Result<void> apply(const WorkflowChange& change) override;
    Result<void> apply(const DocumentChange& change) override;
    Result<void> apply(const MemoChange& change) override;
    Result<void> apply(const CovenantChange& change) override;
    Result<void> apply(const ValuationChange& change) override;

    // The bytes go to attachmentsDir/<sha256> (through a temporary file and a rename, so a reader
    // never sees half a file) before the row and its audit entry are written in one transaction; a
    // failed write leaves at most an unreferenced file, which is harmless since names are contents.
    Result<Attachment> attach(Id documentId, const std::string& fileName, const std::string& bytes,
                              const Actor& actor, TimestampMs nowMs) override;
    Result<std::vector<Attachment>> attachments(Id fileId) override;
    // DatabaseCorrupt when the stored file no longer hashes to its name; DatabaseIo when it is gone.
    Result<std::string> attachmentBytes(const Attachment& attachment) override;

    Result<std::vector<CreditMemo>> memoVersions(Id fileId) override;
    // Entries in stored order and the chain's verdict against the head the file records.
    Result<FileHistory> history(Id fileId) override;
    // Newest first, at most kWorkLimit lines.
    Result<std::vector<WorkItem>> workFor(const Actor& actor) override;

    Result<AuthorityTable> authority() override;
    // Managers only (Forbidden otherwise); the table must pass AuthorityTable::check().
    Result<void> setAuthority(const AuthorityTable& table, const Actor& actor) override;

    // Workflow moves are queued for the bank server (sync_outbox.h) in the transaction that writes
    // them, on the version they were made on. The server itself runs the same store with this off.
    void setQueueForSync(bool on) { m_queueForSync = on; }

    static constexpr int kWorkLimit = 500;
    static constexpr std::int64_t kMaxAttachmentBytes = 20 * 1024 * 1024;

private:
    // What a change needs to know about the file it writes to, read inside its transaction.
    struct FileRow
    {
        std::string fileNo;
        LoanState state = LoanState::Draft;
        int round = 1;
    };
    using Body = std::function<Result<void>(const FileRow&)>;

    // The frame every write shares: begin; check the file is at expectedVersion (any version when
    // none is given); `body`; append the audit entries; bump the version and updated time; queue
    // `outboxJson` (when given and queueing is on) on the version the change was made on; commit.
    Result<void> write(Id fileId, std::optional<std::int64_t> expectedVersion,
                       const std::vector<AuditEntry>& audit, const Body& body);
    Result<void> write(Id fileId, std::optional<std::int64_t> expectedVersion,
                       const std::vector<AuditEntry>& audit, std::string outboxJson, const Body& body);

    Database& m_db;
    std::string m_attachmentsDir;
    bool m_queueForSync = true;
};

} // namespace saggar
