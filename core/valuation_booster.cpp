#include "valuation_booster.h"

#include <xgboost/c_api.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace saggar::valuation {
namespace {

Error xgbError(const std::string& what)
{
    return makeError(what + ": " + XGBGetLastError());
}

struct MatrixDeleter
{
    void operator()(void* h) const { XGDMatrixFree(h); }
};
using MatrixHandle = std::unique_ptr<void, MatrixDeleter>;

Result<MatrixHandle> matrix(const FeatureMatrix& x)
{
    if (x.columns == 0 || x.values.size() % x.columns != 0)
        return makeError("The feature matrix is empty or ragged.", ErrorCode::InvalidInput);
    DMatrixHandle h = nullptr;
    if (XGDMatrixCreateFromMat(x.values.data(), x.rows(), x.columns, std::numeric_limits<float>::quiet_NaN(),
                               &h) != 0)
        return xgbError("Could not build the feature matrix");
    return MatrixHandle(h);
}

std::string number(double v)
{
    return std::to_string(v);
}

} // namespace

Booster::Booster(Booster&& other) noexcept : m_handle(other.m_handle)
{
    other.m_handle = nullptr;
}

Booster& Booster::operator=(Booster&& other) noexcept
{
    if (this != &other) {
        if (m_handle)
            XGBoosterFree(m_handle);
        m_handle = other.m_handle;
        other.m_handle = nullptr;
    }
    return *this;
}

Booster::~Booster()
{
    if (m_handle)
        XGBoosterFree(m_handle);
}

Result<Booster> Booster::train(const FeatureMatrix& x, const std::vector<float>& y, const BoosterParams& p,
                               const TrainingControl& control)
{
    if (y.size() != x.rows() || y.empty())
        return makeError("Training needs one target per row and at least one row.", ErrorCode::InvalidInput);
    auto m = matrix(x);
    if (!m)
        return m.error();
    if (XGDMatrixSetFloatInfo(m->get(), "label", y.data(), y.size()) != 0)
        return xgbError("Could not set the training targets");
    // Boosting starts from the targets' median, not xgboost's default of 0.5 (targets here are logs near 11).
    std::vector<float> sorted = y;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2),
                     sorted.end());
    const double start = sorted[sorted.size() / 2];
    Booster booster;
    void* handles[] = {m->get()};
    if (XGBoosterCreate(handles, 1, &booster.m_handle) != 0)
        return xgbError("Could not create the model");
    const std::pair<const char*, std::string> settings[] = {
        {"objective", p.objective},
        {"tree_method", "hist"},
        {"max_depth", std::to_string(p.maxDepth)},
        {"eta", number(p.eta)},
        {"subsample", number(p.subsample)},
        {"colsample_bytree", number(p.columnSample)},
        {"min_child_weight", number(p.minChildWeight)},
        {"lambda", number(p.lambda)},
        {"nthread", std::to_string(p.threads)},
        {"seed", std::to_string(p.seed % 2147483647)},
        {"verbosity", "0"},
        {"base_score", number(start)},
    };
    for (const auto& [name, value] : settings)
        if (XGBoosterSetParam(booster.m_handle, name, value.c_str()) != 0)
            return xgbError(std::string("Could not set ") + name);
    for (int round = 0; round < p.rounds; ++round) {
        if (control.cancelled())
            return makeError("Training was cancelled.", kTrainingCancelled);
        if (XGBoosterUpdateOneIter(booster.m_handle, round, m->get()) != 0)
            return xgbError("Training failed in round " + std::to_string(round + 1));
        if (control.progress)
            control.progress(round + 1, p.rounds);
    }
    return booster;
}

Result<Booster> Booster::load(std::string_view bytes)
{
    Booster booster;
    if (XGBoosterCreate(nullptr, 0, &booster.m_handle) != 0)
        return xgbError("Could not create the model");
    if (bytes.empty() || XGBoosterLoadModelFromBuffer(booster.m_handle, bytes.data(), bytes.size()) != 0)
        return makeError("The model bytes are not an xgboost model.", ErrorCode::InvalidInput);
    return booster;
}

Result<std::string> Booster::save() const
{
    if (!m_handle)
        return makeError("There is no trained model to save.");
    bst_ulong length = 0;
    const char* data = nullptr;
    if (XGBoosterSaveModelToBuffer(m_handle, R"({"format": "json"})", &length, &data) != 0)
        return xgbError("Could not save the model");
    return std::string(data, length);
}

Result<std::vector<double>> Booster::predict(const FeatureMatrix& x) const
{
    if (!m_handle)
        return makeError("The model is not trained.");
    auto m = matrix(x);
    if (!m)
        return m.error();
    bst_ulong length = 0;
    const float* out = nullptr;
    if (XGBoosterPredict(m_handle, m->get(), 0, 0, 0, &length, &out) != 0)
        return xgbError("Prediction failed");
    return std::vector<double>(out, out + length);
}

Result<std::vector<double>> Booster::contributions(const FeatureMatrix& x) const
{
    if (!m_handle)
        return makeError("The model is not trained.");
    auto m = matrix(x);
    if (!m)
        return m.error();
    const bst_ulong* shape = nullptr;
    bst_ulong dims = 0;
    const float* out = nullptr;
    const char* config = R"({"type": 2, "training": false, "iteration_begin": 0, "iteration_end": 0, )"
                         R"("strict_shape": false})";
    if (XGBoosterPredictFromDMatrix(m_handle, m->get(), config, &shape, &dims, &out) != 0)
        return xgbError("Could not compute the feature contributions");
    if (dims != 2 || shape[0] != x.rows() || shape[1] != x.columns + 1)
        return makeError("xgboost returned contributions of an unexpected shape.");
    return std::vector<double>(out, out + shape[0] * shape[1]);
}

} // namespace saggar::valuation
