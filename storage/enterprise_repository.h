// Enterprises (the ceramics makers that borrow) in the store: insert (validated), get, find by USCC, list.
#pragma once

#include "database.h"

#include "core/domain.h"

#include <optional>
#include <string_view>
#include <vector>

namespace saggar {

// Refuses invalid fields (InvalidInput, naming the field) and a USCC already stored (Conflict).
[[nodiscard]] Result<Id> insertEnterprise(Database& db, const Enterprise& enterprise);
[[nodiscard]] Result<Enterprise> getEnterprise(const Database& db, Id id);
// Nothing when no enterprise has this unified social credit code.
[[nodiscard]] Result<std::optional<Enterprise>> findEnterpriseByUscc(const Database& db,
                                                                     std::string_view uscc);
[[nodiscard]] Result<std::vector<Enterprise>> listEnterprises(const Database& db); // by id

// For bulk writers.
extern const char* const kInsertEnterpriseSql;
[[nodiscard]] Result<void> bindEnterprise(Statement& stmt, const Enterprise& enterprise);

} // namespace saggar
