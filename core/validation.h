// Check rules for what people type and files carry: unified social credit code (GB 32100-2015),
// VIN (ISO 3779 check digit), Chinese plates, money, dates, and whole records field by field.
// A problem is a code plus details so the UI can word it in the user's language; `message` is the
// English wording used by the command line and logs.
#pragma once

#include "domain.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar {

enum class Problem {
    Required,               // empty
    WrongLength,            // expected `expected` characters, found `found`
    InvalidCharacter,       // character `found` at 1-based `position` is not allowed there
    CheckCharacterMismatch, // check character is `found`, should be `expected`
    BadFormat,              // does not have the expected shape; `expected` describes it
    UnknownProvince,        // plate starts with `found`, not a province abbreviation
    OutOfRange,             // number outside [min, max]
    NotANumber,
    TooManyDecimals,        // money with more than two decimals of yuan
    NotADate,               // not YYYY-MM-DD, or no such day
    TooLong,                // longer than `max` characters
};

struct Invalid
{
    Problem problem = Problem::BadFormat;
    std::string message; // English, complete sentence
    std::string found;
    std::string expected;
    int position = 0;
    std::int64_t min = 0;
    std::int64_t max = 0;
};

using Validity = std::optional<Invalid>; // nothing: the value is valid

// GB 32100-2015: 18 characters from 0-9 and A-Z without I, O, Z, S, V; position 1 registration
// authority, 2 entity type, 3-8 administrative division code, 9-17 organisation code with its own
// GB 11714 check character at 17, 18 the mod-31 check character.
Validity checkUscc(std::string_view code);
// The mod-31 check character for the first 17 characters; nothing if they contain a bad character.
std::optional<char> usccCheckCharacter(std::string_view first17);
// GB 11714 check character (position 9 of the 9-character organisation code) for its first 8.
std::optional<char> organisationCodeCheckCharacter(std::string_view first8);

// ISO 3779 / GB 16735: 17 characters, no I, O, Q; position 9 is the weighted mod-11 check digit
// (0-9 or X), mandatory for vehicles sold in China.
Validity checkVin(std::string_view vin);
std::optional<char> vinCheckDigit(std::string_view vin17);

// Chinese plates: a province abbreviation (京, 粤, 鲁…), a letter for the issuing city, then five
// characters (ordinary: letters without I/O and digits) or six (new-energy: D/F plus five for small
// cars, or five plus D/F for large vehicles). UTF-8 in; spaces and a middle dot after the city letter
// are accepted and ignored.
Validity checkPlate(std::string_view plate);
// The plate without spaces or separator dot, as stored; the input unchanged if it is not a plate.
std::string normalisePlate(std::string_view plate);

// Money typed in yuan (see Money::parseYuan), within [min, max].
Validity checkMoneyText(std::string_view text, Money min, Money max);
// A calendar date written YYYY-MM-DD.
Validity checkDate(std::string_view text);
Validity checkIntRange(std::int64_t value, std::int64_t min, std::int64_t max);
Validity checkText(std::string_view text, bool required, int maxChars); // UTF-8 characters

enum class Field {
    NameZh,
    NameEn,
    Uscc,
    LegalRepresentative,
    AnnualRevenue,
    Staff,
    Amount,
    TermMonths,
    Rate,
    Purpose,
    Vin,
    Plate,
    Brand,
    Model,
    Year,
    PurchasePrice,
    TrackerId,
    KilnLength,
    DailyCapacity,
    YearInstalled,
    PurchaseCost,
    GatewayId,
};

struct FieldIssue
{
    Field field;
    Invalid issue;
};

// Whole-record checks; `currentYear` bounds model and installation years. Empty: all fields valid.
std::vector<FieldIssue> validateEnterprise(const Enterprise& e);
std::vector<FieldIssue> validateLoanFile(const LoanFile& f);
std::vector<FieldIssue> validateTruck(const Truck& t, int currentYear);
std::vector<FieldIssue> validateKiln(const Kiln& k, int currentYear);

std::string_view fieldKey(Field f); // "uscc", "vin", … for messages and logs

} // namespace saggar
