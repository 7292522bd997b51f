// Random numbers for the device simulator: the demo generator's portable xoshiro stream plus the
// real-valued draws the physical models need, and the seeds that keep every asset and every day
// independent (so simulating one truck, or one more day, leaves all others unchanged).
#pragma once

#include "demo_random.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace saggar::sim {

class SimRandom
{
public:
    explicit SimRandom(std::uint64_t seed) : m_random(seed) {}

    // Uniform in [0, 1) from the top 53 bits.
    double unit() { return static_cast<double>(m_random.next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    // Roughly normal (sum of four uniforms), mean 0 and standard deviation `sd`; bounded at ±3.5 sd.
    double noise(double sd)
    {
        const double sum = unit() + unit() + unit() + unit() - 2.0;
        return sum * sd * 1.7320508075688772; // the sum's variance is 4/12
    }
    bool chance(double p) { return unit() < p; }
    std::int64_t between(std::int64_t lo, std::int64_t hi) { return m_random.between(lo, hi); }

private:
    demo::Random m_random;
};

// A counter as an instrument shows it: truncated to `digits` decimals, never ahead of the truth. The
// nudge of a few units in the last place keeps a value read back from the store (624.11 is
// 624.1099999…) from truncating below itself, which would make a resumed counter step back.
inline double truncated(double value, int digits)
{
    double scale = 1.0;
    for (int i = 0; i < digits; ++i)
        scale *= 10.0;
    const double x = value * scale;
    return std::floor(x + std::max(1e-6, std::abs(x) * 1e-15)) / scale;
}

// A seed for one part of the simulation, mixed from the run's seed and any number of labels.
inline std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0)
{
    std::uint64_t h = seed ^ 0x243F6A8885A308D3u;
    for (std::uint64_t v : {a, b, c}) {
        h ^= v + 0x9E3779B97F4A7C15u + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9u;
        h ^= h >> 31;
    }
    return h;
}

} // namespace saggar::sim
