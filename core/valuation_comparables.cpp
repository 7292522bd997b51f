#include "valuation_comparables.h"

#include <algorithm>
#include <cmath>

namespace saggar::valuation {

std::optional<double> comparableDistance(const EquipmentType& type, const ComparableSubject& subject,
                                         const EquipmentType& saleType, const RealisedSale& sale)
{
    if (saleType.category != type.category)
        return std::nullopt;
    double d = 0;
    if (saleType.code == type.code)
        d = 0;
    else if (saleType.klass == type.klass && saleType.brand == type.brand)
        d = 0.5;
    else if (saleType.klass == type.klass)
        d = 0.75;
    else if (!type.brand.empty() && saleType.brand == type.brand)
        d = 1.0;
    else
        d = 1.5;

    if (subject.ageYears && sale.ageYears) {
        const double life = std::max(1.0, type.param(Param::EconomicLifeYears));
        d += std::abs(*subject.ageYears - *sale.ageYears) / life * 2.0;
    } else {
        d += 0.5;
    }
    if (subject.usage && sale.usage)
        d += std::min(1.0, std::abs(std::log((*subject.usage + 1.0) / (*sale.usage + 1.0))) * 0.5);
    else
        d += 0.25;
    if (subject.cluster != sale.cluster)
        d += 0.1;
    return d;
}

std::vector<ComparableSale> nearestComparables(const std::vector<RealisedSale>& sales, const Library& library,
                                               const EquipmentType& type, const ComparableSubject& subject,
                                               std::size_t n)
{
    std::vector<ComparableSale> found;
    for (const RealisedSale& sale : sales) {
        const EquipmentType* saleType = library.find(sale.typeCode);
        if (!saleType)
            continue;
        const auto d = comparableDistance(type, subject, *saleType, sale);
        if (!d)
            continue;
        ComparableSale c;
        c.saleId = sale.id;
        c.typeCode = sale.typeCode;
        c.typeName = saleType->name;
        c.saleDate = sale.saleDate;
        c.price = sale.price;
        c.ageYears = sale.ageYears;
        c.usage = sale.usage;
        c.cluster = sale.cluster;
        c.channel = sale.channel;
        c.outside = sale.outside();
        c.distance = *d;
        c.similarity = 1.0 / (1.0 + *d);
        found.push_back(std::move(c));
    }
    const auto before = [](const ComparableSale& a, const ComparableSale& b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.saleDate != b.saleDate)
            return a.saleDate > b.saleDate;
        if (a.saleId != b.saleId)
            return a.saleId < b.saleId;
        if (a.typeCode != b.typeCode)
            return a.typeCode < b.typeCode;
        return a.price < b.price;
    };
    const std::size_t keep = std::min(n, found.size());
    std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(keep), found.end(), before);
    found.resize(keep);
    return found;
}

} // namespace saggar::valuation
