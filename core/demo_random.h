// The demo generator's random numbers: xoshiro256** seeded by splitmix64, with integer-only range
// helpers, so a seed gives the same portfolio on every compiler, library and platform.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>

namespace saggar::demo {

class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto& word : m_state)
            word = splitMix(seed);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, bound); 0 for a bound of 0. Integer-only rejection sampling keeps it unbiased
    // and portable (std::uniform_int_distribution is implementation-defined).
    std::uint64_t below(std::uint64_t bound)
    {
        if (bound == 0)
            return 0;
        if (bound <= 0xFFFFFFFFu) {
            // Lemire's multiply-and-shift on 32-bit halves: no division on the common path and no
            // 128-bit arithmetic.
            const auto b = static_cast<std::uint32_t>(bound);
            std::uint64_t m = (next() >> 32) * b;
            auto low = static_cast<std::uint32_t>(m);
            if (low < b) {
                const std::uint32_t threshold = (0u - b) % b;
                while (low < threshold) {
                    m = (next() >> 32) * b;
                    low = static_cast<std::uint32_t>(m);
                }
            }
            return m >> 32;
        }
        const std::uint64_t threshold = (0 - bound) % bound;
        for (;;) {
            const std::uint64_t r = next();
            if (r >= threshold)
                return r % bound;
        }
    }

    // Uniform in [lo, hi] (inclusive); lo when hi < lo.
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        if (hi <= lo)
            return lo;
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }
    int intBetween(int lo, int hi) { return static_cast<int>(between(lo, hi)); }

    // In [lo, hi], skewed towards lo (the product of two uniforms): most firms are small.
    std::int64_t skewedLow(std::int64_t lo, std::int64_t hi)
    {
        if (hi <= lo)
            return lo;
        const std::uint64_t span = static_cast<std::uint64_t>(hi - lo);
        const std::uint64_t a = next() >> 32;
        const std::uint64_t b = next() >> 32;
        const std::uint64_t frac = (a * b) >> 32; // in [0, 2^32)
        // span * frac could overflow 64 bits for huge spans; split it.
        const std::uint64_t scaled = (span >> 32) * frac + (((span & 0xFFFFFFFFu) * frac) >> 32);
        return lo + static_cast<std::int64_t>(scaled);
    }

    bool percent(int pct) { return static_cast<int>(below(100)) < pct; }

    // Index into a table of non-negative weights; 0 if they are all zero.
    std::size_t weighted(std::span<const int> weights)
    {
        std::uint64_t total = 0;
        for (int w : weights)
            total += static_cast<std::uint64_t>(w);
        std::uint64_t r = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            const auto w = static_cast<std::uint64_t>(weights[i]);
            if (r < w)
                return i;
            r -= w;
        }
        return 0;
    }

    template <typename Container> const auto& pick(const Container& items)
    {
        return items[static_cast<std::size_t>(below(std::size(items)))];
    }

    // An independent stream per part of the portfolio, so e.g. asking for more trucks leaves the
    // enterprises unchanged.
    static Random stream(std::uint64_t seed, std::uint64_t salt)
    {
        return Random(seed ^ (salt * 0x9E3779B97F4A7C15u));
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t& x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15u);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4] = {};
};

} // namespace saggar::demo
