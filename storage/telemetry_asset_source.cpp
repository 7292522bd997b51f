#include "telemetry_asset_source.h"

#include "core/demo_tables.h"

namespace saggar {
namespace {

// Light trucks are known by model where the demo tables list it, otherwise by price: no heavy
// truck sells for under 280,000 yuan.
bool isLightTruck(std::string_view brand, std::string_view model, std::int64_t priceFen)
{
    for (const auto& m : demo::truckModels())
        if (m.brand == brand && m.model == model)
            return m.light;
    return priceFen < 280'000 * 100;
}

template <typename E> E keyOr(std::string_view text, E fallback)
{
    return fromKey<E>(text).value_or(fallback);
}

} // namespace

Result<std::vector<TelemetryAsset>> loadTelemetryAssets(const Database& workspaceDb)
{
    std::vector<TelemetryAsset> out;
    auto trucks =
        workspaceDb.prepare("SELECT t.id, t.tracker_id, t.enterprise_id, e.cluster, t.brand, t.model, "
                            "t.purchase_price_fen, t.year "
                            "FROM trucks t JOIN enterprises e ON e.id = t.enterprise_id ORDER BY t.id");
    if (!trucks)
        return withContext("Could not list the trucks", trucks.error());
    for (;;) {
        auto row = trucks->step();
        if (!row)
            return withContext("Could not list the trucks", row.error());
        if (!*row)
            break;
        TelemetryAsset a;
        a.kind = AssetKind::Truck;
        a.id = trucks->columnInt64(0);
        a.deviceId = trucks->columnText(1);
        a.enterpriseId = trucks->columnInt64(2);
        a.cluster = keyOr(trucks->columnView(3), Cluster::Foshan);
        a.lightTruck = isLightTruck(trucks->columnView(4), trucks->columnView(5), trucks->columnInt64(6));
        a.year = trucks->columnInt(7);
        out.push_back(std::move(a));
    }
    auto kilns = workspaceDb.prepare("SELECT k.id, coalesce(k.gateway_id, ''), k.enterprise_id, e.cluster, "
                                     "k.type, k.fuel, k.capacity_unit, "
                                     "k.daily_capacity, k.length_m, k.year_installed FROM kilns k JOIN "
                                     "enterprises e ON e.id = k.enterprise_id "
                                     "ORDER BY k.id");
    if (!kilns)
        return withContext("Could not list the kilns", kilns.error());
    for (;;) {
        auto row = kilns->step();
        if (!row)
            return withContext("Could not list the kilns", row.error());
        if (!*row)
            break;
        TelemetryAsset a;
        a.kind = AssetKind::Kiln;
        a.id = kilns->columnInt64(0);
        a.deviceId = kilns->columnText(1);
        a.enterpriseId = kilns->columnInt64(2);
        a.cluster = keyOr(kilns->columnView(3), Cluster::Foshan);
        a.kilnType = keyOr(kilns->columnView(4), KilnType::Roller);
        a.fuel = keyOr(kilns->columnView(5), KilnFuel::Gas);
        a.capacityUnit = keyOr(kilns->columnView(6), CapacityUnit::SquareMetres);
        a.dailyCapacity = kilns->columnInt64(7);
        a.lengthM = kilns->columnDouble(8);
        a.year = kilns->columnInt(9);
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace saggar
