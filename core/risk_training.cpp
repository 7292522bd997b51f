#include "risk_training.h"

#include "risk_logistic.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

namespace saggar::risk {
namespace {

// Mean negative log-likelihood of the bads among `rows` under the scorecard's probabilities.
double logLoss(const Scorecard& card, const TrainingTable& table, std::span<const std::size_t> rows)
{
    double sum = 0;
    for (const std::size_t r : rows) {
        const double p =
            std::clamp(card.scaling().probabilityBad(card.score(table.rows[r])), 1e-12, 1 - 1e-12);
        sum -= table.bad[r] ? std::log(p) : std::log(1 - p);
    }
    return rows.empty() ? 0.0 : sum / static_cast<double>(rows.size());
}

std::vector<std::size_t> pick(std::span<const std::size_t> rows, const std::vector<std::size_t>& positions)
{
    std::vector<std::size_t> out;
    out.reserve(positions.size());
    for (const std::size_t p : positions)
        out.push_back(rows[p]);
    return out;
}

std::vector<std::size_t> allBut(std::size_t n, const std::vector<std::size_t>& held)
{
    std::vector<std::size_t> out;
    out.reserve(n - held.size());
    std::size_t h = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (h < held.size() && held[h] == i) {
            ++h;
            continue;
        }
        out.push_back(i);
    }
    return out;
}

double mean(const std::vector<double>& v)
{
    double s = 0;
    for (const double x : v)
        s += x;
    return v.empty() ? 0.0 : s / static_cast<double>(v.size());
}

double standardDeviation(const std::vector<double>& v)
{
    if (v.size() < 2)
        return 0;
    const double m = mean(v);
    double s = 0;
    for (const double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / static_cast<double>(v.size() - 1));
}

} // namespace

Result<Scorecard> fitScorecard(const TrainingTable& table, std::span<const std::size_t> rows,
                               const BinningOptions& binning, double l2, const Scaling& scaling)
{
    const std::size_t m = table.attributes.size();
    std::vector<std::uint8_t> bad;
    std::vector<std::uint8_t> good;
    bad.reserve(rows.size());
    for (const std::size_t r : rows) {
        bad.push_back(table.bad[r]);
        good.push_back(table.bad[r] ? 0 : 1);
    }
    std::vector<ScorecardAttribute> attributes(m);
    std::vector<double> x(rows.size() * m);
    std::vector<Value> column(rows.size());
    for (std::size_t j = 0; j < m; ++j) {
        for (std::size_t i = 0; i < rows.size(); ++i)
            column[i] = table.rows[rows[i]][j];
        attributes[j].attribute = table.attributes[j];
        attributes[j].binning = binAttribute(table.attributes[j].kind, column, bad, binning);
        for (std::size_t i = 0; i < rows.size(); ++i)
            x[i * m + j] = attributes[j].binning.woeOf(column[i]);
    }
    // A negative coefficient on WoE (a better bin costing points, from attributes that overlap) would make
    // the reasons read backwards: such attributes leave the model (coefficient 0) and the rest is refitted.
    std::vector<std::size_t> kept(m);
    std::iota(kept.begin(), kept.end(), std::size_t{0});
    LogisticOptions options;
    options.l2 = l2;
    for (;;) {
        std::vector<double> xk(rows.size() * kept.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            for (std::size_t c = 0; c < kept.size(); ++c)
                xk[i * kept.size() + c] = x[i * m + kept[c]];
        auto fit = fitLogistic(xk, kept.size(), good, options);
        if (!fit)
            return fit.error();
        std::vector<std::size_t> positive;
        for (std::size_t c = 0; c < kept.size(); ++c)
            if (fit->coefficients[c] >= 0)
                positive.push_back(kept[c]);
        if (positive.size() == kept.size() || positive.empty()) {
            for (std::size_t c = 0; c < kept.size(); ++c)
                attributes[kept[c]].coefficient = std::max(0.0, fit->coefficients[c]);
            return Scorecard(scaling, fit->intercept, std::move(attributes));
        }
        kept = std::move(positive);
    }
}

namespace {

// The boundary with the best automatic accuracy on the inner out-of-fold scores of the chosen pair.
Result<double> chooseBoundary(const TrainingTable& table, std::span<const std::size_t> rows,
                              const TrainedScorecard& chosen, const TrainingOptions& options)
{
    std::vector<std::uint8_t> bad;
    for (const std::size_t r : rows)
        bad.push_back(table.bad[r]);
    std::vector<double> scores(rows.size(), 0.0);
    for (const auto& held : stratifiedFolds(bad, options.innerFolds, options.seed)) {
        const auto trainRows = pick(rows, allBut(rows.size(), held));
        auto card = fitScorecard(table, trainRows, chosen.binning, chosen.l2, options.scaling);
        if (!card)
            return card.error();
        for (const std::size_t i : held)
            scores[i] = card->score(table.rows[rows[i]]);
    }
    const double evenOdds = options.scaling.offset();
    double best = evenOdds;
    double bestAccuracy =
        automaticDecisions(scores, bad, evenOdds, *options.chooseBoundaryAtReviewRate).accuracy();
    for (int step = 1; step <= 20; ++step)
        for (const int side : {-1, 1}) {
            const double pBad = 0.5 + side * 0.01 * step;
            const double boundary = evenOdds + options.scaling.factor() * std::log((1.0 - pBad) / pBad);
            const double accuracy =
                automaticDecisions(scores, bad, boundary, *options.chooseBoundaryAtReviewRate).accuracy();
            if (accuracy > bestAccuracy) {
                bestAccuracy = accuracy;
                best = boundary;
            }
        }
    return best;
}

} // namespace

Result<TrainedScorecard> trainScorecard(const TrainingTable& table, std::span<const std::size_t> rows,
                                        const TrainingOptions& options)
{
    TrainedScorecard best;
    best.binning = options.binning;
    best.l2 = options.l2Candidates.empty() ? 0.0 : options.l2Candidates.front();
    if (!options.initialBinsCandidates.empty())
        best.binning.initialBins = options.initialBinsCandidates.front();

    if (options.l2Candidates.size() * options.initialBinsCandidates.size() > 1) {
        std::vector<std::uint8_t> bad;
        for (const std::size_t r : rows)
            bad.push_back(table.bad[r]);
        const auto inner = stratifiedFolds(bad, options.innerFolds, options.seed);
        double bestLoss = std::numeric_limits<double>::infinity();
        // Fewer bins and stronger penalties first, so that a tie keeps the simpler model.
        std::vector<int> binCounts = options.initialBinsCandidates;
        std::sort(binCounts.begin(), binCounts.end());
        std::vector<double> penalties = options.l2Candidates;
        std::sort(penalties.begin(), penalties.end(), std::greater<>());
        for (const int bins : binCounts) {
            BinningOptions binning = options.binning;
            binning.initialBins = bins;
            for (const double l2 : penalties) {
                double loss = 0;
                bool failed = false;
                for (const auto& held : inner) {
                    const auto trainRows = pick(rows, allBut(rows.size(), held));
                    const auto testRows = pick(rows, held);
                    auto card = fitScorecard(table, trainRows, binning, l2, options.scaling);
                    if (!card) {
                        failed = true;
                        break;
                    }
                    loss += logLoss(*card, table, testRows) * static_cast<double>(testRows.size());
                }
                loss /= static_cast<double>(rows.size());
                if (!failed && loss < bestLoss) {
                    bestLoss = loss;
                    best.l2 = l2;
                    best.binning = binning;
                    best.innerLogLoss = loss;
                }
            }
        }
        if (!std::isfinite(bestLoss))
            return makeError("no penalty and bin count gave a model in the inner cross-validation",
                             ErrorCode::InvalidInput);
    }
    best.boundary = options.scaling.offset();
    if (options.chooseBoundaryAtReviewRate) {
        auto boundary = chooseBoundary(table, rows, best, options);
        if (!boundary)
            return boundary.error();
        best.boundary = *boundary;
    }
    auto card = fitScorecard(table, rows, best.binning, best.l2, options.scaling);
    if (!card)
        return card.error();
    best.scorecard = std::move(*card);
    return best;
}

Result<CrossValidationReport> crossValidate(const TrainingTable& table, int folds, std::uint64_t seed,
                                            const TrainingOptions& options, double reviewRate)
{
    if (folds < 2 || static_cast<std::size_t>(folds) > table.rows.size())
        return makeError("cross-validation needs at least 2 folds and no more folds than rows",
                         ErrorCode::InvalidInput);
    CrossValidationReport report;
    report.folds = folds;
    report.seed = seed;
    report.reviewRate = reviewRate;
    report.boundary = options.scaling.offset();
    report.outOfFoldScores.assign(table.rows.size(), 0.0);

    const auto outer = stratifiedFolds(table.bad, folds, seed);
    std::vector<double> aucs;
    std::vector<double> accuracies;
    for (std::size_t f = 0; f < outer.size(); ++f) {
        const auto trainRows = allBut(table.rows.size(), outer[f]);
        TrainingOptions inner = options;
        inner.seed = seed * 1000 + f + 1; // the inner split differs by fold but not by run
        auto trained = trainScorecard(table, trainRows, inner);
        if (!trained)
            return makeError("fold " + std::to_string(f + 1) + ": " + trained.error().message,
                             trained.error().code);
        std::vector<double> scores;
        std::vector<std::uint8_t> bad;
        for (const std::size_t r : outer[f]) {
            const double s = trained->scorecard.score(table.rows[r]);
            scores.push_back(s);
            bad.push_back(table.bad[r]);
            report.outOfFoldScores[r] = s;
        }
        FoldReport fold;
        fold.trainRows = trainRows.size();
        fold.testRows = outer[f].size();
        fold.auc = areaUnderCurve(scores, bad);
        fold.boundary = trained->boundary;
        fold.decisions = automaticDecisions(scores, bad, fold.boundary, reviewRate);
        fold.l2 = trained->l2;
        fold.initialBins = trained->binning.initialBins;
        aucs.push_back(fold.auc);
        accuracies.push_back(fold.decisions.accuracy());
        report.foldReports.push_back(fold);
    }
    report.meanAuc = mean(aucs);
    report.sdAuc = standardDeviation(aucs);
    report.meanAccuracy = mean(accuracies);
    report.sdAccuracy = standardDeviation(accuracies);
    report.pooledAuc = areaUnderCurve(report.outOfFoldScores, table.bad);
    report.boundaryChosen = options.chooseBoundaryAtReviewRate.has_value();
    if (report.boundaryChosen) {
        double sum = 0;
        for (const FoldReport& f : report.foldReports)
            sum += f.boundary;
        report.boundary = sum / static_cast<double>(report.foldReports.size());
    }
    report.pooled = automaticDecisions(report.outOfFoldScores, table.bad, report.boundary, reviewRate);
    return report;
}

} // namespace saggar::risk
