// The demo workspace's valuation setup: the shipped parameter library as its first version and a champion
// price model trained on the generated sales history, so that assets can be valued on the first day.
#pragma once

#include "database.h"

#include "core/domain.h"
#include "core/valuation_training.h"

#include <cstdint>
#include <string>

namespace saggar {

struct DemoValuationStats
{
    std::string libraryVersion;
    std::string modelVersion;
    std::size_t sales = 0;    // generated sales the model was trained on
    valuation::Figures fresh; // measured on as many fresh generated sales (another seed)
};

// Trains on `sales` generated sales (seeded) and measures the model on fresh ones; both stored with the
// library in one transaction.
[[nodiscard]] Result<DemoValuationStats> addDemoValuation(Database& db, std::uint64_t seed, TimestampMs nowMs,
                                                          std::size_t sales = 2'000);

} // namespace saggar
