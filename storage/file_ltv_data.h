// What a loan file's LTV is computed from, read from the workspace: the file's amount, rate, term and
// disbursement (the first state entry of its history that reached disbursed or monitoring), its LTV
// covenant, and each pledged truck's and kiln's typed appraisal and champion valuations.
#pragma once

#include "database.h"

#include "core/valuation_ltv.h"

#include <vector>

namespace saggar {

[[nodiscard]] Result<valuation::FileLtvData> readFileLtvData(const Database& db, Id loanFileId);
// Every file in disbursed or monitoring, by id.
[[nodiscard]] Result<std::vector<valuation::FileLtvData>> readMonitoredLtvData(const Database& db);

} // namespace saggar
