// A believable, deterministic demo portfolio: ceramics makers across the real clusters with valid
// codes, VINs and local plates, and loan files spread over every state.
#pragma once

#include "domain.h"

#include <cstdint>

namespace saggar {

struct DemoOptions
{
    std::uint64_t seed = 20261128;
    int enterprises = 150;
    int files = 200;
    int trucks = 800;
    int kilns = 200;
    TimestampMs nowMs = 1795000000000; // fixed "today" so a seed always gives the same portfolio
};

// Users first (ids 1…): the three sign-in users "analyst", "appraiser", "manager" followed by other
// staff files are assigned to. Password hashes are left empty; the caller sets them.
PortfolioSnapshot generateDemoPortfolio(const DemoOptions& options);

} // namespace saggar
