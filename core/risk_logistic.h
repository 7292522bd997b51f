// Logistic regression with an L2 penalty, fitted by Newton's method (iteratively reweighted least squares)
// with step halving; Eigen does the linear algebra behind this plain-C++ interface.
#pragma once

#include "result.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace saggar::risk {

struct LogisticOptions
{
    double l2 = 0; // penalty (l2 / 2)·Σβ² on the coefficients; the intercept is never penalised
    int maxIterations = 100;
    double tolerance = 1e-10; // stop when no coefficient moves more than this
};

struct LogisticModel
{
    double intercept = 0;
    std::vector<double> coefficients;
    int iterations = 0;

    // log(P(y = 1) / P(y = 0)) for one row of features.
    double logit(std::span<const double> row) const;
};

// Fits P(y = 1) = 1 / (1 + exp(-(b0 + x·b))) to `rows` rows of `columns` features, row-major in `x`.
// Fails with a message when the data cannot give an answer (no rows, one class only, no convergence —
// e.g. perfectly separable data without a penalty).
Result<LogisticModel> fitLogistic(std::span<const double> x, std::size_t columns,
                                  std::span<const std::uint8_t> y, const LogisticOptions& options);

} // namespace saggar::risk
