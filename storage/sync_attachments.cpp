#include "sync_attachments.h"

#include "repository_support.h"

#include "content_hash.h"
#include "workflow_records.h"
#include "workspace.h"

#include <filesystem>

namespace saggar {

Result<int> recordRemoteAttachments(Database& db, Id fileId, const std::vector<Attachment>& attachments)
{
    int recorded = 0;
    for (Attachment a : attachments) {
        if (!isSha256Hex(a.sha256Hex) || a.sizeBytes <= 0)
            continue;
        auto document =
            hasRow(db, "SELECT 1 FROM documents WHERE id = ?1 AND loan_file_id = ?2", a.documentId, fileId);
        if (!document)
            return document.error();
        if (!document.value())
            continue; // a document this workspace does not hold
        auto known =
            hasRow(db, "SELECT 1 FROM attachments WHERE document_id = ?1 AND sha256 = ?2 AND file_name = ?3",
                   a.documentId, a.sha256Hex, a.fileName);
        if (!known)
            return known.error();
        if (known.value())
            continue;
        if (a.addedBy != 0) {
            auto user = hasRow(db, "SELECT 1 FROM users WHERE id = ?1", a.addedBy);
            if (!user)
                return user.error();
            if (!user.value())
                a.addedBy = 0;
        }
        a.id = 0;
        if (auto id = insertAttachment(db, a); !id)
            return withContext("An attachment from the server was not recorded", id.error());
        ++recorded;
    }
    return recorded;
}

Result<std::vector<std::string>> attachmentContentMissing(Database& db, const std::string& attachmentsDir)
{
    std::vector<std::string> missing;
    auto st = db.prepare("SELECT DISTINCT sha256 FROM attachments ORDER BY sha256");
    if (!st)
        return st.error();
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const std::string hash = st->columnText(0);
        std::error_code ec; // presence only: hashing every stored file on each pull would be slow; the
                            // content is checked when fetched and whenever it is opened
        if (isSha256Hex(hash) && !std::filesystem::exists(std::filesystem::path(attachmentsDir) / hash, ec))
            missing.push_back(hash);
    }
    return missing;
}

std::string attachmentsDirOf(const std::string& databasePath)
{
    return (std::filesystem::path(databasePath).parent_path() / Workspace::kAttachmentsFolderName).string();
}

} // namespace saggar
