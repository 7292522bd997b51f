// Registration codes: unified social credit code (GB 32100-2015), VIN (ISO 3779 / GB 16735) and
// Chinese plates (GA 36-2018); see validation.h for the contract.
#include "validation.h"
#include "validation_text.h"

#include <algorithm>
#include <array>
#include <utility>

namespace saggar {
using namespace detail;

namespace {

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

} // namespace saggar
