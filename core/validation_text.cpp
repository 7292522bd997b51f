// Helpers shared by the validation sources; see validation_text.h.
#include "validation_text.h"

#include <array>
#include <charconv>
#include <utility>

namespace saggar::detail {

std::vector<Utf8Char> splitUtf8(std::string_view text)
{
    std::vector<Utf8Char> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t len = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if (lead < 0x80) {
            len = 1, cp = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            len = 2, cp = lead & 0x1Fu, minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            len = 3, cp = lead & 0x0Fu, minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            len = 4, cp = lead & 0x07u, minimum = 0x10000;
        }
        bool valid = len > 0 && i + len <= text.size();
        for (std::size_t k = 1; valid && k < len; ++k) {
            const auto cont = static_cast<unsigned char>(text[i + k]);
            valid = (cont & 0xC0) == 0x80;
            cp = (cp << 6) | (cont & 0x3Fu);
        }
        // Overlong forms and surrogates would let two spellings of one text slip past a comparison.
        valid = valid && cp >= minimum && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
        if (!valid)
            len = 1;
        out.push_back({text.substr(i, len), valid ? cp : char32_t{0xFFFD}, valid});
        i += len;
    }
    return out;
}

std::string quoted(std::string_view s)
{
    // Appending rather than "'" + std::string(s) avoids a GCC 12 -Wrestrict false positive.
    std::string out;
    out.reserve(s.size() + 2);
    out.append(1, '\'').append(s).append(1, '\'');
    return out;
}

std::string num(double v)
{
    std::array<char, 32> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return ec == std::errc{} ? std::string(buf.data(), end) : std::string("?");
}

Invalid invalid(Problem p, std::string message, std::string found, std::string expected, int position)
{
    return Invalid{.problem = p,
                   .message = std::move(message),
                   .found = std::move(found),
                   .expected = std::move(expected),
                   .position = position};
}

Invalid invalidCharacter(const Utf8Char& c, int position, std::string expected, std::string message)
{
    return invalid(Problem::InvalidCharacter, std::move(message), std::string(c.bytes), std::move(expected),
                   position);
}

Invalid wrongLength(std::size_t found, std::string expected, std::string_view what)
{
    std::string message =
        std::string(what) + " has " + expected + " characters; this one has " + num(found) + ".";
    return invalid(Problem::WrongLength, std::move(message), num(found), std::move(expected));
}

} // namespace saggar::detail
