// The part of a field patch (docs/sync-api.md, "Field-level patches") that the workflow rules judge:
// the credit memo's sections ("memo/sections/<section>") and one document's status and note
// ("documents/<id>/status", "documents/<id>/note", and "documents/<id>/justification" for a waiver,
// which is not a field). Applied through core's WorkflowService as the caller, so who may write the
// memo or receive, verify and waive a document is decided exactly as on the workstation; merged
// against the field log like the draft fields (a path written since the base is a 409 conflict).
#pragma once

#include "api_response.h"
#include "request_auth.h"

#include "storage/database.h"

#include <Poco/JSON/Object.h>

namespace saggar::server {

// A patch made only of "set" paths of the memo or of documents.
bool isWorkflowPatch(const Poco::JSON::Object& patch);

// Inside the caller's transaction (file_patch.cpp: idempotency checked, the file read and not a
// tombstone); writes nothing unless it answers 200 {"version","file"}.
ApiResponse patchWorkflowFields(Database& db, const Caller& caller, Id fileId, std::int64_t base,
                                std::int64_t current, const Poco::JSON::Object& set, TimestampMs nowMs);

} // namespace saggar::server
