// The database schema as numbered migrations driven by PRAGMA user_version: each step runs in its
// own transaction, so an older file is upgraded in place and a failed step changes nothing.
#pragma once

#include "database.h"

namespace saggar {

// The schema version this build writes: v1 base tables, v2 portfolio search support,
// v3 the loan-file workflow (audit log, memos, approvals, covenants, attachments, authority),
// v4 valuation (library and model versions, inspections, valuations), v5 risk decisions (accounts,
// stored scores with inputs, routing bands, review claims), v6 early-warning alerts (alerts, evidence,
// evaluation watermarks).
int currentSchemaVersion();

// Upgrades the database to currentSchemaVersion(); a no-op when it is already there.
[[nodiscard]] Result<void> migrate(Database& db);

// Upgrades to exactly `version` (≤ currentSchemaVersion()); tests use it to build older files.
[[nodiscard]] Result<void> migrateTo(Database& db, int version);

// PRAGMA user_version of the open database.
[[nodiscard]] Result<int> schemaVersion(const Database& db);

} // namespace saggar
