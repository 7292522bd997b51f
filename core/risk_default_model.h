// The application model Saggar ships (resources/risk/saggar_application.model, compiled in), so the
// workstation, the command line and the demo score files without a model file on disk.
#pragma once

#include "result.h"
#include "risk_model_io.h"

#include <string_view>

namespace saggar::risk {

std::string_view defaultApplicationModelText();
// The shipped model, read once (and checked against its version).
const Result<RiskModel>& defaultApplicationModel();

} // namespace saggar::risk
