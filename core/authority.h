// Delegated approval authority: how many managers must approve a file of a given amount and risk
// grade. A configurable table (kept in the workspace); standard() is the bank's default.
#pragma once

#include "money.h"
#include "result.h"
#include "workflow_types.h"

#include <vector>

namespace saggar {

struct AuthorityLimit
{
    Money maxAmount;                     // inclusive
    RiskGrade worstGrade = RiskGrade::B; // the weakest grade this row covers
    int approvers = 1;                   // distinct managers required, none of them the preparer
};

struct AuthorityTable
{
    std::vector<AuthorityLimit> limits; // checked in order; the first row that covers the file applies

    // ¥5 million for grades A–B: one manager; anything else: a committee of two.
    static AuthorityTable standard();
    // Approvers required for the file; Forbidden when no row covers it (beyond delegated authority).
    Result<int> approversRequired(Money amount, RiskGrade grade) const;
    // Rows must have positive amounts, 1–5 approvers, and the last must cover every amount and grade.
    Result<void> check() const;
};

} // namespace saggar
