// A trained risk model version as text: its version id, the hash of the data it was trained on, the binning,
// the coefficients, the default bands and the measured metrics. Loading gives back the very same scores.
#pragma once

#include "result.h"
#include "risk_routing.h"
#include "risk_scorecard.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace saggar::risk {

struct RiskModel
{
    std::string version;  // "rm-<16 hex>": a hash of everything else, so equal models share a version
    std::string dataHash; // of the training CSV ("sha256:…")
    std::size_t trainingRows = 0;
    std::size_t trainingBads = 0;
    BinningOptions binning;
    double l2 = 0;
    Scorecard scorecard;
    ScoreBands bands;
    std::vector<std::pair<std::string, double>> metrics; // "cv_auc", "cv_auto_accuracy", …

    std::optional<double> metric(std::string_view name) const;
};

// The version id the model's content gives; writeModel stores it and readModel checks it.
std::string modelVersion(const RiskModel& model);

// Text, one statement a line, tab-separated; numbers in the shortest form that reads back exactly.
std::string writeModel(const RiskModel& model);

// Refuses text that is not a model, is damaged (names the line), or whose content no longer matches its
// version.
Result<RiskModel> readModel(std::string_view text);

} // namespace saggar::risk
