// The realised sales nearest to an asset, for the valuation report's comparables: same category, then the
// nearest type (same type, same class, same brand), age, usage and cluster. (ComparableSale, not
// Comparable: valuation_dataset.h already names a training row Comparable.)
#pragma once

#include "valuation_library.h"
#include "valuation_sales.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace saggar::valuation {

struct ComparableSale
{
    Id saleId = 0;
    std::string typeCode;
    std::string typeName; // the library's name of the sale's type
    std::string saleDate; // "YYYY-MM-DD"
    Money price;
    std::optional<double> ageYears;
    std::optional<double> usage;
    Cluster cluster = Cluster::Foshan;
    SaleChannel channel = SaleChannel::Negotiated;
    bool outside = false;  // an outside comparable, not one of the bank's assets
    double distance = 0;   // 0 = same type, age, usage and cluster; larger is less alike
    double similarity = 1; // 1 / (1 + distance), for display
};

// What is known of the asset being valued.
struct ComparableSubject
{
    std::optional<double> ageYears;
    std::optional<double> usage; // in the type's usage unit (see Param::UsageNormPerYear)
    Cluster cluster = Cluster::Foshan;
};

// Distance of a sale of type `saleType` to the subject of type `type` (both from the library):
//   type:    0 same code; 0.5 same class and brand; 0.75 same class; 1.0 same brand; 1.5 same category
//   age:     |Δ years| / the subject type's economic life × 2 (0.5 when either age is unknown)
//   usage:   |ln((u₁ + 1) / (u₂ + 1))| × 0.5, at most 1 (0.25 when either is unknown)
//   cluster: 0.1 when different
// Sales of another category, or of a type the library does not list, are not comparable (nothing).
std::optional<double> comparableDistance(const EquipmentType& type, const ComparableSubject& subject,
                                         const EquipmentType& saleType, const RealisedSale& sale);

// The `n` nearest sales of the same category, nearest first; ties go to the later sale date, then the
// lower sale id, then the type code. Sales of types missing from `library` are left out.
std::vector<ComparableSale> nearestComparables(const std::vector<RealisedSale>& sales, const Library& library,
                                               const EquipmentType& type, const ComparableSubject& subject,
                                               std::size_t n = 5);

} // namespace saggar::valuation
