// Small text helpers the valuation file formats share (library, model files, stored valuations).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace saggar::valuation {

// The fields of one tab-separated line (an empty line gives one empty field).
std::vector<std::string> splitTabs(std::string_view line);

// A double that reads back exactly ("%.17g"); "nan" and "inf" for those.
std::string exactNumber(double v);

// Reads what exactNumber writes (and any plain decimal); false for anything else.
bool readNumber(std::string_view text, double& v);

} // namespace saggar::valuation
