// The demo workspace's risk history: accounts for every enterprise (seeded), and for every file waiting
// for a decision (auto-approved, manual review, declined) the score the shipped model gives it, stored with a
// risk assessment and a credit memo through the workflow store (audited), so a manager can act on the demo's
// decided files.
#pragma once

#include "database.h"

#include "core/risk_model_io.h"

#include <cstdint>
#include <string>

namespace saggar {

struct DemoRiskStats
{
    std::size_t enterprises = 0;
    std::size_t scored = 0;
    std::size_t routedAsRecorded = 0; // files whose score routes them to the state the demo gave them
};

// Each decided file's enterprise gets the first of up to 48 seeded sets of accounts under which the most
// of its decided files route where the demo put them; a file the draws cannot match keeps its real score
// and route, and its grade follows the state it is in.
[[nodiscard]] Result<DemoRiskStats> addDemoRiskHistory(Database& db, const std::string& attachmentsDir,
                                                       const risk::RiskModel& model, std::uint64_t seed,
                                                       TimestampMs nowMs);

} // namespace saggar
