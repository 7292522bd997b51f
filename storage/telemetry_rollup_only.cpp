// TelemetryStore: rollup-only history — hours kept as hourly rollups without their readings.
//
// rollup_only_spans(series_id, from_ms, to_ms): the rollup-only parts of a series, whole hours,
// merged (no two of a series overlap or touch). rollup_only_days(series_id, day_ms, hours): the
// rollups of those hours, one row per series and UTC day, packed as telemetry_rollup_codec.h says:
// about 15 bytes an hour on the demo's channels against about 42 for a rollup_hour row, which is
// what lets the demo keep a year for every asset.
#include "telemetry_store.h"

#include "telemetry_rollup_codec.h"
#include "telemetry_store_sql.h"

#include "core/telemetry_time.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace saggar {
namespace {

TimestampMs floorHour(TimestampMs t)
{
    return floorDiv(t, kMsPerHour) * kMsPerHour;
}

TimestampMs floorDay(TimestampMs t)
{
    return floorDiv(t, kMsPerDay) * kMsPerDay;
}

bool validHour(const HourRollup& h, TimeRange span)
{
    return h.count > 0 && floorHour(h.hourMs) == h.hourMs && h.hourMs >= span.fromMs &&
           h.hourMs < span.toMs && std::isfinite(h.min) && std::isfinite(h.max) && std::isfinite(h.sum) &&
           h.min <= h.max;
}

bool seriesBefore(const SeriesKey& a, const SeriesKey& b)
{
    return packSeries(a) < packSeries(b);
}

} // namespace

Result<std::vector<TimeRange>> TelemetryStore::spansOf(std::int64_t seriesId, TimeRange range) const
{
    std::vector<TimeRange> out;
    auto stmt = m_db.prepare("SELECT from_ms, to_ms FROM rollup_only_spans WHERE series_id = ?1 AND "
                             "to_ms > ?2 AND from_ms < ?3 ORDER BY from_ms");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(seriesId, range.fromMs, range.toMs); !r)
        return r.error();
    if (auto r = sql::forEachRow(*stmt,
                                 [&](const Statement& row) {
                                     out.push_back({std::max(range.fromMs, row.columnInt64(0)),
                                                    std::min(range.toMs, row.columnInt64(1))});
                                 });
        !r)
        return withContext("Could not read telemetry", r.error());
    return out;
}

Result<std::vector<TimeRange>> TelemetryStore::rollupOnlySpans(const SeriesKey& series, TimeRange range) const
{
    settleNewSeries();
    auto id = knownSeriesId(series);
    if (!id)
        return id.error();
    if (!*id || range.length() == 0)
        return std::vector<TimeRange>();
    return spansOf(**id, range);
}

Result<std::vector<HourRollup>> TelemetryStore::rollupOnlyHours(std::int64_t seriesId, TimestampMs fromMs,
                                                                TimestampMs toMs) const
{
    std::vector<HourRollup> out;
    if (toMs <= fromMs)
        return out;
    auto stmt = m_db.prepare("SELECT day_ms, hours FROM rollup_only_days WHERE series_id = ?1 AND "
                             "day_ms >= ?2 AND day_ms < ?3 ORDER BY day_ms");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(seriesId, floorDay(fromMs), toMs); !r)
        return r.error();
    bool intact = true;
    if (auto r = sql::forEachRow(
            *stmt,
            [&](const Statement& row) {
                intact = decodeRollupDay(row.columnInt64(0), row.columnBlob(1), fromMs, toMs, out) && intact;
            });
        !r)
        return withContext("Could not read telemetry", r.error());
    if (!intact)
        return makeError("The rollup-only telemetry of a series is damaged.", ErrorCode::DatabaseCorrupt);
    return out;
}

Result<std::size_t> TelemetryStore::dropRollupOnlyRows(std::vector<Row>& rows) const
{
    if (rows.empty())
        return std::size_t{0};
    TimestampMs minT = rows.front().tMs, maxT = rows.front().tMs;
    for (const Row& r : rows) {
        minT = std::min(minT, r.tMs);
        maxT = std::max(maxT, r.tMs);
    }
    // The spans table holds a few rows a series: one look for the whole batch.
    std::map<std::int64_t, std::vector<TimeRange>> spans;
    auto stmt = m_db.prepare("SELECT series_id, from_ms, to_ms FROM rollup_only_spans WHERE to_ms > ?1 AND "
                             "from_ms <= ?2");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(minT, maxT); !r)
        return r.error();
    if (auto r =
            sql::forEachRow(*stmt,
                            [&](const Statement& row) {
                                spans[row.columnInt64(0)].push_back({row.columnInt64(1), row.columnInt64(2)});
                            });
        !r)
        return r.error();
    if (spans.empty())
        return std::size_t{0};
    const auto before = rows.size();
    std::erase_if(rows, [&](const Row& r) {
        const auto it = spans.find(r.seriesId);
        return it != spans.end() && std::any_of(it->second.begin(), it->second.end(),
                                                [&](const TimeRange& s) { return s.contains(r.tMs); });
    });
    return before - rows.size();
}

Result<WriteStats> TelemetryStore::writeRollupOnly(std::span<const HourRollup> hours, TimeRange span)
{
    if (span.length() <= 0 || floorHour(span.fromMs) != span.fromMs || floorHour(span.toMs) != span.toMs)
        return makeError("A rollup-only span must start and end on whole hours.", ErrorCode::InvalidInput);
    for (const HourRollup& h : hours)
        if (!validHour(h, span))
            return makeError("Rollup at " + formatTelemetryTime(h.hourMs) +
                                 " is not a whole hour of the span with at least one reading and "
                                 "min ≤ max; nothing was written.",
                             ErrorCode::InvalidInput);
    // By series, then hour; two rollups of the same hour are summed.
    std::vector<HourRollup> sorted(hours.begin(), hours.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const HourRollup& a, const HourRollup& b) {
        return seriesBefore(a.series, b.series) || (a.series == b.series && a.hourMs < b.hourMs);
    });
    std::vector<HourRollup> merged;
    for (const HourRollup& h : sorted) {
        if (!merged.empty() && merged.back().series == h.series && merged.back().hourMs == h.hourMs) {
            HourRollup& m = merged.back();
            m.min = std::min(m.min, h.min);
            m.max = std::max(m.max, h.max);
            m.sum += h.sum;
            m.count += h.count;
        } else {
            merged.push_back(h);
        }
    }

    WriteStats stats;
    if (merged.empty())
        return stats;
    settleNewSeries();
    std::optional<Transaction> tx;
    if (!m_db.inTransaction()) {
        auto begun = Transaction::begin(m_db);
        if (!begun)
            return begun.error();
        tx.emplace(std::move(*begun));
    }
    for (std::size_t start = 0; start < merged.size();) {
        std::size_t end = start;
        while (end < merged.size() && merged[end].series == merged[start].series)
            ++end;
        auto id = seriesId(merged[start].series, true);
        if (!id)
            return id.error();
        auto written = writeRollupOnlySeries(*id, std::span(merged).subspan(start, end - start), span);
        if (!written)
            return withContext("Could not store rollup-only telemetry", written.error());
        stats.inserted += written->inserted;
        stats.duplicates += written->duplicates;
        start = end;
    }
    if (tx) {
        if (auto r = tx->commit(); !r)
            return r.error();
    }
    return stats;
}

Result<WriteStats> TelemetryStore::writeRollupOnlySeries(std::int64_t seriesId,
                                                         std::span<const HourRollup> hours, TimeRange span)
{
    WriteStats stats;
    // Which hours of the span are free: not rollup-only already and holding no readings.
    const auto hourCount = static_cast<std::size_t>(span.length() / kMsPerHour);
    std::vector<char> free(hourCount, 1);
    const auto hourIndex = [&](TimestampMs t) {
        return static_cast<std::size_t>((t - span.fromMs) / kMsPerHour);
    };
    auto existing = spansOf(seriesId, span);
    if (!existing)
        return existing.error();
    for (const TimeRange& s : *existing)
        for (TimestampMs h = floorHour(s.fromMs); h < s.toMs; h += kMsPerHour)
            free[hourIndex(h)] = 0;
    auto times = m_db.prepare("SELECT t_ms FROM samples WHERE series_id = ?1 AND t_ms >= ?2 AND t_ms < ?3");
    if (!times)
        return times.error();
    if (auto r = times->bindAll(seriesId, span.fromMs, span.toMs); !r)
        return r.error();
    if (auto r =
            sql::forEachRow(*times, [&](const Statement& row) { free[hourIndex(row.columnInt64(0))] = 0; });
        !r)
        return r.error();

    // The free hours' rollups, packed a day at a time into what the day already holds.
    std::vector<HourRollup> kept;
    for (const HourRollup& h : hours) {
        if (free[hourIndex(h.hourMs)])
            kept.push_back(h);
        else
            ++stats.duplicates;
    }
    if (!kept.empty()) {
        auto old = rollupOnlyHours(seriesId, floorDay(kept.front().hourMs),
                                   floorDay(kept.back().hourMs) + kMsPerDay);
        if (!old)
            return old.error();
        std::vector<HourRollup> all = std::move(*old);
        all.insert(all.end(), kept.begin(), kept.end());
        std::sort(all.begin(), all.end(),
                  [](const HourRollup& a, const HourRollup& b) { return a.hourMs < b.hourMs; });
        auto put = m_db.prepare(
            "INSERT OR REPLACE INTO rollup_only_days (series_id, day_ms, hours) VALUES (?1, ?2, ?3)");
        if (!put)
            return put.error();
        for (std::size_t i = 0; i < all.size();) {
            const TimestampMs day = floorDay(all[i].hourMs);
            std::size_t j = i;
            while (j < all.size() && floorDay(all[j].hourMs) == day)
                ++j;
            put->reset();
            if (auto r = put->bindAll(seriesId, day); !r)
                return r.error();
            if (auto r = put->bindBlob(3, encodeRollupDay(day, std::span(all).subspan(i, j - i))); !r)
                return r.error();
            if (auto r = put->run(); !r)
                return r.error();
            i = j;
        }
        stats.inserted = static_cast<std::int64_t>(kept.size());
    }

    // The span: the free hours joined to the series' spans they overlap or touch.
    std::vector<TimeRange> pieces;
    for (std::size_t i = 0; i < hourCount; ++i) {
        if (!free[i])
            continue;
        const TimestampMs h = span.fromMs + static_cast<TimestampMs>(i) * kMsPerHour;
        if (!pieces.empty() && pieces.back().toMs == h)
            pieces.back().toMs = h + kMsPerHour;
        else
            pieces.push_back({h, h + kMsPerHour});
    }
    if (pieces.empty())
        return stats;
    // Joined to the series' spans they overlap or touch, which are replaced by the union.
    auto near =
        m_db.prepare("SELECT from_ms, to_ms FROM rollup_only_spans WHERE series_id = ?1 AND to_ms >= ?2 "
                     "AND from_ms <= ?3");
    auto clear =
        m_db.prepare("DELETE FROM rollup_only_spans WHERE series_id = ?1 AND to_ms >= ?2 AND from_ms <= ?3");
    auto add = m_db.prepare("INSERT INTO rollup_only_spans (series_id, from_ms, to_ms) VALUES (?1, ?2, ?3)");
    if (!near || !clear || !add)
        return makeError("Could not prepare the rollup-only span statements.");
    if (auto r = near->bindAll(seriesId, span.fromMs, span.toMs); !r)
        return r.error();
    if (auto r = sql::forEachRow(*near,
                                 [&](const Statement& row) {
                                     pieces.push_back({row.columnInt64(0), row.columnInt64(1)});
                                 });
        !r)
        return r.error();
    std::sort(pieces.begin(), pieces.end(),
              [](const TimeRange& a, const TimeRange& b) { return a.fromMs < b.fromMs; });
    std::vector<TimeRange> joined;
    for (const TimeRange& p : pieces) {
        if (!joined.empty() && p.fromMs <= joined.back().toMs)
            joined.back().toMs = std::max(joined.back().toMs, p.toMs);
        else
            joined.push_back(p);
    }
    if (auto r = clear->bindAll(seriesId, span.fromMs, span.toMs); !r)
        return r.error();
    if (auto r = clear->run(); !r)
        return r.error();
    for (const TimeRange& j : joined) {
        add->reset();
        if (auto r = add->bindAll(seriesId, j.fromMs, j.toMs); !r)
            return r.error();
        if (auto r = add->run(); !r)
            return r.error();
    }
    return stats;
}

Result<GapReport> TelemetryStore::gapsWithRollupOnly(std::int64_t seriesId, TimeRange range,
                                                     TimestampMs expectedMs,
                                                     const std::vector<TimeRange>& spans) const
{
    GapReport report;
    const auto addGap = [&](TelemetryGap g) {
        if (g.toMs <= g.fromMs)
            return;
        if (!report.gaps.empty() && report.gaps.back().toMs >= g.fromMs)
            report.gaps.back().toMs = std::max(report.gaps.back().toMs, g.toMs);
        else
            report.gaps.push_back(g);
    };
    const auto rawPart = [&](TimeRange part) -> Result<void> {
        if (part.length() <= 0)
            return {};
        std::vector<TimestampMs> times;
        auto stmt = cached(m_readTimes, sql::kReadTimes);
        if (!stmt)
            return stmt.error();
        if (auto r = (*stmt)->bindAll(seriesId, part.fromMs, part.toMs); !r)
            return r;
        if (auto r =
                sql::forEachRow(**stmt, [&](const Statement& row) { times.push_back(row.columnInt64(0)); });
            !r)
            return r;
        const GapReport partReport = findGaps(times, part, expectedMs);
        report.samples += partReport.samples;
        for (const TelemetryGap& g : partReport.gaps)
            addGap(g);
        return {};
    };
    TimestampMs cursor = range.fromMs;
    for (const TimeRange& s : spans) {
        if (auto r = rawPart({cursor, s.fromMs}); !r)
            return r.error();
        // An hour of a rollup-only span is covered when it has a rollup, a gap when it has none.
        auto hours = rollupOnlyHours(seriesId, floorHour(s.fromMs), s.toMs);
        if (!hours)
            return hours.error();
        std::size_t next = 0;
        for (TimestampMs h = floorHour(s.fromMs); h < s.toMs; h += kMsPerHour) {
            while (next < hours->size() && (*hours)[next].hourMs < h)
                ++next;
            if (next < hours->size() && (*hours)[next].hourMs == h)
                report.samples += (*hours)[next].count;
            else
                addGap({std::max(h, s.fromMs), std::min(h + kMsPerHour, s.toMs)});
        }
        cursor = s.toMs;
    }
    if (auto r = rawPart({cursor, range.toMs}); !r)
        return r.error();
    TimestampMs missing = 0;
    for (const TelemetryGap& g : report.gaps)
        missing += g.toMs - g.fromMs;
    report.coveragePct =
        100.0 * static_cast<double>(range.length() - missing) / static_cast<double>(range.length());
    return report;
}

} // namespace saggar
