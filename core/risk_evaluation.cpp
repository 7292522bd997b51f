#include "risk_evaluation.h"

#include "demo_random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace saggar::risk {

double areaUnderCurve(std::span<const double> scores, std::span<const std::uint8_t> bad)
{
    // Rank-sum (Mann–Whitney) with average ranks for ties: O(n log n).
    const std::size_t n = scores.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    double goods = 0;
    double goodRankSum = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]])
            ++j;
        const double averageRank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k)
            if (!bad[order[k]]) {
                goods += 1;
                goodRankSum += averageRank;
            }
        i = j;
    }
    const double bads = static_cast<double>(n) - goods;
    if (goods == 0 || bads == 0)
        return 0.5;
    return (goodRankSum - goods * (goods + 1) / 2.0) / (goods * bads);
}

std::vector<std::vector<std::size_t>> stratifiedFolds(std::span<const std::uint8_t> bad, int folds,
                                                      std::uint64_t seed)
{
    const auto k = static_cast<std::size_t>(std::max(1, folds));
    std::vector<std::vector<std::size_t>> out(k);
    demo::Random random(seed);
    std::size_t next = 0; // deal both classes in turn, so fold sizes differ by one row at most
    for (const std::uint8_t cls : {std::uint8_t{1}, std::uint8_t{0}}) {
        std::vector<std::size_t> rows;
        for (std::size_t i = 0; i < bad.size(); ++i)
            if (bad[i] == cls)
                rows.push_back(i);
        // Fisher–Yates with the portable generator (std::shuffle differs between standard libraries).
        for (std::size_t i = rows.size(); i > 1; --i)
            std::swap(rows[i - 1], rows[static_cast<std::size_t>(random.below(i))]);
        for (const std::size_t r : rows)
            out[next++ % k].push_back(r);
    }
    for (auto& fold : out)
        std::sort(fold.begin(), fold.end());
    return out;
}

double AutomaticDecisions::accuracy() const
{
    return decided() == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(decided());
}

AutomaticDecisions automaticDecisions(std::span<const double> scores, std::span<const std::uint8_t> bad,
                                      double boundary, double reviewRate)
{
    AutomaticDecisions d;
    d.files = scores.size();
    std::vector<std::size_t> order(d.files);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::abs(scores[a] - boundary) < std::abs(scores[b] - boundary);
    });
    const double wanted = std::round(std::clamp(reviewRate, 0.0, 1.0) * static_cast<double>(d.files));
    d.reviewed = static_cast<std::size_t>(wanted);
    for (std::size_t k = d.reviewed; k < d.files; ++k) {
        const std::size_t i = order[k];
        const bool approve = scores[i] >= boundary;
        (approve ? d.approved : d.declined) += 1;
        if (approve != (bad[i] != 0))
            d.correct += 1;
    }
    return d;
}

} // namespace saggar::risk
