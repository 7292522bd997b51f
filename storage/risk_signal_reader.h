// The application scorecard's operating signals read from the workspace's telemetry store: the
// pledged kilns' firing days a month and the pledged trucks' activity trend over the 90 days before
// the score (core/risk_operating_signals.h says how). Hourly rollups answer every read.
#pragma once

#include "telemetry_store.h"

#include "core/risk_decision_service.h"

#include <string>

namespace saggar {

// The signals of the file's pledged trucks and kilns at `nowMs`; an asset without readings in the
// window adds nothing, and a file without any is "not known" on that signal.
[[nodiscard]] Result<risk::OperatingSignals>
readOperatingSignals(const TelemetryStore& telemetry, const WorkflowContext& ctx, TimestampMs nowMs);

// A signal source for RiskDecisionService that opens <workspaceDir>/telemetry.db read-only on each
// score. A workspace without telemetry, or a store that cannot be read, gives "not known".
risk::RiskDecisionService::SignalSource workspaceSignalSource(std::string workspaceDir);

} // namespace saggar
