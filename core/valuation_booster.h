// A gradient-boosted regression (the xgboost C API) behind a small RAII type: deterministic training
// (fixed seed, explicit thread count) with progress and cancellation, prediction, and model bytes.
#pragma once

#include "result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar::valuation {

// Error::code of a training stopped through its cancel flag.
inline constexpr int kTrainingCancelled = 50;

// Row-major features; NaN marks a value that is not known.
struct FeatureMatrix
{
    std::size_t columns = 0;
    std::vector<float> values;

    std::size_t rows() const { return columns == 0 ? 0 : values.size() / columns; }
};

struct BoosterParams
{
    // "reg:squarederror" (the mean of the log target) or "reg:absoluteerror" (its median, steadier
    // against listings with odd prices).
    std::string objective = "reg:squarederror";
    int maxDepth = 4;
    double eta = 0.05;
    int rounds = 400;
    double subsample = 0.8;
    double columnSample = 0.8;
    double minChildWeight = 3;
    double lambda = 1.0;
    int threads = 1; // OpenMP threads spin against each other on a busy 2-core machine; 1 is steadier
    std::uint64_t seed = 1;
};

// Progress is called after each boosting round (done, total); training stops with kTrainingCancelled
// once `cancel` reads true.
struct TrainingControl
{
    std::function<void(int done, int total)> progress;
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

class Booster
{
public:
    Booster() = default;
    Booster(Booster&& other) noexcept;
    Booster& operator=(Booster&& other) noexcept;
    Booster(const Booster&) = delete;
    Booster& operator=(const Booster&) = delete;
    ~Booster();

    static Result<Booster> train(const FeatureMatrix& x, const std::vector<float>& y,
                                 const BoosterParams& params, const TrainingControl& control = {});
    // The model as xgboost's JSON bytes, and back.
    static Result<Booster> load(std::string_view bytes);
    Result<std::string> save() const;

    Result<std::vector<double>> predict(const FeatureMatrix& x) const;
    // TreeSHAP contributions (xgboost's "pred_contribs"): per row, one value per column and then the bias;
    // each row's values add up to its prediction. Row-major, rows × (columns + 1).
    Result<std::vector<double>> contributions(const FeatureMatrix& x) const;
    bool valid() const { return m_handle != nullptr; }

private:
    void* m_handle = nullptr;
};

} // namespace saggar::valuation
