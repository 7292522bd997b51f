// Saves a whole portfolio snapshot (the demo generator's output, an import) in one transaction:
// all of it or, after any refusal, none of it.
#pragma once

#include "database.h"

#include "core/domain.h"

namespace saggar {

// Every record is validated first (InvalidInput naming the record and field); then users,
// enterprises, files (with their search text), trucks, kilns and documents are inserted with
// prepared statements. Ids given in the snapshot are kept; 0 lets the store choose.
// Duplicates and references to records that are not stored give Conflict. Each file's history
// starts with one entry, "imported" into the state it has, so demo files verify like any other.
[[nodiscard]] Result<void> savePortfolio(Database& db, const PortfolioSnapshot& snapshot);

} // namespace saggar
