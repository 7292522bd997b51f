// Collateral for the demo portfolio: each enterprise's trucks and kilns, most pledged to one of its
// loan files whose product takes them (trucks: all but kiln upgrades; kilns: all but fleet purchases).
#pragma once

#include "demo_portfolio.h"
#include "demo_tables.h"

#include <cstddef>
#include <span>

namespace saggar::demo {

// A count from the options; negative means none.
inline std::size_t requested(int n)
{
    return n > 0 ? static_cast<std::size_t>(n) : 0;
}

bool takesTrucks(Product p);
bool takesKilns(Product p);

// Appends options.trucks trucks to out.trucks; districts[i] is where enterprise i + 1 is registered,
// which decides its plates. Needs out.enterprises non-empty and out.files complete.
void makeTrucks(const DemoOptions& options, std::span<const District* const> districts,
                PortfolioSnapshot& out);
// Appends options.kilns kilns to out.kilns, suited to each owner's segment.
void makeKilns(const DemoOptions& options, PortfolioSnapshot& out);
// Appraised values (and who entered them) on the pledged assets of files past or in their appraisal.
void appraiseCollateral(const DemoOptions& options, PortfolioSnapshot& out);
// Sets each secured file's amount from what its pledged assets are worth (loan-to-value mostly
// 40–75 %, some up to 100 %); files with nothing pledged keep theirs. Run after the collateral exists.
void sizeLoansToCollateral(const DemoOptions& options, PortfolioSnapshot& out);

} // namespace saggar::demo
