#include "valuation_appraisal.h"

#include "valuation_model_io.h"

#include <cmath>
#include <cstdlib>
#include <limits>

namespace saggar::valuation {
namespace {

std::string firstWord(std::string_view text)
{
    const auto space = text.find(' ');
    return std::string(text.substr(0, space));
}

// The first number in a class name ("roller 150 m x 2.5 m" → 150).
double firstNumber(const std::string& text)
{
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] >= '0' && text[i] <= '9')
            return std::strtod(text.c_str() + i, nullptr);
    return 0;
}

bool endsWith(std::string_view text, std::string_view tail)
{
    return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

} // namespace

const EquipmentType* matchTruckType(const Library& library, const Truck& truck)
{
    const bool light = truck.purchasePrice < Money::fromYuan(300'000);
    const std::string klass = light ? "box 4x2 light" : "tractor 6x4";
    const std::string brand = firstWord(truck.brand);
    const EquipmentType* sameClass = nullptr;
    const EquipmentType* anyTruck = nullptr;
    for (const EquipmentType& t : library.types) {
        if (t.category != Category::Truck)
            continue;
        if (!anyTruck)
            anyTruck = &t;
        if (t.klass != klass || endsWith(t.code, "-LNG"))
            continue;
        if (!brand.empty() && firstWord(t.brand) == brand)
            return &t;
        if (!sameClass)
            sameClass = &t;
    }
    return sameClass ? sameClass : anyTruck;
}

const EquipmentType* matchKilnType(const Library& library, const Kiln& kiln)
{
    const std::string kind = kiln.type == KilnType::Roller   ? "roller"
                             : kiln.type == KilnType::Tunnel ? "tunnel"
                                                             : "shuttle";
    const std::string fuel = kiln.fuel == KilnFuel::Gas ? "gas" : "electric";
    const EquipmentType* best = nullptr;
    double bestScore = std::numeric_limits<double>::infinity();
    for (const EquipmentType& t : library.types) {
        if (t.category != Category::Kiln)
            continue;
        // Kind and fuel first, then the nearest size (length; a shuttle kiln's volume stands in).
        double score = std::abs(firstNumber(t.klass) - kiln.lengthM);
        if (firstWord(t.klass) != kind)
            score += 1e6;
        if (firstWord(t.name) != fuel)
            score += 1e5;
        if (score < bestScore) {
            bestScore = score;
            best = &t;
        }
    }
    return best;
}

Result<AppraisalBasis> loadAppraisalBasis(const ValuationStore& store)
{
    auto library = store.library();
    if (!library)
        return makeError(library.error().message, ErrorCode::NotFound);
    auto models = store.models();
    if (!models)
        return models.error();
    const ModelRecord* champion = nullptr;
    const ModelRecord* challenger = nullptr;
    for (const ModelRecord& m : *models) {
        if (m.role == "champion")
            champion = &m;
        else if (m.role == "challenger")
            challenger = &m; // the newest challenger (models are listed oldest first)
    }
    if (!champion)
        return makeError(
            "The workspace has no champion valuation model yet (saggarctl valuation train --demo "
            "--workspace DIR).",
            ErrorCode::NotFound);
    const auto parsed = [&store](const ModelRecord& m) -> Result<std::pair<ModelRecord, PriceModel>> {
        auto stored = store.model(m.version);
        if (!stored)
            return stored.error();
        auto model = readPriceModel(stored->body);
        if (!model)
            return model.error();
        stored->body.clear();
        return std::make_pair(std::move(*stored), std::move(*model));
    };
    auto championParsed = parsed(*champion);
    if (!championParsed)
        return championParsed.error();
    AppraisalBasis basis{std::move(*library), std::move(championParsed->first),
                         std::move(championParsed->second), std::nullopt, std::nullopt};
    if (challenger) {
        auto challengerParsed = parsed(*challenger);
        if (!challengerParsed)
            return challengerParsed.error();
        basis.challenger = std::move(challengerParsed->first);
        basis.challengerModel = std::move(challengerParsed->second);
    }
    return basis;
}

Result<Appraisal> appraiseAsset(const ValuationStore& store, const AssetToValue& asset, TimestampMs nowMs,
                                Id by, AssetHistorySource* telemetry, TimestampMs windowMs)
{
    if ((asset.truck == nullptr) == (asset.kiln == nullptr))
        return makeError("An asset to value is either a truck or a kiln.", ErrorCode::InvalidInput);
    auto basis = loadAppraisalBasis(store);
    if (!basis)
        return basis.error();
    auto appraisal = appraiseAsset(store, *basis, asset, nowMs, by, telemetry, windowMs);
    if (appraisal)
        appraisal->explanation =
            explainValuation(basis->library, basis->championModel, appraisal->record.inputs);
    return appraisal;
}

Result<std::optional<ValuationRecord>> challengerValuation(const AppraisalBasis& basis,
                                                           const ValuationRecord& champion)
{
    if (!basis.challenger || !basis.challengerModel)
        return std::optional<ValuationRecord>();
    const Valuer valuer(basis.library, *basis.challengerModel);
    const AssetCase cases[] = {champion.inputs};
    auto valued = valuer.value(cases);
    if (!valued)
        return valued.error();
    ValuationRecord out = champion;
    out.modelVersion = valued->front().modelVersion;
    out.role = ModelRole::Challenger;
    out.values = valued->front().values;
    return std::optional<ValuationRecord>(std::move(out));
}

Result<Appraisal> appraiseAsset(const ValuationStore& store, const AppraisalBasis& basis,
                                const AssetToValue& asset, TimestampMs nowMs, Id by,
                                AssetHistorySource* telemetry, TimestampMs windowMs)
{
    if ((asset.truck == nullptr) == (asset.kiln == nullptr))
        return makeError("An asset to value is either a truck or a kiln.", ErrorCode::InvalidInput);
    const Library* library = &basis.library;
    const PriceModel* model = &basis.championModel;

    const EquipmentType* type =
        asset.truck ? matchTruckType(*library, *asset.truck) : matchKilnType(*library, *asset.kiln);
    if (!type)
        return makeError("The library lists no type for this asset.", ErrorCode::NotFound);

    // The latest signed inspection made by the time of the valuation; an unsigned one is not evidence.
    auto inspections = store.inspectionsOf(asset.kind, asset.assetId);
    if (!inspections)
        return inspections.error();
    const Inspection* inspected = latestSigned(*inspections, nowMs);

    IndicatorInputs in;
    in.type = type;
    in.inspection = inspected;
    in.yearBuilt = asset.yearBuilt;
    in.asOfMs = nowMs;
    in.cluster = asset.cluster;
    Appraisal out;
    Indicators indicators;
    if (telemetry) {
        const AssetRef ref{asset.truck ? AssetKind::Truck : AssetKind::Kiln, asset.assetId};
        out.telemetryAsked = TimeRange{nowMs - windowMs, nowMs};
        auto history = telemetry->history(ref, out.telemetryAsked);
        if (!history)
            return history.error();
        out.telemetryRange = history->range;
        out.hourlySpans = history->hourlySpans;
        out.telemetryFound = !history->empty();
        indicators = computeIndicators(in, *history);
    } else {
        indicators = computeIndicators(in);
    }

    AssetCase input;
    input.assetKey = asset.kind + ":" + std::to_string(asset.assetId);
    input.typeCode = type->code;
    input.cluster = asset.cluster;
    input.indicators = indicatorValues(indicators);
    const Valuer valuer(*library, *model);
    const AssetCase cases[] = {input};
    auto valued = valuer.value(cases);
    if (!valued)
        return valued.error();
    const AssetValuation& v = valued->front();

    out.type = *type;
    out.model = basis.champion;
    out.measured = model->measured;
    if (inspected)
        out.inspection = *inspected;
    ValuationRecord& r = out.record;
    r.assetKind = asset.kind;
    r.assetId = asset.assetId;
    r.atMs = nowMs;
    r.libraryVersion = library->version;
    r.modelVersion = v.modelVersion;
    r.role = ModelRole::Champion;
    r.inspectionId = inspected ? inspected->id : 0;
    r.inputs = input;
    r.indicators = indicators;
    r.values = v.values;
    r.valuedBy = by;
    return out;
}

} // namespace saggar::valuation
