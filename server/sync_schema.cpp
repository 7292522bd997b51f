#include "sync_schema.h"

namespace saggar::server {

Result<void> ensureSyncSchema(Database& db, TimestampMs nowMs)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto exists =
        db.queryInt64("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'server_changes'");
    if (!exists)
        return exists.error();
    if (exists.value() > 0)
        return tx.value().commit();
    if (auto r = db.exec(R"(
CREATE TABLE server_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    at_ms INTEGER NOT NULL
);
CREATE INDEX server_changes_file ON server_changes(file_id, seq);
CREATE TABLE server_field_log (
    file_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    path TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    at_ms INTEGER NOT NULL,
    PRIMARY KEY (file_id, version, path)
);
CREATE TABLE server_tombstones (
    file_id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE TABLE server_idempotency (
    user_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE INDEX server_idempotency_age ON server_idempotency(at_ms);
)");
        !r)
        return r;
    auto seed = db.prepare("INSERT INTO server_changes (file_id, version, deleted, at_ms) "
                           "SELECT id, version, 0, ? FROM loan_files ORDER BY id");
    if (!seed)
        return seed.error();
    if (auto r = seed.value().bindAll(nowMs); !r)
        return r;
    if (auto r = seed.value().run(); !r)
        return r;
    return tx.value().commit();
}

} // namespace saggar::server
