#include "sqlite_revaluation_inputs.h"

#include "repository_support.h"
#include "sqlite_valuation_store.h"
#include "store_asset_history_source.h"

#include <filesystem>

#include <algorithm>

namespace saggar {

Result<std::vector<Id>> SqliteRevaluationInputs::filesToWatch(Id openFileId)
{
    auto ids =
        readMany<Id>(m_db, "SELECT id FROM loan_files WHERE state IN ('disbursed', 'monitoring') ORDER BY id",
                     0, [](const Statement& s) { return s.columnInt64(0); });
    if (!ids)
        return ids;
    if (openFileId > 0 && std::find(ids->begin(), ids->end(), openFileId) == ids->end())
        ids->push_back(openFileId);
    return ids;
}

Result<TimestampMs> SqliteRevaluationInputs::newestReading(const AssetRef& asset)
{
    if (!m_telemetry)
        return TimestampMs{0};
    if (!m_newest) {
        auto series = m_telemetry->allSeries();
        if (!series)
            return series.error();
        std::map<AssetRef, TimestampMs> newest;
        for (const SeriesInfo& s : *series) {
            TimestampMs& t = newest[AssetRef{s.key.kind, s.key.assetId}];
            t = std::max(t, s.lastMs);
        }
        m_newest = std::move(newest);
    }
    const auto it = m_newest->find(asset);
    return it == m_newest->end() ? TimestampMs{0} : it->second;
}

Result<valuation::RevaluationRun> revalueWorkspaceCollateral(Database& db, const std::string& workspaceDir,
                                                             Id openFileId, TimestampMs nowMs,
                                                             const std::atomic<bool>* cancel, int maxAssets)
{
    std::unique_ptr<TelemetryStore> telemetry;
    if (std::filesystem::exists(std::filesystem::path(workspaceDir) / TelemetryStore::kFileName)) {
        auto opened = TelemetryStore::openInWorkspace(workspaceDir, OpenMode::ExistingReadOnly);
        if (!opened)
            return opened.error();
        telemetry = std::move(*opened);
    }
    SqliteValuationStore store(db);
    SqliteRevaluationInputs inputs(db, telemetry.get());
    StoreAssetHistorySource history(workspaceDir); // the telemetry indicators, as Value… reads them
    inputs.setHistory(&history);
    return valuation::revalueCollateral(store, inputs, openFileId, nowMs, 0, {}, cancel, maxAssets);
}

} // namespace saggar
