// Training the scorecard: WoE binning and L2 logistic regression on chosen rows, the penalty and bin count
// picked by cross-validation inside those rows, and the outer cross-validation that measures the result.
#pragma once

#include "risk_evaluation.h"
#include "risk_scorecard.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace saggar::risk {

struct TrainingOptions
{
    Scaling scaling;
    BinningOptions binning; // initialBins is replaced by the chosen candidate
    // Every (penalty, initial bins) pair is tried by `innerFolds`-fold cross-validation inside the training
    // rows; the one with the lowest mean log-loss on the held-out inner folds wins (ties: the stronger
    // penalty, then fewer bins). A single pair skips the search.
    std::vector<double> l2Candidates{0, 1, 3, 10, 30, 100};
    std::vector<int> initialBinsCandidates{5, 10, 20};
    int innerFolds = 5;
    std::uint64_t seed = 1;
    // When set, the decision boundary is chosen inside the training rows too: the boundary (P(bad) from
    // 0.30 to 0.70 in steps of 0.01) with the best automatic accuracy on the inner out-of-fold scores of
    // the chosen pair, that share of files nearest it reviewed (ties: nearer even odds). Unset: even odds.
    std::optional<double> chooseBoundaryAtReviewRate;
};

struct TrainedScorecard
{
    Scorecard scorecard;
    double l2 = 0;
    BinningOptions binning;
    double innerLogLoss = 0; // of the chosen pair; 0 when there was no search
    double boundary = 0;     // the decision boundary (score): even odds unless chosen inside the rows
};

// Bins and fits on `rows` of the table with one penalty and binning.
Result<Scorecard> fitScorecard(const TrainingTable& table, std::span<const std::size_t> rows,
                               const BinningOptions& binning, double l2, const Scaling& scaling);

// Chooses the penalty and bin count on `rows` (inner cross-validation), then fits on all of `rows`.
Result<TrainedScorecard> trainScorecard(const TrainingTable& table, std::span<const std::size_t> rows,
                                        const TrainingOptions& options);

struct FoldReport
{
    std::size_t trainRows = 0;
    std::size_t testRows = 0;
    double auc = 0;
    AutomaticDecisions decisions;
    double l2 = 0;
    int initialBins = 0;
    double boundary = 0;
};

// Outer k-fold stratified cross-validation: each fold is scored by a scorecard trained (with its own inner
// search) on the other folds only. The decision boundary is the score at even odds (P(bad) = 0.5), or
// the one each fold's training rows chose (TrainingOptions::chooseBoundaryAtReviewRate).
struct CrossValidationReport
{
    int folds = 0;
    std::uint64_t seed = 0;
    double reviewRate = 0;
    double boundary = 0;         // even odds; the mean of the folds' own when chosen inside them
    bool boundaryChosen = false; // each fold chose its own (chooseBoundaryAtReviewRate)
    std::vector<FoldReport> foldReports;
    double meanAuc = 0;
    double sdAuc = 0;
    double meanAccuracy = 0; // of the automatic decisions, fold by fold, then averaged
    double sdAccuracy = 0;
    double pooledAuc = 0;                // over all out-of-fold scores together
    AutomaticDecisions pooled;           // the same review rule over all out-of-fold scores together
    std::vector<double> outOfFoldScores; // one per table row
};

Result<CrossValidationReport> crossValidate(const TrainingTable& table, int folds, std::uint64_t seed,
                                            const TrainingOptions& options, double reviewRate);

} // namespace saggar::risk
