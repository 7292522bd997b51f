// Users in the store: insert (validated), get by id or login, list.
#pragma once

#include "database.h"

#include "core/domain.h"

#include <string_view>
#include <vector>

namespace saggar {

// Refuses an empty or over-long login or display name (InvalidInput) and a login already taken
// (Conflict). A non-zero user.id is kept.
[[nodiscard]] Result<Id> insertUser(Database& db, const User& user);
[[nodiscard]] Result<User> getUser(const Database& db, Id id);
[[nodiscard]] Result<User> findUserByLogin(const Database& db, std::string_view login); // NotFound if none
[[nodiscard]] Result<std::vector<User>> listUsers(const Database& db);                  // by display name

// For bulk writers: the validation insertUser applies, and its INSERT with the binding of one row.
[[nodiscard]] Result<void> validateUserRecord(const User& user);
extern const char* const kInsertUserSql;
[[nodiscard]] Result<void> bindUser(Statement& stmt, const User& user);

} // namespace saggar
