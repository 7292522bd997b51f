// The SQL of the telemetry store and its row helpers, shared by its source files (internal to storage/).
#pragma once

#include "database.h"

#include "core/telemetry_assets.h"

#include <cstddef>
#include <optional>
#include <string>

namespace saggar::sql {

// Steps `stmt` to the end, handing each row to `use`; resets it afterwards so a cached statement
// can run again.
template <typename Use> Result<void> forEachRow(Statement& stmt, Use use)
{
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        use(stmt);
    }
    stmt.reset();
    return {};
}

// `select` (with no WHERE) for one asset, or for all when `asset` is empty, in `orderBy` order.
inline Result<Statement> prepareForAsset(const Database& db, const std::string& select,
                                         std::optional<AssetRef> asset, const char* orderBy)
{
    auto stmt = db.prepare(select + (asset ? " WHERE asset_kind = ?1 AND asset_id = ?2" : "") + " ORDER BY " +
                           orderBy);
    if (!stmt)
        return stmt.error();
    if (asset) {
        if (auto r = stmt->bindAll(static_cast<int>(asset->kind), asset->id); !r)
            return r.error();
    }
    return stmt;
}

// Rows per multi-row INSERT: binding and stepping 64 rows at once halves SQLite's per-row overhead
// (measured in bench_telemetry); the remainder of a batch goes one row at a time.
inline constexpr std::size_t kRowsPerInsert = 64;

inline constexpr const char* kInsertOne =
    "INSERT INTO samples (series_id, t_ms, value, device_seq) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";

inline std::string insertManySql()
{
    std::string sql = "INSERT INTO samples (series_id, t_ms, value, device_seq) VALUES ";
    for (std::size_t i = 0; i < kRowsPerInsert; ++i)
        sql += i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)";
    return sql + " ON CONFLICT DO NOTHING";
}

inline constexpr const char* kFindSeries =
    "SELECT id FROM series WHERE asset_kind = ?1 AND asset_id = ?2 AND channel = ?3";
inline constexpr const char* kCreateSeries =
    "INSERT INTO series (asset_kind, asset_id, channel, first_ms, last_ms, last_value) "
    "VALUES (?1, ?2, ?3, NULL, -9223372036854775807 - 1, 0)";
// Every SET expression sees the row as it was, so last_value compares with the old last_ms.
inline constexpr const char* kSeriesUpdate =
    "UPDATE series SET first_ms = CASE WHEN first_ms IS NULL OR ?2 < first_ms THEN ?2 ELSE first_ms END, "
    "last_value = CASE WHEN ?3 > last_ms THEN ?4 ELSE last_value END, last_ms = max(last_ms, ?3) WHERE id = "
    "?1";
inline constexpr const char* kSeriesColumns =
    "SELECT id, asset_kind, asset_id, channel, first_ms, last_ms, last_value FROM series ";

inline constexpr const char* kRollupMerge =
    "INSERT INTO rollup_hour (series_id, hour_ms, min_value, max_value, sum_value, n) VALUES (?1, ?2, ?3, "
    "?4, ?5, ?6) "
    "ON CONFLICT (series_id, hour_ms) DO UPDATE SET min_value = min(min_value, excluded.min_value), "
    "max_value = max(max_value, excluded.max_value), sum_value = sum_value + excluded.sum_value, "
    "n = n + excluded.n";
inline constexpr const char* kRollupClear = "DELETE FROM rollup_hour WHERE series_id = ?1 AND hour_ms = ?2";
inline constexpr const char* kRollupRebuild =
    "INSERT INTO rollup_hour (series_id, hour_ms, min_value, max_value, sum_value, n) "
    "SELECT ?1, ?2, min(value), max(value), sum(value), count(*) FROM samples "
    "WHERE series_id = ?1 AND t_ms >= ?2 AND t_ms < ?3 HAVING count(*) > 0";

inline constexpr const char* kReadRange =
    "SELECT t_ms, value FROM samples WHERE series_id = ?1 AND t_ms >= ?2 AND t_ms < ?3 ORDER BY t_ms";
inline constexpr const char* kReadTimes =
    "SELECT t_ms FROM samples WHERE series_id = ?1 AND t_ms >= ?2 AND t_ms < ?3 ORDER BY t_ms";
inline constexpr const char* kReadRollups =
    "SELECT hour_ms, min_value, max_value, sum_value, n FROM rollup_hour "
    "WHERE series_id = ?1 AND hour_ms >= ?2 AND hour_ms < ?3 ORDER BY hour_ms";

inline constexpr const char* kRejectAdd =
    "INSERT INTO reject_tallies (asset_kind, asset_id, channel, reason, n, last_seen_ms) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO UPDATE SET n = n + excluded.n, "
    "last_seen_ms = max(last_seen_ms, excluded.last_seen_ms)";

} // namespace saggar::sql
