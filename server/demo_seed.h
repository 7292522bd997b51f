// The server's data folder: where it lives by default, the token secret kept in it, and seeding an
// empty database with the demo portfolio and the three demo users (password "saggar-demo").
#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <string>

namespace saggar::server {

inline constexpr const char* kDemoPassword = "saggar-demo";

// $XDG_DATA_HOME/saggar/server, else ~/.local/share/saggar/server.
std::string defaultServerDirectory();

// The HMAC secret in dir/token.secret: read, or created (32 random bytes, hex, mode 0600) when missing.
[[nodiscard]] Result<std::string> serverSecret(const std::string& dir);

// Saves core's demo portfolio when the database has no users yet; a populated database is left alone.
[[nodiscard]] Result<void> seedDemoIfEmpty(Database& db);

} // namespace saggar::server
