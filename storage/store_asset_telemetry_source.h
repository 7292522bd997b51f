// AssetTelemetrySource over a workspace's telemetry.db: each call opens its own read-only connection,
// so calls may run on any thread beside the writer (WAL). A workspace without telemetry.db answers an
// empty overview and an empty report.
#pragma once

#include "core/asset_telemetry_source.h"

#include <string>

namespace saggar {

class StoreAssetTelemetrySource final : public AssetTelemetrySource
{
public:
    explicit StoreAssetTelemetrySource(std::string workspaceDir) : m_dir(std::move(workspaceDir)) {}
    Result<AssetTelemetryOverview> overview(AssetRef asset) override;
    Result<AssetTelemetryReport> report(AssetRef asset, TimeRange range, int maxTrackPoints) override;

private:
    std::string m_dir;
};

} // namespace saggar
