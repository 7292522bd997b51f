#include "content_hash.h"

#include <sodium.h>

#include <array>

namespace saggar {

std::string sha256Hex(std::string_view bytes)
{
    // libsodium asks for sodium_init() before any use; a function-local static runs it once.
    static const bool ready = sodium_init() >= 0;
    (void)ready;
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

bool isSha256Hex(std::string_view text)
{
    if (text.size() != crypto_hash_sha256_BYTES * 2)
        return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

} // namespace saggar
