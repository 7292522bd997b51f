// Builds the shipped valuation library from a small rule set (families × brands or sizes), so the
// ~2,000 values follow readable rules instead of being typed by hand. docs/valuation.md lists the rules.
#pragma once

#include "valuation_library.h"

namespace saggar::valuation {

// The catalogue for `version`, every value dated `effective` ("YYYY-MM-DD"). Deterministic.
Library generateLibrary(const std::string& version = "2026.11", const std::string& effective = "2026-11-01");

} // namespace saggar::valuation
