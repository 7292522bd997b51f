#include "money.h"

#include <cstdlib>

namespace saggar {
namespace {

constexpr std::int64_t kMaxFen = 9'000'000'000'000'000; // 9e15 fen (money.h), far beyond any loan

bool consume(std::string_view& text, std::string_view prefix)
{
    if (text.substr(0, prefix.size()) != prefix)
        return false;
    text.remove_prefix(prefix.size());
    return true;
}

bool consumeSuffix(std::string_view& text, std::string_view suffix)
{
    if (text.size() < suffix.size() || text.substr(text.size() - suffix.size()) != suffix)
        return false;
    text.remove_suffix(suffix.size());
    return true;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

std::optional<Money> Money::parseYuan(std::string_view text)
{
    text = trim(text);
    if (!consume(text, "¥"))
        consume(text, "￥");
    text = trim(text);
    std::int64_t scale = 1;
    if (consumeSuffix(text, "万元") || consumeSuffix(text, "万"))
        scale = 10'000;
    else
        consumeSuffix(text, "元");
    text = trim(text);
    if (text.empty())
        return std::nullopt;

    std::int64_t whole = 0;
    std::int64_t fraction = 0; // in units of 10^-decimals
    int decimals = 0;
    bool seenDot = false;
    bool seenDigit = false;
    int digitsSinceComma = -1;
    int leadingDigits = 0; // a grouped number starts with one to three digits before its first comma
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            seenDigit = true;
            if (seenDot) {
                if (++decimals > (scale == 1 ? 2 : 6))
                    return std::nullopt;
                fraction = fraction * 10 + (c - '0');
            } else {
                if (whole > kMaxFen / 10)
                    return std::nullopt;
                whole = whole * 10 + (c - '0');
                if (digitsSinceComma >= 0)
                    ++digitsSinceComma;
                else
                    ++leadingDigits;
            }
        } else if (c == ',' && !seenDot && seenDigit) {
            if ((digitsSinceComma >= 0 && digitsSinceComma != 3) ||
                (digitsSinceComma < 0 && leadingDigits > 3))
                return std::nullopt;
            digitsSinceComma = 0;
        } else if (c == '.' && !seenDot) {
            if (digitsSinceComma >= 0 && digitsSinceComma != 3)
                return std::nullopt;
            seenDot = true;
            digitsSinceComma = -1;
        } else {
            return std::nullopt;
        }
    }
    if (!seenDigit || (digitsSinceComma >= 0 && digitsSinceComma != 3))
        return std::nullopt;

    // fen = (whole + fraction / 10^decimals) * scale * 100, exactly.
    std::int64_t pow10 = 1;
    for (int i = 0; i < decimals; ++i)
        pow10 *= 10;
    const std::int64_t fenPerUnit = scale * 100;
    if (whole > kMaxFen / fenPerUnit)
        return std::nullopt;
    const std::int64_t fractionFen = fraction * fenPerUnit;
    if (fractionFen % pow10 != 0)
        return std::nullopt; // finer than one fen
    const std::int64_t total = whole * fenPerUnit + fractionFen / pow10;
    if (total > kMaxFen)
        return std::nullopt;
    return Money::fromFen(total);
}

std::string Money::toPlainYuan() const
{
    const bool negative = m_fen < 0;
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(m_fen + 1)) + 1 : static_cast<std::uint64_t>(m_fen);
    std::string out = std::to_string(magnitude / 100);
    const auto cents = magnitude % 100;
    out += '.';
    out += static_cast<char>('0' + cents / 10);
    out += static_cast<char>('0' + cents % 10);
    return negative ? "-" + out : out;
}

} // namespace saggar
