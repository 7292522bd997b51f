// The schema step that adds the sync client's tables (see schema.cpp for its number).
#pragma once

namespace saggar {

// sync_outbox (local edits waiting to be pushed, each with its idempotency key, base version and
// field patch), sync_conflicts (edits the server refused with 409, kept for the user to resolve),
// sync_state (the change-feed cursor and the last success), sync_changes (what the feed reported).
const char* outboxSchemaSql();

} // namespace saggar
