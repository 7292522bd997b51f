// Training the price model on comparable transactions: target encoding of categories inside the
// training rows, a small grid tuned by inner cross-validation, xgboost, and split-conformal intervals
// (80 % and 90 %) from a calibration share the model never saw. Also k-fold evaluation.
#pragma once

#include "valuation_booster.h"
#include "valuation_dataset.h"

#include <map>

namespace saggar::valuation {

// One category column's smoothed mean target and frequency, from training rows only.
struct TargetEncoding
{
    std::map<std::string, double> mean; // smoothed towards the prior
    std::map<std::string, double> count;
    double prior = 0;
};

// Turns a table row into model features: the numeric columns as they are, then for each category its
// smoothed mean target and log count; for each word column the mean, lowest and highest of its known
// words' smoothed means.
struct FeatureEncoder
{
    std::vector<std::string> numericNames;
    std::vector<std::string> categoricalNames;
    std::vector<bool> wordColumn;
    std::vector<TargetEncoding> encodings;
    double smoothing = 10;

    static FeatureEncoder fit(const ComparableTable& table, const std::vector<std::size_t>& rows,
                              double smoothing);
    std::size_t width() const;
    std::vector<std::string> featureNames() const;
    FeatureMatrix encode(const ComparableTable& table, const std::vector<std::size_t>& rows) const;
};

// Point estimate and conformal bands, in the target's log units and as multiples of exp(point).
struct Estimate
{
    double logPoint = 0;
    double point = 0; // exp(logPoint)
    double low80 = 0, high80 = 0, low90 = 0, high90 = 0;
};

struct Figures
{
    std::size_t assets = 0;
    double medianApe = 0; // median |predicted − actual| / actual
    double within5 = 0, within10 = 0, within20 = 0;
    double coverage80 = 0, coverage90 = 0;
    double medianWidth80 = 0; // median (high80 − low80) / point
};

struct PriceModel
{
    std::string dataHash;       // of the training data
    std::string libraryVersion; // "" for models trained on outside listings
    FeatureEncoder encoder;
    BoosterParams params;
    Booster booster;
    double q80 = 0, q90 = 0; // conformal half-widths of |ln actual − ln predicted|
    std::size_t trainingRows = 0, calibrationRows = 0;
    Figures measured; // cross-validated on the training data when it was trained (zeros if not measured)

    Result<std::vector<Estimate>> estimate(const ComparableTable& table,
                                           const std::vector<std::size_t>& rows) const;
};

struct TrainOptions
{
    double calibrationShare = 0.25;
    std::uint64_t seed = 1;
    int threads = 1; // OpenMP threads spin against each other on a busy 2-core machine; 1 is steadier
    int innerFolds = 3;
    double smoothing = 3;
    std::vector<BoosterParams> grid; // candidates; empty = defaultGrid()
};

std::vector<BoosterParams> defaultGrid();

// Trains on `rows` of the table. Progress counts boosting rounds over tuning and the final fit.
Result<PriceModel> trainPriceModel(const ComparableTable& table, const std::vector<std::size_t>& rows,
                                   const TrainOptions& options, const TrainingControl& control = {});

// The conformal quantile: the ⌈(n+1)(1−α)⌉-th smallest residual (infinity when that exceeds n).
double conformalQuantile(std::vector<double> residuals, double alpha);

// Figures of estimates against actual log targets.
Figures measure(const std::vector<Estimate>& estimates, const std::vector<double>& actualLog);

// k-fold cross-validation: every fold's model is trained (tuned, calibrated) on the other folds only.
Result<Figures> crossValidate(const ComparableTable& table, int folds, std::uint64_t seed,
                              const TrainOptions& options, const TrainingControl& control = {});

// Row indices 0…n−1 in a seeded shuffle (std::mt19937_64).
std::vector<std::size_t> shuffledRows(std::size_t n, std::uint64_t seed);

} // namespace saggar::valuation
