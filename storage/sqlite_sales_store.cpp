#include "sqlite_sales_store.h"

#include "repository_support.h"
#include "sqlite_valuation_store.h"

#include "core/audit_chain.h"

namespace saggar {

using namespace valuation;

namespace {

Result<bool> assetExists(const Database& db, const RealisedSale& s)
{
    const char* sql = s.assetKind == "truck" ? "SELECT count(*) FROM trucks WHERE id = ?1"
                                             : "SELECT count(*) FROM kilns WHERE id = ?1";
    auto n = readOne<std::int64_t>(
        db, sql, s.assetId, [](const Statement& st) { return st.columnInt64(0); }, "not found");
    if (!n)
        return n.error();
    return *n > 0;
}

} // namespace

Result<std::vector<Id>> SqliteSalesStore::importSales(const std::vector<RealisedSale>& sales, Id by,
                                                      TimestampMs atMs)
{
    if (sales.empty())
        return makeError("There are no sales to import.", ErrorCode::InvalidInput);
    auto library = SqliteValuationStore(m_db).library();
    if (!library)
        return withContext("The sales need the valuation library to check their types", library.error());
    for (std::size_t i = 0; i < sales.size(); ++i) {
        const RealisedSale& s = sales[i];
        const std::string which = "sale " + std::to_string(i + 1) + ": ";
        if (auto ok = validate(s); !ok)
            return makeError(which + ok.error().message, ErrorCode::InvalidInput);
        if (!library->find(s.typeCode))
            return makeError(which + "type_code \"" + s.typeCode + "\" is not in library " + library->version,
                             ErrorCode::InvalidInput);
        if (!s.outside()) {
            auto exists = assetExists(m_db, s);
            if (!exists)
                return exists.error();
            if (!*exists)
                return makeError(which + "there is no " + s.assetKind + " " + std::to_string(s.assetId) +
                                     " in this workspace",
                                 ErrorCode::InvalidInput);
        }
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto stmt =
        m_db.prepare("INSERT INTO realised_sales (asset_kind, asset_id, type_code, sale_date, price_fen, "
                     "channel, cluster, age_years, usage, source, recorded_by, recorded_at_ms) VALUES "
                     "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!stmt)
        return stmt.error();
    std::vector<Id> ids;
    ids.reserve(sales.size());
    for (std::size_t i = 0; i < sales.size(); ++i) {
        const RealisedSale& s = sales[i];
        stmt->reset();
        if (auto r =
                stmt->bindAll(s.assetKind, s.assetId, s.typeCode, s.saleDate, s.price.fen(), key(s.channel),
                              key(s.cluster), s.ageYears, s.usage, s.source, nullIfZero(by), atMs);
            !r)
            return r.error();
        if (auto r = stmt->run(); !r)
            return withContext("Sale " + std::to_string(i + 1) + " was not stored", r.error());
        ids.push_back(m_db.lastInsertRowId());
    }
    if (auto r = tx->commit(); !r)
        return r.error();
    return ids;
}

Result<std::vector<RealisedSale>> SqliteSalesStore::sales() const
{
    return readMany<RealisedSale>(
        m_db,
        "SELECT id, asset_kind, asset_id, type_code, sale_date, price_fen, channel, cluster, age_years, "
        "usage, "
        "source, recorded_by, recorded_at_ms FROM realised_sales ORDER BY sale_date, id",
        0, [](const Statement& s) {
            RealisedSale r;
            r.id = s.columnInt64(0);
            r.assetKind = s.columnText(1);
            r.assetId = s.columnInt64(2);
            r.typeCode = s.columnText(3);
            r.saleDate = s.columnText(4);
            r.price = Money::fromFen(s.columnInt64(5));
            r.channel = saleChannelFromKey(s.columnText(6)).value_or(SaleChannel::Negotiated);
            r.cluster = enumColumn(s, 7, Cluster::Foshan);
            if (!s.columnIsNull(8))
                r.ageYears = s.columnDouble(8);
            if (!s.columnIsNull(9))
                r.usage = s.columnDouble(9);
            r.source = s.columnText(10);
            r.recordedBy = idOrZero(s, 11);
            r.recordedAtMs = s.columnInt64(12);
            return r;
        });
}

Result<std::vector<ModelValuation>> SqliteSalesStore::modelValuations() const
{
    return readMany<ModelValuation>(
        m_db,
        "SELECT model_version, asset_kind || ':' || asset_id, at_ms, fair_market_fen, low80_fen, high80_fen, "
        "low90_fen, high90_fen FROM valuations ORDER BY id",
        0, [](const Statement& s) {
            ModelValuation v;
            v.modelVersion = s.columnText(0);
            v.assetKey = s.columnText(1);
            v.atMs = s.columnInt64(2);
            v.market = {Money::fromFen(s.columnInt64(3)), Money::fromFen(s.columnInt64(4)),
                        Money::fromFen(s.columnInt64(5)), Money::fromFen(s.columnInt64(6)),
                        Money::fromFen(s.columnInt64(7))};
            return v;
        });
}

Result<ModelRoleChange> SqliteSalesStore::promoteChallenger(std::string_view version, Id actorId,
                                                            Role actorRole, std::string_view reason,
                                                            TimestampMs atMs)
{
    if (actorRole != Role::Manager)
        return makeError("Only a manager can promote a challenger model.", ErrorCode::Forbidden);
    std::string why(reason);
    while (!why.empty() && (why.back() == ' ' || why.back() == '\n'))
        why.pop_back();
    while (!why.empty() && (why.front() == ' ' || why.front() == '\n'))
        why.erase(why.begin());
    if (why.empty())
        return makeError("Say why the challenger is promoted.", ErrorCode::InvalidInput);
    if (why.size() > 2000)
        return makeError("The reason must be under 2,000 characters.", ErrorCode::InvalidInput);

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto roles = readMany<std::pair<std::string, std::string>>(
        m_db,
        "SELECT version, role FROM valuation_models WHERE role IN ('champion', 'challenger') ORDER BY id", 0,
        [](const Statement& s) {
            return std::pair{s.columnText(0), s.columnText(1)};
        });
    if (!roles)
        return roles.error();
    std::string champion;
    bool isChallenger = false;
    for (const auto& [v, role] : *roles) {
        if (role == "champion")
            champion = v;
        if (v == version && role == "challenger")
            isChallenger = true;
    }
    if (!isChallenger) {
        auto stmt = m_db.prepare("SELECT role FROM valuation_models WHERE version = ?1");
        if (!stmt)
            return stmt.error();
        if (auto r = stmt->bindText(1, version); !r)
            return r.error();
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return makeError("Model version " + std::string(version) + " is not in the workspace.",
                             ErrorCode::NotFound);
        return makeError("Model version " + std::string(version) + " is the " + stmt->columnText(0) +
                             ", not a challenger; only a challenger can be promoted.",
                         ErrorCode::InvalidInput);
    }
    if (auto r = m_db.exec("UPDATE valuation_models SET role = 'retired' WHERE role = 'champion'"); !r)
        return r.error();
    auto update = m_db.prepare("UPDATE valuation_models SET role = 'champion' WHERE version = ?1");
    if (!update)
        return update.error();
    if (auto r = update->bindText(1, version); !r)
        return r.error();
    if (auto r = update->run(); !r)
        return r.error();

    auto head = readMany<std::pair<std::int64_t, std::string>>(
        m_db, "SELECT seq, hash FROM valuation_model_audit ORDER BY seq DESC LIMIT 1", 0,
        [](const Statement& s) {
            return std::pair{s.columnInt64(0), s.columnText(1)};
        });
    if (!head)
        return head.error();
    AuditEntry entry;
    entry.actorId = actorId;
    entry.actorRole = actorRole;
    entry.atMs = atMs;
    entry.kind = AuditKind::Field;
    entry.subject = "valuation_model:champion";
    entry.before = champion;
    entry.after = std::string(version);
    entry.reason = why;
    std::vector<AuditEntry> chain{entry};
    chainAuditEntries(chain, head->empty() ? 0 : head->front().first,
                      head->empty() ? std::string(kGenesisHash) : head->front().second);
    const AuditEntry& e = chain.front();
    auto id = insertRow(
        m_db,
        "INSERT INTO valuation_model_audit (seq, actor_id, actor_role, at_ms, subject, before, after, "
        "reason, "
        "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        [&](Statement& s) {
            return s.bindAll(e.seq, e.actorId, key(e.actorRole), e.atMs, e.subject, e.before, e.after,
                             e.reason, e.prevHashHex, e.hashHex);
        },
        "The promotion was not recorded");
    if (!id)
        return id.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    ModelRoleChange change;
    change.id = *id;
    change.seq = e.seq;
    change.atMs = atMs;
    change.actorId = actorId;
    change.actorRole = actorRole;
    change.fromVersion = champion;
    change.toVersion = std::string(version);
    change.reason = why;
    change.hashHex = e.hashHex;
    return change;
}

Result<std::vector<ModelRoleChange>> SqliteSalesStore::modelRoleChanges() const
{
    return readMany<ModelRoleChange>(
        m_db,
        "SELECT a.id, a.seq, a.at_ms, a.actor_id, coalesce(u.display_name, ''), a.actor_role, a.before, "
        "a.after, "
        "a.reason, a.hash FROM valuation_model_audit a LEFT JOIN users u ON u.id = a.actor_id "
        "ORDER BY a.seq DESC",
        0, [](const Statement& s) {
            ModelRoleChange c;
            c.id = s.columnInt64(0);
            c.seq = s.columnInt64(1);
            c.atMs = s.columnInt64(2);
            c.actorId = s.columnInt64(3);
            c.actorName = s.columnText(4);
            c.actorRole = enumColumn(s, 5, Role::Manager);
            c.fromVersion = s.columnText(6);
            c.toVersion = s.columnText(7);
            c.reason = s.columnText(8);
            c.hashHex = s.columnText(9);
            return c;
        });
}

} // namespace saggar
