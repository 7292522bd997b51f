// The demo workspace's LTV history: monthly champion valuations over the past year for the trucks and
// kilns pledged to disbursed and monitored files, so the LTV chart has a believable line on the first day.
// The second-hand market follows a seeded path (a dip of 6-14 % that half recovers), so a few files whose
// loan is large against their collateral cross their LTV limit. Deterministic for a seed.
#pragma once

#include "database.h"

#include "core/domain.h"

#include <cstdint>

namespace saggar {

struct DemoValuationHistoryStats
{
    int assets = 0;
    int valuations = 0;
    int months = 0;
};

// Needs the library and champion addDemoValuation stores; one transaction.
[[nodiscard]] Result<DemoValuationHistoryStats> addDemoValuationHistory(Database& db, std::uint64_t seed,
                                                                        TimestampMs nowMs, int months = 12);

} // namespace saggar
