#include "sync_patches.h"

#include "sync_outbox.h"

#include <cstdio>

namespace saggar {

std::string truckAddPatch(const Truck& t)
{
    return R"({"add":{"trucks":[{"vin":)" + jsonQuoted(t.vin) + R"(,"plate":)" + jsonQuoted(t.plate) +
           R"(,"brand":)" + jsonQuoted(t.brand) + R"(,"model":)" + jsonQuoted(t.model) + R"(,"year":)" +
           std::to_string(t.year) + R"(,"purchasePriceFen":)" + std::to_string(t.purchasePrice.fen()) +
           R"(,"trackerId":)" + jsonQuoted(t.trackerId) + "}]}}";
}

std::string kilnAddPatch(const Kiln& k)
{
    char length[32];
    std::snprintf(length, sizeof length, "%.17g", k.lengthM);
    return R"({"add":{"kilns":[{"type":)" + jsonQuoted(key(k.type)) + R"(,"lengthM":)" + length +
           R"(,"dailyCapacity":)" + std::to_string(k.dailyCapacity) + R"(,"capacityUnit":)" +
           jsonQuoted(key(k.capacityUnit)) + R"(,"fuel":)" + jsonQuoted(key(k.fuel)) +
           R"(,"yearInstalled":)" + std::to_string(k.yearInstalled) + R"(,"purchaseCostFen":)" +
           std::to_string(k.purchaseCost.fen()) + R"(,"gatewayId":)" + jsonQuoted(k.gatewayId) + "}]}}";
}

} // namespace saggar
