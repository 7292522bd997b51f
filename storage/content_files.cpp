#include "content_files.h"

#include "content_hash.h"

#include <sodium.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace saggar {
namespace {

namespace fs = std::filesystem;

std::string inQuotes(const std::string& s)
{
    return "'" + s + "'";
}

} // namespace

std::optional<std::string> sniffMediaType(std::string_view bytes)
{
    if (bytes.starts_with("%PDF-"))
        return "application/pdf";
    if (bytes.starts_with(std::string_view("\x89PNG\r\n\x1a\n", 8)))
        return "image/png";
    if (bytes.starts_with("\xFF\xD8\xFF"))
        return "image/jpeg";
    return std::nullopt;
}

std::string megabytes(std::int64_t bytes)
{
    const std::int64_t tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

Result<std::string> readWholeFile(const fs::path& path, std::int64_t limit)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        return makeError(ec.message(), ErrorCode::DatabaseIo);
    if (size > static_cast<std::uintmax_t>(limit))
        return makeError("it is larger than any attachment can be", ErrorCode::DatabaseCorrupt);
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        return makeError("it could not be read", ErrorCode::DatabaseIo);
    return bytes;
}

bool storedCopyMatches(const fs::path& path, const std::string& sha256, std::int64_t limit)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        return false;
    auto bytes = readWholeFile(path, limit);
    return bytes && sha256Hex(*bytes) == sha256;
}

Result<void> writeAtomically(const fs::path& target, const std::string& bytes)
{
    std::array<unsigned char, 8> nonce{};
    randombytes_buf(nonce.data(), nonce.size());
    std::array<char, 17> nonceHex{};
    sodium_bin2hex(nonceHex.data(), nonceHex.size(), nonce.data(), nonce.size());
    // Appended piece by piece: a chain of + here trips a GCC 12 -Wrestrict false positive.
    std::string tempName(1, '.');
    tempName.append(target.filename().string()).append(".tmp-").append(nonceHex.data());
    const fs::path temp = target.parent_path() / tempName;
    const auto fail = [&](const std::string& why) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        return makeError("Could not store the attached file in " + inQuotes(target.parent_path().string()) +
                             " (" + why +
                             "). Check the disk space and that you may write to the workspace folder.",
                         ErrorCode::DatabaseIo);
    };
    std::FILE* out = std::fopen(temp.c_str(), "wb");
    if (!out)
        return fail("the file could not be created");
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size() &&
                         std::fflush(out) == 0 && ::fsync(::fileno(out)) == 0;
    const bool closed = std::fclose(out) == 0;
    if (!written || !closed)
        return fail("the file could not be written in full");
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec)
        return fail(ec.message());
    return {};
}

Result<std::string> storeBySha256(const fs::path& dir, const std::string& bytes, std::int64_t limit)
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return makeError("The folder " + inQuotes(dir.string()) + " could not be created (" + ec.message() +
                             "). Check that you may write to the workspace folder.",
                         ErrorCode::DatabaseIo);
    std::string digest = sha256Hex(bytes);
    const fs::path target = dir / digest;
    if (!storedCopyMatches(target, digest, limit))
        if (auto r = writeAtomically(target, bytes); !r)
            return r.error();
    return digest;
}

} // namespace saggar
