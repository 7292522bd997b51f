// POST /api/v1/files/{id}/actions: a workflow move (docs/sync-api.md, "Workflow actions"). The
// server runs core's workflow (WorkflowService over the same SqliteWorkflowStore the workstation
// uses) as the signed-in person, so roles, states, maker-checker and the delegated authority are
// judged exactly as on the workstation. One transaction: the idempotency check, the move with its
// audit entries and version bump, the field log, the feed entry and the idempotency record.
#pragma once

#include "api_response.h"
#include "request_auth.h"

#include "storage/database.h"

#include <optional>
#include <string>

namespace saggar::server {

struct ActionRequest
{
    Id fileId = 0;
    std::string path;                       // the request's path, for the idempotency record
    std::optional<std::string> ifMatch;     // the header's value; nullopt when absent
    std::optional<std::string> idempotency; // likewise
    std::string body; // {"action":"approve","reason":"…"[,"grade":"b","rationale":"…"][,"comment":"…"]}
};

// The caller must hold the store's lock. Answers 200 {"version","state","file"}; 412 when If-Match
// is not the current version (moves do not merge); 403 forbidden_role / 409 workflow_refused /
// 422 validation with core's reason in the message when the rules refuse; 409 deleted for a tombstone.
ApiResponse performAction(Database& db, const Caller& caller, const ActionRequest& request,
                          TimestampMs nowMs);

} // namespace saggar::server
