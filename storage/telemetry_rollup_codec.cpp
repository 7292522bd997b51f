// The packed day of rollup-only hours (see telemetry_rollup_codec.h).
#include "telemetry_rollup_codec.h"

#include "core/telemetry_time.h"

#include <bit>
#include <cmath>

namespace saggar {
namespace {

void putDouble(std::string& out, double v)
{
    const auto bits = std::bit_cast<std::uint64_t>(v);
    for (int i = 0; i < 8; ++i)
        out += static_cast<char>((bits >> (8 * i)) & 0xff);
}

void putVarint(std::string& out, std::uint64_t v)
{
    while (v >= 0x80) {
        out += static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
}

class Reader
{
public:
    explicit Reader(std::string_view bytes) : m_bytes(bytes) {}
    bool ok() const { return m_ok; }
    std::uint8_t byte()
    {
        if (m_pos >= m_bytes.size()) {
            m_ok = false;
            return 0;
        }
        return static_cast<std::uint8_t>(m_bytes[m_pos++]);
    }
    std::uint64_t varint()
    {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64 && m_ok; shift += 7) {
            const std::uint8_t b = byte();
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    double real()
    {
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= static_cast<std::uint64_t>(byte()) << (8 * i);
        return std::bit_cast<double>(bits);
    }

private:
    std::string_view m_bytes;
    std::size_t m_pos = 0;
    bool m_ok = true;
};

constexpr int kMaxDecimals = 6;
constexpr std::uint8_t kRawDoubles = 15;

double power10(int d)
{
    static constexpr double p[] = {1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6};
    return p[d];
}

double fromDecimal(std::int64_t k, std::uint8_t how)
{
    const int d = how & 7;
    return how & 8 ? static_cast<double>(k) * (1.0 / power10(d)) : static_cast<double>(k) / power10(d);
}

// The first way of keeping both values as decimals that gives them back exactly, or kRawDoubles.
std::uint8_t decimalWay(double a, double b, std::int64_t& ka, std::int64_t& kb)
{
    for (int d = 0; d <= kMaxDecimals; ++d) {
        if (std::abs(a) * power10(d) > 1e15 || std::abs(b) * power10(d) > 1e15)
            break;
        ka = std::llround(a * power10(d));
        kb = std::llround(b * power10(d));
        for (std::uint8_t form : {std::uint8_t(0), std::uint8_t(8)}) {
            const auto how = static_cast<std::uint8_t>(form | d);
            if (fromDecimal(ka, how) == a && fromDecimal(kb, how) == b)
                return how;
        }
    }
    return kRawDoubles;
}

std::uint64_t zigzag(std::int64_t v)
{
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

std::int64_t unzigzag(std::uint64_t v)
{
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

} // namespace

std::string encodeRollupDay(TimestampMs dayMs, std::span<const HourRollup> hours)
{
    std::uint32_t mask = 0;
    for (const HourRollup& h : hours)
        mask |= 1u << ((h.hourMs - dayMs) / kMsPerHour);
    std::string out;
    out.reserve(3 + hours.size() * 20);
    for (int i = 0; i < 3; ++i)
        out += static_cast<char>((mask >> (8 * i)) & 0xff);
    for (const HourRollup& h : hours) {
        const bool constant = h.min == h.max && h.min * static_cast<double>(h.count) == h.sum;
        putVarint(out, (static_cast<std::uint64_t>(h.count) << 1) | (constant ? 1u : 0u));
        std::int64_t kMin = 0, kMax = 0;
        const std::uint8_t how = decimalWay(h.min, h.max, kMin, kMax);
        out += static_cast<char>(how);
        if (how == kRawDoubles)
            putDouble(out, h.min);
        else
            putVarint(out, zigzag(kMin));
        if (constant)
            continue;
        if (how == kRawDoubles)
            putDouble(out, h.max);
        else
            putVarint(out, static_cast<std::uint64_t>(kMax - kMin));
        putDouble(out, h.sum);
    }
    return out;
}

bool decodeRollupDay(TimestampMs dayMs, std::string_view bytes, TimestampMs fromMs, TimestampMs toMs,
                     std::vector<HourRollup>& out)
{
    Reader in(bytes);
    std::uint32_t mask = 0;
    for (int i = 0; i < 3; ++i)
        mask |= static_cast<std::uint32_t>(in.byte()) << (8 * i);
    for (int h = 0; h < 24 && in.ok(); ++h) {
        if (!(mask & (1u << h)))
            continue;
        HourRollup r;
        r.hourMs = dayMs + h * kMsPerHour;
        const std::uint64_t head = in.varint();
        r.count = static_cast<std::int64_t>(head >> 1);
        const std::uint8_t how = in.byte();
        if (how != kRawDoubles && ((how & 7) > kMaxDecimals || (how & ~15) != 0))
            return false;
        const std::int64_t kMin = how == kRawDoubles ? 0 : unzigzag(in.varint());
        r.min = how == kRawDoubles ? in.real() : fromDecimal(kMin, how);
        if (head & 1u) {
            r.max = r.min;
            r.sum = r.min * static_cast<double>(r.count);
        } else {
            r.max = how == kRawDoubles ? in.real()
                                       : fromDecimal(kMin + static_cast<std::int64_t>(in.varint()), how);
            r.sum = in.real();
        }
        if (in.ok() && r.hourMs >= fromMs && r.hourMs < toMs)
            out.push_back(r);
    }
    return in.ok();
}

} // namespace saggar
