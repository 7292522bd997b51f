// The sync client's side of the workspace database: the outbox of local edits waiting to be pushed,
// the conflicts the server refused, and the change-feed cursor. Plain C++, no Qt. Each connection
// is used from one thread; the sync engine opens its own.
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "core/workflow_types.h"
#include "storage/database.h"
#include "storage/sync_children.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar {

struct OutboxRow
{
    std::int64_t id = 0; // push order
    std::string idempotencyKey;
    Id loanFileId = 0;
    std::int64_t baseVersion = 0;
    std::string patchJson; // the contract's field patch: {"set":{…},"add":{…},"remove":[…]}
    TimestampMs createdAtMs = 0;
    int attempts = 0;
    TimestampMs nextAttemptMs = 0;
    std::string lastError;
};

struct ConflictRow
{
    std::int64_t id = 0;
    std::string idempotencyKey;
    Id loanFileId = 0;
    std::int64_t baseVersion = 0;
    std::string patchJson;
    std::string replyJson; // the server's 409 body: theirs, mine and base per path
    TimestampMs refusedAtMs = 0;
};

// The server's copy of a file as the change feed carries it: its own fields and pledged assets.
struct RemoteFile
{
    LoanState state = LoanState::Draft;
    Money amount;
    int termMonths = 0;
    double annualRatePct = 0.0;
    std::string purpose;
    std::vector<Truck> trucks; // ids are the server's
    std::vector<Kiln> kilns;
    // The trucks' and kilns' appraisedValueFen / appraisedBy, in the order of `trucks` and `kilns`, from
    // servers that send them (kept apart: the pledges are stored first, the values then set on them).
    struct Appraisal
    {
        Money value;
        Id by = 0;
    };
    bool appraisals = false;
    std::vector<Appraisal> truckAppraisals, kilnAppraisals;
    // The file's conditions and covenants (the server's ids), from servers that send them.
    std::optional<std::vector<Covenant>> covenants;
    // What creating a file the workstation lacks needs; sent by servers whose feed carries the
    // enterprise (fileNo empty and enterprise absent from older ones).
    std::string fileNo;
    Product product = Product::EquipmentMortgage;
    Id analystId = 0, appraiserId = 0, managerId = 0;
    TimestampMs createdAtMs = 0, updatedAtMs = 0;
    std::optional<Enterprise> enterprise; // with the server's id
    // documents[].attachments[] (documentId set; ids are the server's), from servers that send documents.
    std::vector<Attachment> attachments;
    // documents[] themselves (the server's ids) and the workflow children (sync_children.h), from servers
    // that send them.
    std::vector<Document> documents;
    std::optional<RemoteChildren> children;
};

struct FeedChange
{
    std::int64_t seq = 0;
    Id loanFileId = 0;
    std::int64_t version = 0;
    bool deleted = false;
    TimestampMs atMs = 0;
    std::optional<RemoteFile> file; // absent for a tombstone
    std::string deletedBy;          // a tombstone's deleter (display name), when the server says
    Id deletedById = 0;             // and their id
};

struct SyncState
{
    std::int64_t cursor = 0;
    TimestampMs lastSuccessMs = 0;
    std::int64_t pending = 0;
    std::int64_t conflicts = 0;
};

// A random UUID (version 4, 8-4-4-4-12 lower-case hex) from libsodium's randombytes.
std::string newIdempotencyKey();

// `text` as a JSON string literal with quotes, for building patches without a JSON library.
std::string jsonQuoted(std::string_view text);

// Queues one edit. Must be called inside the transaction that writes the edit itself, so the edit
// and its outbox row are committed (or rolled back) together; refuses otherwise.
Result<OutboxRow> enqueueEdit(Database& db, Id loanFileId, std::int64_t baseVersion, std::string patchJson,
                              TimestampMs now);

class SqliteOutbox
{
public:
    explicit SqliteOutbox(Database& db) : m_db(db) {}

    // The oldest rows first (their push order), at most `limit`.
    Result<std::vector<OutboxRow>> pending(std::size_t limit) const;
    Result<std::vector<ConflictRow>> conflicts() const;
    Result<SyncState> state() const;

    // The server accepted the row, making `newVersion`: it leaves the outbox. When someone else wrote
    // between the row's base and the new version, the file's later rows are rebased onto the row's
    // base, so the server checks their paths against everything written since (our own earlier row
    // included: a conflict with oneself is shown rather than a silent overwrite).
    Result<void> accept(const OutboxRow& row, std::int64_t newVersion, TimestampMs now);
    // A failed attempt that will be retried at `nextAttemptMs`.
    Result<void> recordFailure(std::int64_t rowId, TimestampMs nextAttemptMs, std::string_view error);
    // The server answered 409: the row moves to the conflicts, with the reply, in one transaction.
    Result<void> moveToConflicts(std::int64_t rowId, std::string_view replyJson, TimestampMs now);
    // The user resolved (or discarded) a conflict.
    Result<void> dropConflict(std::int64_t conflictId);
    // One page of the change feed and the cursor after it, stored in one transaction, with the
    // server's copies of the files applied (sync_apply.h).
    Result<void> storeChanges(const std::vector<FeedChange>& changes, std::int64_t cursor, TimestampMs now);
    Result<std::optional<FeedChange>> lastChange(Id loanFileId) const;

private:
    Database& m_db;
};

} // namespace saggar
