// Internal to the validation sources (validation.cpp, registration_codes.cpp), not part of the
// public API in validation.h: splitting UTF-8 into characters, quoting and number formatting for
// messages, and the builders of an Invalid.
#pragma once

#include "validation.h"

#include <concepts>
#include <string>
#include <string_view>
#include <vector>

namespace saggar::detail {

// One UTF-8 character; a malformed byte stands alone (valid = false) so it can be reported by position.
struct Utf8Char
{
    std::string_view bytes;
    char32_t cp = 0;
    bool valid = true;
};

std::vector<Utf8Char> splitUtf8(std::string_view text);

std::string quoted(std::string_view s);
template <std::integral T> std::string num(T v)
{
    return std::to_string(v);
}
std::string num(double v);

constexpr bool isDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}
constexpr bool isUpper(char32_t c)
{
    return c >= 'A' && c <= 'Z';
}
constexpr bool isLower(char32_t c)
{
    return c >= 'a' && c <= 'z';
}
// True for an ASCII character in an alphabet given as a string.
constexpr bool inAlphabet(char32_t c, std::string_view alphabet)
{
    return c < 0x80 && alphabet.find(static_cast<char>(c)) != std::string_view::npos;
}

Invalid invalid(Problem p, std::string message, std::string found = {}, std::string expected = {},
                int position = 0);
Invalid invalidCharacter(const Utf8Char& c, int position, std::string expected, std::string message);
// WrongLength: "<what> has <expected> characters; this one has <found>."
Invalid wrongLength(std::size_t found, std::string expected, std::string_view what);

} // namespace saggar::detail
