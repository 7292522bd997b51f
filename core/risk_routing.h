// Routing: score bands send a file to automatic approval, manual review or automatic decline; the review
// and approval rates a set of bands gives on a portfolio; policy hits override the bands.
#pragma once

#include "result.h"
#include "risk_policy.h"

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace saggar::risk {

enum class Route { AutoApprove, ManualReview, AutoDecline };

std::string_view key(Route route); // "auto_approve", "manual_review", "auto_decline"

// Scores below `declineBelow` are declined, at or above `approveFrom` approved, the rest reviewed.
struct ScoreBands
{
    double declineBelow = 0;
    double approveFrom = 0;

    Result<void> check() const; // finite, and declineBelow ≤ approveFrom
};

Route routeOf(double score, const ScoreBands& bands);

// What a set of bands would do to a portfolio's scores, shown to the manager before the bands are saved.
struct RoutingRates
{
    std::size_t files = 0;
    std::size_t approved = 0;
    std::size_t reviewed = 0;
    std::size_t declined = 0;

    double approvalRate() const;
    double reviewRate() const;
    double declineRate() const;
};

RoutingRates routingRates(const ScoreBands& bands, std::span<const double> scores);

// Bands around `boundary` that send about `reviewRate` of `scores` to review: the round(reviewRate·n) scores
// nearest the boundary, with each band edge halfway to the next score outside. The default bands of a
// trained model come from its training scores, the even-odds boundary and an 18 % review rate.
inline constexpr double kDefaultReviewRate = 0.18;
ScoreBands bandsForReviewRate(std::span<const double> scores, double boundary, double reviewRate);

// A file's route: any declining policy hit declines, any referring hit sends to review, otherwise the bands
// decide. Overriding an automatic decline is a policy exception (the workflow asks for one).
struct RoutingDecision
{
    Route route = Route::ManualReview;
    Route bandRoute = Route::ManualReview; // what the score alone would have done
    std::vector<PolicyHit> policyHits;
};

RoutingDecision decide(double score, const ScoreBands& bands, std::vector<PolicyHit> policyHits);

} // namespace saggar::risk
