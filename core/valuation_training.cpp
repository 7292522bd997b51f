#include "valuation_training.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace saggar::valuation {
namespace {

constexpr int kEncodingFolds = 5;

// Training rows get their category encodings from the other encoding folds, so a row's own price
// never leaks into its features; the final encoder (all rows) serves calibration and prediction.
FeatureMatrix encodeOutOfFold(const ComparableTable& table, const std::vector<std::size_t>& rows,
                              double smoothing, std::uint64_t seed, FeatureEncoder& full)
{
    full = FeatureEncoder::fit(table, rows, smoothing);
    FeatureMatrix x = full.encode(table, rows);
    if (table.categoricalNames.empty() || rows.size() < 2 * kEncodingFolds)
        return x;
    const auto order = shuffledRows(rows.size(), seed ^ 0x5eedULL);
    for (int k = 0; k < kEncodingFolds; ++k) {
        std::vector<std::size_t> inside, outside, positions;
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (static_cast<int>(i % kEncodingFolds) == k) {
                outside.push_back(rows[order[i]]);
                positions.push_back(order[i]);
            } else {
                inside.push_back(rows[order[i]]);
            }
        }
        const FeatureMatrix part = FeatureEncoder::fit(table, inside, smoothing).encode(table, outside);
        for (std::size_t r = 0; r < positions.size(); ++r)
            std::copy_n(part.values.begin() + static_cast<std::ptrdiff_t>(r * x.columns), x.columns,
                        x.values.begin() + static_cast<std::ptrdiff_t>(positions[r] * x.columns));
    }
    return x;
}

std::vector<float> targets(const ComparableTable& table, const std::vector<std::size_t>& rows)
{
    std::vector<float> y;
    y.reserve(rows.size());
    for (std::size_t r : rows)
        y.push_back(static_cast<float>(table.rows[r].target));
    return y;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    if (v.size() % 2 == 1)
        return *mid;
    return 0.5 * (*mid + *std::max_element(v.begin(), mid));
}

// Fits one candidate on `fit` rows and returns the absolute log errors on `check` rows.
Result<std::vector<double>> holdOutErrors(const ComparableTable& table, const std::vector<std::size_t>& fit,
                                          const std::vector<std::size_t>& check, const BoosterParams& params,
                                          const TrainOptions& options, const TrainingControl& control)
{
    FeatureEncoder encoder;
    const FeatureMatrix x = encodeOutOfFold(table, fit, options.smoothing, options.seed, encoder);
    auto booster = Booster::train(x, targets(table, fit), params, control);
    if (!booster)
        return booster.error();
    auto predicted = booster->predict(encoder.encode(table, check));
    if (!predicted)
        return predicted.error();
    std::vector<double> errors;
    for (std::size_t i = 0; i < check.size(); ++i)
        errors.push_back(std::abs((*predicted)[i] - table.rows[check[i]].target));
    return errors;
}

// Splits `rows` into k folds after a seeded shuffle; fold f is rows with position % k == f.
std::vector<std::vector<std::size_t>> foldsOf(const std::vector<std::size_t>& rows, int k, std::uint64_t seed)
{
    std::vector<std::vector<std::size_t>> folds(static_cast<std::size_t>(k));
    const auto order = shuffledRows(rows.size(), seed);
    for (std::size_t i = 0; i < order.size(); ++i)
        folds[i % static_cast<std::size_t>(k)].push_back(rows[order[i]]);
    return folds;
}

std::vector<std::size_t> allBut(const std::vector<std::vector<std::size_t>>& folds, std::size_t skip)
{
    std::vector<std::size_t> out;
    for (std::size_t f = 0; f < folds.size(); ++f)
        if (f != skip)
            out.insert(out.end(), folds[f].begin(), folds[f].end());
    return out;
}

// Calls `use` for each word of a word column's value, or once with the whole value of a category.
template <typename Use> void forEachKey(const std::string& value, bool words, Use use)
{
    if (!words) {
        use(value);
        return;
    }
    std::size_t start = 0;
    while (start < value.size()) {
        const std::size_t space = std::min(value.find(' ', start), value.size());
        use(value.substr(start, space - start));
        start = space + 1;
    }
}

} // namespace

std::vector<std::size_t> shuffledRows(std::size_t n, std::uint64_t seed)
{
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::mt19937_64 rng(seed);
    for (std::size_t i = n; i > 1; --i)
        std::swap(order[i - 1], order[static_cast<std::size_t>(rng() % i)]);
    return order;
}

FeatureEncoder FeatureEncoder::fit(const ComparableTable& table, const std::vector<std::size_t>& rows,
                                   double smoothing)
{
    FeatureEncoder e;
    e.numericNames = table.numericNames;
    e.categoricalNames = table.categoricalNames;
    e.wordColumn = table.wordColumn;
    e.wordColumn.resize(e.categoricalNames.size(), false);
    e.smoothing = smoothing;
    double prior = 0;
    for (std::size_t r : rows)
        prior += table.rows[r].target;
    prior = rows.empty() ? 0 : prior / static_cast<double>(rows.size());
    for (std::size_t c = 0; c < table.categoricalNames.size(); ++c) {
        TargetEncoding enc;
        enc.prior = prior;
        std::map<std::string, double> sum;
        for (std::size_t r : rows) {
            const std::string& v = table.rows[r].categories[c];
            if (v.empty())
                continue;
            forEachKey(v, e.wordColumn[c], [&](const std::string& k) {
                sum[k] += table.rows[r].target;
                enc.count[k] += 1;
            });
        }
        for (const auto& [v, n] : enc.count)
            enc.mean[v] = (sum[v] + smoothing * prior) / (n + smoothing);
        e.encodings.push_back(std::move(enc));
    }
    return e;
}

std::size_t FeatureEncoder::width() const
{
    std::size_t w = numericNames.size();
    for (std::size_t c = 0; c < categoricalNames.size(); ++c)
        w += wordColumn[c] ? 3 : 2;
    return w;
}

std::vector<std::string> FeatureEncoder::featureNames() const
{
    std::vector<std::string> names = numericNames;
    for (std::size_t c = 0; c < categoricalNames.size(); ++c) {
        const std::string& n = categoricalNames[c];
        if (wordColumn[c]) {
            names.insert(names.end(), {n + ":mean", n + ":lowest", n + ":highest"});
        } else {
            names.push_back(n + ":mean");
            names.push_back(n + ":log_count");
        }
    }
    return names;
}

FeatureMatrix FeatureEncoder::encode(const ComparableTable& table, const std::vector<std::size_t>& rows) const
{
    FeatureMatrix x;
    x.columns = width();
    x.values.reserve(rows.size() * x.columns);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    for (std::size_t r : rows) {
        const Comparable& row = table.rows[r];
        for (double v : row.numbers)
            x.values.push_back(static_cast<float>(v));
        for (std::size_t c = 0; c < encodings.size(); ++c) {
            const TargetEncoding& enc = encodings[c];
            if (wordColumn[c]) {
                double sum = 0, lowest = std::numeric_limits<double>::infinity(), highest = -lowest;
                int known = 0;
                forEachKey(row.categories[c], true, [&](const std::string& k) {
                    const auto it = enc.mean.find(k);
                    if (it == enc.mean.end())
                        return;
                    sum += it->second;
                    lowest = std::min(lowest, it->second);
                    highest = std::max(highest, it->second);
                    ++known;
                });
                if (known == 0) {
                    x.values.insert(x.values.end(), {nan, nan, nan});
                } else {
                    x.values.insert(x.values.end(),
                                    {static_cast<float>(sum / known), static_cast<float>(lowest),
                                     static_cast<float>(highest)});
                }
                continue;
            }
            const auto it = enc.mean.find(row.categories[c]);
            x.values.push_back(it == enc.mean.end()
                                   ? (row.categories[c].empty() ? nan : static_cast<float>(enc.prior))
                                   : static_cast<float>(it->second));
            const auto n = enc.count.find(row.categories[c]);
            x.values.push_back(n == enc.count.end() ? 0.0f : static_cast<float>(std::log1p(n->second)));
        }
    }
    return x;
}

std::vector<BoosterParams> defaultGrid()
{
    BoosterParams shallow;
    shallow.maxDepth = 3;
    shallow.rounds = 500;
    BoosterParams medium;
    medium.maxDepth = 5;
    medium.eta = 0.04;
    medium.rounds = 400;
    medium.minChildWeight = 5;
    BoosterParams deep;
    deep.maxDepth = 7;
    deep.eta = 0.03;
    deep.rounds = 400;
    deep.minChildWeight = 10;
    deep.subsample = 0.7;
    std::vector<BoosterParams> grid{shallow, medium, deep};
    for (BoosterParams& p : grid)
        p.objective = "reg:squarederror";
    return grid;
}

double conformalQuantile(std::vector<double> residuals, double alpha)
{
    const std::size_t n = residuals.size();
    const auto k = static_cast<std::size_t>(std::ceil((static_cast<double>(n) + 1.0) * (1.0 - alpha)));
    if (n == 0 || k > n)
        return std::numeric_limits<double>::infinity();
    std::nth_element(residuals.begin(), residuals.begin() + static_cast<std::ptrdiff_t>(k - 1),
                     residuals.end());
    return residuals[k - 1];
}

Result<PriceModel> trainPriceModel(const ComparableTable& table, const std::vector<std::size_t>& rows,
                                   const TrainOptions& options, const TrainingControl& control)
{
    if (rows.size() < 40)
        return makeError("Training needs at least 40 transactions; " + std::to_string(rows.size()) +
                             " given.",
                         ErrorCode::InvalidInput);
    // Calibration rows are held out of everything the model learns, tuning included.
    const auto order = shuffledRows(rows.size(), options.seed);
    const auto calibrationCount =
        static_cast<std::size_t>(std::llround(options.calibrationShare * static_cast<double>(rows.size())));
    std::vector<std::size_t> proper, calibration;
    for (std::size_t i = 0; i < order.size(); ++i)
        (i < calibrationCount ? calibration : proper).push_back(rows[order[i]]);

    auto grid = options.grid.empty() ? defaultGrid() : options.grid;
    for (BoosterParams& p : grid) {
        p.threads = options.threads;
        p.seed = options.seed;
    }
    const int folds = grid.size() > 1 ? std::max(2, options.innerFolds) : 0;
    int totalRounds = 0, doneRounds = 0;
    for (const BoosterParams& p : grid)
        totalRounds += p.rounds * folds;
    totalRounds += grid.size() > 1 ? std::max_element(grid.begin(), grid.end(),
                                                      [](auto& a, auto& b) { return a.rounds < b.rounds; })
                                         ->rounds
                                   : grid.front().rounds;
    TrainingControl stepControl{[&](int done, int) {
                                    if (control.progress)
                                        control.progress(doneRounds + done, totalRounds);
                                },
                                control.cancel};

    std::size_t best = 0;
    if (grid.size() > 1) {
        const auto inner = foldsOf(proper, folds, options.seed + 1);
        double bestScore = std::numeric_limits<double>::infinity();
        for (std::size_t g = 0; g < grid.size(); ++g) {
            std::vector<double> errors;
            for (std::size_t f = 0; f < inner.size(); ++f) {
                auto e = holdOutErrors(table, allBut(inner, f), inner[f], grid[g], options, stepControl);
                if (!e)
                    return e.error();
                errors.insert(errors.end(), e->begin(), e->end());
                doneRounds += grid[g].rounds;
            }
            const double score = median(errors);
            if (score < bestScore) {
                bestScore = score;
                best = g;
            }
        }
    }

    PriceModel model;
    model.dataHash = table.dataHash;
    model.params = grid[best];
    model.trainingRows = proper.size();
    model.calibrationRows = calibration.size();
    const FeatureMatrix x = encodeOutOfFold(table, proper, options.smoothing, options.seed, model.encoder);
    auto booster = Booster::train(x, targets(table, proper), model.params, stepControl);
    if (!booster)
        return booster.error();
    model.booster = std::move(*booster);
    if (control.progress)
        control.progress(totalRounds, totalRounds);

    auto predicted = model.booster.predict(model.encoder.encode(table, calibration));
    if (!predicted)
        return predicted.error();
    std::vector<double> residuals;
    for (std::size_t i = 0; i < calibration.size(); ++i)
        residuals.push_back(std::abs((*predicted)[i] - table.rows[calibration[i]].target));
    model.q80 = conformalQuantile(residuals, 0.20);
    model.q90 = conformalQuantile(residuals, 0.10);
    return model;
}

Result<std::vector<Estimate>> PriceModel::estimate(const ComparableTable& table,
                                                   const std::vector<std::size_t>& rows) const
{
    if (table.numericNames != encoder.numericNames || table.categoricalNames != encoder.categoricalNames)
        return makeError("The data's columns differ from the ones the model was trained on.",
                         ErrorCode::InvalidInput);
    auto predicted = booster.predict(encoder.encode(table, rows));
    if (!predicted)
        return predicted.error();
    std::vector<Estimate> out;
    out.reserve(rows.size());
    for (double p : *predicted)
        out.push_back(Estimate{p, std::exp(p), std::exp(p - q80), std::exp(p + q80), std::exp(p - q90),
                               std::exp(p + q90)});
    return out;
}

Figures measure(const std::vector<Estimate>& estimates, const std::vector<double>& actualLog)
{
    Figures f;
    f.assets = estimates.size();
    if (estimates.empty())
        return f;
    std::vector<double> ape, width;
    for (std::size_t i = 0; i < estimates.size(); ++i) {
        const Estimate& e = estimates[i];
        const double actual = std::exp(actualLog[i]);
        const double err = std::abs(e.point - actual) / actual;
        ape.push_back(err);
        f.within5 += err <= 0.05;
        f.within10 += err <= 0.10;
        f.within20 += err <= 0.20;
        f.coverage80 += actual >= e.low80 && actual <= e.high80;
        f.coverage90 += actual >= e.low90 && actual <= e.high90;
        width.push_back((e.high80 - e.low80) / e.point);
    }
    const auto n = static_cast<double>(estimates.size());
    f.within5 /= n;
    f.within10 /= n;
    f.within20 /= n;
    f.coverage80 /= n;
    f.coverage90 /= n;
    f.medianApe = median(ape);
    f.medianWidth80 = median(width);
    return f;
}

Result<Figures> crossValidate(const ComparableTable& table, int folds, std::uint64_t seed,
                              const TrainOptions& options, const TrainingControl& control)
{
    if (folds < 2 || static_cast<std::size_t>(folds) > table.rows.size() / 20)
        return makeError("Cross-validation needs 2 or more folds of at least 20 transactions each.",
                         ErrorCode::InvalidInput);
    std::vector<std::size_t> all(table.rows.size());
    std::iota(all.begin(), all.end(), std::size_t{0});
    const auto split = foldsOf(all, folds, seed);
    std::vector<Estimate> estimates;
    std::vector<double> actual;
    for (std::size_t f = 0; f < split.size(); ++f) {
        TrainOptions o = options;
        o.seed = seed * 1000 + f + 1;
        TrainingControl foldControl{[&](int done, int total) {
                                        if (control.progress)
                                            control.progress(static_cast<int>(f) * total + done,
                                                             folds * total);
                                    },
                                    control.cancel};
        auto model = trainPriceModel(table, allBut(split, f), o, foldControl);
        if (!model)
            return model.error();
        auto e = model->estimate(table, split[f]);
        if (!e)
            return e.error();
        estimates.insert(estimates.end(), e->begin(), e->end());
        for (std::size_t r : split[f])
            actual.push_back(table.rows[r].target);
    }
    return measure(estimates, actual);
}

} // namespace saggar::valuation
