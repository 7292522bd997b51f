// The demo workspace's LTV history: monthly champion valuations over the past year for the trucks and
// kilns pledged to disbursed and monitored files, so the LTV chart has a believable line on the first day.
// The second-hand market follows a seeded path (a dip of 6-14 % that half recovers). Files whose LTV on
// the first of these valuations was within 80 % get the usual covenant (LTV at most 80 % of fair market
// value); the dip, the year's depreciation and the repayments decide which cross it. Deterministic.
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
    int covenants = 0; // LTV covenants added
    int breached = 0;  // files whose LTV now is above their covenant
};

// Needs the library and champion addDemoValuation stores; one transaction.
[[nodiscard]] Result<DemoValuationHistoryStats> addDemoValuationHistory(Database& db, std::uint64_t seed,
                                                                        TimestampMs nowMs, int months = 12);

} // namespace saggar
