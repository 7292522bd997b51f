// Valuing the bank's own assets: the features the model reads about a truck or kiln (its library type,
// age, usage, the twelve indicators, the market), the demo's generated sales history, and a valuer
// that values many assets in one pass with the champion model or, for a fixed share, the challenger.
#pragma once

#include "valuation_indicators.h"
#include "valuation_training.h"
#include "valuation_values.h"

#include <span>

namespace saggar::valuation {

struct AssetCase
{
    std::string assetKey; // "truck:123", "kiln:7": stable, used for the champion/challenger split
    std::string typeCode;
    Cluster cluster = Cluster::Foshan;
    std::array<double, kIndicatorCount> indicators{}; // indicatorValues(); NaN where missing
    double marketIndex = 1.0;                         // second-hand price level against the library's date
};

// The model's table for these assets. `soldPrices` (yuan, one per asset) gives the training target
// ln(price / new price); without it the target is 0. Refuses a type the library does not list.
Result<ComparableTable> assetTable(const Library& library, std::span<const AssetCase> assets,
                                   std::span<const double> soldPrices = {});

// The demo's comparable sales: `count` sales over the library's types, deterministic for a seed.
// Prices follow the library's curves, usage and condition effects and the regional factor, with
// lognormal noise (σ ≈ 0.12) — a stand-in for a bank's history, not market data.
struct DemoSales
{
    std::vector<AssetCase> assets;
    std::vector<double> pricesYuan;
};
DemoSales generateDemoSales(const Library& library, std::size_t count, std::uint64_t seed);

struct AssetValuation
{
    std::string assetKey;
    ModelRole role = ModelRole::Champion;
    std::string modelVersion;
    std::string libraryVersion;
    Estimate ratio; // of the new price
    LenderValues values;
};

class Valuer
{
public:
    // `challenger` may be null; then every asset gets the champion.
    Valuer(const Library& library, const PriceModel& champion, const PriceModel* challenger = nullptr,
           double challengerShare = 0.0);

    Result<std::vector<AssetValuation>> value(std::span<const AssetCase> assets,
                                              const RecoveryTerms& terms = {}) const;

private:
    const Library& m_library;
    const PriceModel& m_champion;
    const PriceModel* m_challenger;
    double m_share;
};

} // namespace saggar::valuation
