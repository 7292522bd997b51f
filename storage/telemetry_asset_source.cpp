#include "telemetry_asset_source.h"

#include "repository_support.h"

#include "core/demo_tables.h"

#include <iterator>

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

} // namespace

Result<std::vector<TelemetryAsset>> loadTelemetryAssets(const Database& workspaceDb)
{
    auto trucks = readMany<TelemetryAsset>(
        workspaceDb,
        "SELECT t.id, t.tracker_id, t.enterprise_id, e.cluster, t.brand, t.model, t.purchase_price_fen, "
        "t.year "
        "FROM trucks t JOIN enterprises e ON e.id = t.enterprise_id ORDER BY t.id",
        0, [](const Statement& row) {
            TelemetryAsset a;
            a.kind = AssetKind::Truck;
            a.id = row.columnInt64(0);
            a.deviceId = row.columnText(1);
            a.enterpriseId = row.columnInt64(2);
            a.cluster = enumColumn(row, 3, Cluster::Foshan);
            a.lightTruck = isLightTruck(row.columnView(4), row.columnView(5), row.columnInt64(6));
            a.year = row.columnInt(7);
            return a;
        });
    if (!trucks)
        return withContext("Could not list the trucks", trucks.error());
    auto kilns = readMany<TelemetryAsset>(workspaceDb,
                                          "SELECT k.id, coalesce(k.gateway_id, ''), k.enterprise_id, "
                                          "e.cluster, k.type, k.fuel, k.capacity_unit, "
                                          "k.daily_capacity, k.length_m, k.year_installed FROM kilns k JOIN "
                                          "enterprises e ON e.id = k.enterprise_id "
                                          "ORDER BY k.id",
                                          0, [](const Statement& row) {
                                              TelemetryAsset a;
                                              a.kind = AssetKind::Kiln;
                                              a.id = row.columnInt64(0);
                                              a.deviceId = row.columnText(1);
                                              a.enterpriseId = row.columnInt64(2);
                                              a.cluster = enumColumn(row, 3, Cluster::Foshan);
                                              a.kilnType = enumColumn(row, 4, KilnType::Roller);
                                              a.fuel = enumColumn(row, 5, KilnFuel::Gas);
                                              a.capacityUnit = enumColumn(row, 6, CapacityUnit::SquareMetres);
                                              a.dailyCapacity = row.columnInt64(7);
                                              a.lengthM = row.columnDouble(8);
                                              a.year = row.columnInt(9);
                                              return a;
                                          });
    if (!kilns)
        return withContext("Could not list the kilns", kilns.error());
    std::vector<TelemetryAsset> out = std::move(*trucks);
    out.insert(out.end(), std::make_move_iterator(kilns->begin()), std::make_move_iterator(kilns->end()));
    return out;
}

} // namespace saggar
