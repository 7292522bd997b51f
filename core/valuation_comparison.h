// Champion against challenger on realised sales: for every model version, each sold asset's latest
// valuation by that model made before the sale day, compared with the price it fetched.
#pragma once

#include "valuation_sales.h"
#include "valuation_values.h"

#include <string>
#include <vector>

namespace saggar::valuation {

// What the comparison needs of a stored valuation.
struct ModelValuation
{
    std::string modelVersion;
    std::string assetKey; // "truck:12"
    TimestampMs atMs = 0;
    MarketEstimate market;
};

struct SalesComparison
{
    std::string modelVersion;
    std::size_t n = 0;            // sales with a valuation by this model before the sale day
    double medianAbsPctError = 0; // median |value − price| / price, %
    double within10 = 0;          // share of sales with |error| ≤ 10 %, 0…1
    double within20 = 0;          // ≤ 20 %
    double inside80 = 0;          // share of prices inside the 80 % band (ends included)
    double inside90 = 0;          // inside the 90 % band
    double biasPct = 0;           // mean of (value − price) / price, %: > 0 the model values too high
};

// The start of a sale day in China Standard Time (UTC+8), in UTC milliseconds; the valuation must be
// made before it. Nothing for a malformed date.
std::optional<TimestampMs> saleDayStartMs(std::string_view saleDate);

// One row per version in `versions` (in that order), n = 0 and zero figures when no sale matched.
// Outside comparables and sales without a valuation by the version are left out.
std::vector<SalesComparison> compareOnSales(const std::vector<std::string>& versions,
                                            const std::vector<ModelValuation>& valuations,
                                            const std::vector<RealisedSale>& sales);

} // namespace saggar::valuation
