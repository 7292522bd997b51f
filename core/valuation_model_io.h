// A trained price model as one text file (settings, encodings, conformal widths, measured error and
// xgboost's JSON), and its version: a digest of that text, so a valuation names exactly what ran.
#pragma once

#include "valuation_training.h"

namespace saggar::valuation {

std::string writePriceModel(const PriceModel& model);
// Refuses anything but a complete file this build wrote (naming the line).
Result<PriceModel> readPriceModel(std::string_view text);

// "vm-" and the first 12 hex digits of the SHA-256 of writePriceModel(model).
std::string modelVersion(const PriceModel& model);

} // namespace saggar::valuation
