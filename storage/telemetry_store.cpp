// TelemetryStore: opening and migrating telemetry.db, and writing. Reads are in
// telemetry_store_reads.cpp, pins and retention in telemetry_retention.cpp.
#include "telemetry_store.h"

#include "telemetry_store_sql.h"

#include "core/telemetry_time.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <numeric>
#include <unordered_map>
#include <utility>

namespace saggar {
namespace {

// v1. No foreign keys: series rows are never deleted, and checking 1,000,000 references a second
// would cost a fifth of the ingest rate for nothing.
constexpr const char* kVersion1 = R"sql(
PRAGMA application_id = 1397180242;
CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    asset_kind INTEGER NOT NULL,
    asset_id INTEGER NOT NULL,
    channel INTEGER NOT NULL,
    first_ms INTEGER,
    last_ms INTEGER NOT NULL,
    last_value REAL NOT NULL,
    UNIQUE (asset_kind, asset_id, channel)
);
CREATE TABLE samples (
    series_id INTEGER NOT NULL,
    t_ms INTEGER NOT NULL,
    value REAL NOT NULL,
    device_seq INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (series_id, t_ms)
) WITHOUT ROWID;
CREATE TABLE rollup_hour (
    series_id INTEGER NOT NULL,
    hour_ms INTEGER NOT NULL,
    min_value REAL NOT NULL,
    max_value REAL NOT NULL,
    sum_value REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (series_id, hour_ms)
) WITHOUT ROWID;
CREATE TABLE pinned_ranges (
    id INTEGER PRIMARY KEY,
    asset_kind INTEGER NOT NULL,
    asset_id INTEGER NOT NULL,
    from_ms INTEGER NOT NULL,
    to_ms INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (reason <> ''),
    created_at_ms INTEGER NOT NULL,
    CHECK (to_ms > from_ms)
);
CREATE INDEX pinned_ranges_asset ON pinned_ranges(asset_kind, asset_id);
CREATE TABLE reject_tallies (
    asset_kind INTEGER NOT NULL,
    asset_id INTEGER NOT NULL,
    channel INTEGER NOT NULL,
    reason INTEGER NOT NULL,
    n INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    PRIMARY KEY (asset_kind, asset_id, channel, reason)
) WITHOUT ROWID;
CREATE VIEW samples_view AS
    SELECT s.asset_kind, s.asset_id, s.channel, x.t_ms, x.value, x.device_seq
    FROM samples x JOIN series s ON s.id = x.series_id;
)sql";

// v2: rollup-only history — hours kept as hourly rollups without their readings (a year of demo
// history in a fraction of the space; see docs/telemetry.md). rollup_only_spans says which hours of a
// series are rollup-only (merged, whole hours); rollup_only_days holds their rollups packed a UTC
// day to a row (telemetry_rollup_only.cpp has the format), a third of the size of rollup_hour rows.
constexpr const char* kVersion2 = R"sql(
CREATE TABLE rollup_only_spans (
    series_id INTEGER NOT NULL,
    from_ms INTEGER NOT NULL,
    to_ms INTEGER NOT NULL,
    PRIMARY KEY (series_id, from_ms),
    CHECK (to_ms > from_ms)
) WITHOUT ROWID;
CREATE TABLE rollup_only_days (
    series_id INTEGER NOT NULL,
    day_ms INTEGER NOT NULL,
    hours BLOB NOT NULL,
    PRIMARY KEY (series_id, day_ms)
) WITHOUT ROWID;
)sql";

// Larger pages make the B-tree shallower and cut per-row overhead: in the benchmark 16 KiB pages
// ingest about a third faster than 4 KiB ones and read a year about as fast as 64 KiB ones, whose
// extra speed is not worth the write amplification of live mode (each commit rewrites the last
// page of every series it touches).
constexpr int kPageSize = 16384;
// 64 MiB of page cache per connection: a batch touches the last pages of thousands of series.
constexpr const char* kConnectionPragmas = "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";

const std::vector<const char*>& steps()
{
    static const std::vector<const char*> all{kVersion1, kVersion2};
    return all;
}

// A new file gets its page size before its first table; in WAL mode the size can no longer change,
// so the journal goes back to rollback mode for the moment it takes.
Result<void> setPageSize(Database& db)
{
    auto tables = db.queryInt64("SELECT count(*) FROM sqlite_schema");
    if (!tables)
        return tables.error();
    if (*tables > 0)
        return {};
    const std::string sql = "PRAGMA journal_mode = DELETE; PRAGMA page_size = " + std::to_string(kPageSize) +
                            "; VACUUM; PRAGMA journal_mode = WAL;";
    if (auto r = db.exec(sql); !r)
        return withContext("Could not set up the telemetry file", r.error());
    return {};
}

} // namespace

int TelemetryStore::currentSchemaVersion()
{
    return static_cast<int>(steps().size());
}

TelemetryStore::TelemetryStore(Database db) : m_db(std::move(db)) {}

Result<std::unique_ptr<TelemetryStore>> TelemetryStore::open(const std::string& path, OpenMode mode)
{
    // Database::open refuses a file whose user_version is above the *workspace* schema's. Telemetry's
    // own version (1) is below it, so this holds until telemetry needs a schema newer than the
    // workspace's; then Database::open needs to learn which schema a file follows.
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    auto version = db->queryInt64("PRAGMA user_version");
    if (!version)
        return version.error();
    if (*version > currentSchemaVersion())
        return makeError("'" + path + "' holds telemetry of a newer Saggar (schema " +
                             std::to_string(*version) +
                             "). Install the newer Saggar to open it; it has not been changed.",
                         ErrorCode::DatabaseTooNew);
    if (db->isReadOnly()) {
        if (*version != currentSchemaVersion())
            return makeError("'" + path +
                                 "' has not been upgraded yet; open the workspace for writing first.",
                             ErrorCode::DatabaseTooNew);
    } else {
        if (auto r = setPageSize(*db); !r)
            return r.error();
        for (auto next = *version + 1; next <= currentSchemaVersion(); ++next) {
            auto tx = Transaction::begin(*db);
            if (!tx)
                return tx.error();
            const std::string sql = std::string(steps()[static_cast<std::size_t>(next - 1)]) +
                                    "\nPRAGMA user_version = " + std::to_string(next) + ";";
            if (auto r = db->exec(sql); !r)
                return withContext("Could not upgrade the telemetry file to schema " + std::to_string(next),
                                   r.error());
            if (auto r = tx->commit(); !r)
                return r.error();
        }
    }
    if (auto r = db->exec(kConnectionPragmas); !r)
        return r.error();

    return std::unique_ptr<TelemetryStore>(new TelemetryStore(std::move(*db)));
}

Result<std::unique_ptr<TelemetryStore>> TelemetryStore::openInWorkspace(const std::string& dir, OpenMode mode)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        return makeError("The workspace folder '" + dir + "' does not exist.", ErrorCode::DatabaseMissing);
    return open((std::filesystem::path(dir) / kFileName).string(), mode);
}

Result<void> TelemetryStore::checkpoint()
{
    auto r = m_db.queryInt64("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!r)
        return r.error();
    return {};
}

Result<Statement*> TelemetryStore::cached(Statement& slot, const char* sql) const
{
    if (!slot.isValid()) {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        slot = std::move(*stmt);
    }
    slot.reset();
    return &slot;
}

Result<std::optional<std::int64_t>> TelemetryStore::knownSeriesId(const SeriesKey& key) const
{
    const std::uint64_t packed = packSeries(key);
    if (const auto it = m_seriesIds.find(packed); it != m_seriesIds.end())
        return std::optional<std::int64_t>(it->second);
    // Another connection may have created it since.
    auto stmt = cached(m_findSeries, sql::kFindSeries);
    if (!stmt)
        return stmt.error();
    if (auto r = (*stmt)->bindAll(static_cast<int>(key.kind), key.assetId, static_cast<int>(key.channel)); !r)
        return r.error();
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::int64_t>();
    const std::int64_t id = (*stmt)->columnInt64(0);
    m_seriesIds.emplace(packed, id);
    return std::optional<std::int64_t>(id);
}

void TelemetryStore::settleNewSeries() const
{
    if (m_newSeries.empty())
        return;
    // A rolled-back series must leave the cache before its id is handed to the next new series.
    auto stmt = m_db.prepare(
        "SELECT count(*) FROM series WHERE id = ?1 AND asset_kind = ?2 AND asset_id = ?3 AND channel = ?4");
    for (auto it = m_newSeries.begin(); it != m_newSeries.end();) {
        bool exists = false;
        if (stmt && stmt->bindAll(it->second, static_cast<int>(it->first.kind), it->first.assetId,
                                  static_cast<int>(it->first.channel)))
            exists = stmt->step().ok() && stmt->columnInt64(0) == 1;
        if (stmt)
            stmt->reset();
        if (!exists) {
            m_seriesIds.erase(packSeries(it->first));
            it = m_newSeries.erase(it);
        } else {
            ++it;
        }
    }
    if (!m_db.inTransaction()) // whatever transaction created them has ended: they are here to stay
        m_newSeries.clear();
}

Result<std::int64_t> TelemetryStore::seriesId(const SeriesKey& key, bool create) const
{
    auto known = knownSeriesId(key);
    if (!known)
        return known.error();
    if (*known)
        return **known;
    if (!create)
        return makeError("No readings are stored for this channel.", ErrorCode::NotFound);
    auto stmt = cached(m_createSeries, sql::kCreateSeries);
    if (!stmt)
        return stmt.error();
    if (auto r = (*stmt)->bindAll(static_cast<int>(key.kind), key.assetId, static_cast<int>(key.channel)); !r)
        return r.error();
    if (auto r = (*stmt)->run(); !r)
        return r.error();
    const std::int64_t id = m_db.lastInsertRowId();
    m_seriesIds.emplace(packSeries(key), id);
    m_newSeries.emplace_back(key, id);
    return id;
}

Result<WriteStats> TelemetryStore::write(std::span<const Sample> samples,
                                         std::span<const RejectTally> rejects)
{
    WriteStats stats;
    if (samples.empty() && rejects.empty())
        return stats;
    settleNewSeries();
    // No savepoint inside the caller's transaction: SQLite would copy every page the batch touches
    // into the savepoint journal, which made a million-row batch ten times slower.
    std::optional<Transaction> tx;
    if (!m_db.inTransaction()) {
        auto begun = Transaction::begin(m_db);
        if (!begun)
            return begun.error();
        tx.emplace(std::move(*begun));
    }
    if (auto r = insertRejects(rejects); !r)
        return withContext("Could not record rejected telemetry", r.error());
    if (auto r = writeSamples(samples, stats); !r)
        return withContext("Could not store telemetry", r.error());
    if (tx) {
        if (auto r = tx->commit(); !r)
            return r.error();
    }
    return stats;
}

Result<void> TelemetryStore::writeSamples(std::span<const Sample> samples, WriteStats& stats)
{
    if (samples.empty())
        return {};

    // In key order the B-tree is appended to rather than split at random: several times faster when
    // a batch interleaves thousands of series. Rows are grouped by series (in arrival order within a
    // group, so the first of two equal readings wins) and a group is sorted by time only when it is
    // not already — cheaper than a stable sort of the whole batch.
    std::vector<std::size_t> groupOfSample(samples.size());
    std::vector<std::int64_t> groupSeries;
    std::vector<std::size_t> groupStart;
    std::unordered_map<std::uint64_t, std::size_t> groupOfKey;
    std::size_t group = 0;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        if (i == 0 || !(samples[i].series == samples[i - 1].series)) {
            const auto [it, added] =
                groupOfKey.try_emplace(packSeries(samples[i].series), groupSeries.size());
            if (added) {
                auto id = seriesId(samples[i].series, true);
                if (!id)
                    return id.error();
                groupSeries.push_back(*id);
                groupStart.push_back(0);
            }
            group = it->second;
        }
        groupOfSample[i] = group;
        ++groupStart[group]; // a count for now
    }
    std::vector<std::size_t> byId(groupSeries.size());
    std::iota(byId.begin(), byId.end(), std::size_t{0});
    std::sort(byId.begin(), byId.end(),
              [&](std::size_t a, std::size_t b) { return groupSeries[a] < groupSeries[b]; });
    std::size_t offset = 0;
    for (std::size_t g : byId)
        offset += std::exchange(groupStart[g], offset);
    std::vector<std::size_t> next = groupStart;
    std::vector<Row> rows(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const Sample& s = samples[i];
        const std::size_t g = groupOfSample[i];
        rows[next[g]++] = {groupSeries[g], s.tMs, s.value, s.deviceSeq};
    }
    const auto earlier = [](const Row& a, const Row& b) { return a.tMs < b.tMs; };
    for (std::size_t g = 0; g < groupSeries.size(); ++g) {
        const auto first = rows.begin() + static_cast<std::ptrdiff_t>(groupStart[g]);
        const auto last = rows.begin() + static_cast<std::ptrdiff_t>(next[g]);
        if (!std::is_sorted(first, last, earlier))
            std::stable_sort(first, last, earlier);
    }

    // Readings of rollup-only hours are not stored: the hour's rollup already stands for them.
    auto dropped = dropRollupOnlyRows(rows);
    if (!dropped)
        return dropped.error();
    stats.duplicates += static_cast<std::int64_t>(*dropped);
    if (rows.empty())
        return {};

    std::vector<HourAggregate> hours;
    std::vector<std::size_t> hourOfRow(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const TimestampMs hour = floorDiv(r.tMs, kMsPerHour) * kMsPerHour;
        if (hours.empty() || hours.back().seriesId != r.seriesId || hours.back().hourMs != hour)
            hours.push_back({r.seriesId, hour, r.value, r.value, 0.0, 0, false});
        HourAggregate& h = hours.back();
        h.min = std::min(h.min, r.value);
        h.max = std::max(h.max, r.value);
        h.sum += r.value;
        ++h.n;
        hourOfRow[i] = hours.size() - 1;
    }
    if (auto r = insertRows(rows, hours, hourOfRow, stats); !r)
        return r;
    if (auto r = updateRollups(hours); !r)
        return r;
    return updateSeries(rows);
}

Result<void> TelemetryStore::insertRows(std::span<const Row> rows, std::vector<HourAggregate>& hours,
                                        std::vector<std::size_t>& hourOfRow, WriteStats& stats)
{
    auto many = cached(m_insertMany, sql::insertManySql().c_str());
    if (!many)
        return many.error();
    auto one = cached(m_insertOne, sql::kInsertOne);
    if (!one)
        return one.error();
    std::size_t i = 0;
    while (i < rows.size()) {
        const bool full = rows.size() - i >= sql::kRowsPerInsert;
        Statement& stmt = full ? **many : **one;
        const std::size_t n = full ? sql::kRowsPerInsert : 1;
        stmt.reset();
        bool bound = true;
        for (std::size_t k = 0; k < n; ++k) {
            const Row& r = rows[i + k];
            const int base = static_cast<int>(k) * 4;
            bound = stmt.bindInt64(base + 1, r.seriesId).ok() && stmt.bindInt64(base + 2, r.tMs).ok() &&
                    stmt.bindDouble(base + 3, r.value).ok() && stmt.bindInt64(base + 4, r.seq).ok() && bound;
        }
        if (!bound)
            return makeError("Could not bind a reading to the insert statement.");
        if (auto r = stmt.run(); !r)
            return r.error();
        const auto inserted = static_cast<std::int64_t>(sqlite3_changes(m_db.handle()));
        stats.inserted += inserted;
        stats.duplicates += static_cast<std::int64_t>(n) - inserted;
        if (inserted !=
            static_cast<std::int64_t>(n)) // which rows were ignored is not known: rebuild their hours
            for (std::size_t k = 0; k < n; ++k)
                hours[hourOfRow[i + k]].recompute = true;
        i += n;
    }
    return {};
}

Result<void> TelemetryStore::rebuildHour(std::int64_t seriesId, TimestampMs hourMs)
{
    auto clear = cached(m_rollupClear, sql::kRollupClear);
    if (!clear)
        return clear.error();
    if (auto r = (*clear)->bindAll(seriesId, hourMs); !r)
        return r;
    if (auto r = (*clear)->run(); !r)
        return r;
    auto rebuild = cached(m_rollupRebuild, sql::kRollupRebuild);
    if (!rebuild)
        return rebuild.error();
    if (auto r = (*rebuild)->bindAll(seriesId, hourMs, hourMs + kMsPerHour); !r)
        return r;
    return (*rebuild)->run();
}

Result<void> TelemetryStore::updateRollups(const std::vector<HourAggregate>& hours)
{
    auto merge = cached(m_rollupMerge, sql::kRollupMerge);
    if (!merge)
        return merge.error();
    for (const HourAggregate& h : hours) {
        if (h.recompute) {
            if (auto r = rebuildHour(h.seriesId, h.hourMs); !r)
                return r;
            continue;
        }
        Statement& stmt = **merge;
        stmt.reset();
        if (auto r = stmt.bindAll(h.seriesId, h.hourMs, h.min, h.max, h.sum, h.n); !r)
            return r;
        if (auto r = stmt.run(); !r)
            return r;
    }
    return {};
}

Result<void> TelemetryStore::updateSeries(std::span<const Row> rows)
{
    auto upsert = cached(m_seriesUpsert, sql::kSeriesUpdate);
    if (!upsert)
        return upsert.error();
    // Rows are sorted: each series' run starts with its oldest and ends with its newest reading.
    std::size_t start = 0;
    for (std::size_t i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows[i].seriesId == rows[start].seriesId)
            continue;
        const Row& oldest = rows[start];
        const Row& newest = rows[i - 1];
        Statement& stmt = **upsert;
        stmt.reset();
        if (auto r = stmt.bindAll(oldest.seriesId, oldest.tMs, newest.tMs, newest.value); !r)
            return r;
        if (auto r = stmt.run(); !r)
            return r;
        start = i;
    }
    return {};
}

Result<void> TelemetryStore::insertRejects(std::span<const RejectTally> tallies)
{
    if (tallies.empty())
        return {};
    auto stmt = m_db.prepare(sql::kRejectAdd);
    if (!stmt)
        return stmt.error();
    for (const RejectTally& t : tallies) {
        stmt->reset();
        if (auto r = stmt->bindAll(static_cast<int>(t.asset.kind), t.asset.id, static_cast<int>(t.channel),
                                   static_cast<int>(t.reason), t.count, t.lastSeenMs);
            !r)
            return r;
        if (auto r = stmt->run(); !r)
            return r;
    }
    return {};
}

} // namespace saggar
