#include "alert_evaluator.h"

#include "file_ltv_data.h"
#include "repository_support.h"
#include "telemetry_asset_source.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace saggar {
namespace {

constexpr TimestampMs kDayMs = 24LL * 3600 * 1000;
constexpr TimestampMs kChinaOffsetMs = 8LL * 3600 * 1000;

// The start of the China (UTC+8) day holding `t`, in UTC ms: always on a whole hour, so the hourly
// rollups answer day buckets.
TimestampMs chinaDayStart(TimestampMs t)
{
    const TimestampMs local = t + kChinaOffsetMs;
    return local - ((local % kDayMs) + kDayMs) % kDayMs - kChinaOffsetMs;
}

std::vector<ChannelId> ruleChannels(AssetKind kind)
{
    if (kind == AssetKind::Truck)
        return {ChannelId::Latitude, ChannelId::Longitude, ChannelId::Odometer, ChannelId::FuelLevel};
    return {ChannelId::Zone3Temp, ChannelId::Zone4Temp};
}

} // namespace

AlertEvaluator::AlertEvaluator(Database& workspaceDb, const TelemetryStore& telemetry, AlertRuleConfig config,
                               CollateralValuer valuer)
    : m_db(workspaceDb), m_telemetry(telemetry), m_config(config), m_valuer(std::move(valuer)),
      m_alerts(workspaceDb)
{}

namespace {

Result<std::vector<std::pair<AssetRef, Id>>> monitoredPledges(Database& db)
{
    return readMany<std::pair<AssetRef, Id>>(
        db,
        "SELECT 'truck', t.id, t.loan_file_id FROM trucks t JOIN loan_files f ON f.id = t.loan_file_id "
        "WHERE f.state IN ('disbursed', 'monitoring') UNION ALL "
        "SELECT 'kiln', k.id, k.loan_file_id FROM kilns k JOIN loan_files f ON f.id = k.loan_file_id "
        "WHERE f.state IN ('disbursed', 'monitoring')",
        0, [](const Statement& s) {
            return std::pair{
                AssetRef{fromKey<AssetKind>(s.columnView(0)).value_or(AssetKind::Truck), s.columnInt64(1)},
                s.columnInt64(2)};
        });
}

} // namespace

Result<std::vector<AssetRef>> monitoredAssets(Database& db)
{
    auto pledged = monitoredPledges(db);
    if (!pledged)
        return pledged.error();
    std::vector<AssetRef> out;
    for (const auto& [ref, fileId] : pledged.value())
        out.push_back(ref);
    return out;
}

Result<std::vector<AlertEvaluator::Watched>> AlertEvaluator::watchedAssets()
{
    auto assets = loadTelemetryAssets(m_db);
    if (!assets)
        return assets.error();
    auto pledged = monitoredPledges(m_db);
    if (!pledged)
        return pledged.error();
    AssetDirectory directory(std::move(assets).value());
    std::vector<Watched> out;
    for (const auto& [ref, fileId] : *pledged)
        if (const TelemetryAsset* a = directory.find(ref.kind, ref.id))
            out.push_back({*a, fileId});
    auto covenants =
        readMany<Id>(m_db,
                     "SELECT DISTINCT loan_file_id FROM covenants WHERE metric = 'kiln_operating_days' "
                     "AND kind = 'covenant' AND status <> 'waived'",
                     0, [](const Statement& s) { return s.columnInt64(0); });
    if (!covenants)
        return covenants.error();
    m_operatingCovenantFiles = std::move(covenants).value();
    return out;
}

Result<AssetTelemetry> AlertEvaluator::readAsset(const Watched& w, TimeRange range)
{
    AssetTelemetry t;
    t.asset = w.asset;
    t.loanFileId = w.loanFileId;
    t.operatingCovenant = std::find(m_operatingCovenantFiles.begin(), m_operatingCovenantFiles.end(),
                                    w.loanFileId) != m_operatingCovenantFiles.end();
    for (ChannelId ch : ruleChannels(w.asset.kind)) {
        auto points = m_telemetry.read({w.asset.kind, w.asset.id, ch}, range);
        if (!points)
            return points.error();
        t.channels.emplace_back(ch, std::move(points).value());
    }
    const ChannelId counter =
        w.asset.kind == AssetKind::Truck ? ChannelId::Odometer : ChannelId::FiringCycles;
    const TimestampMs dayEnd = chinaDayStart(range.toMs) + kDayMs;
    auto days = m_telemetry.downsample({w.asset.kind, w.asset.id, counter},
                                       {dayEnd - kTrendDays * kDayMs, dayEnd}, kDayMs);
    if (!days)
        return days.error();
    t.dailyActivity = std::move(days).value();
    if (w.asset.kind == AssetKind::Truck) {
        auto rejects = m_telemetry.rejects(AssetRef{w.asset.kind, w.asset.id});
        if (!rejects)
            return rejects.error();
        for (const RejectTally& r : *rejects)
            if (r.reason == RejectReason::CounterBackwards &&
                r.channel == static_cast<std::uint16_t>(ChannelId::Odometer)) {
                t.odometerRefused += r.count;
                t.odometerRefusedLastMs = std::max(t.odometerRefusedLastMs, r.lastSeenMs);
            }
        auto odo = m_telemetry.series({w.asset.kind, w.asset.id, ChannelId::Odometer});
        if (!odo)
            return odo.error();
        if (*odo)
            t.odometerLastStored = TelemetryPoint{(*odo)->lastMs, (*odo)->lastValue};
    }
    return t;
}

Result<AlertEvaluationStats> AlertEvaluator::evaluate(TimestampMs nowMs, const std::atomic<bool>* cancel)
{
    AlertEvaluationStats stats;
    auto watched = watchedAssets();
    if (!watched)
        return watched.error();
    stats.assetsWatched = static_cast<int>(watched->size());

    auto series = m_telemetry.allSeries();
    if (!series)
        return series.error();
    // Per asset: its newest reading and its first. The fleet's newest reading bounds "silent": when
    // every device stopped at once it is the feed that stopped, not each tracker.
    std::unordered_map<std::uint64_t, std::pair<TimestampMs, TimestampMs>> span;
    TimestampMs fleetLatest = 0;
    for (const SeriesInfo& s : *series) {
        const std::uint64_t k = packSeries({s.key.kind, s.key.assetId, ChannelId::Latitude});
        auto [it, fresh] = span.try_emplace(k, s.firstMs.value_or(s.lastMs), s.lastMs);
        if (!fresh) {
            it->second.first = std::min(it->second.first, s.firstMs.value_or(s.lastMs));
            it->second.second = std::max(it->second.second, s.lastMs);
        }
        fleetLatest = std::max(fleetLatest, s.lastMs);
    }
    const TimestampMs silenceNow = std::min(nowMs, fleetLatest);

    auto marks = readMany<std::pair<std::uint64_t, TimestampMs>>(
        m_db, "SELECT asset_kind, asset_id, evaluated_to_ms FROM alert_watermarks", 0,
        [](const Statement& s) {
            const auto kind = fromKey<AssetKind>(s.columnView(0)).value_or(AssetKind::Truck);
            return std::pair{packSeries({kind, s.columnInt64(1), ChannelId::Latitude}), s.columnInt64(2)};
        });
    if (!marks)
        return marks.error();
    std::unordered_map<std::uint64_t, TimestampMs> watermark(marks->begin(), marks->end());

    std::vector<AlertFinding> findings;
    std::vector<std::pair<AssetRef, TimestampMs>> moved;
    const auto flush = [&]() -> Result<void> {
        auto stored = m_alerts.upsert(findings, nowMs);
        if (!stored)
            return stored.error();
        stats.stored.raised += stored->raised;
        stats.stored.updated += stored->updated;
        stats.stored.unchanged += stored->unchanged;
        stats.findings += static_cast<int>(findings.size());
        findings.clear();
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return tx.error();
        auto stmt = m_db.prepare(
            "INSERT INTO alert_watermarks (asset_kind, asset_id, evaluated_to_ms) VALUES (?1, ?2, "
            "?3) ON CONFLICT DO UPDATE SET evaluated_to_ms = excluded.evaluated_to_ms");
        if (!stmt)
            return stmt.error();
        for (const auto& [ref, to] : moved) {
            stmt->reset();
            if (auto r = stmt->bindAll(key(ref.kind), ref.id, to); !r)
                return r;
            if (auto r = stmt->run(); !r)
                return r;
        }
        moved.clear();
        return tx->commit();
    };

    for (const Watched& w : *watched) {
        if (cancel && cancel->load())
            break;
        const std::uint64_t k = packSeries({w.asset.kind, w.asset.id, ChannelId::Latitude});
        const auto sp = span.find(k);
        if (sp == span.end())
            continue; // no telemetry yet
        const auto [first, latest] = sp->second;
        const auto mark = watermark.find(k);
        const TimestampMs evaluatedTo = mark == watermark.end() ? 0 : mark->second;
        if (latest > evaluatedTo) {
            const TimestampMs from = evaluatedTo == 0 ? first : std::max(first, evaluatedTo - kLookbackMs);
            auto t = readAsset(w, {from, latest + 1});
            if (!t)
                return t.error();
            for (const auto& [ch, points] : t->channels)
                stats.readings += static_cast<std::int64_t>(points.size());
            for (AlertFinding& f : evaluateAsset(*t, silenceNow, m_config))
                findings.push_back(std::move(f));
            moved.emplace_back(AssetRef{w.asset.kind, w.asset.id}, latest);
            ++stats.assetsEvaluated;
        } else {
            // Nothing new: only a silence that is still running can have grown.
            AssetTelemetry t;
            t.asset = w.asset;
            t.loanFileId = w.loanFileId;
            t.channels.emplace_back(ruleChannels(w.asset.kind).front(),
                                    std::vector<TelemetryPoint>{{latest, 0.0}});
            for (AlertFinding& f : silenceFindings(t, silenceNow, m_config))
                findings.push_back(std::move(f));
        }
        if (findings.size() >= 500 || moved.size() >= 200)
            if (auto r = flush(); !r)
                return r.error();
    }
    if (auto r = flush(); !r)
        return r.error();
    if (auto r = evaluateLtv(nowMs, stats); !r)
        return r.error();
    return stats;
}

Result<void> AlertEvaluator::evaluateLtv(TimestampMs nowMs, AlertEvaluationStats& stats)
{
    // The balance on the file's schedule against each asset's latest model valuation (fair market),
    // or the appraiser's typed value where the model has not valued it (file_ltv_data.h).
    auto files = readMonitoredLtvData(m_db);
    if (!files)
        return files.error();
    std::vector<AlertFinding> findings;
    std::vector<Id> breached;
    for (const valuation::FileLtvData& f : *files) {
        LtvInput in{f.loanFileId, valuation::outstandingAt(f.schedule, nowMs), {}, f.limitPct};
        for (const valuation::PledgedCollateral& c : f.collateral) {
            const valuation::ValuedAt* latest = nullptr;
            for (const valuation::ValuedAt& v : c.valuations)
                if (v.atMs <= nowMs)
                    latest = &v;
            in.collateral.push_back(latest ? PledgedValue{c.asset, latest->fairMarket, true}
                                           : PledgedValue{c.asset, c.appraised, false});
        }
        if (auto finding = ltvFinding(in, nowMs, m_config, m_valuer)) {
            findings.push_back(std::move(*finding));
            breached.push_back(f.loanFileId);
        }
    }
    auto stored = m_alerts.upsert(findings, nowMs);
    if (!stored)
        return stored.error();
    stats.findings += static_cast<int>(findings.size());
    stats.stored.raised += stored->raised;
    stats.stored.updated += stored->updated;
    stats.stored.unchanged += stored->unchanged;
    auto settled = m_alerts.settleFileAlerts(AlertRule::LtvBreach, breached);
    if (!settled)
        return settled.error();
    return {};
}

} // namespace saggar
