#include "risk_policy.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace saggar::risk {
namespace {

std::string percent(double ratio)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f %%", ratio * 100.0);
    return buffer;
}

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

} // namespace

std::string_view key(PolicyRule rule)
{
    switch (rule) {
    case PolicyRule::LicenceExpired:
        return "licence_expired";
    case PolicyRule::LoanToValueOverLimit:
        return "ltv_over_limit";
    case PolicyRule::Blacklisted:
        return "blacklisted";
    case PolicyRule::NegativeEquity:
        return "negative_equity";
    }
    return "";
}

std::string_view name(PolicyRule rule)
{
    switch (rule) {
    case PolicyRule::LicenceExpired:
        return "Licence expired";
    case PolicyRule::LoanToValueOverLimit:
        return "Loan-to-value over limit";
    case PolicyRule::Blacklisted:
        return "Blacklisted enterprise";
    case PolicyRule::NegativeEquity:
        return "Negative equity";
    }
    return "";
}

std::string_view key(PolicyEffect effect)
{
    return effect == PolicyEffect::Decline ? "decline" : "refer";
}

std::vector<PolicyHit> checkPolicy(const PolicyFacts& facts, const PolicyConfig& config)
{
    std::vector<PolicyHit> hits;
    if (facts.licenceExpiresAtMs && *facts.licenceExpiresAtMs <= facts.nowMs)
        hits.push_back({PolicyRule::LicenceExpired, config.licenceExpired,
                        "The business licence expired " +
                            std::to_string((facts.nowMs - *facts.licenceExpiresAtMs) / 86'400'000) +
                            " days ago"});

    if (facts.loanAmount > Money() && facts.collateralValue <= Money()) {
        hits.push_back({PolicyRule::LoanToValueOverLimit, config.loanToValueOverLimit,
                        "No appraised collateral value for a loan of ¥" + facts.loanAmount.toPlainYuan()});
    } else if (facts.collateralValue > Money()) {
        const double ltv =
            static_cast<double>(facts.loanAmount.fen()) / static_cast<double>(facts.collateralValue.fen());
        if (ltv > config.maxLoanToValue)
            hits.push_back({PolicyRule::LoanToValueOverLimit, config.loanToValueOverLimit,
                            "Loan-to-value " + percent(ltv) + " is over the " +
                                percent(config.maxLoanToValue) + " limit"});
    }

    if (config.blacklist.count(upper(facts.enterpriseCode)) > 0)
        hits.push_back({PolicyRule::Blacklisted, config.blacklisted,
                        "Enterprise " + facts.enterpriseCode + " is on the blacklist"});

    if (facts.equity < Money())
        hits.push_back({PolicyRule::NegativeEquity, config.negativeEquity,
                        "Equity is negative: ¥" + facts.equity.toPlainYuan()});
    return hits;
}

} // namespace saggar::risk
