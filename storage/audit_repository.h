// The audit log of loan files in the store: append entries chained after the file's recorded head
// (which moves with them), and read a file's entries in the order they were stored.
#pragma once

#include "database.h"

#include "core/workflow_types.h"

#include <string>
#include <vector>

namespace saggar {

// The last seq and hash a file records for its chain; {0, ""} before its first entry.
struct AuditHead
{
    std::int64_t seq = 0;
    std::string hashHex;
};

[[nodiscard]] Result<AuditHead> readAuditHead(const Database& db, Id fileId); // NotFound: no such file

// Gives `entries` the file id, seq numbers and hashes after the file's head, inserts them and records
// the new head. Run inside the transaction of the change they describe.
[[nodiscard]] Result<void> appendAuditEntries(Database& db, Id fileId, std::vector<AuditEntry> entries);

// A file's recorded head and every entry of its history in stored (insertion) order, which is seq
// order unless someone rearranged the table behind the application's back — the verifier tells.
// Read by one statement, so head and entries are of the same moment. NotFound: no such file.
struct StoredHistory
{
    AuditHead head;
    std::vector<AuditEntry> entries;
};
[[nodiscard]] Result<StoredHistory> readStoredHistory(const Database& db, Id fileId);

// For bulk writers: the INSERT of one chained entry and its binding.
extern const char* const kInsertAuditEntrySql;
[[nodiscard]] Result<void> bindAuditEntry(Statement& stmt, const AuditEntry& entry);

} // namespace saggar
