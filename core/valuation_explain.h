// Why a valuation came out as it did: xgboost's per-feature contributions (TreeSHAP, in the model's
// log space) grouped into the factors a credit officer reads — age and the library's curve, usage, fuel
// or energy efficiency, driving (harsh events, idle, time inside the region), wear and maintenance, kiln
// firing, the region's market, the market index, the type itself — each as an effect on the value in per
// cent and in yuan against the model's baseline for the type. The contributions plus the baseline add up
// to the model's prediction exactly (up to float rounding). Deterministic; recomputed on demand from a
// stored valuation's inputs and the library and model versions it records (nothing extra is stored).
#pragma once

#include "valuation_assets.h"
#include "valuation_store.h"

#include <string>
#include <vector>

namespace saggar::valuation {

// The factors, in the order they are listed when their effects are equal.
enum class Factor {
    AgeAndCurve, // age, age over economic life, the library's depreciation curve and rate
    Usage,       // usage against the norm for the age, utilisation, operating days
    Efficiency,  // fuel or energy use against the type's norm
    Driving,     // harsh events, idle ratio, time inside the permitted region
    Condition,   // surface or glaze wear, maintenance compliance (the inspection)
    KilnFiring,  // firing cycles, temperature stability at peak
    Region,      // the cluster's regional factor
    Market,      // the second-hand market index
    Type,        // new price, usage sensitivity, days to sell, category, brand, class
    Other,       // any feature of a model trained on outside listings
};
inline constexpr int kFactorCount = 10;

std::string_view key(Factor factor); // "age", "usage", …, stable for files and tests
// The factor a model feature (FeatureEncoder::featureNames) belongs to; Other for names it does not know.
Factor factorOf(std::string_view featureName);

// Why a feature's value is missing, for saying so honestly.
enum class Absence {
    None,          // the value was there
    NoTelemetry,   // a telemetry indicator with no readings read in
    NoInspection,  // wear or maintenance without a signed inspection
    NotApplicable, // e.g. firing cycles of a truck: the model reads the absence as part of the type
    Unknown,       // another feature without a value
};

struct FeatureEffect
{
    std::string name; // model feature name ("library_curve", "surface_wear", "brand:mean")
    double value = 0; // NaN when missing
    Absence absence = Absence::None;
    double logEffect = 0; // TreeSHAP contribution in ln(value) units
};

struct Reason
{
    Factor factor = Factor::Other;
    double logEffect = 0;   // sum of its features' contributions: ln(value) moves by this much
    double shareEffect = 0; // exp(logEffect) − 1: this factor alone moves the value by this share
    double yuanEffect = 0;  // its part of (value − baseline) in yuan; the parts add up exactly
                            // (each log effect times the logarithmic mean of value and baseline)
    std::vector<FeatureEffect> features; // largest |logEffect| first
    bool anyMissing = false;             // some feature had no value (NoTelemetry / NoInspection)
    std::string detail;                  // one English line for logs and saggarctl; the screen builds its own
};

struct Explanation
{
    std::string modelVersion, libraryVersion, typeCode;
    // The baseline: the model's average prediction over its training sales (xgboost's bias term), as
    // ln of the share of the new price, and what that share of this type's new price is in yuan.
    double baselineLog = 0;
    double newPriceYuan = 0;     // the library's mid new price of the type
    double baselineYuan = 0;     // newPriceYuan × exp(baselineLog)
    double predictionLog = 0;    // baselineLog + Σ reasons' logEffect (= the model's prediction)
    double valueYuan = 0;        // newPriceYuan × exp(predictionLog): the fair market value
    std::vector<Reason> reasons; // largest |logEffect| first, ties in Factor order; factors with no
                                 // feature in the model are left out
};

// The pure part: groups one row's contributions. `contributions` has one entry per feature name and
// `bias` is xgboost's bias column.
Explanation groupContributions(const std::vector<std::string>& featureNames, const std::vector<float>& values,
                               const std::vector<double>& contributions, double bias, double newPriceYuan,
                               const std::string& category = {});

// Explains one asset's value by a model with a library (both as the valuation used them).
Result<Explanation> explainValuation(const Library& library, const PriceModel& model, const AssetCase& asset);

// Recomputes the explanation of a valuation (stored or just appraised) from its recorded inputs and the
// library and model versions it names. Refuses (NotFound) a version the store no longer holds.
Result<Explanation> explainValuation(const ValuationStore& store, const ValuationRecord& record);

} // namespace saggar::valuation
