// SqliteWorkflowStore's attachments: content checked by its first bytes, stored in the workspace
// under its SHA-256 (written through a temporary file and a rename, synced before the database
// refers to it), recorded with an audit entry, and re-hashed whenever it is read back.
#include "sqlite_workflow_store.h"

#include "content_files.h"
#include "content_hash.h"
#include "document_repository.h"
#include "repository_support.h"
#include "sync_patches.h"
#include "workflow_records.h"

#include "core/validation.h"

#include <sodium.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace saggar {
namespace {

namespace fs = std::filesystem;

constexpr int kMaxFileNameChars = 255;

std::string inQuotes(const std::string& s)
{
    return "'" + s + "'";
}

// The name as the user chose it, without the folders it came from.
std::string baseName(const std::string& fileName)
{
    const auto slash = fileName.find_last_of("/\\");
    return slash == std::string::npos ? fileName : fileName.substr(slash + 1);
}

} // namespace

Result<Attachment> SqliteWorkflowStore::attach(Id documentId, const std::string& fileName,
                                               const std::string& bytes, const Actor& actor,
                                               TimestampMs nowMs)
{
    Attachment a;
    a.documentId = documentId;
    a.fileName = baseName(fileName);
    a.addedBy = actor.userId;
    a.atMs = nowMs > 0 ? nowMs : nowUtcMs();
    a.sizeBytes = static_cast<std::int64_t>(bytes.size());
    const std::string notAttached = "The file " + inQuotes(a.fileName) + " was not attached";
    const std::string refused = notAttached + ": ";
    if (auto bad = checkText(a.fileName, true, kMaxFileNameChars))
        return makeError(refused + "file name: " + bad->message, ErrorCode::InvalidInput);
    if (bytes.empty())
        return makeError(refused + "it is empty.", ErrorCode::InvalidInput);
    if (a.sizeBytes > kMaxAttachmentBytes)
        return makeError(refused + "it is " + megabytes(a.sizeBytes) + " and attachments may be at most " +
                             megabytes(kMaxAttachmentBytes) + ". Scan it at a lower resolution or split it.",
                         ErrorCode::InvalidInput);
    auto mediaType = sniffMediaType(bytes);
    if (!mediaType)
        return makeError(refused + "its content is not a PDF, PNG or JPEG file (whatever its name says). "
                                   "Save or scan the document as PDF, PNG or JPEG and attach that.",
                         ErrorCode::InvalidInput);
    a.mediaType = std::move(*mediaType);
    auto document = getDocument(m_db, documentId);
    if (!document)
        return withContext(notAttached, document.error());
    a.sha256Hex = sha256Hex(bytes);

    std::error_code ec;
    fs::create_directories(m_attachmentsDir, ec);
    if (ec)
        return makeError(refused + "the attachments folder " + inQuotes(m_attachmentsDir) +
                             " could not be created (" + ec.message() +
                             "). Check that you may write to the workspace folder.",
                         ErrorCode::DatabaseIo);
    // The same content may already be stored (attached elsewhere); a stored copy that no longer
    // matches its name is replaced rather than trusted.
    const fs::path target = fs::path(m_attachmentsDir) / a.sha256Hex;
    if (!storedCopyMatches(target, a.sha256Hex, kMaxAttachmentBytes))
        if (auto r = writeAtomically(target, bytes); !r)
            return r.error();

    AuditEntry entry;
    entry.actorId = actor.userId;
    entry.actorRole = actor.role;
    entry.atMs = a.atMs;
    entry.kind = AuditKind::Attachment;
    entry.subject = "document:" + std::string(key(document->kind));
    entry.after = a.fileName + " (" + a.mediaType + ", " + std::to_string(a.sizeBytes) + " bytes, sha256 " +
                  a.sha256Hex + ")";
    // Queued in the same transaction as the record: the content goes to the server first, then this.
    auto written = write(document->loanFileId, std::nullopt, {entry}, attachmentOutboxBody(a),
                         [&](const FileRow&) -> Result<void> {
                             auto id = insertAttachment(m_db, a);
                             if (!id)
                                 return id.error();
                             a.id = *id;
                             return {};
                         });
    if (!written)
        return withContext(notAttached, written.error());
    return a;
}

Result<std::vector<Attachment>> SqliteWorkflowStore::attachments(Id fileId)
{
    return listAttachmentsOfFile(m_db, fileId);
}

Result<std::string> SqliteWorkflowStore::attachmentBytes(const Attachment& a)
{
    const std::string what = "The attached file " + inQuotes(a.fileName);
    if (!isSha256Hex(a.sha256Hex))
        return makeError(
            what + " is recorded without a valid SHA-256, so it cannot be checked; attach it again.",
            ErrorCode::DatabaseCorrupt);
    const fs::path path = fs::path(m_attachmentsDir) / a.sha256Hex;
    std::error_code ec;
    if (!fs::exists(path, ec))
        return makeError(
            what + " is missing from the workspace (" + path.string() +
                "). Restore the workspace's attachments folder from a backup, or attach the file again.",
            ErrorCode::DatabaseIo);
    auto bytes = readWholeFile(path, kMaxAttachmentBytes);
    if (!bytes && bytes.error().code == ErrorCode::DatabaseIo)
        return makeError(what + " could not be read from " + path.string() + " (" + bytes.error().message +
                             "). Check that you may read the workspace folder.",
                         ErrorCode::DatabaseIo);
    if (!bytes || sha256Hex(*bytes) != a.sha256Hex)
        return makeError(
            what + " was changed or damaged on disk after it was attached: " + path.string() +
                " no longer matches the SHA-256 recorded for it, so it is not shown. Restore it from "
                "a backup or attach the original again.",
            ErrorCode::DatabaseCorrupt);
    return std::move(*bytes);
}

} // namespace saggar
