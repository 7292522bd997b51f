#include "blob_sync.h"

#include "sync_reply.h"

#include "storage/content_files.h"
#include "storage/content_hash.h"
#include "storage/sync_attachments.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <filesystem>
#include <sstream>

namespace saggar {

namespace {

constexpr std::int64_t kMaxContentBytes = 64LL << 20; // the server's blob limit

AttachmentPush refused(std::string message, bool online = false, int status = 0)
{
    return {AttachmentPush::Step::Refused, {}, {}, std::move(message), online, status, {}};
}

AttachmentPush retry(std::string message, bool online, std::string retryAfter = {})
{
    return {AttachmentPush::Step::Retry, {}, {}, std::move(message), online, 0, std::move(retryAfter)};
}

bool mustRetry(int status)
{
    return classifyStatus(status) == PushOutcome::Retry;
}

} // namespace

AttachmentPush prepareAttachmentPush(SyncTransport& transport, const std::string& attachmentsDir,
                                     const OutboxRow& row, Id serverFileId)
{
    Id documentId = 0;
    std::string body, hash;
    try {
        const auto o = Poco::JSON::Parser().parse(row.patchJson).extract<Poco::JSON::Object::Ptr>();
        const auto meta = o ? o->getObject("body") : nullptr;
        if (!o || !meta || !o->get("attach").isInteger() || !meta->has("sha256Hex"))
            return refused("The queued attachment does not read.");
        documentId = o->get("attach").convert<Id>();
        hash = meta->getValue<std::string>("sha256Hex");
        std::ostringstream text;
        meta->stringify(text); // members in one order every time, so a retry carries the same bytes
        body = text.str();
    } catch (const std::exception& e) {
        return refused(std::string("The queued attachment does not read: ") + e.what());
    }
    if (!isSha256Hex(hash))
        return refused("The queued attachment names no valid SHA-256.");
    const std::string blob = "/api/v1/blobs/" + hash;
    auto head = transport.exchange({"HEAD", blob, {}, {}, std::nullopt, {}});
    if (!head)
        return retry(head.error().message, false);
    if (head->status != 200) {
        if (head->status != 404)
            return mustRetry(head->status)
                       ? retry(describeErrorBody(head->status, head->body), true, head->retryAfter)
                       : refused(describeErrorBody(head->status, head->body), true, head->status);
        auto bytes = readWholeFile(std::filesystem::path(attachmentsDir) / hash, kMaxContentBytes);
        if (!bytes || sha256Hex(bytes.value()) != hash)
            return refused("The attached file's content (" + hash +
                           ") is no longer in this workspace's attachments folder, or has changed, so it "
                           "cannot be sent.");
        auto put =
            transport.exchange({"PUT", blob, std::move(bytes).value(), row.idempotencyKey, std::nullopt, {}});
        if (!put)
            return retry(put.error().message, false);
        if (put->status != 200 && put->status != 201)
            return mustRetry(put->status)
                       ? retry(describeErrorBody(put->status, put->body), true, put->retryAfter)
                       : refused(describeErrorBody(put->status, put->body), true, put->status);
    }
    return {AttachmentPush::Step::Ready,
            "/api/v1/files/" + std::to_string(serverFileId) + "/documents/" + std::to_string(documentId) +
                "/attachments",
            body,
            {},
            true,
            0,
            {}};
}

Result<void> fetchAttachmentContent(SyncTransport& transport, const std::string& attachmentsDir,
                                    const std::string& sha256)
{
    auto reply = transport.exchange({"GET", "/api/v1/blobs/" + sha256, {}, {}, std::nullopt, {}});
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return makeError("The server did not send the attached file " + sha256 + ": " +
                         describeErrorBody(reply->status, reply->body));
    if (sha256Hex(reply->body) != sha256)
        return makeError("The server sent content for the attached file " + sha256 +
                             " that does not match its hash; it was not stored.",
                         ErrorCode::InvalidInput);
    std::error_code ec;
    std::filesystem::create_directories(attachmentsDir, ec);
    if (ec)
        return makeError("The attachments folder " + attachmentsDir +
                             " could not be created: " + ec.message(),
                         ErrorCode::DatabaseIo);
    auto stored = storeBySha256(attachmentsDir, reply->body, kMaxContentBytes);
    if (!stored)
        return stored.error();
    return {};
}

std::string refusalBody(const AttachmentPush& refused)
{
    Poco::JSON::Object::Ptr error = new Poco::JSON::Object;
    error->set("code", refused.status ? "refused" : "attachment_unsendable");
    error->set("message", refused.message);
    Poco::JSON::Object body;
    body.set("error", error);
    std::ostringstream text;
    body.stringify(text);
    return text.str();
}

Result<void> fetchMissingAttachments(SyncTransport& transport, Database& db,
                                     const std::string& attachmentsDir)
{
    auto missing = attachmentContentMissing(db, attachmentsDir);
    if (!missing)
        return missing.error();
    std::optional<Error> first;
    for (const std::string& hash : missing.value())
        if (auto r = fetchAttachmentContent(transport, attachmentsDir, hash); !r && !first)
            first = r.error();
    if (first)
        return *first;
    return {};
}

} // namespace saggar
