// TelemetryStore: pinned ranges and retention.
#include "telemetry_store.h"

#include "repository_support.h"
#include "telemetry_store_sql.h"

#include "core/telemetry_time.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace saggar {
namespace {

// [from, cutoff) less the pinned ranges: what may be deleted, in order.
std::vector<TimeRange> deletable(TimestampMs from, TimestampMs cutoff, std::vector<TimeRange> pinned)
{
    std::sort(pinned.begin(), pinned.end(),
              [](const TimeRange& a, const TimeRange& b) { return a.fromMs < b.fromMs; });
    std::vector<TimeRange> out;
    TimestampMs cursor = from;
    for (const TimeRange& p : pinned) {
        if (p.fromMs >= cutoff)
            break;
        if (p.fromMs > cursor)
            out.push_back({cursor, p.fromMs});
        cursor = std::max(cursor, p.toMs);
    }
    if (cursor < cutoff)
        out.push_back({cursor, cutoff});
    return out;
}

} // namespace

Result<Id> TelemetryStore::pin(AssetRef asset, TimeRange range, const std::string& reason, TimestampMs nowMs)
{
    if (range.length() == 0)
        return makeError("A pinned range must end after it starts.", ErrorCode::InvalidInput);
    if (reason.empty())
        return makeError("Say which report the pinned range is for.", ErrorCode::InvalidInput);
    auto stmt = m_db.prepare(
        "INSERT INTO pinned_ranges (asset_kind, asset_id, from_ms, to_ms, reason, created_at_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt)
        return stmt.error();
    if (auto r =
            stmt->bindAll(static_cast<int>(asset.kind), asset.id, range.fromMs, range.toMs, reason, nowMs);
        !r)
        return r.error();
    if (auto r = stmt->run(); !r)
        return withContext("Could not pin the telemetry range", r.error());
    return m_db.lastInsertRowId();
}

Result<void> TelemetryStore::unpin(Id pinId)
{
    auto stmt = m_db.prepare("DELETE FROM pinned_ranges WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(pinId); !r)
        return r;
    if (auto r = stmt->run(); !r)
        return r;
    if (sqlite3_changes(m_db.handle()) == 0)
        return makeError("The pinned range " + std::to_string(pinId) + " does not exist.",
                         ErrorCode::NotFound);
    return {};
}

Result<std::vector<PinnedRange>> TelemetryStore::pins(std::optional<AssetRef> asset) const
{
    auto stmt = sql::prepareForAsset(
        m_db, "SELECT id, asset_kind, asset_id, from_ms, to_ms, reason, created_at_ms FROM pinned_ranges",
        asset, "asset_kind, asset_id, from_ms, id");
    if (!stmt)
        return stmt.error();
    return readAll<PinnedRange>(*stmt, [](const Statement& row) {
        PinnedRange p;
        p.id = row.columnInt64(0);
        p.asset = {static_cast<AssetKind>(row.columnInt(1)), row.columnInt64(2)};
        p.range = {row.columnInt64(3), row.columnInt64(4)};
        p.reason = row.columnText(5);
        p.createdAtMs = row.columnInt64(6);
        return p;
    });
}

Result<RetentionStats> TelemetryStore::deleteOlderThan(TimestampMs cutoffMs)
{
    RetentionStats stats;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto all = allSeries();
    if (!all)
        return all.error();
    auto allPins = pins();
    if (!allPins)
        return allPins.error();
    std::map<std::pair<int, Id>, std::vector<TimeRange>> pinned;
    for (const PinnedRange& p : *allPins)
        pinned[{static_cast<int>(p.asset.kind), p.asset.id}].push_back(p.range);

    auto removeSamples =
        m_db.prepare("DELETE FROM samples WHERE series_id = ?1 AND t_ms >= ?2 AND t_ms < ?3");
    auto removeHours = m_db.prepare(
        "DELETE FROM rollup_hour WHERE series_id = ?1 AND hour_ms >= ?2 AND hour_ms + 3600000 <= ?3");
    auto refreshFirst =
        m_db.prepare("UPDATE series SET first_ms = (SELECT min(t_ms) FROM samples WHERE series_id = ?1) "
                     "WHERE id = ?1");
    if (!removeSamples || !removeHours || !refreshFirst)
        return makeError("Could not prepare the retention statements.");
    for (const SeriesInfo& s : *all) {
        if (!s.firstMs || *s.firstMs >= cutoffMs)
            continue;
        const auto it = pinned.find({static_cast<int>(s.key.kind), s.key.assetId});
        const auto ranges =
            deletable(*s.firstMs, cutoffMs, it == pinned.end() ? std::vector<TimeRange>{} : it->second);
        std::int64_t deletedHere = 0;
        for (const TimeRange& r : ranges) {
            removeSamples->reset();
            if (auto b = removeSamples->bindAll(s.id, r.fromMs, r.toMs); !b)
                return b.error();
            if (auto run = removeSamples->run(); !run)
                return withContext("Could not delete old telemetry", run.error());
            const auto n = static_cast<std::int64_t>(sqlite3_changes(m_db.handle()));
            if (n == 0)
                continue;
            deletedHere += n;
            // Hours wholly inside go; the ragged hours at either end are rebuilt from what is left.
            removeHours->reset();
            if (auto b = removeHours->bindAll(s.id, r.fromMs, r.toMs); !b)
                return b.error();
            if (auto run = removeHours->run(); !run)
                return run.error();
            const TimestampMs firstHour = floorDiv(r.fromMs, kMsPerHour) * kMsPerHour;
            const TimestampMs lastHour = floorDiv(r.toMs - 1, kMsPerHour) * kMsPerHour;
            for (TimestampMs h : {firstHour, lastHour})
                if (auto rebuilt = rebuildHour(s.id, h); !rebuilt)
                    return rebuilt.error();
        }
        if (deletedHere > 0) {
            stats.deleted += deletedHere;
            ++stats.seriesTouched;
            refreshFirst->reset();
            if (auto b = refreshFirst->bindAll(s.id); !b)
                return b.error();
            if (auto run = refreshFirst->run(); !run)
                return run.error();
        }
    }
    if (auto r = tx->commit(); !r)
        return r.error();
    return stats;
}

} // namespace saggar
