#include "schema.h"

#include "alert_schema.h"
#include "file_tombstone_schema.h"
#include "outbox_schema.h"
#include "realised_sales_schema.h"
#include "revaluation_schema.h"
#include "risk_schema.h"
#include "search_text.h"
#include "sync_asset_ids.h"
#include "sync_file_ids.h"
#include "valuation_schema.h"

#include "core/authority.h"

#include <string>
#include <vector>

namespace saggar {
namespace {

// v1: the base tables. Money is INTEGER fen, time INTEGER UTC ms, enums their key() strings;
// an unassigned person or an unpledged asset is NULL. Children are indexed on their parent column
// so that ON DELETE RESTRICT checks and per-file lookups stay indexed.
constexpr const char* kVersion1 = R"sql(
PRAGMA application_id = 1397180242;
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE enterprises (
    id INTEGER PRIMARY KEY,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    uscc TEXT NOT NULL UNIQUE,
    cluster TEXT NOT NULL,
    segment TEXT NOT NULL,
    legal_representative TEXT NOT NULL,
    annual_revenue_fen INTEGER NOT NULL,
    staff INTEGER NOT NULL
);
CREATE TABLE loan_files (
    id INTEGER PRIMARY KEY,
    file_no TEXT NOT NULL UNIQUE,
    enterprise_id INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE RESTRICT,
    product TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    term_months INTEGER NOT NULL,
    annual_rate_pct REAL NOT NULL,
    purpose TEXT NOT NULL,
    state TEXT NOT NULL,
    analyst_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    appraiser_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    manager_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    version INTEGER NOT NULL,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL
);
CREATE INDEX loan_files_enterprise ON loan_files(enterprise_id);
CREATE TABLE trucks (
    id INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE RESTRICT,
    loan_file_id INTEGER REFERENCES loan_files(id) ON DELETE RESTRICT,
    vin TEXT NOT NULL UNIQUE,
    plate TEXT NOT NULL UNIQUE,
    brand TEXT NOT NULL,
    model TEXT NOT NULL,
    year INTEGER NOT NULL,
    purchase_price_fen INTEGER NOT NULL,
    tracker_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX trucks_enterprise ON trucks(enterprise_id);
CREATE INDEX trucks_loan_file ON trucks(loan_file_id);
CREATE TABLE kilns (
    id INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE RESTRICT,
    loan_file_id INTEGER REFERENCES loan_files(id) ON DELETE RESTRICT,
    type TEXT NOT NULL,
    length_m REAL NOT NULL,
    daily_capacity INTEGER NOT NULL,
    capacity_unit TEXT NOT NULL,
    fuel TEXT NOT NULL,
    year_installed INTEGER NOT NULL,
    purchase_cost_fen INTEGER NOT NULL,
    gateway_id TEXT UNIQUE
);
CREATE INDEX kilns_enterprise ON kilns(enterprise_id);
CREATE INDEX kilns_loan_file ON kilns(loan_file_id);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    loan_file_id INTEGER NOT NULL REFERENCES loan_files(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    updated_at_ms INTEGER NOT NULL
);
CREATE INDEX documents_loan_file ON documents(loan_file_id);
)sql";

// v2: portfolio search. search_text is denormalised (see search_text.h) and backfilled here;
// the indexes serve the portfolio filters and sorts (ties by id come free: the rowid ends every index).
constexpr const char* kVersion2Schema = R"sql(
ALTER TABLE loan_files ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX loan_files_updated ON loan_files(updated_at_ms);
CREATE INDEX loan_files_amount ON loan_files(amount_fen);
CREATE INDEX loan_files_state ON loan_files(state);
CREATE INDEX loan_files_analyst ON loan_files(analyst_id);
CREATE INDEX loan_files_appraiser ON loan_files(appraiser_id);
CREATE INDEX loan_files_manager ON loan_files(manager_id);
CREATE INDEX enterprises_cluster ON enterprises(cluster);
CREATE INDEX enterprises_name_en ON enterprises(name_en COLLATE NOCASE);
)sql";

std::string version2()
{
    return std::string(kVersion2Schema) + "CREATE INDEX loan_files_state_order ON loan_files(" +
           enumOrderSql<LoanState>("state") +
           ");\nUPDATE loan_files SET search_text = " + kSearchTextSqlExpression + ";";
}

// v3: the loan-file workflow. Appraised values on the collateral; on each file its decision round,
// the head of its audit chain (last seq and hash, so a deleted last entry shows) and the approved
// memo version; the workflow's records; the audit log, append-only through any connection that
// keeps these triggers (someone with raw SQLite can drop them; the hash chain then shows what they
// did); credit memo versions, immutable except for being frozen; the delegated-authority table.
constexpr const char* kVersion3Schema = R"sql(
ALTER TABLE trucks ADD COLUMN appraised_value_fen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE trucks ADD COLUMN appraised_by INTEGER REFERENCES users(id) ON DELETE RESTRICT;
ALTER TABLE kilns ADD COLUMN appraised_value_fen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE kilns ADD COLUMN appraised_by INTEGER REFERENCES users(id) ON DELETE RESTRICT;
ALTER TABLE loan_files ADD COLUMN decision_round INTEGER NOT NULL DEFAULT 1;
ALTER TABLE loan_files ADD COLUMN audit_head_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE loan_files ADD COLUMN audit_head_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE loan_files ADD COLUMN approved_memo_version INTEGER;
-- "My work" queues read files by state, newest first; this index also serves what loan_files_state did.
DROP INDEX loan_files_state;
CREATE INDEX loan_files_state_updated ON loan_files(state, updated_at_ms);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    loan_file_id INTEGER NOT NULL REFERENCES loan_files(id) ON DELETE RESTRICT,
    seq INTEGER NOT NULL,
    actor_id INTEGER NOT NULL,
    actor_role TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL,
    reason TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (loan_file_id, seq)
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'A loan file''s history is append-only: its entries cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'A loan file''s history is append-only: its entries cannot be deleted');
END;
-- INSERT OR REPLACE deletes the row it replaces without firing DELETE triggers (unless
-- recursive_triggers is on), so an insert over an existing entry is refused before it happens.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE loan_file_id = NEW.loan_file_id AND seq = NEW.seq)
    OR EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'A loan file''s history is append-only: its entries cannot be replaced');
END;

CREATE TABLE risk_assessments (
    id INTEGER PRIMARY KEY,
    loan_file_id INTEGER NOT NULL REFERENCES loan_files(id) ON DELETE RESTRICT,
    round INTEGER NOT NULL,
    grade TEXT NOT NULL,
    rationale TEXT NOT NULL,
    assessed_by INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    at_ms INTEGER NOT NULL
);
CREATE INDEX risk_assessments_loan_file ON risk_assessments(loan_file_id, round);

CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    loan_file_id INTEGER NOT NULL REFERENCES loan_files(id) ON DELETE RESTRICT,
    round INTEGER NOT NULL,
    approver_id INTEGER NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
    comment TEXT NOT NULL,
    memo_version INTEGER NOT NULL,
    at_ms INTEGER NOT NULL,
    UNIQUE (loan_file_id, round, approver_id)
);

CREATE TABLE policy_exceptions (
    id INTEGER PRIMARY KEY,
    loan_file_id INTEGER NOT NULL REFERENCES loan_files(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    justification TEXT NOT NULL,
    granted_by INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    at_ms INTEGER NOT NULL
);
CREATE INDEX policy_exceptions_loan_file ON policy_exceptions(loan_file_id);

CREATE TABLE credit_memos (
    id INTEGER PRIMARY KEY,
    loan_file_id INTEGER NOT NULL REFERENCES loan_files(id) ON DELETE RESTRICT,
    version INTEGER NOT NULL,
    borrower TEXT NOT NULL,
    purpose TEXT NOT NULL,
    repayment_source TEXT NOT NULL,
    collateral TEXT NOT NULL,
    risk TEXT NOT NULL,
    conditions TEXT NOT NULL,
    recommendation TEXT NOT NULL,
    author_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    at_ms INTEGER NOT NULL,
    frozen INTEGER NOT NULL DEFAULT 0,
    UNIQUE (loan_file_id, version)
);
CREATE TRIGGER credit_memos_immutable
BEFORE UPDATE OF loan_file_id, version, borrower, purpose, repayment_source, collateral, risk, conditions,
    recommendation, author_id, at_ms ON credit_memos
BEGIN
    SELECT RAISE(ABORT, 'A saved credit memo version cannot be changed; save a new version instead');
END;
CREATE TRIGGER credit_memos_stay_frozen BEFORE UPDATE OF frozen ON credit_memos
    WHEN OLD.frozen <> 0 AND NEW.frozen = 0
BEGIN
    SELECT RAISE(ABORT, 'An approved credit memo version stays frozen');
END;
CREATE TRIGGER credit_memos_no_delete BEFORE DELETE ON credit_memos
BEGIN
    SELECT RAISE(ABORT, 'A saved credit memo version cannot be deleted');
END;
CREATE TRIGGER credit_memos_no_replace BEFORE INSERT ON credit_memos
WHEN EXISTS (SELECT 1 FROM credit_memos WHERE loan_file_id = NEW.loan_file_id AND version = NEW.version)
    OR EXISTS (SELECT 1 FROM credit_memos WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'A saved credit memo version cannot be replaced; save a new version instead');
END;

CREATE TABLE covenants (
    id INTEGER PRIMARY KEY,
    loan_file_id INTEGER NOT NULL REFERENCES loan_files(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL,
    metric TEXT NOT NULL,
    description TEXT NOT NULL,
    threshold REAL NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    updated_at_ms INTEGER NOT NULL
);
CREATE INDEX covenants_loan_file ON covenants(loan_file_id);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    added_by INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    at_ms INTEGER NOT NULL
);
CREATE INDEX attachments_document ON attachments(document_id);

CREATE TABLE authority_limits (
    position INTEGER PRIMARY KEY,
    max_amount_fen INTEGER NOT NULL,
    worst_grade TEXT NOT NULL,
    approvers INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    updated_at_ms INTEGER NOT NULL DEFAULT 0
);
)sql";

// The authority table starts as the bank's standard one (AuthorityTable::standard()).
std::string version3()
{
    std::string sql = kVersion3Schema;
    int position = 0;
    for (const AuthorityLimit& limit : AuthorityTable::standard().limits)
        sql += "INSERT INTO authority_limits (position, max_amount_fen, worst_grade, approvers) VALUES (" +
               std::to_string(++position) + ", " + std::to_string(limit.maxAmount.fen()) + ", '" +
               std::string(key(limit.worstGrade)) + "', " + std::to_string(limit.approvers) + ");\n";
    return sql;
}

std::vector<std::string> steps()
{
    return {kVersion1, version2(), version3(), valuationSchemaSql(), // v4: valuation (valuation_schema.cpp)
            riskDecisionSchemaSql(),                                  // v5: risk decisions (risk_schema.cpp)
            alertsSchemaSql(),                                        // v6: early-warning alerts (alert_schema.cpp)
            outboxSchemaSql(),                                        // v7: sync outbox and feed (outbox_schema.cpp)
            inspectionSignatureSchemaSql(), // v8: maintenance done by, signed inspections frozen (valuation_schema.cpp)
            revaluationSchemaSql(),         // v9: why a valuation was made (revaluation_schema.cpp)
            realisedSalesSchemaSql(),       // v10: realised sales, model role log (realised_sales_schema.cpp)
            fileTombstoneSchemaSql(),       // v11: deleted files kept as tombstones (file_tombstone_schema.cpp)
            syncFileIdsSchemaSql(),         // v12: files created here and the server's ids (sync_file_ids.cpp)
            syncAssetIdsSchemaSql()};       // v13: trucks and kilns pledged here and the server's ids (sync_asset_ids.cpp)
}

} // namespace

int currentSchemaVersion()
{
    return 13;
}

Result<int> schemaVersion(const Database& db)
{
    auto v = db.queryInt64("PRAGMA user_version");
    if (!v)
        return v.error();
    return static_cast<int>(*v);
}

Result<void> migrateTo(Database& db, int version)
{
    const auto all = steps();
    if (version < 0 || version > static_cast<int>(all.size()))
        return makeError("Schema version " + std::to_string(version) + " is unknown to this build.",
                         ErrorCode::InvalidInput);
    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    if (*current > currentSchemaVersion())
        return makeError("'" + db.path() + "' was created by a newer version of Saggar (schema " +
                             std::to_string(*current) + ", this build knows " +
                             std::to_string(currentSchemaVersion()) +
                             "). Install the newer Saggar to open it.",
                         ErrorCode::DatabaseTooNew);
    for (int next = *current + 1; next <= version; ++next) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        const std::string sql =
            all[static_cast<std::size_t>(next - 1)] + "\nPRAGMA user_version = " + std::to_string(next) + ";";
        if (auto r = db.exec(sql); !r)
            return withContext("Could not upgrade the database to schema " + std::to_string(next), r.error());
        if (auto r = tx->commit(); !r)
            return r.error();
    }
    return {};
}

Result<void> migrate(Database& db)
{
    return migrateTo(db, currentSchemaVersion());
}

} // namespace saggar
