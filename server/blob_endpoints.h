// Document files by content (docs/sync-api.md, "Documents (content by hash)"): HEAD, PUT and GET of
// /api/v1/blobs/{sha256}, kept in the server's attachments folder under their SHA-256, and
// POST /api/v1/files/{id}/documents/{docId}/attachments, which records an attachment of a stored blob.
#pragma once

#include "api_response.h"
#include "request_auth.h"

#include "storage/database.h"

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPServerRequest.h>

#include <cstdint>
#include <optional>
#include <string>

namespace saggar::server {

inline constexpr std::int64_t kMaxBlobBytes = 64LL << 20; // 64 MiB: larger is 413

// The hash of "/api/v1/blobs/<64 lower-case hex>"; nullopt for any other path.
std::optional<std::string> blobHashOf(const std::string& path);

// Reads a PUT's body: 411 without Content-Length, 413 over kMaxBlobBytes (refused unread).
std::optional<ApiResponse> readBlobBody(Poco::Net::HTTPServerRequest& request, std::string& bytes);

// HEAD: 200 stored, 404 not. PUT: the body must hash to `sha256` (else 422 validation, nothing stored);
// 201 stored, 200 already there. GET: the bytes, only for a caller who may read a file whose documents
// reference the blob (404 otherwise, as for one not stored). Any other method: 405.
ApiResponse blobRequest(Database& db, const Caller& caller, const std::string& blobDir,
                        const std::string& method, const std::string& sha256, const std::string& bytes);

struct AttachRequest
{
    Id fileId = 0;
    Id documentId = 0;
    std::string path; // the request's path, for the idempotency record
    std::optional<std::string> ifMatch;
    std::optional<std::string> idempotency;
    std::string body; // {"fileName","mediaType","sizeBytes","sha256Hex"[,"atMs"]}
};

// Sets the file's "documents" (each with its "attachments"), as the change feed sends them.
[[nodiscard]] Result<void> addDocuments(Database& db, Id fileId, Poco::JSON::Object& file);

// "/api/v1/files/<id>/documents/<docId>/attachments" → the ids; false for any other path.
bool parseAttachmentPath(const std::string& path, Id& fileId, Id& documentId);

// Records the attachment of a stored blob to a document of the file, in one transaction with the
// version + 1, the audit entry, the feed entry and the idempotency record: 201
// {"version","attachment","file"}. An analyst or a manager who may read the file (404 when not; an
// appraiser 403 forbidden_role); 422 validation when the blob is not stored or does not match the
// metadata; 409 deleted for a tombstone; 412 for a base the file never had. Attachments only add, so a
// base older than the current version merges.
ApiResponse attachToDocument(Database& db, const Caller& caller, const std::string& blobDir,
                             const AttachRequest& request, TimestampMs nowMs);

} // namespace saggar::server
