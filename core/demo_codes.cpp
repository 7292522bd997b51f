// Check-character arithmetic and identifier makers for the demo portfolio (see demo_codes.h).
#include "demo_codes.h"

#include <array>

namespace saggar::demo {
namespace {

// GB 32100 character set: digits and capitals without I, O, Z, S, V; a character's value is its index.
constexpr std::string_view kUsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kUsccWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr std::array<int, 8> kOrganisationWeights = {3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::array<int, 17> kVinWeights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
// Letters allowed in a VIN (no I, O, Q) and digits.
constexpr std::string_view kVinAlphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
// Plate letters: no I or O.
constexpr std::string_view kPlateLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
// First letter of an ordinary plate's serial: also without D and F, which mark new-energy plates.
constexpr std::string_view kPlateLeadLetters = "ABCEGHJKLMNPQRSTUVWXYZ";
constexpr std::string_view kHexDigits = "0123456789ABCDEF";

int vinValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    // ISO 3779 transliteration: A-H 1-8, J-R 1-9 (no O, Q), S-Z 2-9.
    if (c >= 'A' && c <= 'H')
        return c - 'A' + 1;
    if (c >= 'J' && c <= 'N')
        return c - 'J' + 1;
    if (c == 'P')
        return 7;
    if (c == 'R')
        return 9;
    if (c >= 'S' && c <= 'Z')
        return c - 'S' + 2;
    return 0;
}

char digit(Random& random)
{
    return static_cast<char>('0' + random.below(10));
}

} // namespace

char organisationCheck(std::string_view first8)
{
    int sum = 0;
    for (std::size_t i = 0; i < kOrganisationWeights.size() && i < first8.size(); ++i) {
        const char c = first8[i];
        const int value = (c >= '0' && c <= '9') ? c - '0' : c - 'A' + 10;
        sum += value * kOrganisationWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return 'X';
    if (check == 11)
        return '0';
    return static_cast<char>('0' + check);
}

char usccCheck(std::string_view first17)
{
    int sum = 0;
    for (std::size_t i = 0; i < kUsccWeights.size() && i < first17.size(); ++i) {
        const auto pos = kUsccAlphabet.find(first17[i]);
        sum += static_cast<int>(pos == std::string_view::npos ? 0 : pos) * kUsccWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return kUsccAlphabet[static_cast<std::size_t>(check)];
}

char vinCheck(std::string_view vin17)
{
    int sum = 0;
    for (std::size_t i = 0; i < kVinWeights.size() && i < vin17.size(); ++i)
        sum += vinValue(vin17[i]) * kVinWeights[i];
    const int check = sum % 11;
    return check == 10 ? 'X' : static_cast<char>('0' + check);
}

char modelYearCode(int year)
{
    // The 30-year cycle starting 2001: 1-9, then A-Y without I, O, Q, U, Z.
    constexpr std::string_view kCycle = "123456789ABCDEFGHJKLMNPRSTVWXY";
    const int index = ((year - 2001) % 30 + 30) % 30;
    return kCycle[static_cast<std::size_t>(index)];
}

std::string makeUscc(Random& random, std::string_view divisionCode)
{
    std::string code;
    code.reserve(18);
    code += "91";
    code += divisionCode;
    const std::size_t orgStart = code.size();
    if (random.percent(35)) {
        // Registered since 2015: organisation codes issued with the credit code start "MA".
        code += "MA";
        for (int i = 0; i < 6; ++i)
            code += kUsccAlphabet[static_cast<std::size_t>(random.below(kUsccAlphabet.size()))];
    } else {
        // Older firms keep the numeric organisation code they had before the reform.
        code += static_cast<char>('1' + random.below(7));
        for (int i = 0; i < 7; ++i)
            code += digit(random);
    }
    code += organisationCheck(std::string_view(code).substr(orgStart, 8));
    code += usccCheck(code);
    return code;
}

std::string makeVin(Random& random, const TruckModel& model, int year)
{
    std::string vin;
    vin.reserve(17);
    vin += model.wmi;
    vin += model.vds;
    for (int i = 0; i < 2; ++i)
        vin += kVinAlphabet[static_cast<std::size_t>(random.below(kVinAlphabet.size()))];
    vin += '0'; // placeholder; weight 0 at position 9
    vin += modelYearCode(year);
    vin += model.plant;
    for (int i = 0; i < 6; ++i)
        vin += digit(random);
    vin[8] = vinCheck(vin);
    return vin;
}

std::string makePlate(Random& random, std::string_view province, char cityLetter, bool newEnergy)
{
    std::string plate;
    plate.reserve(province.size() + 7);
    plate += province;
    plate += cityLetter;
    auto letter = [&](std::string_view from) {
        return from[static_cast<std::size_t>(random.below(from.size()))];
    };
    if (newEnergy) {
        // Large new-energy vehicles: five digits, then D (battery electric) or F (hybrid).
        for (int i = 0; i < 5; ++i)
            plate += digit(random);
        plate += random.percent(85) ? 'D' : 'F';
        return plate;
    }
    switch (random.below(10)) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4: // 12345
        for (int i = 0; i < 5; ++i)
            plate += digit(random);
        break;
    case 5:
    case 6:
    case 7: // A1234
        plate += letter(kPlateLeadLetters);
        for (int i = 0; i < 4; ++i)
            plate += digit(random);
        break;
    case 8: // AB123
        plate += letter(kPlateLeadLetters);
        plate += letter(kPlateLetters);
        for (int i = 0; i < 3; ++i)
            plate += digit(random);
        break;
    default: // 1A234
        plate += digit(random);
        plate += letter(kPlateLetters);
        for (int i = 0; i < 3; ++i)
            plate += digit(random);
        break;
    }
    return plate;
}

std::string makeDeviceId(std::string_view prefix, std::uint32_t serial, std::uint32_t key)
{
    // Adding a constant, xor-shifts and odd multipliers are each invertible on 32 bits.
    std::uint32_t x = serial + key;
    x ^= x >> 16;
    x *= 0x7FEB352Du;
    x ^= x >> 15;
    x *= 0x846CA68Bu;
    x ^= x >> 16;
    std::string id(prefix);
    for (int shift = 28; shift >= 0; shift -= 4)
        id += kHexDigits[(x >> shift) & 0xFu];
    return id;
}

int utcYear(TimestampMs ms)
{
    // Days since 1970-01-01 to a civil year (H. Hinnant's algorithm), integers only.
    std::int64_t days = ms / 86'400'000;
    if (ms % 86'400'000 < 0)
        --days;
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    return static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

} // namespace saggar::demo
