// How well scores separate good from bad files: AUC, stratified folds for cross-validation, and the
// accuracy of the automatic decisions once the files nearest the decision boundary go to manual review.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace saggar::risk {

// Probability that a random good file scores above a random bad one (ties count half). Higher scores are
// better. 0.5 when either class is absent.
double areaUnderCurve(std::span<const double> scores, std::span<const std::uint8_t> bad);

// Splits row indices 0..n-1 into `folds` groups with the same share of bads (±1 row), in an order fixed by
// `seed` on every platform. Each fold's indices are ascending.
std::vector<std::vector<std::size_t>> stratifiedFolds(std::span<const std::uint8_t> bad, int folds,
                                                      std::uint64_t seed);

// The decisions a score makes with a boundary: files at or above it are approved, below it declined, except
// the round(reviewRate·n) files whose scores are nearest the boundary (ties: the earlier file), which go to
// manual review. Accuracy = correct automatic decisions / automatic decisions (an approved good or a
// declined bad is correct).
struct AutomaticDecisions
{
    std::size_t files = 0;
    std::size_t reviewed = 0;
    std::size_t approved = 0;
    std::size_t declined = 0;
    std::size_t correct = 0;

    std::size_t decided() const { return approved + declined; }
    double accuracy() const;
};

AutomaticDecisions automaticDecisions(std::span<const double> scores, std::span<const std::uint8_t> bad,
                                      double boundary, double reviewRate);

} // namespace saggar::risk
