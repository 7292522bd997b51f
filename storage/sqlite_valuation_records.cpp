// SqliteValuationStore: inspections (with maintenance, defects, photos) and valuations.
#include "sqlite_valuation_store.h"

#include "repository_support.h"

namespace saggar {

using namespace valuation;

namespace {

constexpr const char* kValuationColumns =
    "id, asset_kind, asset_id, at_ms, library_version, model_version, model_role, inspection_id, inputs, "
    "indicators, "
    "fair_market_fen, low80_fen, high80_fen, low90_fen, high90_fen, orderly_fen, forced_sale_fen, "
    "recovery_costs_fen, net_recovery_fen, unsold_chance, days_to_cash, valued_by, reason";

Money fenAt(const Statement& s, int column)
{
    return Money::fromFen(s.columnInt64(column));
}

} // namespace

Result<Id> SqliteValuationStore::saveInspection(const Inspection& in)
{
    if (auto r = validate(in); !r)
        return withContext("The inspection was not saved", r.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = insertRow(
        m_db,
        "INSERT INTO inspections (asset_kind, asset_id, at_ms, place, latitude, longitude, appraiser_id, "
        "overall, "
        "structure, mechanism, surface_wear_pct, services_due, signature) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
        "?7, ?8, ?9, "
        "?10, ?11, ?12, ?13)",
        [&](Statement& s) {
            return s.bindAll(in.assetKind, in.assetId, in.atMs, in.place, in.latitude, in.longitude,
                             in.appraiserId, key(in.overall), key(in.structure), key(in.mechanism),
                             in.surfaceWearPct, in.servicesDue, in.signature);
        },
        "The inspection was not saved");
    if (!id)
        return id.error();
    for (const MaintenanceRecord& m : in.maintenance)
        if (auto r = insertRow(
                m_db,
                "INSERT INTO inspection_maintenance (inspection_id, at_ms, work, scheduled, done_by) VALUES "
                "(?1, "
                "?2, ?3, ?4, ?5)",
                [&](Statement& s) { return s.bindAll(*id, m.atMs, m.work, m.scheduled, m.doneBy); },
                "The inspection was not saved");
            !r)
            return r.error();
    for (const Defect& d : in.defects)
        if (auto r = insertRow(
                m_db,
                "INSERT INTO inspection_defects (inspection_id, part, description, severity) VALUES (?1, ?2, "
                "?3, ?4)",
                [&](Statement& s) { return s.bindAll(*id, d.part, d.description, d.severity); },
                "The inspection was not saved");
            !r)
            return r.error();
    for (const std::string& p : in.photoSha256)
        if (auto r = insertRow(
                m_db, "INSERT INTO inspection_photos (inspection_id, sha256) VALUES (?1, ?2)",
                [&](Statement& s) { return s.bindAll(*id, p); }, "The inspection was not saved");
            !r)
            return r.error();
    if (auto r = auditInspection(in, *id); !r)
        return withContext("The inspection was not saved", r.error());
    if (auto r = tx->commit(); !r)
        return r.error();
    if (m_inspectionSaved)
        m_inspectionSaved(in);
    return *id;
}

Result<Inspection> SqliteValuationStore::inspection(Id id) const
{
    auto in = readOne<Inspection>(
        m_db,
        "SELECT id, asset_kind, asset_id, at_ms, place, latitude, longitude, appraiser_id, overall, "
        "structure, "
        "mechanism, surface_wear_pct, services_due, signature FROM inspections WHERE id = ?1",
        id,
        [](const Statement& s) {
            Inspection r;
            r.id = s.columnInt64(0);
            r.assetKind = s.columnText(1);
            r.assetId = s.columnInt64(2);
            r.atMs = s.columnInt64(3);
            r.place = s.columnText(4);
            if (!s.columnIsNull(5))
                r.latitude = s.columnDouble(5);
            if (!s.columnIsNull(6))
                r.longitude = s.columnDouble(6);
            r.appraiserId = s.columnInt64(7);
            r.overall = gradeFromKey(s.columnText(8)).value_or(ConditionGrade::E);
            r.structure = gradeFromKey(s.columnText(9)).value_or(ConditionGrade::E);
            r.mechanism = gradeFromKey(s.columnText(10)).value_or(ConditionGrade::E);
            r.surfaceWearPct = s.columnDouble(11);
            r.servicesDue = s.columnInt(12);
            r.signature = s.columnText(13);
            return r;
        },
        "Inspection " + std::to_string(id) + " is not in the workspace.");
    if (!in)
        return in;
    auto maintenance = readMany<MaintenanceRecord>(
        m_db,
        "SELECT at_ms, work, scheduled, done_by FROM inspection_maintenance WHERE inspection_id = ?1 ORDER "
        "BY "
        "rowid",
        id, [](const Statement& s) {
            return MaintenanceRecord{s.columnInt64(0), s.columnText(1), s.columnInt(2) != 0, s.columnText(3)};
        });
    auto defects = readMany<Defect>(
        m_db,
        "SELECT part, description, severity FROM inspection_defects WHERE inspection_id = ?1 ORDER BY rowid",
        id, [](const Statement& s) {
            return Defect{s.columnText(0), s.columnText(1), s.columnInt(2)};
        });
    auto photos = readMany<std::string>(
        m_db, "SELECT sha256 FROM inspection_photos WHERE inspection_id = ?1 ORDER BY rowid", id,
        [](const Statement& s) { return s.columnText(0); });
    if (!maintenance || !defects || !photos)
        return !maintenance ? maintenance.error() : !defects ? defects.error() : photos.error();
    in->maintenance = std::move(*maintenance);
    in->defects = std::move(*defects);
    in->photoSha256 = std::move(*photos);
    return in;
}

Result<Id> SqliteValuationStore::saveValuation(const ValuationRecord& v)
{
    if (v.assetKind.empty() || v.assetId <= 0 || v.libraryVersion.empty() || v.modelVersion.empty())
        return makeError("A valuation needs its asset, library version and model version.",
                         ErrorCode::InvalidInput);
    const LenderValues& x = v.values;
    return insertRow(
        m_db,
        "INSERT INTO valuations (asset_kind, asset_id, at_ms, library_version, model_version, model_role, "
        "inspection_id, inputs, indicators, fair_market_fen, low80_fen, high80_fen, low90_fen, high90_fen, "
        "orderly_fen, forced_sale_fen, recovery_costs_fen, net_recovery_fen, unsold_chance, days_to_cash, "
        "valued_by, reason) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
        "?21, ?22)",
        [&](Statement& s) {
            return s.bindAll(v.assetKind, v.assetId, v.atMs, v.libraryVersion, v.modelVersion,
                             v.role == ModelRole::Champion ? "champion" : "challenger",
                             nullIfZero(v.inspectionId), encodeInputs(v.inputs),
                             encodeIndicators(v.indicators), x.market.fairMarket.fen(), x.market.low80.fen(),
                             x.market.high80.fen(), x.market.low90.fen(), x.market.high90.fen(),
                             x.orderlyLiquidation.fen(), x.forcedSale.fen(), x.recoveryCosts.fen(),
                             x.netRecovery.fen(), x.unsoldChance, x.daysToCash, nullIfZero(v.valuedBy),
                             v.reason);
        },
        "The valuation was not saved");
}

Result<std::vector<ValuationRecord>> SqliteValuationStore::valuationsOf(std::string_view assetKind,
                                                                        Id assetId) const
{
    auto stmt = m_db.prepare(std::string("SELECT ") + kValuationColumns +
                             " FROM valuations WHERE asset_kind = ?1 AND asset_id = ?2 ORDER BY at_ms, id");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(assetKind, assetId); !r)
        return r.error();
    std::vector<ValuationRecord> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        const Statement& s = *stmt;
        ValuationRecord v;
        v.id = s.columnInt64(0);
        v.assetKind = s.columnText(1);
        v.assetId = s.columnInt64(2);
        v.atMs = s.columnInt64(3);
        v.libraryVersion = s.columnText(4);
        v.modelVersion = s.columnText(5);
        v.role = s.columnView(6) == "challenger" ? ModelRole::Challenger : ModelRole::Champion;
        v.inspectionId = idOrZero(s, 7);
        auto inputs = decodeInputs(s.columnView(8));
        auto indicators = decodeIndicators(s.columnView(9));
        if (!inputs)
            return inputs.error();
        if (!indicators)
            return indicators.error();
        v.inputs = std::move(*inputs);
        v.indicators = *indicators;
        v.values.market =
            MarketEstimate{fenAt(s, 10), fenAt(s, 11), fenAt(s, 12), fenAt(s, 13), fenAt(s, 14)};
        v.values.orderlyLiquidation = fenAt(s, 15);
        v.values.forcedSale = fenAt(s, 16);
        v.values.recoveryCosts = fenAt(s, 17);
        v.values.netRecovery = fenAt(s, 18);
        v.values.unsoldChance = s.columnDouble(19);
        v.values.daysToCash = s.columnInt(20);
        v.valuedBy = idOrZero(s, 21);
        v.reason = s.columnText(22);
        out.push_back(std::move(v));
    }
}

} // namespace saggar
