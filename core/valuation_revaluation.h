// When an asset's valuation is out of date: what arrived or changed since it was made (an inspection,
// new telemetry, a library version, a new champion model, or simply time), in words for the history.
#pragma once

#include "valuation_store.h"

#include <string>
#include <vector>

namespace saggar::valuation {

struct CurrentState
{
    TimestampMs nowMs = 0;
    TimestampMs newestTelemetryMs = 0; // the asset's latest reading (0: none)
    Id newestInspectionId = 0;         // the asset's latest inspection (0: none)
    std::string libraryVersion;        // the current library
    std::string championVersion;       // the current champion model
};

struct RevaluationPolicy
{
    TimestampMs telemetryStepMs = 7LL * 86'400'000; // new readings reaching this far past the last range
    TimestampMs maximumAgeMs = 30LL * 86'400'000;   // a valuation older than this is redone anyway
};

// Why `last` should be redone; empty when it is still current.
std::vector<std::string> revaluationReasons(const ValuationRecord& last, const CurrentState& now,
                                            const RevaluationPolicy& policy = {});

} // namespace saggar::valuation
