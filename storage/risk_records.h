// Risk decisions' records in the store: a stored score (model version, inputs, reasons, policy hits)
// written inside the transaction of the workflow change that assessed the file, and read back whole.
#pragma once

#include "database.h"

#include "core/risk_application.h"

#include <optional>

namespace saggar {

[[nodiscard]] Result<void> insertRiskScore(Database& db, Id fileId, int round,
                                           const risk::StoredScore& score);
[[nodiscard]] Result<std::optional<risk::StoredScore>> latestRiskScore(const Database& db, Id fileId,
                                                                       int round);

// The text columns: one item a line, fields separated by tabs (tabs and newlines in a field become spaces).
std::string encodeInputs(const std::vector<std::pair<std::string, std::string>>& inputs);
std::string encodeReasons(const std::vector<risk::StoredReason>& reasons);
std::string encodePolicyHits(const std::vector<risk::PolicyHit>& hits);
std::vector<risk::StoredReason> decodeReasons(std::string_view text);
std::vector<risk::PolicyHit> decodePolicyHits(std::string_view text);
std::optional<risk::Route> routeFromKey(std::string_view text);

} // namespace saggar
