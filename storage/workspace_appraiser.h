// valuation::Appraiser over a workspace: each call opens the workspace database read-only and reads
// telemetry.db through StoreAssetHistorySource, so the Value… dialog can run it on a worker thread while
// the UI thread keeps its own connection.
#pragma once

#include "core/valuation_appraisal.h"

#include <string>

namespace saggar {

class WorkspaceAppraiser final : public valuation::Appraiser
{
public:
    WorkspaceAppraiser(std::string databasePath, std::string workspaceDir)
        : m_databasePath(std::move(databasePath)), m_dir(std::move(workspaceDir))
    {}
    Result<valuation::Appraisal> appraise(const valuation::AssetToValue& asset, TimestampMs nowMs,
                                          Id by) override;

private:
    std::string m_databasePath;
    std::string m_dir;
};

} // namespace saggar
