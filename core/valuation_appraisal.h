// Valuing one pledged truck or kiln on demand: which library type it is, and its valuation by the
// workspace's champion model with the current library, ready to show and to store. The indicators come
// from the record (age), the latest signed inspection (wear, maintenance) and the asset's telemetry of the
// last 12 months (AssetHistorySource: readings where kept, hourly rollups before).
#pragma once

#include "asset_history_source.h"
#include "valuation_explain.h"
#include "valuation_store.h"

#include <memory>

#include <optional>
#include <string>

namespace saggar::valuation {

// The library type that best fits a pledged asset: trucks by brand (first word) and class (light
// trucks under 300,000 yuan are light box trucks, others 6x4 tractors), diesel; kilns by kind, fuel
// and the nearest size. Null when the library has no type of that category.
const EquipmentType* matchTruckType(const Library& library, const Truck& truck);
const EquipmentType* matchKilnType(const Library& library, const Kiln& kiln);

struct AssetToValue
{
    std::string kind; // "truck" | "kiln"
    Id assetId = 0;
    int yearBuilt = 0;
    Cluster cluster = Cluster::Foshan;
    const Truck* truck = nullptr; // exactly one of truck and kiln
    const Kiln* kiln = nullptr;
};

struct Appraisal
{
    ValuationRecord record; // ready for ValuationStore::saveValuation
    EquipmentType type;
    ModelRecord model;                    // the champion, without its body
    Figures measured;                     // the model's measured error and interval coverage
    std::optional<Inspection> inspection; // the signed inspection read in (record.inspectionId)
    // The telemetry read in: the range asked for (empty when none was asked) and what was there.
    TimeRange telemetryAsked;
    TimeRange telemetryRange;           // from the asset's first data on (AssetHistory::range)
    std::vector<TimeRange> hourlySpans; // the parts of it read as hourly rollups
    bool telemetryFound = false;        // some channel had data in the range
    // Why this value (the champion's per-factor contributions), worked out with the appraisal when it
    // values one asset on demand, so a dialog does not parse the model again on its own thread. Not
    // filled by the basis overload (a revaluation run does not show it).
    std::optional<Result<Explanation>> explanation;
};

// How far back a valuation reads telemetry: 12 months up to the valuation's time.
inline constexpr TimestampMs kAppraisalTelemetryWindowMs = 365LL * 86'400'000;

// What every appraisal of a run shares, read and parsed once: the current library, the champion and the
// challenger (if any), each with its parsed model. Parsing the model file is most of a single appraisal's
// time, so a run over many assets loads this once.
struct AppraisalBasis
{
    Library library;
    ModelRecord champion; // without its body
    PriceModel championModel;
    std::optional<ModelRecord> challenger; // without its body
    std::optional<PriceModel> challengerModel;
};

// ErrorCode::NotFound when the workspace has no library or no champion model; the message says which.
Result<AppraisalBasis> loadAppraisalBasis(const ValuationStore& store);

// Without `telemetry` (nullptr) the telemetry indicators are missing ("no telemetry read").
Result<Appraisal> appraiseAsset(const ValuationStore& store, const AppraisalBasis& basis,
                                const AssetToValue& asset, TimestampMs nowMs, Id by,
                                AssetHistorySource* telemetry = nullptr,
                                TimestampMs windowMs = kAppraisalTelemetryWindowMs);

// The same, loading the basis first (one asset on demand), with the explanation filled in.
Result<Appraisal> appraiseAsset(const ValuationStore& store, const AssetToValue& asset, TimestampMs nowMs,
                                Id by, AssetHistorySource* telemetry = nullptr,
                                TimestampMs windowMs = kAppraisalTelemetryWindowMs);

// Champion and challenger side by side: the challenger's valuation of the same inputs (the same
// indicators, inspection and time as `champion`), role Challenger. Null when the basis has no challenger.
Result<std::optional<ValuationRecord>> challengerValuation(const AppraisalBasis& basis,
                                                           const ValuationRecord& champion);

// Values assets away from the UI thread: each call reads through connections of its own, so it may run
// on any thread (storage/ implements it over a workspace: WorkspaceAppraiser).
class Appraiser
{
public:
    virtual ~Appraiser() = default;
    virtual Result<Appraisal> appraise(const AssetToValue& asset, TimestampMs nowMs, Id by) = 0;
};

} // namespace saggar::valuation
