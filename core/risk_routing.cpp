#include "risk_routing.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace saggar::risk {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

double share(std::size_t part, std::size_t whole)
{
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace

std::string_view key(Route route)
{
    switch (route) {
    case Route::AutoApprove:
        return "auto_approve";
    case Route::ManualReview:
        return "manual_review";
    case Route::AutoDecline:
        return "auto_decline";
    }
    return "";
}

Result<void> ScoreBands::check() const
{
    if (!std::isfinite(declineBelow) || !std::isfinite(approveFrom))
        return makeError("Score bands must be numbers.", ErrorCode::InvalidInput);
    if (declineBelow > approveFrom)
        return makeError("The decline band must end at or below where the approval band starts.",
                         ErrorCode::InvalidInput);
    return {};
}

Route routeOf(double score, const ScoreBands& bands)
{
    if (score < bands.declineBelow)
        return Route::AutoDecline;
    if (score >= bands.approveFrom)
        return Route::AutoApprove;
    return Route::ManualReview;
}

double RoutingRates::approvalRate() const
{
    return share(approved, files);
}

double RoutingRates::reviewRate() const
{
    return share(reviewed, files);
}

double RoutingRates::declineRate() const
{
    return share(declined, files);
}

RoutingRates routingRates(const ScoreBands& bands, std::span<const double> scores)
{
    RoutingRates rates;
    rates.files = scores.size();
    for (const double s : scores) {
        switch (routeOf(s, bands)) {
        case Route::AutoApprove:
            ++rates.approved;
            break;
        case Route::ManualReview:
            ++rates.reviewed;
            break;
        case Route::AutoDecline:
            ++rates.declined;
            break;
        }
    }
    return rates;
}

ScoreBands bandsForReviewRate(std::span<const double> scores, double boundary, double reviewRate)
{
    const std::size_t n = scores.size();
    const auto k =
        static_cast<std::size_t>(std::round(std::clamp(reviewRate, 0.0, 1.0) * static_cast<double>(n)));
    if (k == 0)
        return ScoreBands{boundary, boundary};
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::abs(scores[a] - boundary) < std::abs(scores[b] - boundary);
    });
    double lowest = scores[order[0]];
    double highest = lowest;
    for (std::size_t i = 1; i < k; ++i) {
        lowest = std::min(lowest, scores[order[i]]);
        highest = std::max(highest, scores[order[i]]);
    }
    // Halfway to the nearest score outside the reviewed ones, on each side.
    double below = -kInf;
    double above = kInf;
    for (std::size_t i = k; i < n; ++i) {
        const double s = scores[order[i]];
        if (s < lowest)
            below = std::max(below, s);
        else if (s > highest)
            above = std::min(above, s);
    }
    ScoreBands bands;
    bands.declineBelow = std::isfinite(below) ? (below + lowest) / 2 : lowest;
    bands.approveFrom = std::isfinite(above) ? (highest + above) / 2 : std::nextafter(highest, kInf);
    return bands;
}

RoutingDecision decide(double score, const ScoreBands& bands, std::vector<PolicyHit> policyHits)
{
    RoutingDecision d;
    d.bandRoute = routeOf(score, bands);
    d.route = d.bandRoute;
    const auto has = [&](PolicyEffect e) {
        return std::any_of(policyHits.begin(), policyHits.end(),
                           [e](const PolicyHit& h) { return h.effect == e; });
    };
    if (has(PolicyEffect::Decline))
        d.route = Route::AutoDecline;
    else if (has(PolicyEffect::Refer) && d.route == Route::AutoApprove)
        d.route = Route::ManualReview;
    d.policyHits = std::move(policyHits);
    return d;
}

} // namespace saggar::risk
