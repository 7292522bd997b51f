#include "risk_schema.h"

namespace saggar {

// Scores and band settings are records of decisions: triggers refuse to change or delete them.
// Inputs, reasons and policy hits are tab-separated lines (see risk_records.cpp).
const char* riskDecisionSchemaSql()
{
    return R"sql(
CREATE TABLE enterprise_financials (
    enterprise_id INTEGER PRIMARY KEY REFERENCES enterprises(id) ON DELETE RESTRICT,
    total_assets_fen INTEGER NOT NULL,
    total_liabilities_fen INTEGER NOT NULL,
    net_profit_fen INTEGER NOT NULL,
    revenue_fen INTEGER NOT NULL,
    licence_expires_at_ms INTEGER,
    blacklisted INTEGER NOT NULL DEFAULT 0,
    max_days_past_due INTEGER
);
CREATE TABLE risk_scores (
    id INTEGER PRIMARY KEY,
    loan_file_id INTEGER NOT NULL REFERENCES loan_files(id) ON DELETE RESTRICT,
    round INTEGER NOT NULL,
    model_version TEXT NOT NULL,
    score REAL NOT NULL,
    route TEXT NOT NULL,
    band_route TEXT NOT NULL,
    decline_below REAL NOT NULL,
    approve_from REAL NOT NULL,
    grade TEXT NOT NULL,
    inputs TEXT NOT NULL,
    reasons TEXT NOT NULL,
    policy TEXT NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE INDEX risk_scores_loan_file ON risk_scores(loan_file_id, round);
CREATE TRIGGER risk_scores_no_update BEFORE UPDATE ON risk_scores
BEGIN
    SELECT RAISE(ABORT, 'A stored risk score cannot be changed; score the file again instead');
END;
CREATE TRIGGER risk_scores_no_delete BEFORE DELETE ON risk_scores
BEGIN
    SELECT RAISE(ABORT, 'A stored risk score cannot be deleted');
END;
CREATE TABLE risk_bands (
    id INTEGER PRIMARY KEY,
    decline_below REAL NOT NULL,
    approve_from REAL NOT NULL,
    review_rate REAL NOT NULL,
    approval_rate REAL NOT NULL,
    files INTEGER NOT NULL,
    justification TEXT NOT NULL,
    set_by INTEGER NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
    at_ms INTEGER NOT NULL
);
CREATE TRIGGER risk_bands_no_update BEFORE UPDATE ON risk_bands
BEGIN
    SELECT RAISE(ABORT, 'Saved routing bands are a record; save new bands instead');
END;
CREATE TRIGGER risk_bands_no_delete BEFORE DELETE ON risk_bands
BEGIN
    SELECT RAISE(ABORT, 'Saved routing bands are a record and cannot be deleted');
END;
CREATE TABLE review_claims (
    loan_file_id INTEGER PRIMARY KEY REFERENCES loan_files(id) ON DELETE RESTRICT,
    claimed_by INTEGER NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
    claimed_at_ms INTEGER NOT NULL
);
)sql";
}

} // namespace saggar
