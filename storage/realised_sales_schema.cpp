#include "realised_sales_schema.h"

namespace saggar {

const char* realisedSalesSchemaSql()
{
    return R"sql(
CREATE TABLE realised_sales (
    id INTEGER PRIMARY KEY,
    asset_kind TEXT NOT NULL CHECK (asset_kind IN ('', 'truck', 'kiln')),
    asset_id INTEGER NOT NULL,
    type_code TEXT NOT NULL CHECK (length(type_code) > 0),
    sale_date TEXT NOT NULL CHECK (sale_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    price_fen INTEGER NOT NULL CHECK (price_fen > 0),
    channel TEXT NOT NULL CHECK (channel IN ('judicial_auction', 'negotiated', 'dealer')),
    cluster TEXT NOT NULL,
    age_years REAL,
    usage REAL,
    source TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    recorded_at_ms INTEGER NOT NULL,
    CHECK ((asset_kind = '' AND asset_id = 0) OR (asset_kind <> '' AND asset_id > 0))
);
CREATE INDEX realised_sales_date ON realised_sales(sale_date);
CREATE INDEX realised_sales_asset ON realised_sales(asset_kind, asset_id);

-- One champion at a time (the partial index refuses a second).
CREATE UNIQUE INDEX valuation_models_one_champion ON valuation_models(role) WHERE role = 'champion';

CREATE TABLE valuation_model_audit (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    actor_id INTEGER NOT NULL,
    actor_role TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    subject TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL,
    reason TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER valuation_model_audit_no_update BEFORE UPDATE ON valuation_model_audit
BEGIN
    SELECT RAISE(ABORT, 'The model change log is append-only: its entries cannot be changed');
END;
CREATE TRIGGER valuation_model_audit_no_delete BEFORE DELETE ON valuation_model_audit
BEGIN
    SELECT RAISE(ABORT, 'The model change log is append-only: its entries cannot be deleted');
END;
)sql";
}

} // namespace saggar
