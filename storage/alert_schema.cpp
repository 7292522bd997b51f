#include "alert_schema.h"

namespace saggar {

// asset_kind is '' for an alert on the whole file (LTV). An alert's identity is its rule, subject and
// the start of its episode, so evaluating the same readings again finds the row it stored before.
// Every state change is written to the file's audit log in the same transaction (alert_queue.h).
const char* alertsSchemaSql()
{
    return R"sql(
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL,
    asset_kind TEXT NOT NULL,
    asset_id INTEGER NOT NULL,
    loan_file_id INTEGER NOT NULL REFERENCES loan_files(id) ON DELETE RESTRICT,
    started_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    active INTEGER NOT NULL,
    measure REAL NOT NULL,
    limit_value REAL NOT NULL,
    detail TEXT NOT NULL,
    state TEXT NOT NULL,
    assignee_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    raised_at_ms INTEGER NOT NULL,
    due_ms INTEGER NOT NULL,
    responded_at_ms INTEGER NOT NULL DEFAULT 0,
    updated_at_ms INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (rule, asset_kind, asset_id, loan_file_id, started_ms)
);
CREATE INDEX alerts_state_due ON alerts(state, due_ms);
CREATE INDEX alerts_loan_file ON alerts(loan_file_id);
CREATE INDEX alerts_subject ON alerts(rule, asset_kind, asset_id, loan_file_id, last_seen_ms);
CREATE TABLE alert_evidence (
    alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    asset_kind TEXT NOT NULL,
    asset_id INTEGER NOT NULL,
    channel INTEGER NOT NULL,
    t_ms INTEGER NOT NULL,
    value REAL NOT NULL,
    UNIQUE (alert_id, label, asset_kind, asset_id, channel, t_ms)
);
CREATE TABLE alert_watermarks (
    asset_kind TEXT NOT NULL,
    asset_id INTEGER NOT NULL,
    evaluated_to_ms INTEGER NOT NULL,
    PRIMARY KEY (asset_kind, asset_id)
);
)sql";
}

} // namespace saggar
