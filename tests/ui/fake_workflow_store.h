// An in-memory loan-file and workflow store for GUI tests: the real rules (WorkflowService over
// core's evaluate… functions) decide, this store only remembers what they computed — so screens are
// tested without SQLite. Holds one enterprise, four people and any number of files.
#pragma once

#include "core/loan_file_store.h"
#include "core/workflow_store.h"

#include <map>
#include <optional>

namespace saggar::test {

class FakeWorkflowStore : public LoanFileStore, public WorkflowStore
{
public:
    // People: 1 analyst 李娜 (prepares the files), 2 appraiser 王强, 3 manager 陈静, 4 manager 刘洋,
    // 5 a second analyst 赵磊.
    static constexpr Id kAnalyst = 1, kAppraiser = 2, kManager = 3, kSecondManager = 4, kOtherAnalyst = 5;
    FakeWorkflowStore();

    // A file prepared by kAnalyst in `state`: ¥3,000,000 equipment mortgage, one truck (¥1,500,000) and
    // one kiln (¥5,000,000), the product's documents (all received except the business licence). Past
    // Draft: documents verified and a memo; past Appraisal: appraised values (¥1,200,000 and
    // ¥4,000,000, LTV 57.7 %) by kAppraiser; past RiskAssessment: `grade`. Change anything through file().
    Id addFile(LoanState state, RiskGrade grade = RiskGrade::B);
    Actor actor(Id userId) const;
    User user(Id userId) const;

    // Direct access for arranging and checking.
    LoanFile& file(Id id) { return m_files.at(id).file; }
    std::vector<Document>& documents(Id id) { return m_files.at(id).documents; }
    std::vector<AuditEntry>& audit(Id id) { return m_files.at(id).audit; }
    std::vector<Attachment>& storedAttachments() { return m_attachments; }
    std::optional<ChainVerdict> forcedVerdict; // what history() reports instead of verifying
    int writes = 0;                            // successful apply()/attach() calls

    // LoanFileStore
    Result<LoanFileDetail> loadFile(Id fileId) override;
    Result<Id> createDraft(const Enterprise& enterprise, const LoanFile& file) override;
    Result<Id> addTruck(const Truck& truck) override;
    Result<Id> addKiln(const Kiln& kiln) override;
    Result<void> editDraftTerms(Id fileId, std::int64_t expectedVersion, const DraftTerms& terms,
                                Id actorId) override;

    // WorkflowStore
    Result<WorkflowContext> context(Id fileId) override;
    Result<void> apply(const WorkflowChange& change) override;
    Result<void> apply(const DocumentChange& change) override;
    Result<void> apply(const MemoChange& change) override;
    Result<void> apply(const CovenantChange& change) override;
    Result<void> apply(const ValuationChange& change) override;
    Result<Attachment> attach(Id documentId, const std::string& fileName, const std::string& bytes,
                              const Actor& actor, TimestampMs nowMs) override;
    Result<std::vector<Attachment>> attachments(Id fileId) override;
    Result<std::string> attachmentBytes(const Attachment& attachment) override;
    Result<std::vector<CreditMemo>> memoVersions(Id fileId) override;
    Result<FileHistory> history(Id fileId) override;
    Result<std::vector<WorkItem>> workFor(const Actor& actor) override;
    Result<AuthorityTable> authority() override { return m_authority; }
    Result<void> setAuthority(const AuthorityTable& table, const Actor& actor) override;

private:
    struct FileData
    {
        LoanFile file;
        std::vector<Truck> trucks;
        std::vector<Kiln> kilns;
        std::vector<Document> documents;
        std::vector<CreditMemo> memos;
        std::optional<RiskAssessment> risk;
        int round = 1;
        std::vector<Approval> approvals;
        std::vector<Covenant> covenants;
        std::vector<PolicyException> exceptions;
        std::vector<AuditEntry> audit;
    };
    // Checks the version, then lets `body` change the file and appends the chained entries.
    template <typename Body>
    Result<void> write(Id fileId, std::int64_t expectedVersion, std::vector<AuditEntry> audit, Body&& body);
    template <typename Asset> Result<Id> pledge(const Asset& asset, std::vector<Asset> FileData::*list);
    FileData* find(Id fileId);
    Id documentOwner(Id documentId) const;

    Enterprise m_enterprise;
    std::vector<User> m_users;
    std::map<Id, FileData> m_files;
    std::vector<Attachment> m_attachments;
    std::map<std::string, std::string> m_bytes; // by sha256
    AuthorityTable m_authority = AuthorityTable::standard();
    Id m_nextId = 100;
};

} // namespace saggar::test
