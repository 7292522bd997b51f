// The workflow children of a loan file as the API sends them (docs/sync-api.md, "Loan files"): the
// latest credit memo, the current decision round's risk assessment, the approvals and policy
// exceptions, the decision round, and who wrote the file's current version. Documents (with their
// attachments) are added by blob_endpoints.h's addDocuments; covenants by their own builder.
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "storage/database.h"

#include <Poco/JSON/Object.h>

namespace saggar::server {

// Sets "decisionRound", "memo" (null before the first save), "riskAssessment" (null when the current
// round has none), "approvals" (every round, oldest first), "exceptions" and "updatedBy" (the person
// whose write made the current version, from the field log, or at version 1 the file's analyst; null
// otherwise).
[[nodiscard]] Result<void> addWorkflowChildren(Database& db, Id fileId, Poco::JSON::Object& file);

} // namespace saggar::server
