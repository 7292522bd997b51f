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

// What a waiting or refused edit does, read from its body for the queue view.
enum class EditKind { CreateFile, PledgeTruck, PledgeKiln, AddCovenant, Fields, Move, Delete, Attach, Other };

struct EditSummary
{
    EditKind kind = EditKind::Other;
    std::string detail;             // plate or VIN, kiln gateway, condition text, action key, file name
    std::vector<std::string> paths; // Fields: the paths set, in the body's order
};

struct QueuedEdit
{
    std::int64_t id = 0;
    Id loanFileId = 0;
    std::int64_t baseVersion = 0;
    std::string patchJson;
    int attempts = 0;
    TimestampMs nextAttemptMs = 0;
    std::string lastError;
    std::string fileNo; // the file's number as the workstation shows it (provisional for a new file)
    EditSummary summary;
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
    std::string fileNo;
    EditSummary summary;
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
