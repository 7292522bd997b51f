#include "risk_logistic.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <string>

namespace saggar::risk {
namespace {

// log(1 + e^t) without overflow.
double softplus(double t)
{
    return t > 0 ? t + std::log1p(std::exp(-t)) : std::log1p(std::exp(t));
}

double sigmoid(double t)
{
    return t >= 0 ? 1.0 / (1.0 + std::exp(-t)) : std::exp(t) / (1.0 + std::exp(t));
}

// The penalised negative log-likelihood.
double objective(const Eigen::MatrixXd& X, const Eigen::VectorXd& y, const Eigen::VectorXd& w, double l2)
{
    const Eigen::VectorXd eta = X * w;
    double f = 0;
    for (Eigen::Index i = 0; i < eta.size(); ++i)
        f += softplus(eta[i]) - y[i] * eta[i];
    return f + 0.5 * l2 * w.tail(w.size() - 1).squaredNorm();
}

} // namespace

double LogisticModel::logit(std::span<const double> row) const
{
    double t = intercept;
    const std::size_t n = std::min(row.size(), coefficients.size());
    for (std::size_t j = 0; j < n; ++j)
        t += coefficients[j] * row[j];
    return t;
}

Result<LogisticModel> fitLogistic(std::span<const double> x, std::size_t columns,
                                  std::span<const std::uint8_t> y, const LogisticOptions& options)
{
    const std::size_t n = y.size();
    if (n == 0 || x.size() != n * columns)
        return makeError("logistic regression: " + std::to_string(n) + " targets for " +
                             std::to_string(x.size()) + " values of " + std::to_string(columns) + " features",
                         ErrorCode::InvalidInput);
    const auto ones = static_cast<double>(std::count(y.begin(), y.end(), std::uint8_t{1}));
    if (ones == 0 || ones == static_cast<double>(n))
        return makeError("logistic regression: the training rows are all of one class",
                         ErrorCode::InvalidInput);

    const auto rows = static_cast<Eigen::Index>(n);
    const auto cols = static_cast<Eigen::Index>(columns) + 1;
    Eigen::MatrixXd X(rows, cols);
    Eigen::VectorXd Y(rows);
    for (Eigen::Index i = 0; i < rows; ++i) {
        X(i, 0) = 1.0;
        for (Eigen::Index j = 1; j < cols; ++j)
            X(i, j) = x[static_cast<std::size_t>(i) * columns + static_cast<std::size_t>(j - 1)];
        Y[i] = y[static_cast<std::size_t>(i)] ? 1.0 : 0.0;
    }
    Eigen::VectorXd penalty = Eigen::VectorXd::Constant(cols, options.l2);
    penalty[0] = 0;

    Eigen::VectorXd w = Eigen::VectorXd::Zero(cols);
    w[0] = std::log(ones / (static_cast<double>(n) - ones));
    double f = objective(X, Y, w, options.l2);
    for (int iter = 1; iter <= options.maxIterations; ++iter) {
        const Eigen::VectorXd eta = X * w;
        Eigen::VectorXd p(rows), weight(rows);
        for (Eigen::Index i = 0; i < rows; ++i) {
            p[i] = sigmoid(eta[i]);
            weight[i] = std::max(p[i] * (1.0 - p[i]), 1e-12);
        }
        Eigen::VectorXd gradient = X.transpose() * (p - Y);
        gradient += penalty.cwiseProduct(w);
        Eigen::MatrixXd hessian = X.transpose() * weight.asDiagonal() * X;
        hessian.diagonal() += penalty;
        const Eigen::LDLT<Eigen::MatrixXd> ldlt(hessian);
        if (ldlt.info() != Eigen::Success || !ldlt.isPositive())
            return makeError(
                "logistic regression: the features are linearly dependent; add a penalty (l2 > 0)",
                ErrorCode::InvalidInput);
        const Eigen::VectorXd step = ldlt.solve(gradient);

        // Newton's step, halved until the objective does not rise.
        double t = 1.0;
        Eigen::VectorXd next = w - step;
        double fNext = objective(X, Y, next, options.l2);
        while (!(fNext <= f + 1e-12 * std::abs(f)) && t > 1e-10) {
            t *= 0.5;
            next = w - t * step;
            fNext = objective(X, Y, next, options.l2);
        }
        const double moved = (t * step).cwiseAbs().maxCoeff();
        w = next;
        f = fNext;
        if (!w.allFinite() || w.cwiseAbs().maxCoeff() > 1e6)
            break;
        if (moved < options.tolerance) {
            LogisticModel model;
            model.intercept = w[0];
            model.coefficients.assign(w.data() + 1, w.data() + cols);
            model.iterations = iter;
            return model;
        }
    }
    return makeError("logistic regression did not converge in " + std::to_string(options.maxIterations) +
                         " iterations (are the classes perfectly separable? add a penalty: l2 > 0)",
                     ErrorCode::InvalidInput);
}

} // namespace saggar::risk
