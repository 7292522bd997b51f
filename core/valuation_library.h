// The valuation parameter library: a versioned catalogue of equipment types (trucks, kilns, dryers,
// presses, glaze lines…) with the parameters a valuation reads, each with its source note and effective date.
#pragma once

#include "domain.h"
#include "result.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar::valuation {

// What kind of equipment a type is; regional adjustments are per category and cluster.
enum class Category { Truck, Kiln, Dryer, Press, GlazeLine, Mill, Forklift };

std::string_view key(Category c); // "truck", "kiln", "dryer", "press", "glaze_line", "mill", "forklift"
std::optional<Category> categoryFromKey(std::string_view text);

// Every parameter a type carries; the file names them by key().
enum class Param {
    NewPriceLowYuan,   // list price range of a new unit, CNY
    NewPriceHighYuan,  //
    EconomicLifeYears, // years until only scrap value is left
    DepreciationRate,  // declining-balance rate per year (0.05…0.40)
    ResidualFloor,     // share of the new price never lost (scrap, parts)
    UsageNormPerYear,  // km (trucks, forklifts: engine hours) or firing cycles / operating hours
    UsageSensitivity,  // value lost per unit of (usage / norm − 1), as a share
    EfficiencyNorm,    // L/100 km (trucks), m³ or kWh per cycle (kilns), kWh per hour (others)
    DaysToSell,        // typical days from listing to a signed sale
    RecoveryCostPct,   // repossession, transport, storage and fees as a share of the value
};
inline constexpr int kParamCount = 10;

std::string_view key(Param p);
std::optional<Param> paramFromKey(std::string_view text);

// One value with where it came from and since when it holds.
struct ParamValue
{
    double value = 0;
    std::string effective; // "YYYY-MM-DD"
    std::string source;    // a sentence: market survey, dealer quotes, rule of the generator
};

struct EquipmentType
{
    std::string code; // "TRK-TRACTOR-6X4-FAW-DIESEL"
    Category category = Category::Truck;
    std::string klass; // "tractor 6x4", "roller 300 m × 2.8 m"
    std::string brand; // "FAW Jiefang"; "" when generic
    std::string name;  // in words
    std::array<ParamValue, kParamCount> params{};

    double param(Param p) const { return params[static_cast<std::size_t>(p)].value; }
    double newPriceMidYuan() const
    {
        return 0.5 * (param(Param::NewPriceLowYuan) + param(Param::NewPriceHighYuan));
    }
};

struct RegionalFactor
{
    Category category = Category::Truck;
    Cluster cluster = Cluster::Foshan;
    ParamValue factor; // multiplies the market value (1.00 = national average)
};

struct Library
{
    std::string version;   // "2026.11"
    std::string effective; // "YYYY-MM-DD": the day the version applies from
    std::vector<EquipmentType> types;
    std::vector<RegionalFactor> regions;

    const EquipmentType* find(std::string_view code) const;
    double regionalFactor(Category category, Cluster cluster) const; // 1.0 when not listed
    std::size_t parameterCount() const;                              // type values + regional factors
};

// Text format, tab separated, '#' starts a comment line:
//   saggar-valuation-library<TAB>1
//   version<TAB>2026.11<TAB>2026-11-01
//   type<TAB>CODE<TAB>CATEGORY<TAB>CLASS<TAB>BRAND<TAB>NAME
//   param<TAB>CODE<TAB>KEY<TAB>VALUE<TAB>EFFECTIVE<TAB>SOURCE        (after its type)
//   region<TAB>CATEGORY<TAB>CLUSTER<TAB>FACTOR<TAB>EFFECTIVE<TAB>SOURCE
// Every type must carry every parameter once, with values in their plausible ranges (see validate()).
Result<Library> parseLibrary(std::string_view text);
std::string writeLibrary(const Library& library);

// Checks ranges and consistency (low ≤ high, life > 0, dates, at least one type); the message names
// the type and parameter.
Result<void> validate(const Library& library);

} // namespace saggar::valuation
