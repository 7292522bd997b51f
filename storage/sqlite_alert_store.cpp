#include "sqlite_alert_store.h"

#include "audit_repository.h"
#include "repository_support.h"

#include <algorithm>

namespace saggar {
namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.rule, a.severity, a.asset_kind, a.asset_id, a.loan_file_id, a.started_ms, "
    "a.last_seen_ms, "
    "a.active, a.measure, a.limit_value, a.detail, a.state, a.assignee_id, a.raised_at_ms, a.due_ms, "
    "a.responded_at_ms, a.updated_at_ms, a.note, f.file_no, e.name_zh, f.analyst_id, "
    "CASE a.asset_kind WHEN 'truck' THEN (SELECT plate FROM trucks WHERE id = a.asset_id) "
    "WHEN 'kiln' THEN (SELECT COALESCE(gateway_id, '') FROM kilns WHERE id = a.asset_id) ELSE '' END "
    "FROM alerts a JOIN loan_files f ON f.id = a.loan_file_id JOIN enterprises e ON e.id = f.enterprise_id ";

std::string assetKindKey(const std::optional<AssetRef>& asset)
{
    return asset ? std::string(key(asset->kind)) : std::string();
}

Alert readAlert(const Statement& s)
{
    Alert a;
    a.id = s.columnInt64(0);
    AlertFinding& f = a.finding;
    f.rule = enumColumn(s, 1, AlertRule::GeofenceExit);
    f.severity = enumColumn(s, 2, AlertSeverity::Medium);
    if (auto kind = fromKey<AssetKind>(s.columnView(3)))
        f.asset = AssetRef{*kind, s.columnInt64(4)};
    f.loanFileId = s.columnInt64(5);
    f.startedMs = s.columnInt64(6);
    f.lastSeenMs = s.columnInt64(7);
    f.active = s.columnInt(8) != 0;
    f.measure = s.columnDouble(9);
    f.limit = s.columnDouble(10);
    f.detail = s.columnText(11);
    a.state = enumColumn(s, 12, AlertState::Open);
    a.assigneeId = idOrZero(s, 13);
    a.raisedAtMs = s.columnInt64(14);
    a.dueMs = s.columnInt64(15);
    a.respondedAtMs = s.columnInt64(16);
    a.updatedAtMs = s.columnInt64(17);
    a.note = s.columnText(18);
    a.fileNo = s.columnText(19);
    a.enterpriseName = s.columnText(20);
    a.analystId = idOrZero(s, 21);
    a.assetLabel = s.columnText(22);
    return a;
}

int severityRank(AlertSeverity s)
{
    return s == AlertSeverity::High ? 0 : s == AlertSeverity::Medium ? 1 : 2;
}

} // namespace

Result<std::vector<Alert>> SqliteAlertStore::alerts(const AlertFilter& filter)
{
    std::string sql =
        std::string(kSelect) + "WHERE (?1 OR a.state <> 'resolved') AND (?2 = 0 OR f.analyst_id = ?2)";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(filter.includeResolved, filter.analystId.value_or(0)); !r)
        return r.error();
    auto rows = readAll<Alert>(*stmt, readAlert);
    if (!rows)
        return rows.error();
    std::stable_sort(rows->begin(), rows->end(), [](const Alert& x, const Alert& y) {
        const bool xr = x.state == AlertState::Resolved, yr = y.state == AlertState::Resolved;
        if (xr != yr)
            return yr;
        if (x.finding.severity != y.finding.severity)
            return severityRank(x.finding.severity) < severityRank(y.finding.severity);
        return x.raisedAtMs != y.raisedAtMs ? x.raisedAtMs < y.raisedAtMs : x.id < y.id;
    });
    return rows;
}

Result<Alert> SqliteAlertStore::alert(Id alertId)
{
    return readOne<Alert>(m_db, std::string(kSelect) + "WHERE a.id = ?1", alertId, readAlert,
                          "There is no alert " + std::to_string(alertId) + ".");
}

Result<std::vector<AlertEvidence>> SqliteAlertStore::evidence(Id alertId)
{
    return readMany<AlertEvidence>(
        m_db,
        "SELECT label, asset_kind, asset_id, channel, t_ms, value FROM alert_evidence WHERE alert_id = ?1 "
        "ORDER BY t_ms, rowid",
        alertId, [](const Statement& s) {
            AlertEvidence e;
            e.label = s.columnText(0);
            e.kind = fromKey<AssetKind>(s.columnView(1)).value_or(AssetKind::Truck);
            e.assetId = s.columnInt64(2);
            e.channel = static_cast<std::uint16_t>(s.columnInt(3));
            e.tMs = s.columnInt64(4);
            e.value = s.columnDouble(5);
            return e;
        });
}

Result<void> SqliteAlertStore::apply(const AlertChange& c)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto stmt =
        m_db.prepare("UPDATE alerts SET state = ?1, assignee_id = ?2, responded_at_ms = ?3, note = ?4, "
                     "updated_at_ms = ?5 WHERE id = ?6 AND state = ?7");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(key(c.to), nullIfZero(c.assigneeId), c.respondedAtMs, c.note, c.atMs,
                               c.alertId, key(c.from));
        !r)
        return r;
    if (auto r = stmt->run(); !r)
        return r;
    if (m_db.changes() != 1)
        return makeError("The alert was changed by someone else meanwhile; look at it again.",
                         ErrorCode::Conflict);
    if (auto r = appendAuditEntries(m_db, c.audit.loanFileId, {c.audit}); !r)
        return r;
    return tx->commit();
}

Result<std::optional<Alert>> SqliteAlertStore::matching(const AlertFinding& f)
{
    auto stmt =
        m_db.prepare(std::string(kSelect) +
                     "WHERE a.rule = ?1 AND a.asset_kind = ?2 AND a.asset_id = ?3 AND a.loan_file_id = ?4 "
                     "AND (a.started_ms = ?5 OR (a.active = 1 AND a.last_seen_ms >= ?5 - ?7 AND "
                     "a.started_ms <= ?6)) ORDER BY a.started_ms = ?5 DESC, a.id LIMIT 1");
    if (!stmt)
        return stmt.error();
    const TimestampMs gap = f.rule == AlertRule::LtvBreach ? f.startedMs : SqliteAlertStore::kMergeGapMs;
    if (auto r = stmt->bindAll(key(f.rule), assetKindKey(f.asset), f.asset ? f.asset->id : 0, f.loanFileId,
                               f.startedMs, f.lastSeenMs, gap);
        !r)
        return r.error();
    auto rows = readAll<Alert>(*stmt, readAlert);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<Alert>();
    return std::optional<Alert>(std::move(rows->front()));
}

Result<void> SqliteAlertStore::insertEvidence(Id alertId, const std::vector<AlertEvidence>& evidence)
{
    auto stmt =
        m_db.prepare("INSERT OR IGNORE INTO alert_evidence (alert_id, label, asset_kind, asset_id, channel, "
                     "t_ms, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stmt)
        return stmt.error();
    for (const AlertEvidence& e : evidence) {
        stmt->reset();
        if (auto r = stmt->bindAll(alertId, e.label, key(e.kind), e.assetId, static_cast<int>(e.channel),
                                   e.tMs, e.value);
            !r)
            return r;
        if (auto r = stmt->run(); !r)
            return r;
    }
    return {};
}

Result<AlertUpsertStats> SqliteAlertStore::upsert(std::span<const AlertFinding> findings, TimestampMs nowMs)
{
    AlertUpsertStats stats;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (const AlertFinding& f : findings) {
        auto existing = matching(f);
        if (!existing)
            return existing.error();
        if (*existing) {
            const Alert& a = **existing;
            const bool newer = f.lastSeenMs > a.finding.lastSeenMs;
            const TimestampMs lastSeen = std::max(a.finding.lastSeenMs, f.lastSeenMs);
            const bool active = newer ? f.active : a.finding.active;
            const AlertSeverity severity =
                severityRank(f.severity) < severityRank(a.finding.severity) ? f.severity : a.finding.severity;
            const double measure = newer ? f.measure : a.finding.measure;
            const std::string& detail = newer ? f.detail : a.finding.detail;
            if (lastSeen == a.finding.lastSeenMs && active == a.finding.active &&
                severity == a.finding.severity && detail == a.finding.detail) {
                ++stats.unchanged;
                continue;
            }
            auto stmt =
                m_db.prepare("UPDATE alerts SET last_seen_ms = ?1, active = ?2, severity = ?3, measure = ?4, "
                             "detail = ?5 WHERE id = ?6");
            if (!stmt)
                return stmt.error();
            if (auto r = stmt->bindAll(lastSeen, active, key(severity), measure, detail, a.id); !r)
                return r.error();
            if (auto r = stmt->run(); !r)
                return r.error();
            if (newer)
                if (auto r = insertEvidence(a.id, f.evidence); !r)
                    return r.error();
            ++stats.updated;
            continue;
        }
        auto stmt =
            m_db.prepare("INSERT INTO alerts (rule, severity, asset_kind, asset_id, loan_file_id, "
                         "started_ms, last_seen_ms, "
                         "active, measure, limit_value, detail, state, raised_at_ms, due_ms, updated_at_ms) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'open', ?12, ?13, ?12)");
        if (!stmt)
            return stmt.error();
        if (auto r = stmt->bindAll(key(f.rule), key(f.severity), assetKindKey(f.asset),
                                   f.asset ? f.asset->id : 0, f.loanFileId, f.startedMs, f.lastSeenMs,
                                   f.active, f.measure, f.limit, f.detail, nowMs, nowMs + kAlertResponseMs);
            !r)
            return r.error();
        if (auto r = stmt->run(); !r)
            return withContext("Could not store the alert", r.error());
        Alert raised;
        raised.id = m_db.lastInsertRowId();
        raised.finding = f;
        if (auto r = insertEvidence(raised.id, f.evidence); !r)
            return r.error();
        if (auto r = appendAuditEntries(m_db, f.loanFileId, {alertRaisedEntry(raised, nowMs)}); !r)
            return r.error();
        ++stats.raised;
    }
    if (auto r = tx->commit(); !r)
        return r.error();
    return stats;
}

Result<int> SqliteAlertStore::settleFileAlerts(AlertRule rule, const std::vector<Id>& stillActiveFiles)
{
    std::string sql = "UPDATE alerts SET active = 0 WHERE rule = ?1 AND asset_kind = '' AND active = 1";
    if (!stillActiveFiles.empty()) {
        sql += " AND loan_file_id NOT IN (";
        for (std::size_t i = 0; i < stillActiveFiles.size(); ++i) {
            if (i > 0)
                sql += ',';
            sql += std::to_string(stillActiveFiles[i]);
        }
        sql += ')';
    }
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(key(rule)); !r)
        return r.error();
    if (auto r = stmt->run(); !r)
        return r.error();
    return static_cast<int>(m_db.changes());
}

} // namespace saggar
