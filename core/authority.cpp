#include "authority.h"

#include "phrase.h"
#include "workflow_support.h"

#include <limits>

namespace saggar {
namespace {

constexpr int kMaxApprovers = 5;

} // namespace

AuthorityTable AuthorityTable::standard()
{
    return AuthorityTable{{
        {Money::fromYuan(5'000'000), RiskGrade::B, 1},
        {Money::fromFen(std::numeric_limits<std::int64_t>::max()), RiskGrade::E, 2},
    }};
}

Result<int> AuthorityTable::approversRequired(Money amount, RiskGrade grade) const
{
    if (amount <= Money())
        return refusal(ErrorCode::InvalidInput, Sentence::AmountNotPositive);
    for (const AuthorityLimit& limit : limits)
        if (amount <= limit.maxAmount && grade <= limit.worstGrade)
            return limit.approvers;
    return refusal(ErrorCode::Forbidden, Sentence::BeyondAuthority,
                   {phrase::money(amount), phrase::of(grade)});
}

Result<void> AuthorityTable::check() const
{
    if (limits.empty())
        return detail::invalidInput("The authority table needs at least one row.");
    for (std::size_t i = 0; i < limits.size(); ++i) {
        const AuthorityLimit& limit = limits[i];
        const std::string row = "Row " + std::to_string(i + 1);
        if (limit.maxAmount <= Money())
            return detail::invalidInput(row + ": the amount limit must be positive.");
        if (limit.approvers < 1 || limit.approvers > kMaxApprovers)
            return detail::invalidInput(row + ": between 1 and " + std::to_string(kMaxApprovers) +
                                        " approvers, not " + std::to_string(limit.approvers) + ".");
    }
    const AuthorityLimit& last = limits.back();
    if (last.maxAmount != Money::fromFen(std::numeric_limits<std::int64_t>::max()) ||
        last.worstGrade != RiskGrade::E)
        return detail::invalidInput("The last row must cover every amount and every grade (up to E), so "
                                    "that every file has someone who can approve it.");
    return {};
}

} // namespace saggar
