// Check rules for money, numbers, dates, text and whole records; see validation.h for the contract.
// The registration codes (credit code, VIN, plate) are in registration_codes.cpp.
#include "validation.h"
#include "validation_text.h"

#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace saggar {
using namespace detail;

namespace {

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
