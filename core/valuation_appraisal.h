// Valuing one pledged truck or kiln on demand: which library type it is, and its valuation by the
// workspace's champion model with the current library, ready to show and to store. The indicators come
// from the record (age) and the latest signed inspection (wear, maintenance); the telemetry indicators
// are marked missing until telemetry is read in.
#pragma once

#include "valuation_store.h"

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
};

// ErrorCode::NotFound when the workspace has no library or no champion model; the message says which.
Result<Appraisal> appraiseAsset(const ValuationStore& store, const AssetToValue& asset, TimestampMs nowMs,
                                Id by);

} // namespace saggar::valuation
