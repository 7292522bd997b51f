// Deletes and the files the feed brings (docs/sync.md): a draft deleted on the workstation is kept,
// marked deleted and queued as a DELETE in the same transaction; a tombstone from the change feed marks
// the file deleted too, moving any edit of it still waiting to the conflicts ("deleted on the server by
// X") so nothing typed is lost; a file the server has and the workstation lacks is created from the
// feed. Plain C++, no Qt; all of it runs inside the caller's transaction except deleteDraftLocally.
#pragma once

#include "sync_outbox.h"

#include <string_view>

namespace saggar {

// The outbox body of a delete: the engine sends DELETE /api/v1/files/{id} with the row's base as
// If-Match and its key, and no body.
inline constexpr std::string_view kDeleteBody = R"({"delete":true})";
bool isDeleteBody(std::string_view json);

// Deletes a draft on the workstation: its analyst or a manager, only a draft not deleted yet
// (Forbidden / InvalidInput otherwise, nothing changed). Marks the file deleted by the person and
// queues the DELETE on the file's version, in one transaction.
Result<void> deleteDraftLocally(Database& db, Id fileId, Id actorId, TimestampMs now);

// The feed's tombstone for `change.loanFileId` (inside storeChanges' transaction): the file is marked
// deleted at the tombstone's version; edits of it still waiting move to the conflicts with a "deleted"
// reply naming who deleted it (a waiting delete of our own is simply done). Nothing when the
// workstation lacks the file.
Result<void> applyTombstone(Database& db, const FeedChange& change, TimestampMs now);

// Creates a file the workstation lacks from the server's copy (with its enterprise, reused by id or
// USCC, and its pledges). Returns false, changing nothing, when the file is there already or the feed
// did not carry what creating it needs (an older server).
Result<bool> createRemoteFile(Database& db, Id fileId, std::int64_t version, const RemoteFile& file);

// NotFound ("Loan file … was deleted by …") when the file is marked deleted; nothing otherwise. A deleted
// file is kept in the workspace but no longer opens.
Result<void> refuseIfDeleted(Database& db, Id fileId, const std::string& fileNo);

// After the server refused a delete for good (not because the file is deleted), the file shows again.
// Inside moveToConflicts' transaction; nothing for a row that is not a delete.
Result<void> restoreIfDeleteRefused(Database& db, std::int64_t outboxRowId, std::string_view replyJson);

} // namespace saggar
