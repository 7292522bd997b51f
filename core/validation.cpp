// Check rules for identifiers, money, dates and whole records; see validation.h for the contract.
#include "validation.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <concepts>
#include <limits>

namespace saggar {
namespace {

// One UTF-8 character; a malformed byte stands alone (valid = false) so it can be reported by position.
struct Utf8Char
{
    std::string_view bytes;
    char32_t cp = 0;
    bool valid = true;
};

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
template <std::integral T> std::string num(T v)
{
    return std::to_string(v);
}

std::string num(double v)
{
    std::array<char, 32> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return ec == std::errc{} ? std::string(buf.data(), end) : std::string("?");
}

constexpr auto isDigit = [](char32_t c) { return c >= '0' && c <= '9'; };
constexpr auto isUpper = [](char32_t c) { return c >= 'A' && c <= 'Z'; };
constexpr auto isLower = [](char32_t c) { return c >= 'a' && c <= 'z'; };
// True for an ASCII character in an alphabet given as a string.
constexpr auto inAlphabet = [](char32_t c, std::string_view alphabet) {
    return c < 0x80 && alphabet.find(static_cast<char>(c)) != std::string_view::npos;
};

Invalid invalid(Problem p, std::string message, std::string found = {}, std::string expected = {},
                int position = 0)
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

// The message for a character outside an uppercase code alphabet: lower case gets its own advice
// because it is by far the most common slip when typing codes by hand.
std::string badCodeCharacterMessage(const Utf8Char& c, int position, std::string_view alphabet,
                                    std::string_view whatIsExcluded)
{
    const std::string where = " at position " + num(position);
    if (isLower(c.cp) && inAlphabet(c.cp - 'a' + 'A', alphabet))
        return "Character " + quoted(c.bytes) + where + " is lower case; use capital letters.";
    if (isUpper(c.cp) || isLower(c.cp))
        return "Letter " + quoted(c.bytes) + where + " is not allowed; " + std::string(whatIsExcluded) + ".";
    if (!c.valid)
        return "Position " + num(position) + " holds a byte that is not valid text.";
    return "Character " + quoted(c.bytes) + where + " is not allowed; use digits and capital letters.";
}

Invalid wrongLength(std::size_t found, std::string expected, std::string_view what)
{
    std::string message =
        std::string(what) + " has " + expected + " characters; this one has " + num(found) + ".";
    return invalid(Problem::WrongLength, std::move(message), num(found), std::move(expected));
}

Invalid checkMismatch(char found, char expected, int position, std::string_view what)
{
    const std::string f(1, found), e(1, expected);
    return invalid(Problem::CheckCharacterMismatch,
                   std::string(what) + " is " + quoted(f) + " but should be " + quoted(e) +
                       "; one of the characters is probably mistyped.",
                   f, e, position);
}

// ---- Unified social credit code (GB 32100-2015) ----------------------------------------------------------

constexpr std::string_view kUsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kUsccWeights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
// Registration authorities in the standard's code table (1 organisation staffing … 9 market
// regulation, A military, N agriculture, Y other).
constexpr std::string_view kUsccAuthorities = "123456789ANY";

// ---- VIN (ISO 3779 / GB 16735) ---------------------------------------------------------------------------

constexpr std::string_view kVinAlphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
constexpr std::array<int, 17> kVinWeights{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

int vinValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    // Transliteration of A..Z; '-' marks I, O and Q, which a VIN never uses.
    static constexpr std::string_view letters = "12345678-12345-7-923456789";
    if (c < 'A' || c > 'Z' || letters[static_cast<std::size_t>(c - 'A')] == '-')
        return -1;
    return letters[static_cast<std::size_t>(c - 'A')] - '0';
}

// ---- Plates (GA 36-2018) ---------------------------------------------------------------------------------

constexpr std::array<std::string_view, 31> kProvinces{
    "京", "津", "沪", "渝", "冀", "豫", "云", "辽", "黑", "湘", "皖", "鲁", "新", "苏", "浙", "赣",
    "鄂", "桂", "甘", "晋", "蒙", "陕", "吉", "闽", "贵", "粤", "青", "藏", "川", "宁", "琼"};
constexpr std::string_view kPlateAlphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
// Small new-energy plates: D/F originally, extended in 2021 with A B C E (electric) and G H J K (hybrid).
constexpr std::string_view kSmallNewEnergyLetters = "ABCDEFGHJK";
constexpr std::string_view kTrailer = "挂";

// Spaces anywhere and one separator dot right after the city letter are typing habits, not plate content.
std::string stripPlate(std::string_view plate)
{
    std::string out;
    int kept = 0;
    bool dotRemoved = false;
    for (const auto& c : splitUtf8(plate)) {
        if (c.cp == ' ' || c.cp == '\t' || c.cp == 0x3000)
            continue;
        if ((c.cp == 0x00B7 || c.cp == 0x2022) && kept == 2 && !dotRemoved) {
            dotRemoved = true;
            continue;
        }
        out += c.bytes;
        ++kept;
    }
    return out;
}

Validity checkStrippedPlate(std::string_view plate)
{
    const auto chars = splitUtf8(plate);
    if (chars.empty())
        return invalid(Problem::Required, "Enter the plate number.");
    const auto province = chars[0].bytes;
    if (std::find(kProvinces.begin(), kProvinces.end(), province) == kProvinces.end())
        return invalid(Problem::UnknownProvince,
                       "A plate starts with a province abbreviation such as 粤 or 京; " + quoted(province) +
                           " is not one.",
                       std::string(province), {}, 1);
    if (chars.size() < 2)
        return wrongLength(chars.size(), "7 or 8", "A plate");
    const auto& city = chars[1];
    if (!isUpper(city.cp) || city.cp == 'I' || city.cp == 'O') {
        std::string message =
            (isLower(city.cp) && city.cp != 'i' && city.cp != 'o')
                ? "The city letter " + quoted(city.bytes) + " is lower case; use capital letters."
                : "The second character must be the issuing city's letter A to Z (not I or O), not " +
                      quoted(city.bytes) + ".";
        return invalidCharacter(city, 2, "A-Z without I and O", std::move(message));
    }
    if (chars.size() != 7 && chars.size() != 8)
        return wrongLength(chars.size(), "7 or 8", "A plate");

    for (std::size_t i = 2; i < chars.size(); ++i) {
        const bool trailerMark = chars.size() == 7 && i == 6 && chars[i].bytes == kTrailer;
        if (!inAlphabet(chars[i].cp, kPlateAlphabet) && !trailerMark) {
            const int position = static_cast<int>(i) + 1;
            return invalidCharacter(
                chars[i], position, "0-9 or A-Z without I and O",
                badCodeCharacterMessage(chars[i], position, kPlateAlphabet, "plates never use I or O"));
        }
    }
    if (chars.size() == 7)
        return std::nullopt;

    // New energy: D/F (or another 2021 letter), one letter or digit, four digits for small cars;
    // five digits then D/F for large vehicles.
    const auto at = [&](std::size_t i) { return chars[i + 2].cp; };
    const bool large = isDigit(at(0)) && isDigit(at(1)) && isDigit(at(2)) && isDigit(at(3)) &&
                       isDigit(at(4)) && (at(5) == 'D' || at(5) == 'F');
    const bool small = inAlphabet(at(0), kSmallNewEnergyLetters) && isDigit(at(2)) && isDigit(at(3)) &&
                       isDigit(at(4)) && isDigit(at(5));
    if (large || small)
        return std::nullopt;
    return invalid(Problem::BadFormat,
                   "An 8-character new-energy plate needs D or F followed by five characters (ending in four "
                   "digits), or five digits followed by D or F.",
                   std::string(plate.substr(chars[2].bytes.data() - plate.data())),
                   "D/F + 1 letter or digit + 4 digits, or 5 digits + D/F", 3);
}

// ---- Money and numbers -----------------------------------------------------------------------------------

std::string yuanText(Money m)
{
    const std::string plain = m.toPlainYuan();
    const bool negative = plain.front() == '-';
    const std::string digits = plain.substr(negative ? 1 : 0, plain.size() - (negative ? 4 : 3));
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += ',';
        grouped += digits[i];
    }
    return (negative ? "-¥" : "¥") + grouped + plain.substr(plain.size() - 3);
}

// The largest amount Money::parseYuan accepts, per money.h.
constexpr Money kMoneyCeiling = Money::fromFen(9'000'000'000'000'000);

Invalid moneyOutOfRange(std::string found, Money min, Money max, std::string message)
{
    Invalid v = invalid(Problem::OutOfRange, std::move(message), std::move(found));
    v.min = min.fen();
    v.max = max.fen();
    return v;
}

Validity checkMoneyRange(Money value, Money min, Money max)
{
    if (value >= min && value <= max)
        return std::nullopt;
    const std::string range = max == kMoneyCeiling ? "at least " + yuanText(min)
                                                   : "between " + yuanText(min) + " and " + yuanText(max);
    return moneyOutOfRange(value.toPlainYuan(), min, max,
                           "The amount must be " + range + "; it is " + yuanText(value) + ".");
}

// parseYuan only says no; these probes find out why, so the person is told what to change.
// Cuts the decimals to one digit: if that parses, the only fault was too many decimals.
std::optional<std::string> withOneDecimal(std::string_view text)
{
    const auto dot = text.find('.');
    if (dot == std::string_view::npos)
        return std::nullopt;
    auto end = dot + 1;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9')
        ++end;
    if (end - dot - 1 <= 2)
        return std::nullopt;
    return std::string(text.substr(0, dot + 2)) + std::string(text.substr(end));
}

// Replaces a well-grouped integer part by "1": if that parses, the only fault was the size.
std::optional<std::string> withSmallIntegerPart(std::string_view text)
{
    const auto begin = text.find_first_of("0123456789");
    if (begin == std::string_view::npos)
        return std::nullopt;
    auto end = begin;
    int group = 0;
    bool firstGroup = true;
    while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || text[end] == ',')) {
        if (text[end] == ',') {
            if ((firstGroup && (group < 1 || group > 3)) || (!firstGroup && group != 3))
                return std::nullopt;
            firstGroup = false;
            group = 0;
        } else {
            ++group;
        }
        ++end;
    }
    if (!firstGroup && group != 3)
        return std::nullopt;
    return std::string(text.substr(0, begin)) + "1" + std::string(text.substr(end));
}

Validity checkRange(std::int64_t value, std::int64_t min, std::int64_t max, std::string_view unit = {})
{
    if (value >= min && value <= max)
        return std::nullopt;
    const std::string u(unit);
    const std::string range = max == std::numeric_limits<std::int64_t>::max()
                                  ? "at least " + num(min) + u
                                  : "between " + num(min) + " and " + num(max) + u;
    Invalid v = invalid(Problem::OutOfRange, "The value must be " + range + "; it is " + num(value) + u + ".",
                        num(value));
    v.min = min;
    v.max = max;
    return v;
}

// Fractional quantities (rate, kiln length) as OutOfRange with `min`/`max` in `scale`ths of the unit.
Validity checkRealRange(double value, double min, double max, int scale, std::string_view unit)
{
    if (std::isnan(value))
        return invalid(Problem::NotANumber, "The value is not a number.");
    if (value >= min && value <= max)
        return std::nullopt;
    const std::string u(unit);
    Invalid v = invalid(Problem::OutOfRange,
                        "The value must be between " + num(min) + u + " and " + num(max) + u + "; it is " +
                            num(value) + u + ".",
                        num(value));
    v.min = static_cast<std::int64_t>(std::llround(min * scale));
    v.max = static_cast<std::int64_t>(std::llround(max * scale));
    return v;
}

// Tracker and gateway ids: [A-Za-z0-9-]{4,32}, as printed on the device.
Validity checkDeviceId(std::string_view id)
{
    if (id.empty())
        return invalid(Problem::Required, "Enter the device id.");
    const auto chars = splitUtf8(id);
    if (chars.size() < 4 || chars.size() > 32)
        return wrongLength(chars.size(), "4 to 32", "A device id");
    for (std::size_t i = 0; i < chars.size(); ++i) {
        const auto c = chars[i].cp;
        if (!isDigit(c) && !isUpper(c) && !isLower(c) && c != '-') {
            const int position = static_cast<int>(i) + 1;
            return invalidCharacter(chars[i], position, "A-Z, a-z, 0-9 or -",
                                    "Character " + quoted(chars[i].bytes) + " at position " + num(position) +
                                        " is not allowed; use letters, digits and hyphens.");
        }
    }
    return std::nullopt;
}

// Record checks name the field in the message so a log line or CLI report stands on its own.
void collect(std::vector<FieldIssue>& out, Field field, Validity v, std::string_view label)
{
    if (!v)
        return;
    v->message = std::string(label) + ": " + v->message;
    out.push_back({field, std::move(*v)});
}

} // namespace

std::optional<char> usccCheckCharacter(std::string_view first17)
{
    if (first17.size() != 17)
        return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) {
        const auto value = kUsccAlphabet.find(first17[i]);
        if (value == std::string_view::npos)
            return std::nullopt;
        sum += static_cast<int>(value) * kUsccWeights[i];
    }
    return kUsccAlphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

std::optional<char> organisationCodeCheckCharacter(std::string_view first8)
{
    static constexpr std::array<int, 8> weights{3, 7, 9, 10, 5, 8, 4, 2};
    if (first8.size() != 8)
        return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        const char c = first8[i];
        int value = -1;
        if (c >= '0' && c <= '9')
            value = c - '0';
        else if (c >= 'A' && c <= 'Z')
            value = c - 'A' + 10;
        if (value < 0)
            return std::nullopt;
        sum += value * weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : static_cast<char>('0' + check);
}

Validity checkUscc(std::string_view code)
{
    if (code.empty())
        return invalid(Problem::Required, "Enter the unified social credit code.");
    const auto chars = splitUtf8(code);
    if (chars.size() != 18)
        return wrongLength(chars.size(), "18", "A unified social credit code");
    for (std::size_t i = 0; i < 18; ++i) {
        const auto& c = chars[i];
        if (!inAlphabet(c.cp, kUsccAlphabet)) {
            const int position = static_cast<int>(i) + 1;
            return invalidCharacter(c, position, "0-9 or A-Z without I, O, S, V and Z",
                                    badCodeCharacterMessage(c, position, kUsccAlphabet,
                                                            "credit codes never use I, O, S, V or Z"));
        }
    }
    if (kUsccAuthorities.find(code[0]) == std::string_view::npos)
        return invalidCharacter(
            chars[0], 1, "1-9, A, N or Y",
            "The first character names the registration authority and must be 1 to 9, A, N "
            "or Y, not " +
                quoted(chars[0].bytes) + ".");
    if (!isDigit(chars[1].cp) || chars[1].cp == '0')
        return invalidCharacter(
            chars[1], 2, "1-9",
            "The second character names the kind of entity and must be a digit 1 to 9, not " +
                quoted(chars[1].bytes) + ".");
    for (int position = 3; position <= 8; ++position) {
        const auto& c = chars[static_cast<std::size_t>(position - 1)];
        if (!isDigit(c.cp))
            return invalidCharacter(
                c, position, "0-9",
                "Positions 3 to 8 are the administrative division code and must be digits; "
                "position " +
                    num(position) + " is " + quoted(c.bytes) + ".");
    }
    // The overall check first: it covers every position, so a single typo anywhere is reported here.
    const char check = *usccCheckCharacter(code.substr(0, 17));
    if (code[17] != check)
        return checkMismatch(code[17], check, 18, "Check character");
    const char orgCheck = *organisationCodeCheckCharacter(code.substr(8, 8));
    if (code[16] != orgCheck)
        return checkMismatch(code[16], orgCheck, 17, "The organisation code check character (position 17)");
    return std::nullopt;
}

std::optional<char> vinCheckDigit(std::string_view vin17)
{
    if (vin17.size() != 17)
        return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) {
        if (i == 8)
            continue; // the check digit's own place weighs nothing, so any placeholder may stand there
        const int value = vinValue(vin17[i]);
        if (value < 0)
            return std::nullopt;
        sum += value * kVinWeights[i];
    }
    const int check = sum % 11;
    return check == 10 ? 'X' : static_cast<char>('0' + check);
}

Validity checkVin(std::string_view vin)
{
    if (vin.empty())
        return invalid(Problem::Required, "Enter the VIN.");
    const auto chars = splitUtf8(vin);
    if (chars.size() != 17)
        return wrongLength(chars.size(), "17", "A VIN");
    for (std::size_t i = 0; i < 17; ++i) {
        const auto& c = chars[i];
        if (!inAlphabet(c.cp, kVinAlphabet)) {
            const int position = static_cast<int>(i) + 1;
            return invalidCharacter(
                c, position, "0-9 or A-Z without I, O and Q",
                badCodeCharacterMessage(c, position, kVinAlphabet,
                                        "a VIN never uses I, O or Q (they look like 1 and 0)"));
        }
    }
    const char check = *vinCheckDigit(vin);
    if (vin[8] != check)
        return checkMismatch(vin[8], check, 9, "Check digit (position 9)");
    return std::nullopt;
}

Validity checkPlate(std::string_view plate)
{
    return checkStrippedPlate(stripPlate(plate));
}

std::string normalisePlate(std::string_view plate)
{
    std::string stripped = stripPlate(plate);
    return checkStrippedPlate(stripped) ? std::string(plate) : stripped;
}

Validity checkMoneyText(std::string_view text, Money min, Money max)
{
    if (text.find_first_not_of(" \t") == std::string_view::npos)
        return invalid(Problem::Required, "Enter an amount.");
    if (const auto money = Money::parseYuan(text))
        return checkMoneyRange(*money, min, max);

    const auto oneDecimal = withOneDecimal(text);
    if (oneDecimal && Money::parseYuan(*oneDecimal)) {
        return invalid(Problem::TooManyDecimals,
                       "Amounts are in yuan with at most two decimals (fen); " + quoted(text) + " has more.",
                       std::string(text), "2");
    }
    const auto small = withSmallIntegerPart(oneDecimal ? *oneDecimal : text);
    if (small && Money::parseYuan(*small))
        return moneyOutOfRange(std::string(text), min, max,
                               "The amount is too large; the most allowed is " + yuanText(max) + ".");
    return invalid(Problem::NotANumber,
                   quoted(text) + " is not an amount of money; write it like 1,234.56 or 12.5万.",
                   std::string(text));
}

Validity checkDate(std::string_view text)
{
    Invalid v =
        invalid(Problem::NotADate, quoted(text) + " is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.",
                std::string(text), "YYYY-MM-DD");
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return v;
    const auto field = [&](std::size_t from, std::size_t len) {
        int value = 0;
        for (std::size_t i = from; i < from + len; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int year = field(0, 4);
    const int month = field(5, 2);
    const int day = field(8, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return v;
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int monthDays = days[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
    if (day > monthDays) {
        v.message = quoted(text) + " is not a date: that month has " + num(monthDays) + " days.";
        return v;
    }
    return std::nullopt;
}

Validity checkIntRange(std::int64_t value, std::int64_t min, std::int64_t max)
{
    return checkRange(value, min, max);
}

Validity checkText(std::string_view text, bool required, int maxChars)
{
    const auto chars = splitUtf8(text);
    for (std::size_t i = 0; i < chars.size(); ++i)
        if (!chars[i].valid)
            return invalidCharacter(chars[i], static_cast<int>(i) + 1, "UTF-8 text",
                                    "The text holds a byte that is not valid UTF-8 at character " +
                                        num(i + 1) + ".");
    if (required && text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return invalid(Problem::Required, "A value is required.");
    if (static_cast<std::int64_t>(chars.size()) > maxChars) {
        Invalid v = invalid(Problem::TooLong,
                            "At most " + num(maxChars) + " characters are allowed; " + num(chars.size()) +
                                " were entered.",
                            num(chars.size()));
        v.max = maxChars;
        return v;
    }
    return std::nullopt;
}

std::vector<FieldIssue> validateEnterprise(const Enterprise& e)
{
    std::vector<FieldIssue> out;
    collect(out, Field::NameZh, checkText(e.nameZh, true, 120), "Chinese name");
    collect(out, Field::NameEn, checkText(e.nameEn, false, 120), "English name");
    collect(out, Field::Uscc, checkUscc(e.uscc), "Unified social credit code");
    collect(out, Field::LegalRepresentative, checkText(e.legalRepresentative, true, 60),
            "Legal representative");
    collect(out, Field::AnnualRevenue, checkMoneyRange(e.annualRevenue, Money{}, kMoneyCeiling),
            "Annual revenue");
    collect(out, Field::Staff, checkRange(e.staff, 1, 200'000), "Staff");
    return out;
}

std::vector<FieldIssue> validateLoanFile(const LoanFile& f)
{
    std::vector<FieldIssue> out;
    collect(out, Field::Amount,
            checkMoneyRange(f.amount, Money::fromYuan(10'000), Money::fromYuan(500'000'000)), "Loan amount");
    collect(out, Field::TermMonths, checkRange(f.termMonths, 1, 120, " months"), "Term");
    collect(out, Field::Rate, checkRealRange(f.annualRatePct, 0.5, 24.0, 100, " %"), "Annual rate");
    collect(out, Field::Purpose, checkText(f.purpose, true, 500), "Purpose");
    return out;
}

std::vector<FieldIssue> validateTruck(const Truck& t, int currentYear)
{
    std::vector<FieldIssue> out;
    collect(out, Field::Vin, checkVin(t.vin), "VIN");
    collect(out, Field::Plate, checkPlate(t.plate), "Plate");
    collect(out, Field::Brand, checkText(t.brand, true, 60), "Brand");
    collect(out, Field::Model, checkText(t.model, true, 60), "Model");
    collect(out, Field::Year, checkRange(t.year, 1990, currentYear + 1), "Model year");
    collect(out, Field::PurchasePrice, checkMoneyRange(t.purchasePrice, Money::fromFen(1), kMoneyCeiling),
            "Purchase price");
    collect(out, Field::TrackerId, checkDeviceId(t.trackerId), "Tracker id");
    return out;
}

std::vector<FieldIssue> validateKiln(const Kiln& k, int currentYear)
{
    std::vector<FieldIssue> out;
    collect(out, Field::KilnLength, checkRealRange(k.lengthM, 5.0, 600.0, 1, " m"), "Kiln length");
    collect(out, Field::DailyCapacity,
            checkRange(k.dailyCapacity, 1, std::numeric_limits<std::int64_t>::max()), "Daily capacity");
    collect(out, Field::YearInstalled, checkRange(k.yearInstalled, 1980, currentYear), "Year installed");
    collect(out, Field::PurchaseCost, checkMoneyRange(k.purchaseCost, Money::fromFen(1), kMoneyCeiling),
            "Purchase cost");
    collect(out, Field::GatewayId, checkDeviceId(k.gatewayId), "Gateway id");
    return out;
}

std::string_view fieldKey(Field f)
{
    static constexpr std::array<std::string_view, 22> keys{"name_zh",
                                                           "name_en",
                                                           "uscc",
                                                           "legal_representative",
                                                           "annual_revenue",
                                                           "staff",
                                                           "amount",
                                                           "term_months",
                                                           "rate",
                                                           "purpose",
                                                           "vin",
                                                           "plate",
                                                           "brand",
                                                           "model",
                                                           "year",
                                                           "purchase_price",
                                                           "tracker_id",
                                                           "kiln_length",
                                                           "daily_capacity",
                                                           "year_installed",
                                                           "purchase_cost",
                                                           "gateway_id"};
    static_assert(keys.size() == static_cast<std::size_t>(Field::GatewayId) + 1,
                  "one key per Field, in order");
    const auto index = static_cast<std::size_t>(f);
    return index < keys.size() ? keys[index] : std::string_view{};
}

} // namespace saggar
