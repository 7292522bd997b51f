// The revaluation job's inputs over the workspace: the monitored files (and the open one), each file's
// pledged assets, and each asset's newest reading in telemetry.db (read once per run).
#pragma once

#include "database.h"
#include "sqlite_loan_file_store.h"
#include "telemetry_store.h"

#include "core/valuation_revaluation_job.h"

#include <map>
#include <optional>

namespace saggar {

class SqliteRevaluationInputs final : public valuation::RevaluationInputs
{
public:
    // `telemetry` may be null (no telemetry.db yet): no asset then has readings.
    SqliteRevaluationInputs(Database& db, const TelemetryStore* telemetry)
        : m_db(db), m_files(db), m_telemetry(telemetry)
    {}

    Result<std::vector<Id>> filesToWatch(Id openFileId) override;
    Result<LoanFileDetail> loadFile(Id fileId) override { return m_files.loadFile(fileId); }
    Result<TimestampMs> newestReading(const AssetRef& asset) override;
    AssetHistorySource* history() override { return m_history; }
    void setHistory(AssetHistorySource* history) { m_history = history; }

private:
    Database& m_db;
    SqliteLoanFileStore m_files;
    const TelemetryStore* m_telemetry;
    std::optional<std::map<AssetRef, TimestampMs>> m_newest;
    AssetHistorySource* m_history = nullptr;
};

// The job over a workspace: its database (written) and its telemetry.db (read, when there is one).
[[nodiscard]] Result<valuation::RevaluationRun>
revalueWorkspaceCollateral(Database& db, const std::string& workspaceDir, Id openFileId, TimestampMs nowMs,
                           const std::atomic<bool>* cancel = nullptr, int maxAssets = 1 << 30);

} // namespace saggar
