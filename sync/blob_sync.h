// Document content between the workstation's attachments folder and the server (docs/sync-api.md,
// "Documents (content by hash)"): before an attachment's metadata is posted its content is uploaded
// (HEAD, then PUT when the server lacks it), and content the workstation lacks is fetched with GET and
// stored only when it hashes to its name.
#pragma once

#include "sync_transport.h"

#include "core/result.h"
#include "storage/sync_outbox.h"

#include <string>

namespace saggar {

struct AttachmentPush
{
    enum class Step { Ready, Retry, Refused };
    Step step = Step::Ready;
    // Ready: the POST to send (path and body); Retry / Refused: why, and whether the server answered.
    std::string path, body;
    std::string message;
    bool online = false;
    int status = 0;         // the server's answer that refused it (0: refused here)
    std::string retryAfter; // of a Retry
};

// For an outbox row holding attachmentOutboxBody(): makes sure the server holds the content
// (`attachmentsDir`/<sha256>, checked against its hash) and returns the metadata POST. A row that does
// not read, content missing or changed here, or a PUT the server refuses (4xx) is Refused; no answer,
// 401, 429 or 5xx is Retry.
// `serverFileId` is the file's id on the server (remoteId()).
AttachmentPush prepareAttachmentPush(SyncTransport& transport, const std::string& attachmentsDir,
                                     const OutboxRow& row, Id serverFileId);

// GETs `sha256` and stores it as `attachmentsDir`/<sha256>; a body that does not hash to it is refused
// and nothing is stored.
Result<void> fetchAttachmentContent(SyncTransport& transport, const std::string& attachmentsDir,
                                    const std::string& sha256);

// The error body a Refused push is kept with in the conflicts ({"error":{"code","message"}}).
std::string refusalBody(const AttachmentPush& refused);

// Fetches the content of every attachment recorded in `db` that `attachmentsDir` lacks; the first
// failure is returned after trying them all (what was fetched stays).
Result<void> fetchMissingAttachments(SyncTransport& transport, Database& db,
                                     const std::string& attachmentsDir);

} // namespace saggar
