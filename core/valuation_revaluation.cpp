#include "valuation_revaluation.h"

#include <algorithm>

namespace saggar::valuation {

std::vector<std::string> revaluationReasons(const ValuationRecord& last, const CurrentState& now,
                                            const RevaluationPolicy& policy)
{
    std::vector<std::string> reasons;
    if (now.newestInspectionId != 0 && now.newestInspectionId != last.inspectionId)
        reasons.push_back("a new inspection (" + std::to_string(now.newestInspectionId) + ")");
    TimestampMs readUpTo = 0;
    for (const Indicator& i : last.indicators)
        if (i.provenance.source == ProvenanceSource::Telemetry)
            readUpTo = std::max(readUpTo, i.provenance.range.toMs);
    const TimestampMs since = readUpTo > 0 ? readUpTo : last.atMs;
    if (now.newestTelemetryMs > 0 && now.newestTelemetryMs - since >= policy.telemetryStepMs)
        reasons.push_back("telemetry up to " + std::to_string((now.newestTelemetryMs - since) / 86'400'000) +
                          " days newer than the readings used");
    if (!now.libraryVersion.empty() && now.libraryVersion != last.libraryVersion)
        reasons.push_back("library " + now.libraryVersion + " replaces " + last.libraryVersion);
    if (!now.championVersion.empty() && last.role == ModelRole::Champion &&
        now.championVersion != last.modelVersion)
        reasons.push_back("model " + now.championVersion + " is now the champion");
    if (now.nowMs - last.atMs >= policy.maximumAgeMs)
        reasons.push_back("the valuation is " + std::to_string((now.nowMs - last.atMs) / 86'400'000) +
                          " days old");
    return reasons;
}

} // namespace saggar::valuation
