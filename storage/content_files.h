// Files kept in the workspace under their SHA-256 (document attachments, inspection photos): what a
// file's first bytes say it is, and writing one so that it is either whole or absent.
#pragma once

#include "core/result.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace saggar {

// application/pdf, image/png or image/jpeg by the content's signature; nothing for any other file.
std::optional<std::string> sniffMediaType(std::string_view bytes);

// "12.3 MB".
std::string megabytes(std::int64_t bytes);

// The whole file, refused (DatabaseCorrupt) when it is larger than `limit`.
Result<std::string> readWholeFile(const std::filesystem::path& path, std::int64_t limit);

// Whether `path` exists and its bytes (at most `limit`) hash to `sha256`.
bool storedCopyMatches(const std::filesystem::path& path, const std::string& sha256, std::int64_t limit);

// Writes `bytes` to `target` through a synced temporary file in the same folder and a rename.
Result<void> writeAtomically(const std::filesystem::path& target, const std::string& bytes);

// Stores `bytes` as dir/<sha256> unless a matching copy is there already (a copy that no longer
// matches its name is replaced rather than trusted); returns the digest.
Result<std::string> storeBySha256(const std::filesystem::path& dir, const std::string& bytes,
                                  std::int64_t limit);

} // namespace saggar
