// Money as an integer number of fen (1 yuan = 100 fen); never a floating-point number.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace saggar {

class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }
    static constexpr Money fromYuan(std::int64_t yuan) { return Money(yuan * 100); }

    constexpr std::int64_t fen() const { return m_fen; }
    // Spelled out rather than <=>: Qt 6.4's moc cannot read <compare>, and ui headers include this one.
    constexpr bool operator==(const Money& o) const { return m_fen == o.m_fen; }
    constexpr bool operator!=(const Money& o) const { return m_fen != o.m_fen; }
    constexpr bool operator<(const Money& o) const { return m_fen < o.m_fen; }
    constexpr bool operator<=(const Money& o) const { return m_fen <= o.m_fen; }
    constexpr bool operator>(const Money& o) const { return m_fen > o.m_fen; }
    constexpr bool operator>=(const Money& o) const { return m_fen >= o.m_fen; }
    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }

    // Parses a yuan amount as typed by a person: "1234", "1,234.5", "1234.56", "¥1,234.56",
    // optionally with a 万 / 万元 suffix (ten thousand yuan). Returns nothing for anything else,
    // including more than two decimals of yuan, signs, and amounts beyond ±9e15 fen.
    static std::optional<Money> parseYuan(std::string_view text);

    // "1234567.89" style plain yuan text with exactly two decimals (for CSV and the command line).
    std::string toPlainYuan() const;

private:
    constexpr explicit Money(std::int64_t fen) : m_fen(fen) {}
    std::int64_t m_fen = 0;
};

} // namespace saggar
