#include "outbox_schema.h"

namespace saggar {

const char* outboxSchemaSql()
{
    // A row leaves sync_outbox only after the server accepted it or refused it for good; its id
    // gives the push order. next_attempt_ms and attempts survive a restart so backoff resumes.
    return R"sql(
CREATE TABLE sync_outbox (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    loan_file_id INTEGER NOT NULL,
    base_version INTEGER NOT NULL,
    patch_json TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_outbox_file ON sync_outbox(loan_file_id, id);
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    loan_file_id INTEGER NOT NULL,
    base_version INTEGER NOT NULL,
    patch_json TEXT NOT NULL,
    reply_json TEXT NOT NULL,
    refused_at_ms INTEGER NOT NULL
);
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    cursor INTEGER NOT NULL DEFAULT 0,
    last_success_ms INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id) VALUES (1);
CREATE TABLE sync_changes (
    loan_file_id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    at_ms INTEGER NOT NULL
);
)sql";
}

} // namespace saggar
