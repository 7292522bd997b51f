// Retry delays for the sync engine: full-jitter exponential backoff (a uniform delay between 0 and
// min(cap, base · 2^attempt)) from a seeded generator, so tests can replay the exact delays.
#pragma once

#include <cstdint>
#include <random>

namespace saggar {

class Backoff
{
public:
    explicit Backoff(std::uint64_t seed, std::int64_t baseMs = 500, std::int64_t capMs = 5 * 60 * 1000);

    // The delay before retry number `attempt` (0 for the first retry), in ms.
    std::int64_t delayMs(int attempt);
    // The upper bound delayMs(attempt) draws below or at.
    std::int64_t ceilingMs(int attempt) const;

private:
    std::mt19937_64 m_rng;
    std::int64_t m_baseMs;
    std::int64_t m_capMs;
};

} // namespace saggar
