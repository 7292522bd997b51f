// A deterministic application history for the demo: past loan applications of ceramics makers with
// the application model's inputs and whether the loan went bad, drawn from a seeded generator whose
// bad rate rises with leverage, loan-to-value, arrears and idle kilns. `saggarctl risk history` writes
// it; the shipped model (resources/risk/saggar_application.model) is trained on it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace saggar::risk {

inline constexpr std::size_t kDemoHistoryRows = 6000;
inline constexpr std::uint64_t kDemoHistorySeed = 7;

// CSV with a header: ltv, leverage, margin, loan_to_revenue, term, kiln_days, truck_trend,
// days_past_due, segment, cluster, default (1 = went bad); "NA" where a value is not known.
std::string generateApplicationHistory(std::size_t rows, std::uint64_t seed);

} // namespace saggar::risk
