// The workflow children of a file as the change feed and GET /api/v1/files/{id} carry them
// (docs/sync-api.md, "Loan files"), and applying them to the workspace: documents' status and note by
// id, a memo version the workspace lacks, the current round's risk assessment, approvals and policy
// exceptions not held yet. Plus the audit entry each change from the server leaves on the file's
// chain. Runs inside the caller's transaction (SqliteOutbox::storeChanges, the engine's re-read).
// Nothing here is queued for the server: these are its own data.
#pragma once

#include "database.h"

#include "core/workflow_types.h"

#include <optional>
#include <string>
#include <vector>

namespace saggar {

struct RemoteChildren
{
    std::int64_t decisionRound = 1;
    std::optional<CreditMemo> memo;     // the latest version; absent before the first save
    std::optional<RiskAssessment> risk; // the current round's
    std::vector<Approval> approvals;    // every round (round set), the server's ids
    std::vector<PolicyException> exceptions;
    Id updatedById = 0; // who wrote the server's current version, when it says
    std::string updatedByName;
};

// Documents' status, note and time by id (only documents of this file); then, when `children` is
// set, the decision round, a memo version the workspace lacks (or the freeze of one it holds), the
// risk assessment when the workspace's latest of that round differs, approvals not held (by round and
// approver) and exceptions not held (by kind, subject and who granted them). People the workspace does
// not know are left out (approvals) or stored as nobody. Returns the number of rows written.
Result<int> applyRemoteChildren(Database& db, Id fileId, const std::vector<Document>& documents,
                                const std::optional<RemoteChildren>& children);

// The document checklist of a file created from the feed, under the server's ids (a new id when a
// document of another file holds one here).
Result<void> insertRemoteDocuments(Database& db, Id fileId, const std::vector<Document>& documents);

// What came from the server, for the file's history.
enum class PulledChange { Updated, Created, Deleted };

// Appends one audit entry to the file's chain: kind "sync", subject "sync:updated" / "sync:created" /
// "sync:deleted", before the workspace's version (empty when created), after the server's, by
// `byId` when the workspace knows that person (else nobody, the name in the reason when given).
Result<void> appendPulledEntry(Database& db, Id fileId, PulledChange what, std::int64_t fromVersion,
                               std::int64_t toVersion, Id byId, const std::string& byName, TimestampMs atMs);

} // namespace saggar
