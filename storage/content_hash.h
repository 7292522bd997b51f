// SHA-256 of bytes as lower-case hex, the name attachments are stored under in the workspace.
#pragma once

#include <string>
#include <string_view>

namespace saggar {

std::string sha256Hex(std::string_view bytes);

// 64 lower-case hex digits, as sha256Hex() writes them (a stored name is checked before it is used
// as a file name).
bool isSha256Hex(std::string_view text);

} // namespace saggar
