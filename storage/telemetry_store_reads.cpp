// TelemetryStore: range reads, downsampled reads, gaps, counts, series and reject tallies.
#include "telemetry_store.h"

#include "repository_support.h"
#include "telemetry_store_sql.h"

#include "core/telemetry_time.h"

#include <algorithm>

namespace saggar {
namespace {

TimestampMs floorHour(TimestampMs t)
{
    return floorDiv(t, kMsPerHour) * kMsPerHour;
}

// Running bucket sums, turned into TelemetryBuckets at the end.
class BucketBuilder
{
public:
    BucketBuilder(TimeRange range, TimestampMs bucketMs) : m_range(range), m_bucketMs(bucketMs) {}

    void add(TimestampMs t, double min, double max, double sum, std::int64_t n)
    {
        const TimestampMs start = m_range.fromMs + (t - m_range.fromMs) / m_bucketMs * m_bucketMs;
        if (m_buckets.empty() || m_buckets.back().startMs != start) {
            m_buckets.push_back({start, min, max, 0.0, 0});
            m_sums.push_back(0.0);
        }
        TelemetryBucket& b = m_buckets.back();
        b.min = std::min(b.min, min);
        b.max = std::max(b.max, max);
        b.count += n;
        m_sums.back() += sum;
    }

    std::vector<TelemetryBucket> take()
    {
        for (std::size_t i = 0; i < m_buckets.size(); ++i)
            m_buckets[i].mean = m_sums[i] / static_cast<double>(m_buckets[i].count);
        return std::move(m_buckets);
    }

private:
    TimeRange m_range;
    TimestampMs m_bucketMs;
    std::vector<TelemetryBucket> m_buckets;
    std::vector<double> m_sums;
};

} // namespace

Result<std::vector<TelemetryPoint>> TelemetryStore::read(const SeriesKey& series, TimeRange range) const
{
    std::vector<TelemetryPoint> out;
    settleNewSeries();
    auto id = knownSeriesId(series);
    if (!id)
        return id.error();
    if (!*id || range.length() == 0)
        return out;
    auto stmt = cached(m_readRange, sql::kReadRange);
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    if (auto r = s.bindAll(**id, range.fromMs, range.toMs); !r)
        return r.error();
    // A guess from the report interval saves the vector's regrowth on long reads.
    out.reserve(static_cast<std::size_t>(
        std::min<TimestampMs>(range.length() / kDefaultReportIntervalMs + 1, 1 << 20)));
    if (auto r = sql::forEachRow(s,
                                 [&](const Statement& row) {
                                     out.push_back({row.columnInt64(0), row.columnDouble(1)});
                                 });
        !r)
        return withContext("Could not read telemetry", r.error());
    return out;
}

Result<std::vector<TelemetryBucket>>
TelemetryStore::downsampleFromRollups(std::int64_t seriesId, TimeRange range, TimestampMs bucketMs) const
{
    BucketBuilder buckets(range, bucketMs);
    const TimestampMs wholeHoursEnd = floorHour(range.toMs);
    // Rollup-only hours (no readings, no rollup_hour row) are merged in hour order.
    auto archived = rollupOnlyHours(seriesId, range.fromMs, wholeHoursEnd);
    if (!archived)
        return archived.error();
    std::size_t next = 0;
    const auto archivedBefore = [&](TimestampMs hourMs) {
        for (; next < archived->size() && (*archived)[next].hourMs < hourMs; ++next) {
            const HourRollup& h = (*archived)[next];
            buckets.add(h.hourMs, h.min, h.max, h.sum, h.count);
        }
    };
    auto stmt = cached(m_readRollups, sql::kReadRollups);
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    if (auto r = s.bindAll(seriesId, range.fromMs, wholeHoursEnd); !r)
        return r.error();
    if (auto r = sql::forEachRow(s,
                                 [&](const Statement& row) {
                                     archivedBefore(row.columnInt64(0));
                                     buckets.add(row.columnInt64(0), row.columnDouble(1), row.columnDouble(2),
                                                 row.columnDouble(3), row.columnInt64(4));
                                 });
        !r)
        return withContext("Could not read telemetry", r.error());
    archivedBefore(wholeHoursEnd);
    if (wholeHoursEnd < range.toMs) { // the part of the last hour inside the range, from the readings
        auto stmtRange = cached(m_readRange, sql::kReadRange);
        if (!stmtRange)
            return stmtRange.error();
        Statement& raw = **stmtRange;
        if (auto r = raw.bindAll(seriesId, std::max(wholeHoursEnd, range.fromMs), range.toMs); !r)
            return r.error();
        if (auto r = sql::forEachRow(raw,
                                     [&](const Statement& row) {
                                         const double v = row.columnDouble(1);
                                         buckets.add(row.columnInt64(0), v, v, v, 1);
                                     });
            !r)
            return withContext("Could not read telemetry", r.error());
    }
    return buckets.take();
}

Result<std::vector<TelemetryBucket>> TelemetryStore::downsample(const SeriesKey& series, TimeRange range,
                                                                TimestampMs bucketMs) const
{
    if (bucketMs <= 0)
        return makeError("The bucket length must be positive.", ErrorCode::InvalidInput);
    settleNewSeries();
    auto id = knownSeriesId(series);
    if (!id)
        return id.error();
    if (!*id || range.length() == 0)
        return std::vector<TelemetryBucket>();
    const bool hourly = bucketMs % kMsPerHour == 0 && floorHour(range.fromMs) == range.fromMs;
    if (hourly)
        return downsampleFromRollups(**id, range, bucketMs);
    auto points = read(series, range);
    if (!points)
        return points.error();
    return downsamplePoints(*points, range, bucketMs);
}

Result<std::vector<TelemetryBucket>> TelemetryStore::downsampleForWidth(const SeriesKey& series,
                                                                        TimeRange range, int maxBuckets) const
{
    TimestampMs bucketMs = bucketLengthFor(range, maxBuckets);
    if (bucketMs < kMsPerHour) { // rollup-only hours have nothing finer than an hour
        auto spans = rollupOnlySpans(series, range);
        if (!spans)
            return spans.error();
        if (!spans->empty())
            bucketMs = kMsPerHour;
    }
    if (bucketMs >= kMsPerHour)
        range.fromMs = floorHour(range.fromMs);
    return downsample(series, range, bucketMs);
}

Result<GapReport> TelemetryStore::gaps(const SeriesKey& series, TimeRange range,
                                       TimestampMs expectedIntervalMs) const
{
    if (expectedIntervalMs <= 0) {
        const ChannelSpec* spec = findChannel(static_cast<std::uint16_t>(series.channel));
        expectedIntervalMs = spec ? spec->expectedIntervalMs : kDefaultReportIntervalMs;
    }
    std::vector<TimestampMs> times;
    settleNewSeries();
    auto id = knownSeriesId(series);
    if (!id)
        return id.error();
    if (*id && range.length() > 0) {
        auto spans = spansOf(**id, range);
        if (!spans)
            return spans.error();
        if (!spans->empty())
            return gapsWithRollupOnly(**id, range, expectedIntervalMs, *spans);
        auto stmt = cached(m_readTimes, sql::kReadTimes);
        if (!stmt)
            return stmt.error();
        Statement& s = **stmt;
        if (auto r = s.bindAll(**id, range.fromMs, range.toMs); !r)
            return r.error();
        if (auto r = sql::forEachRow(s, [&](const Statement& row) { times.push_back(row.columnInt64(0)); });
            !r)
            return withContext("Could not read telemetry", r.error());
    }
    return findGaps(times, range, expectedIntervalMs);
}

Result<std::int64_t> TelemetryStore::count(const SeriesKey& series, TimeRange range) const
{
    settleNewSeries();
    auto id = knownSeriesId(series);
    if (!id)
        return id.error();
    if (!*id || range.length() == 0)
        return std::int64_t{0};
    // Whole hours from the rollups, the ragged ends from the readings.
    const TimestampMs firstHour =
        floorHour(range.fromMs) == range.fromMs ? range.fromMs : floorHour(range.fromMs) + kMsPerHour;
    const TimestampMs lastHour = std::max(firstHour, floorHour(range.toMs));
    auto stmt =
        m_db.prepare("SELECT (SELECT coalesce(sum(n), 0) FROM rollup_hour WHERE series_id = ?1 AND "
                     "hour_ms >= ?2 AND hour_ms < ?3) + (SELECT count(*) FROM samples WHERE series_id = ?1 "
                     "AND ((t_ms >= ?4 AND t_ms < ?5) OR (t_ms >= ?6 AND t_ms < ?7)))");
    if (!stmt)
        return stmt.error();
    const TimestampMs headEnd = std::min(firstHour, range.toMs);
    const TimestampMs tailStart = std::max(lastHour, headEnd);
    if (auto r = stmt->bindAll(**id, firstHour, lastHour, range.fromMs, headEnd, tailStart, range.toMs); !r)
        return r.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    std::int64_t total = stmt->columnInt64(0);
    auto archived = rollupOnlyHours(**id, firstHour, lastHour);
    if (!archived)
        return archived.error();
    for (const HourRollup& h : *archived)
        total += h.count;
    return total;
}

Result<std::vector<SeriesInfo>> TelemetryStore::querySeries(const std::string& where) const
{
    auto stmt =
        m_db.prepare(std::string(sql::kSeriesColumns) + where + " ORDER BY asset_kind, asset_id, channel");
    if (!stmt)
        return stmt.error();
    return readAll<SeriesInfo>(*stmt, [this](const Statement& row) {
        SeriesInfo info;
        info.id = row.columnInt64(0);
        info.key = {static_cast<AssetKind>(row.columnInt(1)), row.columnInt64(2),
                    static_cast<ChannelId>(row.columnInt(3))};
        if (!row.columnIsNull(4))
            info.firstMs = row.columnInt64(4);
        info.lastMs = row.columnInt64(5);
        info.lastValue = row.columnDouble(6);
        m_seriesIds.insert_or_assign(packSeries(info.key), info.id);
        return info;
    });
}

Result<std::optional<SeriesInfo>> TelemetryStore::series(const SeriesKey& key) const
{
    auto found = querySeries("WHERE asset_kind = " + std::to_string(static_cast<int>(key.kind)) +
                             " AND asset_id = " + std::to_string(key.assetId) +
                             " AND channel = " + std::to_string(static_cast<int>(key.channel)));
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<SeriesInfo>();
    return std::optional<SeriesInfo>(found->front());
}

Result<std::vector<SeriesInfo>> TelemetryStore::seriesOf(AssetRef asset) const
{
    return querySeries("WHERE asset_kind = " + std::to_string(static_cast<int>(asset.kind)) +
                       " AND asset_id = " + std::to_string(asset.id));
}

Result<std::vector<SeriesInfo>> TelemetryStore::allSeries() const
{
    return querySeries("");
}

Result<std::vector<RejectTally>> TelemetryStore::rejects(std::optional<AssetRef> asset) const
{
    auto stmt = sql::prepareForAsset(
        m_db, "SELECT asset_kind, asset_id, channel, reason, n, last_seen_ms FROM reject_tallies", asset,
        "asset_kind, asset_id, channel, reason");
    if (!stmt)
        return stmt.error();
    return readAll<RejectTally>(*stmt, [](const Statement& row) {
        RejectTally t;
        t.asset = {static_cast<AssetKind>(row.columnInt(0)), row.columnInt64(1)};
        t.channel = static_cast<std::uint16_t>(row.columnInt(2));
        t.reason = static_cast<RejectReason>(row.columnInt(3));
        t.count = row.columnInt64(4);
        t.lastSeenMs = row.columnInt64(5);
        return t;
    });
}

} // namespace saggar
