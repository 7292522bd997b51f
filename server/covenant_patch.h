// The part of a field patch (docs/sync-api.md, "Covenants and appraised values in patches") that adds
// or changes a file's conditions and covenants, or enters an asset's appraised value:
//   {"add":{"covenants":[{kind, metric, description, threshold, status, note}]}}
//   {"set":{"covenants/<id>/status":…, "covenants/<id>/note":…, …, "covenants/<id>/justification":…}}
//   {"set":{"trucks/<id>/appraisedValueFen":…}} or "kilns/<id>/appraisedValueFen"
// Applied through core's WorkflowService as the caller (evaluateCovenant, evaluateValuation), so who
// may write what, in which state, is core's rule (403 forbidden_field, 409 workflow_refused, 422
// validation); "set" paths are merged against the field log like the draft fields (a path written
// since the base is a 409 conflict with base, theirs and mine). An add touches no field: it merges.
#pragma once

#include "api_response.h"
#include "request_auth.h"

#include "storage/database.h"

#include <Poco/JSON/Object.h>

#include <optional>

namespace saggar::server {

// A patch of exactly one of the three shapes above (one covenant, or one asset, per patch).
bool isCovenantPatch(const Poco::JSON::Object& patch);

// Inside the caller's transaction (file_patch.cpp: idempotency checked, the file read and not a
// tombstone); writes nothing unless it answers 200 {"version","file"} (the file with its children and
// covenants, so the workstation can tie a covenant it added to the server's id).
ApiResponse patchCovenantFields(Database& db, const Caller& caller, Id fileId, std::int64_t base,
                                std::int64_t current, const Poco::JSON::Object& patch, TimestampMs nowMs);

// The file's conditions and covenants under "covenants" (sync-api.md, "Loan files").
[[nodiscard]] Result<void> addCovenants(Database& db, Id fileId, Poco::JSON::Object& file);

} // namespace saggar::server
