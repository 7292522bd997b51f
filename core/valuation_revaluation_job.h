// Revaluing collateral when what it was valued on has moved: for every truck and kiln pledged to a file
// being monitored (and the file open on screen), the latest champion valuation is checked with
// `revaluationReasons` (a new signed inspection, telemetry past the step, a new library or champion, age);
// an asset never valued, or valued on out-of-date inputs, is valued again with `appraiseAsset` and the new
// row stored with its reasons. Running it again straight after stores nothing.
#pragma once

#include "valuation_appraisal.h"
#include "valuation_revaluation.h"

#include <atomic>
#include <string>
#include <vector>

namespace saggar::valuation {

// What the job reads besides the valuation store; storage/ implements it over the workspace.
class RevaluationInputs
{
public:
    virtual ~RevaluationInputs() = default;
    // The monitored files (disbursed or monitoring) and `openFileId` (0: none), each once.
    virtual Result<std::vector<Id>> filesToWatch(Id openFileId) = 0;
    virtual Result<LoanFileDetail> loadFile(Id fileId) = 0;
    // The time of the asset's newest reading on any channel; 0 without telemetry.
    virtual Result<TimestampMs> newestReading(const AssetRef& asset) = 0;
    // Where appraiseAsset reads an asset's last 12 months of telemetry; null: none.
    virtual AssetHistorySource* history() { return nullptr; }
};

struct RevaluedAsset
{
    Id loanFileId = 0;
    AssetRef asset;
    std::string label; // plate or kiln kind and length, for the output
    Id valuationId = 0;
    Money fairMarket;
    std::string reason; // the reasons, joined with "; "
};

struct RevaluationRun
{
    int filesChecked = 0;
    int assetsChecked = 0;
    std::vector<RevaluedAsset> revalued;
    std::vector<std::string> skipped; // assets that could not be valued, with why
    int deferred = 0;                 // out of date but left for the next run (the run's limit)
    int challengerValued = 0;         // of the revalued, those the challenger valued too (its share)
    std::string unavailable;          // non-empty when the workspace has no library or champion yet
};

inline constexpr const char* kFirstValuationReason = "no valuation yet";

// `by` is the user the rows name (0: the system). `cancel` is checked between assets; what was stored
// before it stays. At most `maxAssets` are valued (the open file's first); the rest are counted as
// deferred, for the next run (the app's worker also runs the alert rules and keeps each run short).
Result<RevaluationRun> revalueCollateral(ValuationStore& store, RevaluationInputs& inputs, Id openFileId,
                                         TimestampMs nowMs, Id by = 0, const RevaluationPolicy& policy = {},
                                         const std::atomic<bool>* cancel = nullptr, int maxAssets = 1 << 30);

} // namespace saggar::valuation
