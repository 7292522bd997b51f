// AssetHistorySource over a workspace's telemetry.db: each call opens its own read-only connection, so
// calls may run on any thread beside the writer (WAL). A workspace without telemetry.db answers an empty
// history.
#pragma once

#include "core/asset_history_source.h"

#include <string>

namespace saggar {

class StoreAssetHistorySource final : public AssetHistorySource
{
public:
    explicit StoreAssetHistorySource(std::string workspaceDir) : m_dir(std::move(workspaceDir)) {}
    Result<AssetHistory> history(AssetRef asset, TimeRange range) override;

private:
    std::string m_dir;
};

} // namespace saggar
