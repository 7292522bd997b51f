// Reading a file's documents and workflow children from the server's JSON (docs/sync-api.md, "Loan
// files"): documents[] (id, kind, status, note, updatedAtMs, attachments), memo, riskAssessment,
// approvals, exceptions, decisionRound and updatedBy. Strict: a member of the wrong type, an unknown
// key, a missing member or an unknown enumeration key is an error, and the caller refuses the whole
// reply (a page of the feed stores nothing).
#pragma once

#include "core/result.h"
#include "storage/sync_outbox.h"

#include <Poco/JSON/Object.h>

namespace saggar {

// Fills file.documents when "documents" is present (attachments are read by sync_reply.cpp), and
// file.children when the workflow members are; these come all together or not at all (an older server).
[[nodiscard]] Result<void> parseRemoteChildren(const Poco::JSON::Object::Ptr& file, RemoteFile& out);

} // namespace saggar
