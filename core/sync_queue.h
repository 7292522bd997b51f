// The user's view of what waits for the bank server (issue 5): edits not yet accepted, and edits the
// server refused (conflicts), with the choice to keep one's own values or take the server's.
// Declared here, implemented in sync/ over the workspace database, used by ui/.
#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace saggar {

struct QueuedEdit
{
    std::int64_t id = 0;
    Id loanFileId = 0;
    std::int64_t baseVersion = 0;
    std::string patchJson;
    int attempts = 0;
    TimestampMs nextAttemptMs = 0;
    std::string lastError;
};

struct ConflictValue
{
    std::string path;               // amountFen, trucks/31/plate, …
    std::string base, theirs, mine; // JSON text
    std::string theirsBy;           // display name, may be empty
};

struct EditConflict
{
    std::int64_t id = 0;
    Id loanFileId = 0;
    std::string code;    // conflict, deleted, workflow_refused, validation, …
    std::string message; // the server's explanation (English)
    std::int64_t currentVersion = 0;
    std::vector<ConflictValue> values; // empty when the server refused the whole edit
    std::string patchJson;             // the edit as it was sent
    TimestampMs refusedAtMs = 0;
    bool isDelete = false; // the edit was a delete of the file
    std::string deletedBy; // code "deleted": who deleted the file on the server, when known
};

class SyncQueue
{
public:
    virtual ~SyncQueue() = default;
    virtual Result<std::vector<QueuedEdit>> queuedEdits(std::size_t limit) = 0;
    virtual Result<std::vector<EditConflict>> conflicts() = 0;
    // Sends one's own values again on the server's current version, as a new edit.
    virtual Result<void> keepMine(std::int64_t conflictId) = 0;
    // Gives the edit up: the server's values stand.
    virtual Result<void> takeTheirs(std::int64_t conflictId) = 0;
};

} // namespace saggar
