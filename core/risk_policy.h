// Policy rules: hard rules that decline or refer a file whatever its score (licence expired, loan-to-value
// over the limit, blacklisted enterprise, negative equity), each named in the decision with its figures.
#pragma once

#include "domain.h"
#include "money.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace saggar::risk {

enum class PolicyRule { LicenceExpired, LoanToValueOverLimit, Blacklisted, NegativeEquity };
enum class PolicyEffect { Refer, Decline }; // Refer: to manual review; Decline: automatic decline

std::string_view
key(PolicyRule rule); // "licence_expired", "ltv_over_limit", "blacklisted", "negative_equity"
std::string_view name(PolicyRule rule);    // "Licence expired", …
std::string_view key(PolicyEffect effect); // "refer", "decline"

// What the rules look at, from the loan file, the appraisal and the enterprise's accounts.
struct PolicyFacts
{
    std::string enterpriseCode;                    // unified social credit code
    std::optional<TimestampMs> licenceExpiresAtMs; // the business licence's end; nothing when it has none
    TimestampMs nowMs = 0;
    Money loanAmount;
    Money collateralValue; // appraised value of the pledged assets
    Money equity;          // total assets − total liabilities in the latest accounts
};

struct PolicyConfig
{
    double maxLoanToValue = 0.70;    // over this (loan / appraised value) the rule fires
    std::set<std::string> blacklist; // enterprise codes, upper case
    PolicyEffect licenceExpired = PolicyEffect::Decline;
    PolicyEffect loanToValueOverLimit = PolicyEffect::Refer; // more collateral or a smaller loan may cure it
    PolicyEffect blacklisted = PolicyEffect::Decline;
    PolicyEffect negativeEquity = PolicyEffect::Decline;
};

struct PolicyHit
{
    PolicyRule rule;
    PolicyEffect effect;
    std::string reason; // "Loan-to-value 85.0 % is over the 70.0 % limit"
};

// Every rule that fires, in the order of PolicyRule.
std::vector<PolicyHit> checkPolicy(const PolicyFacts& facts, const PolicyConfig& config);

} // namespace saggar::risk
