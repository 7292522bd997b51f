#include "valuation_explain.h"

#include "valuation_model_io.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>

namespace saggar::valuation {
namespace {

constexpr std::array<std::string_view, kFactorCount> kFactorKeys{
    "age", "usage", "efficiency", "driving", "condition", "kiln_firing", "region", "market", "type", "other"};

struct FeatureFactor
{
    std::string_view name;
    Factor factor;
};

// Every feature assetTable() and the encoder produce for the bank's assets, by name.
constexpr FeatureFactor kFeatures[] = {
    {"age_over_life", Factor::AgeAndCurve},
    {"library_curve", Factor::AgeAndCurve},
    {"depreciation_rate", Factor::AgeAndCurve},
    {"age", Factor::AgeAndCurve},
    {"usage_ratio", Factor::Usage},
    {"usage", Factor::Usage},
    {"utilisation", Factor::Usage},
    {"operating_days", Factor::Usage},
    {"efficiency", Factor::Efficiency},
    {"harsh_events", Factor::Driving},
    {"idle_ratio", Factor::Driving},
    {"inside_region", Factor::Driving},
    {"surface_wear", Factor::Condition},
    {"maintenance_compliance", Factor::Condition},
    {"firing_cycles", Factor::KilnFiring},
    {"temperature_stability", Factor::KilnFiring},
    {"regional_factor", Factor::Region},
    {"market_index", Factor::Market},
    {"ln_new_price", Factor::Type},
    {"usage_sensitivity", Factor::Type},
    {"days_to_sell", Factor::Type},
};

bool startsWith(std::string_view text, std::string_view head)
{
    return text.substr(0, head.size()) == head;
}

Absence absenceOf(std::string_view name, std::string_view category)
{
    const bool truck = category == "truck";
    if (name == "firing_cycles" || name == "temperature_stability")
        return truck ? Absence::NotApplicable : Absence::NoTelemetry;
    if (name == "harsh_events" || name == "idle_ratio" || name == "inside_region")
        return truck || category.empty() ? Absence::NoTelemetry : Absence::NotApplicable;
    if (name == "surface_wear" || name == "maintenance_compliance")
        return Absence::NoInspection;
    if (name == "usage" || name == "usage_ratio" || name == "utilisation" || name == "efficiency" ||
        name == "operating_days")
        return Absence::NoTelemetry;
    return Absence::Unknown;
}

std::string signedPercent(double share)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f %%", share * 100.0);
    return buf;
}

std::string signedYuan(double yuan)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.0f yuan", yuan);
    return buf;
}

std::string detailOf(const Reason& r)
{
    std::string out = std::string(key(r.factor)) + ": " + signedPercent(r.shareEffect) + " (" +
                      signedYuan(r.yuanEffect) + ")";
    std::string present, noTelemetry, noInspection, notApplicable, unknown;
    auto append = [](std::string& list, const std::string& item) {
        list += (list.empty() ? "" : ", ") + item;
    };
    for (const FeatureEffect& f : r.features) {
        switch (f.absence) {
        case Absence::None: {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.4g", f.value);
            append(present, f.name + " " + buf);
            break;
        }
        case Absence::NoTelemetry:
            append(noTelemetry, f.name);
            break;
        case Absence::NoInspection:
            append(noInspection, f.name);
            break;
        case Absence::NotApplicable:
            append(notApplicable, f.name);
            break;
        case Absence::Unknown:
            append(unknown, f.name);
            break;
        }
    }
    if (!present.empty())
        out += "; " + present;
    if (!noTelemetry.empty())
        out += "; no telemetry (" + noTelemetry + "): the model uses its default direction";
    if (!noInspection.empty())
        out += "; no signed inspection (" + noInspection + "): the model uses its default direction";
    if (!unknown.empty())
        out += "; no value (" + unknown + "): the model uses its default direction";
    if (!notApplicable.empty())
        out += "; not applicable (" + notApplicable + ")";
    return out;
}

} // namespace

std::string_view key(Factor factor)
{
    return kFactorKeys[static_cast<std::size_t>(factor)];
}

Factor factorOf(std::string_view name)
{
    for (const FeatureFactor& f : kFeatures)
        if (f.name == name)
            return f.factor;
    if (startsWith(name, "category:") || startsWith(name, "brand:") || startsWith(name, "class:"))
        return Factor::Type;
    return Factor::Other;
}

Explanation groupContributions(const std::vector<std::string>& featureNames, const std::vector<float>& values,
                               const std::vector<double>& contributions, double bias, double newPriceYuan,
                               const std::string& category)
{
    Explanation e;
    e.baselineLog = bias;
    e.newPriceYuan = newPriceYuan;
    std::map<Factor, Reason> byFactor;
    double sum = 0;
    for (std::size_t i = 0; i < featureNames.size() && i < contributions.size(); ++i) {
        const Factor factor = factorOf(featureNames[i]);
        Reason& r = byFactor[factor];
        r.factor = factor;
        FeatureEffect f;
        f.name = featureNames[i];
        f.value = i < values.size() ? values[i] : std::nan("");
        f.absence = std::isnan(f.value) ? absenceOf(f.name, category) : Absence::None;
        f.logEffect = contributions[i];
        r.logEffect += f.logEffect;
        r.anyMissing = r.anyMissing || f.absence == Absence::NoTelemetry ||
                       f.absence == Absence::NoInspection || f.absence == Absence::Unknown;
        r.features.push_back(std::move(f));
        sum += contributions[i];
    }
    e.predictionLog = bias + sum;
    e.baselineYuan = newPriceYuan * std::exp(bias);
    e.valueYuan = newPriceYuan * std::exp(e.predictionLog);
    // The logarithmic mean of value and baseline turns additive log effects into yuan parts that add up
    // to value − baseline whatever their signs (the LMDI decomposition).
    const double logMean = std::abs(sum) > 1e-12 ? (e.valueYuan - e.baselineYuan) / sum : e.valueYuan;
    for (auto& [factor, r] : byFactor) {
        r.shareEffect = std::expm1(r.logEffect);
        r.yuanEffect = logMean * r.logEffect;
        std::stable_sort(r.features.begin(), r.features.end(),
                         [](const FeatureEffect& a, const FeatureEffect& b) {
                             if (std::abs(a.logEffect) != std::abs(b.logEffect))
                                 return std::abs(a.logEffect) > std::abs(b.logEffect);
                             return a.name < b.name;
                         });
        r.detail = detailOf(r);
        e.reasons.push_back(std::move(r));
    }
    std::stable_sort(e.reasons.begin(), e.reasons.end(), [](const Reason& a, const Reason& b) {
        if (std::abs(a.logEffect) != std::abs(b.logEffect))
            return std::abs(a.logEffect) > std::abs(b.logEffect);
        return a.factor < b.factor;
    });
    return e;
}

namespace {

// The explanation without the model's version (hashing the model file costs more than explaining).
Result<Explanation> explainWith(const Library& library, const PriceModel& model, const AssetCase& asset)
{
    const EquipmentType* type = library.find(asset.typeCode);
    if (!type)
        return makeError("Library " + library.version + " lists no type '" + asset.typeCode + "'.",
                         ErrorCode::NotFound);
    const AssetCase cases[] = {asset};
    auto table = assetTable(library, cases);
    if (!table)
        return table.error();
    if (table->numericNames != model.encoder.numericNames ||
        table->categoricalNames != model.encoder.categoricalNames)
        return makeError("The model was not trained on the bank's asset features; it cannot explain an "
                         "asset's value.",
                         ErrorCode::InvalidInput);
    const FeatureMatrix x = model.encoder.encode(*table, {0});
    auto contributions = model.booster.contributions(x);
    if (!contributions)
        return contributions.error();
    const std::vector<double> perFeature(contributions->begin(), contributions->end() - 1);
    Explanation e =
        groupContributions(model.encoder.featureNames(), x.values, perFeature, contributions->back(),
                           type->newPriceMidYuan(), std::string(key(type->category)));
    e.libraryVersion = library.version;
    e.typeCode = type->code;
    return e;
}

} // namespace

Result<Explanation> explainValuation(const Library& library, const PriceModel& model, const AssetCase& asset)
{
    auto e = explainWith(library, model, asset);
    if (e)
        e->modelVersion = modelVersion(model);
    return e;
}

Result<Explanation> explainValuation(const ValuationStore& store, const ValuationRecord& record)
{
    auto library = store.library(record.libraryVersion);
    if (!library)
        return makeError(library.error().message, ErrorCode::NotFound);
    auto stored = store.model(record.modelVersion);
    if (!stored)
        return makeError(stored.error().message, ErrorCode::NotFound);
    auto model = readPriceModel(stored->body);
    if (!model)
        return model.error();
    // The store keeps each model under the version its file hashed to when it was saved.
    auto e = explainWith(*library, *model, record.inputs);
    if (e)
        e->modelVersion = record.modelVersion;
    return e;
}

} // namespace saggar::valuation
