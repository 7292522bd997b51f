#include "valuation_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

namespace saggar::valuation {

std::vector<std::string> splitTabs(std::string_view line)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        out.emplace_back(
            line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos)
            return out;
        start = tab + 1;
    }
}

std::string exactNumber(double v)
{
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    char b[40];
    std::snprintf(b, sizeof b, "%.17g", v);
    return b;
}

bool readNumber(std::string_view text, double& v)
{
    if (text == "nan" || text == "inf" || text == "-inf") {
        v = text == "nan" ? std::numeric_limits<double>::quiet_NaN()
                          : (text == "inf" ? 1.0 : -1.0) * std::numeric_limits<double>::infinity();
        return true;
    }
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    return ec == std::errc() && p == text.data() + text.size();
}

} // namespace saggar::valuation
