// Attachments the server's copy of a file carries (documents[].attachments[] in the change feed):
// their records are added to the workspace's documents, and the content the workspace lacks is listed
// so the sync engine can fetch it (GET /api/v1/blobs/{sha256}) into the attachments folder.
#pragma once

#include "database.h"

#include "core/workflow_types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace saggar {

// Inside the caller's transaction: records each attachment of `fileId` whose document the workspace
// holds (on that file) and that it has not recorded yet (same document, content and name). Nothing is
// queued for the server and the file's version is not changed. Returns how many were recorded.
Result<int> recordRemoteAttachments(Database& db, Id fileId, const std::vector<Attachment>& attachments);

// The SHA-256 of every recorded attachment whose content is not in `attachmentsDir`, each once.
Result<std::vector<std::string>> attachmentContentMissing(Database& db, const std::string& attachmentsDir);

// <folder of databasePath>/attachments, as Workspace keeps it.
std::string attachmentsDirOf(const std::string& databasePath);

} // namespace saggar
