// The demo workspace's champion/challenger setup: a challenger model (trained on a different draw of the
// generated history, one fixed candidate) beside the champion; for the trucks and kilns of repaid, closed,
// defaulted and disposed files, valuations over the months before their sale by the model modelFor gives
// each (kChallengerShare on the challenger) and the price each fetched; and outside comparables drawn with
// the demo history's generator. Deterministic for a seed; one transaction.
#pragma once

#include "database.h"

#include "core/domain.h"

#include <cstdint>
#include <string>

namespace saggar {

struct DemoRealisedSalesStats
{
    std::string challengerVersion;
    int soldAssets = 0;       // realised sales of the workspace's own assets
    int outsideSales = 0;     // outside comparables
    int valuations = 0;       // stored valuations before those sales
    int challengerAssets = 0; // of the sold assets, valued by the challenger
};

// Needs the library and champion addDemoValuation stores.
[[nodiscard]] Result<DemoRealisedSalesStats> addDemoRealisedSales(Database& db, std::uint64_t seed,
                                                                  TimestampMs nowMs, int outside = 300);

} // namespace saggar
