// Collateral in the store: trucks and kilns. Insert (validated; a pledged truck refreshes its
// file's search text in the same transaction), get, list per file.
#pragma once

#include "database.h"

#include "core/domain.h"

#include <vector>

namespace saggar {

// Refuses invalid fields (InvalidInput, naming the field), a VIN or plate already stored
// (Conflict) and an enterprise or file that is not stored (Conflict). The plate is stored
// normalised (no spaces or separator dot). The file's search text is refreshed to include the truck,
// unless `refreshSearch` is false: a caller storing several trucks of one file refreshes it once after.
[[nodiscard]] Result<Id> insertTruck(Database& db, const Truck& truck, bool refreshSearch = true);
[[nodiscard]] Result<Truck> getTruck(const Database& db, Id id);
[[nodiscard]] Result<std::vector<Truck>> listTrucksOfFile(const Database& db, Id loanFileId);

// Refuses invalid fields and a gateway already used by another kiln. An empty gateway id is
// stored as NULL (a kiln without a gateway yet).
[[nodiscard]] Result<Id> insertKiln(Database& db, const Kiln& kiln);
[[nodiscard]] Result<Kiln> getKiln(const Database& db, Id id);
[[nodiscard]] Result<std::vector<Kiln>> listKilnsOfFile(const Database& db, Id loanFileId);

// For bulk writers: INSERTs and bindings (the truck is bound as given: normalise the plate first).
extern const char* const kInsertTruckSql;
extern const char* const kInsertKilnSql;
[[nodiscard]] Result<void> bindTruck(Statement& stmt, const Truck& truck);
[[nodiscard]] Result<void> bindKiln(Statement& stmt, const Kiln& kiln);

} // namespace saggar
