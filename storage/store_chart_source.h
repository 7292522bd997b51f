// TelemetryChartSource over a workspace's telemetry.db: each load opens its own read-only connection,
// so loads may run on any thread beside the writer (WAL). Up to maxPoints readings come raw; beyond,
// downsampleForWidth answers (from the hourly rollups once buckets are an hour or longer), and always
// when the range reaches into rollup-only hours, which have no readings to draw.
#pragma once

#include "core/telemetry_chart_source.h"

#include <string>

namespace saggar {

class TelemetryStore;

class StoreChartSource final : public TelemetryChartSource
{
public:
    explicit StoreChartSource(std::string workspaceDir) : m_dir(std::move(workspaceDir)) {}
    Result<ChartLoad> load(const SeriesKey& series, TimeRange range, int maxPoints) override;
    // The same from a store the caller holds open (several series on one connection).
    static Result<ChartLoad> loadFrom(const TelemetryStore& store, const SeriesKey& series, TimeRange range,
                                      int maxPoints);

private:
    std::string m_dir;
};

} // namespace saggar
