#include "valuation_assets.h"

#include "valuation_model_io.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace saggar::valuation {
namespace {

// Usage over what the type's norm expects for the asset's age (1 = as the norm; NaN when unknown).
// Trucks count the odometer, kilns their annual hours at temperature against the norm's cycles.
double usageRatio(const EquipmentType& type, const std::array<double, kIndicatorCount>& ind)
{
    const double age = std::max(0.5, ind[static_cast<std::size_t>(IndicatorId::Age)]);
    const double usage = ind[static_cast<std::size_t>(IndicatorId::Usage)];
    const double norm = type.param(Param::UsageNormPerYear);
    if (std::isnan(usage) || norm <= 0)
        return std::nan("");
    return type.category == Category::Truck ? usage / (norm * age) : usage / 8000.0;
}

// The library's own curve: declining balance down to the floor, the floor after the economic life.
double curve(const EquipmentType& type, double age)
{
    const double floor = type.param(Param::ResidualFloor);
    if (age >= type.param(Param::EconomicLifeYears))
        return floor;
    return std::max(floor, std::pow(1.0 - type.param(Param::DepreciationRate), age));
}

} // namespace

Result<ComparableTable> assetTable(const Library& library, std::span<const AssetCase> assets,
                                   std::span<const double> soldPrices)
{
    if (!soldPrices.empty() && soldPrices.size() != assets.size())
        return makeError("One sold price per asset is needed.", ErrorCode::InvalidInput);
    ComparableTable t;
    t.numericNames = {"age_over_life",     "library_curve", "ln_new_price",
                      "depreciation_rate", "usage_ratio",   "usage_sensitivity",
                      "regional_factor",   "days_to_sell",  "market_index"};
    for (int i = 0; i < kIndicatorCount; ++i)
        t.numericNames.emplace_back(key(static_cast<IndicatorId>(i)));
    t.categoricalNames = {"category", "brand", "class"};
    t.wordColumn = {false, false, false};
    t.rows.reserve(assets.size());
    for (std::size_t i = 0; i < assets.size(); ++i) {
        const AssetCase& a = assets[i];
        const EquipmentType* type = library.find(a.typeCode);
        if (!type)
            return makeError("Library " + library.version + " lists no type '" + a.typeCode + "' (asset " +
                                 a.assetKey + ").",
                             ErrorCode::NotFound);
        const double age = a.indicators[static_cast<std::size_t>(IndicatorId::Age)];
        Comparable row;
        row.numbers = {age / type->param(Param::EconomicLifeYears),
                       curve(*type, age),
                       std::log(type->newPriceMidYuan()),
                       type->param(Param::DepreciationRate),
                       usageRatio(*type, a.indicators),
                       type->param(Param::UsageSensitivity),
                       library.regionalFactor(type->category, a.cluster),
                       type->param(Param::DaysToSell),
                       a.marketIndex};
        row.numbers.insert(row.numbers.end(), a.indicators.begin(), a.indicators.end());
        row.categories = {std::string(key(type->category)), type->brand, type->klass};
        row.target = soldPrices.empty() ? 0.0 : std::log(soldPrices[i] / type->newPriceMidYuan());
        t.rows.push_back(std::move(row));
    }
    return t;
}

DemoSales generateDemoSales(const Library& library, std::size_t count, std::uint64_t seed)
{
    DemoSales out;
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> normal(0.0, 1.0);
    constexpr Cluster kClusters[] = {Cluster::Foshan,   Cluster::Jingdezhen, Cluster::Zibo,
                                     Cluster::Jinjiang, Cluster::Gaoan,      Cluster::Dehua,
                                     Cluster::Liling,   Cluster::Tangshan};
    const double nan = std::nan("");
    for (std::size_t n = 0; n < count; ++n) {
        // Trucks are most of what is sold (and pledged); plant the rest.
        const bool truck = unit(rng) < 0.7;
        std::vector<const EquipmentType*> pool;
        for (const EquipmentType& t : library.types)
            if ((t.category == Category::Truck) == truck)
                pool.push_back(&t);
        if (pool.empty())
            continue;
        const EquipmentType& type = *pool[static_cast<std::size_t>(rng() % pool.size())];
        AssetCase a;
        a.assetKey = "demo-sale:" + std::to_string(n + 1);
        a.typeCode = type.code;
        a.cluster = kClusters[rng() % std::size(kClusters)];
        a.marketIndex = 0.92 + 0.16 * unit(rng);
        auto& ind = a.indicators;
        ind.fill(nan);
        const double life = type.param(Param::EconomicLifeYears);
        const double age = 0.3 + unit(rng) * life * 1.2;
        const double intensity = std::exp(0.35 * normal(rng)); // how hard this one was used
        ind[0] = age;
        const double wear = std::clamp(100.0 * age / life * 0.5 * intensity + 8.0 * normal(rng), 0.0, 100.0);
        const double compliance = std::clamp(0.85 + 0.15 * normal(rng), 0.0, 1.0);
        const double efficiency = std::clamp(1.0 + 0.08 * normal(rng) + 0.04 * age / life, 0.6, 1.6);
        const bool inspected = unit(rng) < 0.8, telemetry = unit(rng) < 0.7;
        if (truck) {
            ind[1] = type.param(Param::UsageNormPerYear) * age * intensity;
            if (telemetry) {
                ind[2] = std::clamp(30.0 * intensity + 5.0 * normal(rng), 2.0, 95.0);
                ind[3] = efficiency;
                ind[4] = std::max(0.0, 2.0 * intensity + normal(rng));
                ind[5] = std::clamp(18.0 + 6.0 * normal(rng), 0.0, 80.0);
                ind[10] = std::clamp(22.0 * intensity, 2.0, 30.0);
                ind[11] = std::clamp(97.0 + 4.0 * normal(rng), 40.0, 100.0);
            }
        } else {
            ind[1] = telemetry ? std::clamp(7000.0 * intensity, 500.0, 8700.0) : nan;
            if (telemetry) {
                ind[2] = std::clamp(80.0 * intensity, 5.0, 99.0);
                ind[3] = efficiency;
                ind[8] = type.param(Param::UsageNormPerYear) * intensity;
                ind[9] = std::max(1.0, 6.0 + 3.0 * normal(rng) + 4.0 * age / life);
                ind[10] = std::clamp(27.0 * intensity, 2.0, 30.0);
            }
        }
        if (inspected) {
            ind[6] = wear;
            ind[7] = compliance;
        }
        // The sale price: the curve, then what use, condition and place do to it, then noise.
        const double usageEffect = std::exp(-type.param(Param::UsageSensitivity) * (intensity - 1.0) *
                                            std::min(age, life) / life * 3.0);
        const double condition = (1.0 - 0.004 * (wear - 30.0)) * (0.9 + 0.1 * compliance) /
                                 (0.9 + 0.1 * 0.85) * (1.0 - 0.25 * (efficiency - 1.0));
        const double price = type.newPriceMidYuan() * curve(type, age) * usageEffect * condition *
                             library.regionalFactor(type.category, a.cluster) * a.marketIndex *
                             std::exp(0.12 * normal(rng));
        out.assets.push_back(std::move(a));
        out.pricesYuan.push_back(std::max(price, 1000.0));
    }
    return out;
}

Valuer::Valuer(const Library& library, const PriceModel& champion, const PriceModel* challenger,
               double challengerShare)
    : m_library(library), m_champion(champion), m_challenger(challenger),
      m_share(challenger ? challengerShare : 0.0)
{}

Result<std::vector<AssetValuation>> Valuer::value(std::span<const AssetCase> assets,
                                                  const RecoveryTerms& terms) const
{
    auto table = assetTable(m_library, assets);
    if (!table)
        return table.error();
    std::vector<std::size_t> byRole[2];
    std::vector<ModelRole> roles(assets.size());
    for (std::size_t i = 0; i < assets.size(); ++i) {
        roles[i] = m_share > 0 ? modelFor(assets[i].assetKey, m_share) : ModelRole::Champion;
        byRole[roles[i] == ModelRole::Challenger].push_back(i);
    }
    std::vector<AssetValuation> out(assets.size());
    for (int r = 0; r < 2; ++r) {
        if (byRole[r].empty())
            continue;
        const PriceModel& model = r == 0 ? m_champion : *m_challenger;
        auto estimates = model.estimate(*table, byRole[r]);
        if (!estimates)
            return estimates.error();
        const std::string version = modelVersion(model);
        for (std::size_t k = 0; k < byRole[r].size(); ++k) {
            const std::size_t i = byRole[r][k];
            const EquipmentType& type = *m_library.find(assets[i].typeCode);
            const double newPrice = type.newPriceMidYuan() * 100.0; // fen
            const Estimate& e = (*estimates)[k];
            auto fen = [&](double ratio) {
                return Money::fromFen(static_cast<std::int64_t>(std::llround(ratio * newPrice)));
            };
            const MarketEstimate market{fen(e.point), fen(e.low80), fen(e.high80), fen(e.low90),
                                        fen(e.high90)};
            out[i] = AssetValuation{assets[i].assetKey, roles[i], version,
                                    m_library.version,  e,        lenderValues(market, type, terms)};
        }
    }
    return out;
}

} // namespace saggar::valuation
