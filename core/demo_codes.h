// Identifier makers for the demo portfolio: unified social credit codes, VINs, plates and device ids,
// each with correct check characters. Written independently of validation.cpp so each checks the other.
#pragma once

#include "demo_random.h"
#include "demo_tables.h"
#include "domain.h"

#include <string>
#include <string_view>

namespace saggar::demo {

// GB 11714 check character for an 8-character organisation code (digits and upper-case letters).
char organisationCheck(std::string_view first8);
// GB 32100 mod-31 check character for the first 17 characters of a unified social credit code.
char usccCheck(std::string_view first17);
// ISO 3779 weighted mod-11 check digit ('0'-'9' or 'X') over all 17 characters (position 9 ignored).
char vinCheck(std::string_view vin17);
// VIN position 10 for a model year 2001-2030 ('1'…'9', then 'A'… skipping I, O, Q, U, Z).
char modelYearCode(int year);

// "91" + division code + organisation code with its check + the code's check character.
std::string makeUscc(Random& random, std::string_view divisionCode);
std::string makeVin(Random& random, const TruckModel& model, int year);
// Province abbreviation + city letter + five characters; new-energy trucks end in D or F.
std::string makePlate(Random& random, std::string_view province, char cityLetter, bool newEnergy);
// prefix + 8 upper-case hex digits, e.g. "TRK-0A1B2C3D": a bijective scramble of `serial` under `key`,
// so distinct serials below 2^32 never share an id and no uniqueness check is needed.
std::string makeDeviceId(std::string_view prefix, std::uint32_t serial, std::uint32_t key);

// Gregorian year of a UTC timestamp.
int utcYear(TimestampMs ms);

} // namespace saggar::demo
