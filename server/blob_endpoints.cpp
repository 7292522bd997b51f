#include "blob_endpoints.h"

#include "field_log.h"
#include "file_summary.h"
#include "idempotency.h"
#include "write_preconditions.h"

#include "storage/content_files.h"
#include "storage/content_hash.h"
#include "storage/document_repository.h"
#include "storage/sqlite_workflow_store.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/StreamCopier.h>

#include <charconv>
#include <filesystem>
#include <sstream>

namespace saggar::server {

namespace {

namespace fs = std::filesystem;

std::string jsonText(const std::string& text)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(Poco::Dynamic::Var(text), out);
    return out.str();
}

ApiResponse internal(const std::string& message)
{
    return errorResponse(500, "internal", "the server could not keep the document: " + message);
}

bool isStored(const std::string& blobDir, const std::string& sha256)
{
    return !blobDir.empty() && storedCopyMatches(fs::path(blobDir) / sha256, sha256, kMaxBlobBytes);
}

// Whether a document of a file `caller` may read has an attachment with this content.
Result<bool> mayReadBlob(Database& db, const Caller& caller, const std::string& sha256)
{
    auto st =
        db.prepare("SELECT EXISTS (SELECT 1 FROM attachments a JOIN documents d ON d.id = a.document_id "
                   "JOIN loan_files f ON f.id = d.loan_file_id WHERE a.sha256 = ? AND NOT EXISTS "
                   "(SELECT 1 FROM server_tombstones t WHERE t.file_id = f.id) AND " +
                   readableFilesCondition(caller) + ")");
    if (!st)
        return st.error();
    if (!st.value().bindAll(sha256))
        return makeError("the blob's hash could not be bound", ErrorCode::DatabaseIo);
    auto row = st.value().step();
    if (!row)
        return row.error();
    return row.value() && st.value().columnInt(0) != 0;
}

bool readId(const std::string& text, Id& id)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    return !text.empty() && ec == std::errc() && end == text.data() + text.size() && id > 0;
}

struct AttachmentBody
{
    std::string fileName, mediaType, sha256Hex;
    std::int64_t sizeBytes = -1;
    TimestampMs atMs = 0;
};

std::variant<AttachmentBody, ApiResponse> readAttachmentBody(const std::string& body)
{
    auto parsed = parseJsonObject(body);
    if (auto* refused = std::get_if<ApiResponse>(&parsed))
        return *refused;
    const Poco::JSON::Object::Ptr o = std::get<Poco::JSON::Object::Ptr>(parsed);
    AttachmentBody a;
    for (const auto& [name, value] : *o) {
        if (name == "fileName" || name == "mediaType" || name == "sha256Hex") {
            if (!value.isString())
                return errorResponse(422, "wrong_type", name + " must be a string", name);
            (name == "fileName"    ? a.fileName
             : name == "mediaType" ? a.mediaType
                                   : a.sha256Hex) = value.extract<std::string>();
        } else if (name == "sizeBytes" || name == "atMs") {
            if (!value.isInteger())
                return errorResponse(422, "wrong_type", name + " must be an integer", name);
            (name == "sizeBytes" ? a.sizeBytes : a.atMs) = value.convert<std::int64_t>();
        } else {
            return errorResponse(422, "unknown_field",
                                 "an attachment has fileName, mediaType, sizeBytes, sha256Hex, atMs", name);
        }
    }
    if (!isSha256Hex(a.sha256Hex))
        return errorResponse(422, "validation", "sha256Hex must be 64 lower-case hex digits", "sha256Hex");
    if (a.sizeBytes <= 0)
        return errorResponse(422, "validation", "sizeBytes must be above 0", "sizeBytes");
    if (a.atMs < 0)
        return errorResponse(422, "validation", "atMs must not be negative", "atMs");
    return a;
}

std::string attachmentJson(const Attachment& a)
{
    return R"({"id":)" + std::to_string(a.id) + R"(,"fileName":)" + jsonText(a.fileName) +
           R"(,"mediaType":)" + jsonText(a.mediaType) + R"(,"sizeBytes":)" + std::to_string(a.sizeBytes) +
           R"(,"sha256Hex":)" + jsonText(a.sha256Hex) + R"(,"addedBy":)" + std::to_string(a.addedBy) +
           R"(,"atMs":)" + std::to_string(a.atMs) + "}";
}

} // namespace

std::optional<std::string> blobHashOf(const std::string& path)
{
    const std::string prefix = "/api/v1/blobs/";
    if (path.rfind(prefix, 0) != 0)
        return std::nullopt;
    std::string hash = path.substr(prefix.size());
    if (!isSha256Hex(hash))
        return std::nullopt;
    return hash;
}

std::optional<ApiResponse> readBlobBody(Poco::Net::HTTPServerRequest& request, std::string& bytes)
{
    if (!request.hasContentLength())
        return errorResponse(411, "length_required", "a document's body needs a Content-Length");
    if (request.getContentLength64() > kMaxBlobBytes)
        return errorResponse(413, "body_too_large",
                             "a document may be at most " + std::to_string(kMaxBlobBytes) + " bytes");
    bytes.reserve(static_cast<std::size_t>(request.getContentLength64()));
    Poco::StreamCopier::copyToString(request.stream(), bytes); // the stream ends at Content-Length
    return std::nullopt;
}

ApiResponse blobRequest(Database& db, const Caller& caller, const std::string& blobDir,
                        const std::string& method, const std::string& sha256, const std::string& bytes)
{
    if (method == "HEAD") {
        if (!isStored(blobDir, sha256))
            return ApiResponse{404, {}, {}}; // a HEAD answer has no body
        return ApiResponse{200, {}, {{"ETag", "\"" + sha256 + "\""}}};
    }
    if (method == "PUT") {
        if (blobDir.empty())
            return errorResponse(404, "not_found", "this server keeps no documents");
        if (sha256Hex(bytes) != sha256)
            return errorResponse(422, "validation", "the body does not hash to " + sha256, "sha256");
        const bool already = isStored(blobDir, sha256);
        if (!already)
            if (auto stored = storeBySha256(blobDir, bytes, kMaxBlobBytes); !stored)
                return internal(stored.error().message);
        return ApiResponse{already ? 200 : 201,
                           R"({"sha256":")" + sha256 + R"(","sizeBytes":)" + std::to_string(bytes.size()) +
                               "}",
                           {{"ETag", "\"" + sha256 + "\""}}};
    }
    if (method == "GET") {
        const std::string none = "no document content " + sha256;
        auto may = mayReadBlob(db, caller, sha256);
        if (!may)
            return internal(may.error().message);
        if (!may.value() || !isStored(blobDir, sha256))
            return errorResponse(404, "not_found", none);
        auto content = readWholeFile(fs::path(blobDir) / sha256, kMaxBlobBytes);
        if (!content || sha256Hex(content.value()) != sha256)
            return internal("the stored copy of " + sha256 + " no longer matches its hash");
        return ApiResponse{200,
                           std::move(content).value(),
                           {{"Content-Type", "application/octet-stream"},
                            {"ETag", "\"" + sha256 + "\""},
                            {"Cache-Control", "private, max-age=31536000, immutable"}}};
    }
    return errorResponse(405, "method_not_allowed", "use HEAD, PUT or GET");
}

Result<void> addDocuments(Database& db, Id fileId, Poco::JSON::Object& file)
{
    auto st =
        db.prepare("SELECT d.id, d.kind, d.status, d.note, d.updated_at_ms, a.id, a.file_name, "
                   "a.media_type, a.size_bytes, a.sha256, coalesce(a.added_by, 0), a.at_ms FROM documents "
                   "d LEFT JOIN attachments a ON a.document_id = d.id WHERE d.loan_file_id = ? "
                   "ORDER BY d.id, a.id");
    if (!st)
        return st.error();
    if (auto r = st.value().bindAll(fileId); !r)
        return r;
    Poco::JSON::Array::Ptr documents = new Poco::JSON::Array;
    Poco::JSON::Object::Ptr document;
    Poco::JSON::Array::Ptr attachments;
    for (;;) {
        auto row = st.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const Statement& r = st.value();
        if (!document || document->getValue<Id>("id") != r.columnInt64(0)) {
            document = new Poco::JSON::Object;
            attachments = new Poco::JSON::Array;
            document->set("id", r.columnInt64(0));
            document->set("kind", r.columnText(1));
            document->set("status", r.columnText(2));
            document->set("note", r.columnText(3));
            document->set("updatedAtMs", r.columnInt64(4));
            document->set("attachments", attachments);
            documents->add(document);
        }
        if (r.columnInt64(5) == 0)
            continue; // a document without attachments
        Poco::JSON::Object::Ptr a = new Poco::JSON::Object;
        a->set("id", r.columnInt64(5));
        a->set("fileName", r.columnText(6));
        a->set("mediaType", r.columnText(7));
        a->set("sizeBytes", r.columnInt64(8));
        a->set("sha256Hex", r.columnText(9));
        a->set("addedBy", r.columnInt64(10));
        a->set("atMs", r.columnInt64(11));
        attachments->add(a);
    }
    file.set("documents", documents);
    return {};
}

bool parseAttachmentPath(const std::string& path, Id& fileId, Id& documentId)
{
    const std::string prefix = "/api/v1/files/", middle = "/documents/", suffix = "/attachments";
    if (path.rfind(prefix, 0) != 0 || path.size() <= prefix.size() + middle.size() + suffix.size() ||
        path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    const std::string inner = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    const auto at = inner.find(middle);
    return at != std::string::npos && readId(inner.substr(0, at), fileId) &&
           readId(inner.substr(at + middle.size()), documentId);
}

ApiResponse attachToDocument(Database& db, const Caller& caller, const std::string& blobDir,
                             const AttachRequest& request, TimestampMs nowMs)
{
    const auto checked = writeBaseVersion(request.ifMatch, request.idempotency, "an attachment");
    if (const auto* refused = std::get_if<ApiResponse>(&checked))
        return *refused;
    const std::int64_t base = std::get<std::int64_t>(checked);
    auto read = readAttachmentBody(request.body);
    if (auto* refused = std::get_if<ApiResponse>(&read))
        return *refused;
    const AttachmentBody meta = std::get<AttachmentBody>(std::move(read));

    auto tx = Transaction::begin(db);
    if (!tx)
        return internal(tx.error().message);
    const IdempotentRequest idem{caller.userId, *request.idempotency, "POST", request.path,
                                 sha256Hex(request.body)};
    auto seen = replayIfSeen(db, idem);
    if (!seen)
        return internal(seen.error().message);
    if (seen.value())
        return *seen.value();

    const std::string noFile = "no file " + std::to_string(request.fileId);
    std::int64_t current = 0;
    {
        auto st = db.prepare("SELECT f.version, EXISTS (SELECT 1 FROM server_tombstones t WHERE t.file_id = "
                             "f.id) FROM loan_files f WHERE f.id = ? AND " +
                             readableFilesCondition(caller));
        if (!st || !st.value().bindAll(request.fileId))
            return internal("the file could not be read");
        auto row = st.value().step();
        if (!row)
            return internal(row.error().message);
        if (!row.value())
            return errorResponse(404, "not_found", noFile);
        if (st.value().columnInt(1) != 0)
            return errorResponse(409, "deleted", "file " + std::to_string(request.fileId) + " was deleted");
        current = st.value().columnInt64(0);
    }
    const auto role = fromKey<Role>(caller.role);
    if (!role || (*role != Role::Analyst && *role != Role::Manager))
        return errorResponse(403, "forbidden_role", "only an analyst or a manager attaches documents");
    if (base > current)
        return errorResponse(412, "version_mismatch",
                             "file " + std::to_string(request.fileId) + " is at version " +
                                 std::to_string(current) + ", never at " + std::to_string(base));
    auto document = getDocument(db, request.documentId);
    if (!document || document->loanFileId != request.fileId)
        return errorResponse(404, "not_found",
                             "file " + std::to_string(request.fileId) + " has no document " +
                                 std::to_string(request.documentId));
    if (!isStored(blobDir, meta.sha256Hex))
        return errorResponse(422, "validation",
                             "the content " + meta.sha256Hex + " is not stored; PUT /api/v1/blobs/" +
                                 meta.sha256Hex + " first",
                             "sha256Hex");
    auto bytes = readWholeFile(fs::path(blobDir) / meta.sha256Hex, kMaxBlobBytes);
    if (!bytes)
        return internal(bytes.error().message);
    if (static_cast<std::int64_t>(bytes.value().size()) != meta.sizeBytes)
        return errorResponse(422, "validation",
                             "the content is " + std::to_string(bytes.value().size()) + " bytes, not " +
                                 std::to_string(meta.sizeBytes),
                             "sizeBytes");
    if (const auto sniffed = sniffMediaType(bytes.value());
        !meta.mediaType.empty() && sniffed && *sniffed != meta.mediaType)
        return errorResponse(422, "validation", "the content is " + *sniffed + ", not " + meta.mediaType,
                             "mediaType");

    SqliteWorkflowStore store(db, blobDir); // the blob is there: attach stores nothing new
    store.setQueueForSync(false);           // the server's own writes are not sent anywhere
    const Actor actor{caller.userId, *role, caller.displayName};
    auto added = store.attach(request.documentId, meta.fileName, bytes.value(), actor,
                              meta.atMs > 0 ? meta.atMs : nowMs);
    if (!added) {
        if (added.error().code == ErrorCode::InvalidInput)
            return errorResponse(422, "validation", added.error().message, "fileName");
        return internal(added.error().message);
    }
    const std::int64_t next = current + 1;
    if (!recordChange(db, request.fileId, next, false, nowMs))
        return internal("the change feed could not be written");
    auto summary = fileSummary(db, request.fileId);
    if (!summary)
        return internal(summary.error().message);
    ApiResponse answer{201,
                       R"({"version":)" + std::to_string(next) + R"(,"attachment":)" +
                           attachmentJson(added.value()) + R"(,"file":)" + toJson(summary.value()) + "}",
                       {{"ETag", "\"" + std::to_string(next) + "\""}}};
    if (auto r = rememberAnswer(db, idem, answer, nowMs); !r)
        return internal(r.error().message);
    if (auto r = tx.value().commit(); !r)
        return internal(r.error().message);
    return answer;
}

} // namespace saggar::server
