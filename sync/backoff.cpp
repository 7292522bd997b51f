#include "backoff.h"

#include <algorithm>

namespace saggar {

Backoff::Backoff(std::uint64_t seed, std::int64_t baseMs, std::int64_t capMs)
    : m_rng(seed), m_baseMs(std::max<std::int64_t>(1, baseMs)), m_capMs(std::max(capMs, m_baseMs))
{}

std::int64_t Backoff::ceilingMs(int attempt) const
{
    std::int64_t ceiling = m_baseMs;
    for (int i = 0; i < attempt && ceiling < m_capMs; ++i)
        ceiling *= 2;
    return std::min(ceiling, m_capMs);
}

std::int64_t Backoff::delayMs(int attempt)
{
    std::uniform_int_distribution<std::int64_t> pick(0, ceilingMs(std::max(0, attempt)));
    return pick(m_rng);
}

} // namespace saggar
