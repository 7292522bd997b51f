// Argon2id password hashes through libsodium, and a sign-in check that does not reveal which logins exist.
#include "password.h"

#include <sodium.h>

#include <array>

namespace saggar {
namespace {

bool sodiumReady()
{
    // A function-local static is initialised exactly once even when several threads sign in at once.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error authFailed()
{
    return makeError("Unknown user or wrong password.", ErrorCode::AuthFailed);
}

// A hash of a random password nobody knows: unknown and password-less logins are verified against it so
// they take as long as a real wrong password and cannot be told apart by timing.
const std::string& dummyHash()
{
    static const std::string hash = [] {
        std::array<unsigned char, 32> secret{};
        randombytes_buf(secret.data(), secret.size());
        auto hashed =
            hashPassword(std::string_view(reinterpret_cast<const char*>(secret.data()), secret.size()));
        sodium_memzero(secret.data(), secret.size());
        return hashed ? std::move(hashed).value() : std::string();
    }();
    return hash;
}

} // namespace

Result<std::string> hashPassword(std::string_view password, HashCost cost)
{
    if (!sodiumReady())
        return makeError("The cryptography library could not be initialised.");
    if (password.empty())
        return makeError("The password must not be empty.", ErrorCode::InvalidInput);
    const bool moderate = cost == HashCost::Moderate;
    const auto opsLimit = moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto memLimit = moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str(out.data(), password.data(), password.size(), opsLimit, memLimit) != 0)
        return makeError("Not enough memory to hash the password; close other programs and try again.");
    return std::string(out.data());
}

bool verifyPassword(std::string_view storedHash, std::string_view password)
{
    if (!sodiumReady() || storedHash.empty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    // libsodium reads the stored hash as a C string, so it needs its own terminator.
    std::array<char, crypto_pwhash_STRBYTES> hash{};
    storedHash.copy(hash.data(), storedHash.size());
    return crypto_pwhash_str_verify(hash.data(), password.data(), password.size()) == 0;
}

Result<User> authenticate(UserDirectory& users, std::string_view login, std::string_view password)
{
    auto user = users.findByLogin(login);
    if (!user) {
        // A broken store is not a wrong password: say so, or people retype passwords against a dead
        // database. NotFound is the one answer that must look like any other failure.
        if (user.error().code != ErrorCode::NotFound)
            return user.error();
        (void)verifyPassword(dummyHash(), password);
        return authFailed();
    }
    const bool hasHash = !user->passwordHash.empty();
    const bool matches = verifyPassword(hasHash ? user->passwordHash : dummyHash(), password);
    if (!hasHash || !matches || !user->active)
        return authFailed();
    return std::move(user).value();
}

} // namespace saggar
