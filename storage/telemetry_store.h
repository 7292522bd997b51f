// The telemetry time-series store: <workspace>/telemetry.db, a SQLite file of its own (with its own
// PRAGMA user_version migrations) so that a year of readings never weighs on the loan-file database
// or its migrations. Appends in batches, ignores duplicates, accepts late and out-of-order readings,
// and answers range reads, downsampled reads, gap reports and retention.
//
// Layout (schema 1):
//   series(id, asset_kind, asset_id, channel, first_ms, last_ms, last_value) — one row per channel of an
//   asset samples(series_id, t_ms, value, device_seq) WITHOUT ROWID, PRIMARY KEY (series_id, t_ms)
//   rollup_hour(series_id, hour_ms, min, max, sum, n) — kept in step with samples on every write
//   pinned_ranges(id, asset_kind, asset_id, from_ms, to_ms, reason, created_at_ms)
//   reject_tallies(asset_kind, asset_id, channel, reason, n, last_seen_ms)
//   rollup_only_spans(series_id, from_ms, to_ms), rollup_only_days(series_id, day_ms, hours BLOB) —
//   (schema 2) hours kept as rollups without their readings: older history in a third of the space
//   samples_view: samples with (asset_kind, asset_id, channel) spelled out, for ad-hoc SQL
// A sample's identity is (asset_kind, asset_id, channel, t_ms); series_id is the dense stand-in for
// the first three, which makes the key two integers and ingest about a fifth faster than four.
//
// One TelemetryStore per thread: it owns its connection and caches prepared statements. Several
// stores (threads, processes) may share the file; WAL lets readers run beside the one writer.
#pragma once

#include "database.h"

#include "core/telemetry_aggregate.h"
#include "core/telemetry_assets.h"
#include "core/telemetry_sample.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace saggar {

struct SeriesInfo
{
    SeriesKey key;
    std::int64_t id = 0;
    std::optional<TimestampMs> firstMs; // nothing when every sample was removed by retention
    TimestampMs lastMs = 0;             // the newest reading ever stored
    double lastValue = 0.0;
};

struct WriteStats
{
    std::int64_t inserted = 0;
    std::int64_t duplicates = 0; // already stored (same series and time), or repeated within the batch
};

// Samples [from, to) of an asset are kept by retention, on every channel, because a report refers
// to them (a valuation, a monitoring alert, a disposal file).
struct PinnedRange
{
    Id id = 0;
    AssetRef asset;
    TimeRange range;
    std::string reason; // e.g. "valuation report SG-2026-000123"
    TimestampMs createdAtMs = 0;
};

// How many records of an asset's channel were refused for one reason. Malformed records that named
// no known asset or channel are tallied with asset id 0 or channel 0.
struct RejectTally
{
    AssetRef asset;
    std::uint16_t channel = 0; // a ChannelId, or 0 when unknown
    RejectReason reason = RejectReason::Malformed;
    std::int64_t count = 0;
    TimestampMs lastSeenMs = 0; // the time of the latest refused reading
};

// One hour of a series summed up: what is kept of an hour whose readings are not stored.
struct HourRollup
{
    SeriesKey series;
    TimestampMs hourMs = 0; // the hour's start, a whole hour
    double min = 0.0;
    double max = 0.0;
    double sum = 0.0;
    std::int64_t count = 0; // readings summed, at least one
};

struct RetentionStats
{
    std::int64_t deleted = 0;
    std::int64_t seriesTouched = 0;
};

class TelemetryStore
{
public:
    static constexpr const char* kFileName = "telemetry.db";
    static int currentSchemaVersion();

    // Opens (CreateReadWrite: creating) the file and migrates it to the current schema. Read-only
    // stores are for readers on other threads: the file must exist (DatabaseMissing while a workspace
    // has no telemetry yet) and be current.
    [[nodiscard]] static Result<std::unique_ptr<TelemetryStore>> open(const std::string& path, OpenMode mode);
    // <dir>/telemetry.db; the folder must exist.
    [[nodiscard]] static Result<std::unique_ptr<TelemetryStore>> openInWorkspace(const std::string& dir,
                                                                                 OpenMode mode);

    // ---- writing -------------------------------------------------------------------------------------
    // Stores the samples and adds to the reject tallies, in one transaction. A sample whose series and
    // time are already stored is ignored — the first reading received wins — so resending is harmless;
    // late and out-of-order samples are simply stored. Samples are not validated here: use
    // TelemetryIngest, which validates and counts rejects.
    // Inside a transaction the caller opened, no savepoint is taken (it would make SQLite journal
    // every page the batch touches): if this fails, the caller must roll its transaction back.
    [[nodiscard]] Result<WriteStats> write(std::span<const Sample> samples,
                                           std::span<const RejectTally> rejects = {});

    // ---- reading -------------------------------------------------------------------------------------
    // Every reading in the range, oldest first (none in rollup-only hours: see rollupOnlySpans).
    [[nodiscard]] Result<std::vector<TelemetryPoint>> read(const SeriesKey& series, TimeRange range) const;
    // Buckets of `bucketMs` from range.fromMs (see downsamplePoints). When the range starts on an hour
    // and the bucket is whole hours, answered from the hourly rollups without touching the readings.
    [[nodiscard]] Result<std::vector<TelemetryBucket>> downsample(const SeriesKey& series, TimeRange range,
                                                                  TimestampMs bucketMs) const;
    // At most about `maxBuckets` buckets for a chart `maxBuckets` pixels wide: the range's start is
    // moved back to the hour when buckets are an hour or longer, so the rollups answer. Buckets are an
    // hour at least when the range reaches into rollup-only hours.
    [[nodiscard]] Result<std::vector<TelemetryBucket>>
    downsampleForWidth(const SeriesKey& series, TimeRange range, int maxBuckets) const;
    // Gaps and coverage against `expectedIntervalMs` (0: the channel's expected interval). In
    // rollup-only hours an hour with a rollup is covered and one without is a gap; `samples` counts
    // the readings the rollups summed there.
    [[nodiscard]] Result<GapReport> gaps(const SeriesKey& series, TimeRange range,
                                         TimestampMs expectedIntervalMs = 0) const;
    // How many readings the range holds (from the rollups where whole hours allow; rollup-only hours
    // count the readings their rollups summed).
    [[nodiscard]] Result<std::int64_t> count(const SeriesKey& series, TimeRange range) const;

    [[nodiscard]] Result<std::optional<SeriesInfo>> series(const SeriesKey& key) const;
    // The channels an asset has readings for (or had, before retention), in channel order.
    [[nodiscard]] Result<std::vector<SeriesInfo>> seriesOf(AssetRef asset) const;
    [[nodiscard]] Result<std::vector<SeriesInfo>> allSeries() const;
    // Tallies of one asset, or of every asset when `asset` is empty.
    [[nodiscard]] Result<std::vector<RejectTally>>
    rejects(std::optional<AssetRef> asset = std::nullopt) const;

    // ---- rollup-only history (telemetry_rollup_only.cpp) --------------------------------------------
    // Stores hourly rollups without their readings. `span` (whole hours) becomes rollup-only for every
    // series that has an hour in `hours`: a raw read there returns nothing, a downsampled read of whole
    // hours answers from these rollups, gaps() counts an hour of it as covered when it has a rollup,
    // and readings later written into it are ignored (counted as duplicates). Hours of the span that
    // already hold readings or are already rollup-only keep what they have — the first data wins, so
    // a rerun changes nothing. Refuses (InvalidInput, nothing written) a span that is not whole hours
    // and an hour outside it, not on the hour, without readings or with min > max or non-finite values.
    // Returns hours written as `inserted`, hours kept as they were as `duplicates`.
    [[nodiscard]] Result<WriteStats> writeRollupOnly(std::span<const HourRollup> hours, TimeRange span);
    // The rollup-only parts of the series inside `range` (clipped to it), oldest first.
    [[nodiscard]] Result<std::vector<TimeRange>> rollupOnlySpans(const SeriesKey& series,
                                                                 TimeRange range) const;

    // ---- retention -----------------------------------------------------------------------------------
    // Refuses an empty range or reason (InvalidInput).
    [[nodiscard]] Result<Id> pin(AssetRef asset, TimeRange range, const std::string& reason,
                                 TimestampMs nowMs);
    [[nodiscard]] Result<void> unpin(Id pinId);
    [[nodiscard]] Result<std::vector<PinnedRange>> pins(std::optional<AssetRef> asset = std::nullopt) const;
    // Deletes every reading older than `cutoffMs` except those inside a pinned range of its asset, in
    // one transaction, and keeps the rollups in step.
    [[nodiscard]] Result<RetentionStats> deleteOlderThan(TimestampMs cutoffMs);

    // Copies the write-ahead log into the file and empties it (after a bulk load, so the file's size
    // says what it holds and the next open does not replay a large log).
    [[nodiscard]] Result<void> checkpoint();

    Database& db() { return m_db; }
    const Database& db() const { return m_db; }

private:
    explicit TelemetryStore(Database db);

    struct Row
    {
        std::int64_t seriesId;
        TimestampMs tMs;
        double value;
        std::int64_t seq;
    };
    struct HourAggregate
    {
        std::int64_t seriesId;
        TimestampMs hourMs;
        double min, max, sum;
        std::int64_t n;
        bool recompute; // a duplicate was met: rebuild the hour from the stored readings
    };

    void settleNewSeries() const;
    Result<std::int64_t> seriesId(const SeriesKey& key, bool create) const;
    Result<std::optional<std::int64_t>> knownSeriesId(const SeriesKey& key) const;
    Result<Statement*> cached(Statement& slot, const char* sql) const;
    Result<void> writeSamples(std::span<const Sample> samples, WriteStats& stats);
    Result<void> insertRejects(std::span<const RejectTally> tallies);
    Result<void> insertRows(std::span<const Row> rows, std::vector<HourAggregate>& hours,
                            std::vector<std::size_t>& hourOfRow, WriteStats& stats);
    Result<void> updateRollups(const std::vector<HourAggregate>& hours);
    Result<void> rebuildHour(std::int64_t seriesId, TimestampMs hourMs);
    Result<void> updateSeries(std::span<const Row> rows);
    Result<std::vector<TelemetryBucket>> downsampleFromRollups(std::int64_t seriesId, TimeRange range,
                                                               TimestampMs bucketMs) const;
    Result<std::vector<SeriesInfo>> querySeries(const std::string& where) const;
    Result<std::vector<TimeRange>> spansOf(std::int64_t seriesId, TimeRange range) const;
    // Rollup-only hours of the series starting in [fromMs, toMs), oldest first (series left empty).
    Result<std::vector<HourRollup>> rollupOnlyHours(std::int64_t seriesId, TimestampMs fromMs,
                                                    TimestampMs toMs) const;
    // Drops rows (sorted by series) that fall in a rollup-only span; returns how many.
    Result<std::size_t> dropRollupOnlyRows(std::vector<Row>& rows) const;
    Result<WriteStats> writeRollupOnlySeries(std::int64_t seriesId, std::span<const HourRollup> hours,
                                             TimeRange span);
    Result<GapReport> gapsWithRollupOnly(std::int64_t seriesId, TimeRange range, TimestampMs expectedMs,
                                         const std::vector<TimeRange>& spans) const;

    Database m_db;
    mutable std::unordered_map<std::uint64_t, std::int64_t> m_seriesIds; // packSeries → series.id
    // Series this store created that may yet be rolled back with the transaction that created them;
    // checked against the file before the cache is trusted again (see settleNewSeries).
    mutable std::vector<std::pair<SeriesKey, std::int64_t>> m_newSeries;
    mutable Statement m_insertMany, m_insertOne, m_rollupMerge, m_rollupRebuild, m_rollupClear,
        m_seriesUpsert;
    mutable Statement m_readRange, m_readTimes, m_readRollups, m_findSeries, m_createSeries;
};

} // namespace saggar
