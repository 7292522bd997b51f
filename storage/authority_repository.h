// The delegated-authority table in the store: its rows in the order they are checked.
#pragma once

#include "database.h"

#include "core/authority.h"

namespace saggar {

[[nodiscard]] Result<AuthorityTable> readAuthorityTable(const Database& db);
// Replaces every row (run inside a transaction); `updatedBy` and `atMs` say who set it and when.
[[nodiscard]] Result<void> writeAuthorityTable(Database& db, const AuthorityTable& table, Id updatedBy,
                                               TimestampMs atMs);

} // namespace saggar
