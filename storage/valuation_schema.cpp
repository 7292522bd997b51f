#include "valuation_schema.h"

namespace saggar {

// Library and model bodies are kept whole, so a valuation can be reproduced from the versions it names;
// a valuation row is never changed (a revaluation is a new row).
const char* valuationSchemaSql()
{
    return R"sql(
CREATE TABLE valuation_libraries (
    id INTEGER PRIMARY KEY,
    version TEXT NOT NULL UNIQUE,
    effective TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    types INTEGER NOT NULL,
    parameters INTEGER NOT NULL,
    body TEXT NOT NULL,
    imported_at_ms INTEGER NOT NULL,
    imported_by INTEGER REFERENCES users(id) ON DELETE RESTRICT
);
CREATE TABLE valuation_models (
    id INTEGER PRIMARY KEY,
    version TEXT NOT NULL UNIQUE,
    library_version TEXT NOT NULL,
    data_hash TEXT NOT NULL,
    measured TEXT NOT NULL,
    role TEXT NOT NULL,
    trained_at_ms INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE inspections (
    id INTEGER PRIMARY KEY,
    asset_kind TEXT NOT NULL,
    asset_id INTEGER NOT NULL,
    at_ms INTEGER NOT NULL,
    place TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    appraiser_id INTEGER NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
    overall TEXT NOT NULL,
    structure TEXT NOT NULL,
    mechanism TEXT NOT NULL,
    surface_wear_pct REAL NOT NULL,
    services_due INTEGER NOT NULL,
    signature TEXT NOT NULL
);
CREATE INDEX inspections_asset ON inspections(asset_kind, asset_id, at_ms);
CREATE TABLE inspection_maintenance (
    inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
    at_ms INTEGER NOT NULL,
    work TEXT NOT NULL,
    scheduled INTEGER NOT NULL
);
CREATE INDEX inspection_maintenance_inspection ON inspection_maintenance(inspection_id);
CREATE TABLE inspection_defects (
    inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
    part TEXT NOT NULL,
    description TEXT NOT NULL,
    severity INTEGER NOT NULL
);
CREATE INDEX inspection_defects_inspection ON inspection_defects(inspection_id);
CREATE TABLE inspection_photos (
    inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL
);
CREATE INDEX inspection_photos_inspection ON inspection_photos(inspection_id);
CREATE TABLE valuations (
    id INTEGER PRIMARY KEY,
    asset_kind TEXT NOT NULL,
    asset_id INTEGER NOT NULL,
    at_ms INTEGER NOT NULL,
    library_version TEXT NOT NULL REFERENCES valuation_libraries(version) ON DELETE RESTRICT,
    model_version TEXT NOT NULL,
    model_role TEXT NOT NULL,
    inspection_id INTEGER REFERENCES inspections(id) ON DELETE RESTRICT,
    inputs TEXT NOT NULL,
    indicators TEXT NOT NULL,
    fair_market_fen INTEGER NOT NULL,
    low80_fen INTEGER NOT NULL,
    high80_fen INTEGER NOT NULL,
    low90_fen INTEGER NOT NULL,
    high90_fen INTEGER NOT NULL,
    orderly_fen INTEGER NOT NULL,
    forced_sale_fen INTEGER NOT NULL,
    recovery_costs_fen INTEGER NOT NULL,
    net_recovery_fen INTEGER NOT NULL,
    unsold_chance REAL NOT NULL,
    days_to_cash INTEGER NOT NULL,
    valued_by INTEGER REFERENCES users(id) ON DELETE RESTRICT
);
CREATE INDEX valuations_asset ON valuations(asset_kind, asset_id, at_ms);
CREATE TRIGGER valuations_no_update BEFORE UPDATE ON valuations
BEGIN
    SELECT RAISE(ABORT, 'A valuation is kept as it was made; revalue to get a new one');
END;
)sql";
}

// The appraiser's signature freezes an inspection: what was signed stays as it was signed.
const char* inspectionSignatureSchemaSql()
{
    return R"sql(
ALTER TABLE inspection_maintenance ADD COLUMN done_by TEXT NOT NULL DEFAULT '';
CREATE TRIGGER inspections_signed_no_update BEFORE UPDATE ON inspections
WHEN OLD.signature <> ''
BEGIN
    SELECT RAISE(ABORT, 'A signed inspection is kept as it was signed; record a new inspection');
END;
CREATE TRIGGER inspections_signed_no_delete BEFORE DELETE ON inspections
WHEN OLD.signature <> ''
BEGIN
    SELECT RAISE(ABORT, 'A signed inspection is kept as it was signed; record a new inspection');
END;
CREATE TRIGGER inspection_maintenance_signed_no_update BEFORE UPDATE ON inspection_maintenance
WHEN (SELECT signature FROM inspections WHERE id = OLD.inspection_id) <> ''
BEGIN
    SELECT RAISE(ABORT, 'A signed inspection is kept as it was signed; record a new inspection');
END;
CREATE TRIGGER inspection_maintenance_signed_no_delete BEFORE DELETE ON inspection_maintenance
WHEN (SELECT signature FROM inspections WHERE id = OLD.inspection_id) <> ''
BEGIN
    SELECT RAISE(ABORT, 'A signed inspection is kept as it was signed; record a new inspection');
END;
CREATE TRIGGER inspection_defects_signed_no_update BEFORE UPDATE ON inspection_defects
WHEN (SELECT signature FROM inspections WHERE id = OLD.inspection_id) <> ''
BEGIN
    SELECT RAISE(ABORT, 'A signed inspection is kept as it was signed; record a new inspection');
END;
CREATE TRIGGER inspection_defects_signed_no_delete BEFORE DELETE ON inspection_defects
WHEN (SELECT signature FROM inspections WHERE id = OLD.inspection_id) <> ''
BEGIN
    SELECT RAISE(ABORT, 'A signed inspection is kept as it was signed; record a new inspection');
END;
CREATE TRIGGER inspection_photos_signed_no_update BEFORE UPDATE ON inspection_photos
WHEN (SELECT signature FROM inspections WHERE id = OLD.inspection_id) <> ''
BEGIN
    SELECT RAISE(ABORT, 'A signed inspection is kept as it was signed; record a new inspection');
END;
CREATE TRIGGER inspection_photos_signed_no_delete BEFORE DELETE ON inspection_photos
WHEN (SELECT signature FROM inspections WHERE id = OLD.inspection_id) <> ''
BEGIN
    SELECT RAISE(ABORT, 'A signed inspection is kept as it was signed; record a new inspection');
END;
)sql";
}

} // namespace saggar
