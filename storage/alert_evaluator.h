// Runs the early-warning rules over new telemetry: for each truck and kiln pledged to a file being
// monitored (disbursed or monitoring), reads what arrived since it was last evaluated (with a look-back
// so late readings and episodes that straddle runs are seen whole), stores the findings as alerts and
// remembers how far it read. Also checks loan-to-value of every monitored file. Plain C++: run it on
// a worker thread with its own connections, or from `saggarctl alerts evaluate`.
#pragma once

#include "database.h"
#include "sqlite_alert_store.h"
#include "telemetry_store.h"

#include "core/alert_rules.h"

#include <atomic>

namespace saggar {

struct AlertEvaluationStats
{
    int assetsWatched = 0;   // pledged to monitored files
    int assetsEvaluated = 0; // had new readings
    std::int64_t readings = 0;
    int findings = 0;
    AlertUpsertStats stored;
};

class AlertEvaluator
{
public:
    // `workspaceDb` is written (alerts, watermarks, audit); `telemetry` only read.
    AlertEvaluator(Database& workspaceDb, const TelemetryStore& telemetry, AlertRuleConfig config = {},
                   CollateralValuer valuer = appraisedValue);

    // `cancel` is checked between assets; a cancelled run keeps what it stored.
    [[nodiscard]] Result<AlertEvaluationStats> evaluate(TimestampMs nowMs,
                                                        const std::atomic<bool>* cancel = nullptr);

    // How far before the last evaluated reading a run reads again.
    static constexpr TimestampMs kLookbackMs = 48LL * 3600 * 1000;
    // Days of daily activity the utilisation trend reads.
    static constexpr int kTrendDays = 35;

private:
    struct Watched
    {
        TelemetryAsset asset;
        Id loanFileId = 0;
    };
    Result<std::vector<Watched>> watchedAssets();
    Result<AssetTelemetry> readAsset(const Watched& w, TimeRange range);
    Result<void> evaluateLtv(TimestampMs nowMs, AlertEvaluationStats& stats);

    Database& m_db;
    const TelemetryStore& m_telemetry;
    AlertRuleConfig m_config;
    CollateralValuer m_valuer;
    SqliteAlertStore m_alerts;
    std::vector<Id> m_operatingCovenantFiles;
};

// The trucks and kilns pledged on monitored files (disbursed or monitoring): what the early warnings
// watch, and so what a workstation follows live.
[[nodiscard]] Result<std::vector<AssetRef>> monitoredAssets(Database& db);

} // namespace saggar
