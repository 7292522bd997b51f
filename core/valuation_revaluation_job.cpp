#include "valuation_revaluation_job.h"

#include "valuation_sales_store.h"

#include <algorithm>
#include <set>

namespace saggar::valuation {
namespace {

std::string joined(const std::vector<std::string>& parts)
{
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : "; ") + p;
    return out;
}

// The latest champion valuation (by time, then id); null when there is none.
const ValuationRecord* latestChampion(const std::vector<ValuationRecord>& all)
{
    const ValuationRecord* latest = nullptr;
    for (const ValuationRecord& v : all)
        if (v.role == ModelRole::Champion && (!latest || v.atMs >= latest->atMs))
            latest = &v;
    return latest;
}

} // namespace

Result<RevaluationRun> revalueCollateral(ValuationStore& store, RevaluationInputs& inputs, Id openFileId,
                                         TimestampMs nowMs, Id by, const RevaluationPolicy& policy,
                                         const std::atomic<bool>* cancel, int maxAssets)
{
    RevaluationRun run;
    CurrentState state;
    state.nowMs = nowMs;
    auto libraries = store.libraries();
    if (!libraries)
        return libraries.error();
    auto models = store.models();
    if (!models)
        return models.error();
    if (!libraries->empty())
        state.libraryVersion = libraries->back().version;
    for (const ModelRecord& m : *models)
        if (m.role == "champion")
            state.championVersion = m.version;
    if (state.libraryVersion.empty() || state.championVersion.empty()) {
        run.unavailable = state.libraryVersion.empty() ? "the workspace has no valuation library yet"
                                                       : "the workspace has no champion valuation model yet";
        return run;
    }
    auto files = inputs.filesToWatch(openFileId);
    if (!files)
        return files.error();
    // The open file first: what the user looks at is revalued before the run's limit is reached.
    if (auto open = std::find(files->begin(), files->end(), openFileId); open != files->end())
        std::rotate(files->begin(), open, open + 1);
    std::set<AssetRef> seen;
    std::optional<AppraisalBasis> basis; // library and models, parsed once the first asset needs them
    for (const Id fileId : *files) {
        auto detail = inputs.loadFile(fileId);
        if (!detail)
            return detail.error();
        ++run.filesChecked;
        std::vector<AssetToValue> assets;
        std::vector<std::string> labels;
        for (const Truck& t : detail->trucks) {
            assets.push_back({"truck", t.id, t.year, detail->enterprise.cluster, &t, nullptr});
            labels.push_back(t.plate);
        }
        for (const Kiln& k : detail->kilns) {
            assets.push_back({"kiln", k.id, k.yearInstalled, detail->enterprise.cluster, nullptr, &k});
            labels.push_back("kiln " + std::to_string(k.id));
        }
        for (std::size_t i = 0; i < assets.size(); ++i) {
            if (cancel && cancel->load())
                return run;
            const AssetToValue& a = assets[i];
            const AssetRef ref{a.truck ? AssetKind::Truck : AssetKind::Kiln, a.assetId};
            if (!seen.insert(ref).second)
                continue;
            ++run.assetsChecked;
            auto stored = store.valuationsOf(a.kind, a.assetId);
            if (!stored)
                return stored.error();
            std::vector<std::string> reasons;
            if (const ValuationRecord* last = latestChampion(*stored)) {
                CurrentState now = state;
                auto newest = inputs.newestReading(ref);
                if (!newest)
                    return newest.error();
                now.newestTelemetryMs = *newest;
                auto inspections = store.inspectionsOf(a.kind, a.assetId);
                if (!inspections)
                    return inspections.error();
                if (const Inspection* signedOne = latestSigned(*inspections, nowMs))
                    now.newestInspectionId = signedOne->id;
                reasons = revaluationReasons(*last, now, policy);
            } else {
                reasons.push_back(kFirstValuationReason);
            }
            if (reasons.empty())
                continue;
            if (static_cast<int>(run.revalued.size() + run.skipped.size()) >= maxAssets) {
                ++run.deferred;
                continue;
            }
            if (!basis) {
                auto loaded = loadAppraisalBasis(store);
                if (!loaded)
                    return loaded.error();
                basis = std::move(*loaded);
            }
            auto appraisal = appraiseAsset(store, *basis, a, nowMs, by, inputs.history());
            if (!appraisal) {
                run.skipped.push_back(a.kind + ":" + std::to_string(a.assetId) + ": " +
                                      appraisal.error().message);
                continue;
            }
            appraisal->record.reason = joined(reasons);
            auto id = store.saveValuation(appraisal->record);
            if (!id)
                return id.error();
            run.revalued.push_back({fileId, ref, labels[i], *id, appraisal->record.values.market.fairMarket,
                                    appraisal->record.reason});
            // Champion and challenger side by side: on the challenger's share of assets it values the same
            // inputs too; its rows feed the models page's comparison, never the LTV (champion only).
            if (modelFor(appraisal->record.inputs.assetKey, kChallengerShare) == ModelRole::Challenger) {
                auto shadow = challengerValuation(*basis, appraisal->record);
                if (!shadow)
                    return shadow.error();
                if (*shadow) {
                    auto shadowId = store.saveValuation(**shadow);
                    if (!shadowId)
                        return shadowId.error();
                    ++run.challengerValued;
                }
            }
        }
    }
    return run;
}

} // namespace saggar::valuation
