// Salted slow password hashes (libsodium crypto_pwhash_str, Argon2id) and sign-in against a directory.
#pragma once

#include "loan_file_store.h"
#include "result.h"

#include <string>
#include <string_view>

namespace saggar {

enum class HashCost { Interactive, Moderate };

// Hash for storage; the salt and parameters are inside the returned string.
Result<std::string> hashPassword(std::string_view password, HashCost cost = HashCost::Interactive);
bool verifyPassword(std::string_view storedHash, std::string_view password);

// Looks the login up and checks the password. Every failure (unknown login, wrong password, inactive
// user, no password set) answers the same AuthFailed error so a login cannot be probed.
Result<User> authenticate(UserDirectory& users, std::string_view login, std::string_view password);

} // namespace saggar
