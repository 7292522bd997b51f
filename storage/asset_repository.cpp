#include "asset_repository.h"

#include "repository_support.h"
#include "search_text.h"

namespace saggar {
namespace {

constexpr const char* kSelectTruck =
    "SELECT id, enterprise_id, loan_file_id, vin, plate, brand, model, year, "
    "purchase_price_fen, tracker_id, appraised_value_fen, appraised_by FROM trucks";
constexpr const char* kSelectKiln =
    "SELECT id, enterprise_id, loan_file_id, type, length_m, daily_capacity, "
    "capacity_unit, fuel, year_installed, purchase_cost_fen, gateway_id, appraised_value_fen, appraised_by "
    "FROM kilns";

Truck readTruck(const Statement& s)
{
    Truck t;
    t.id = s.columnInt64(0);
    t.enterpriseId = s.columnInt64(1);
    t.loanFileId = idOrZero(s, 2);
    t.vin = s.columnText(3);
    t.plate = s.columnText(4);
    t.brand = s.columnText(5);
    t.model = s.columnText(6);
    t.year = s.columnInt(7);
    t.purchasePrice = Money::fromFen(s.columnInt64(8));
    t.trackerId = s.columnText(9);
    t.appraisedValue = Money::fromFen(s.columnInt64(10));
    t.appraisedBy = idOrZero(s, 11);
    return t;
}

Kiln readKiln(const Statement& s)
{
    Kiln k;
    k.id = s.columnInt64(0);
    k.enterpriseId = s.columnInt64(1);
    k.loanFileId = idOrZero(s, 2);
    k.type = enumColumn(s, 3, KilnType::Roller);
    k.lengthM = s.columnDouble(4);
    k.dailyCapacity = s.columnInt64(5);
    k.capacityUnit = enumColumn(s, 6, CapacityUnit::SquareMetres);
    k.fuel = enumColumn(s, 7, KilnFuel::Gas);
    k.yearInstalled = s.columnInt(8);
    k.purchaseCost = Money::fromFen(s.columnInt64(9));
    k.gatewayId = s.columnText(10);
    k.appraisedValue = Money::fromFen(s.columnInt64(11));
    k.appraisedBy = idOrZero(s, 12);
    return k;
}

} // namespace

const char* const kInsertTruckSql = "INSERT INTO trucks (id, enterprise_id, loan_file_id, vin, plate, brand, "
                                    "model, year, purchase_price_fen, "
                                    "tracker_id, appraised_value_fen, appraised_by) VALUES (?1, ?2, ?3, ?4, "
                                    "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
const char* const kInsertKilnSql =
    "INSERT INTO kilns (id, enterprise_id, loan_file_id, type, length_m, daily_capacity, capacity_unit, "
    "fuel, "
    "year_installed, purchase_cost_fen, gateway_id, appraised_value_fen, appraised_by) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";

Result<void> bindTruck(Statement& stmt, const Truck& t)
{
    return stmt.bindAll(nullIfZero(t.id), t.enterpriseId, nullIfZero(t.loanFileId), t.vin, t.plate, t.brand,
                        t.model, t.year, t.purchasePrice.fen(), t.trackerId, t.appraisedValue.fen(),
                        nullIfZero(t.appraisedBy));
}

Result<void> bindKiln(Statement& stmt, const Kiln& k)
{
    const std::optional<std::string> gateway =
        k.gatewayId.empty() ? std::nullopt : std::optional<std::string>(k.gatewayId);
    return stmt.bindAll(nullIfZero(k.id), k.enterpriseId, nullIfZero(k.loanFileId), key(k.type), k.lengthM,
                        k.dailyCapacity, key(k.capacityUnit), key(k.fuel), k.yearInstalled,
                        k.purchaseCost.fen(), gateway, k.appraisedValue.fen(), nullIfZero(k.appraisedBy));
}

Result<Id> insertTruck(Database& db, const Truck& truck, bool refreshSearch)
{
    if (auto r = refuseIfInvalid("The truck", validateTruck(truck, currentUtcYear())); !r)
        return r.error();
    Truck stored = truck;
    stored.plate = normalisePlate(truck.plate);
    const std::string what = "The truck " + truck.vin + " was not saved";
    auto tx = Transaction::begin(db);
    if (!tx)
        return withContext(what, tx.error());
    auto id = insertRow(
        db, kInsertTruckSql, [&](Statement& s) { return bindTruck(s, stored); }, what);
    if (!id)
        return id.error();
    if (stored.loanFileId != 0 && refreshSearch) {
        // A new row has the file's highest id, so it goes last in the search text: append it.
        auto r = stored.id == 0 ? appendTruckSearchText(db, stored.loanFileId, stored)
                                : refreshSearchText(db, stored.loanFileId);
        if (!r)
            return withContext(what, r.error());
    }
    if (auto r = tx->commit(); !r)
        return withContext(what, r.error());
    return id;
}

Result<Truck> getTruck(const Database& db, Id id)
{
    return readOne<Truck>(db, std::string(kSelectTruck) + " WHERE id = ?1", id, readTruck,
                          "There is no truck with id " + std::to_string(id) + ".");
}

Result<std::vector<Truck>> listTrucksOfFile(const Database& db, Id loanFileId)
{
    return readMany<Truck>(db, std::string(kSelectTruck) + " WHERE loan_file_id = ?1 ORDER BY id", loanFileId,
                           readTruck);
}

Result<Id> insertKiln(Database& db, const Kiln& kiln)
{
    if (auto r = refuseIfInvalid("The kiln", validateKiln(kiln, currentUtcYear())); !r)
        return r.error();
    return insertRow(
        db, kInsertKilnSql, [&](Statement& s) { return bindKiln(s, kiln); }, "The kiln was not saved");
}

Result<Kiln> getKiln(const Database& db, Id id)
{
    return readOne<Kiln>(db, std::string(kSelectKiln) + " WHERE id = ?1", id, readKiln,
                         "There is no kiln with id " + std::to_string(id) + ".");
}

Result<std::vector<Kiln>> listKilnsOfFile(const Database& db, Id loanFileId)
{
    return readMany<Kiln>(db, std::string(kSelectKiln) + " WHERE loan_file_id = ?1 ORDER BY id", loanFileId,
                          readKiln);
}

} // namespace saggar
