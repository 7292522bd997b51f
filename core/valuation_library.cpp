#include "valuation_library.h"

#include "risk_dataset.h"
#include "valuation_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>

namespace saggar::valuation {
namespace {

constexpr std::array<std::string_view, 7> kCategoryKeys{"truck",      "kiln", "dryer",   "press",
                                                        "glaze_line", "mill", "forklift"};
constexpr std::array<std::string_view, kParamCount> kParamKeys{
    "new_price_low_yuan", "new_price_high_yuan", "economic_life_years", "depreciation_rate",
    "residual_floor",     "usage_norm_per_year", "usage_sensitivity",   "efficiency_norm",
    "days_to_sell",       "recovery_cost_pct"};

// Plausible bounds per parameter: anything outside is a typing or unit error in an update.
struct Bounds
{
    double low, high;
};
constexpr std::array<Bounds, kParamCount> kBounds{{{10'000, 200'000'000},
                                                   {10'000, 200'000'000},
                                                   {2, 40},
                                                   {0.02, 0.45},
                                                   {0.0, 0.5},
                                                   {1, 1'000'000},
                                                   {0.0, 0.5},
                                                   {0.01, 100'000},
                                                   {5, 720},
                                                   {0.0, 0.5}}};

std::optional<double> number(const std::string& text)
{
    double v = 0;
    const char* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc() || p != end || !std::isfinite(v))
        return std::nullopt;
    return v;
}

bool isDate(std::string_view d)
{
    if (d.size() != 10 || d[4] != '-' || d[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9')
            return false;
    const int month = (d[5] - '0') * 10 + (d[6] - '0');
    const int day = (d[8] - '0') * 10 + (d[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string formatValue(double v)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", v);
    return buffer;
}

Error lineError(std::size_t line, const std::string& what)
{
    return makeError("library line " + std::to_string(line) + ": " + what, ErrorCode::InvalidInput);
}

} // namespace

std::string_view key(Category c)
{
    return kCategoryKeys[static_cast<std::size_t>(c)];
}

std::optional<Category> categoryFromKey(std::string_view text)
{
    for (std::size_t i = 0; i < kCategoryKeys.size(); ++i)
        if (kCategoryKeys[i] == text)
            return static_cast<Category>(i);
    return std::nullopt;
}

std::string_view key(Param p)
{
    return kParamKeys[static_cast<std::size_t>(p)];
}

std::optional<Param> paramFromKey(std::string_view text)
{
    for (std::size_t i = 0; i < kParamKeys.size(); ++i)
        if (kParamKeys[i] == text)
            return static_cast<Param>(i);
    return std::nullopt;
}

const EquipmentType* Library::find(std::string_view code) const
{
    for (const EquipmentType& t : types)
        if (t.code == code)
            return &t;
    return nullptr;
}

double Library::regionalFactor(Category category, Cluster cluster) const
{
    for (const RegionalFactor& r : regions)
        if (r.category == category && r.cluster == cluster)
            return r.factor.value;
    return 1.0;
}

std::size_t Library::parameterCount() const
{
    return types.size() * kParamCount + regions.size();
}

Result<Library> parseLibrary(std::string_view text)
{
    Library lib;
    std::vector<std::array<bool, kParamCount>> seen;
    std::set<std::string> codes;
    std::size_t lineNo = 0;
    bool magic = false;
    while (!text.empty()) {
        std::string_view line = risk::takeLine(text);
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        const auto f = splitTabs(line);
        const std::string& kind = f[0];
        if (!magic) {
            if (kind != "saggar-valuation-library" || f.size() != 2 || f[1] != "1")
                return lineError(lineNo, "not a Saggar valuation library (the first line must read "
                                         "'saggar-valuation-library<TAB>1')");
            magic = true;
        } else if (kind == "version") {
            if (f.size() != 3 || f[1].empty() || !isDate(f[2]))
                return lineError(lineNo, "expected 'version<TAB>NAME<TAB>YYYY-MM-DD'");
            if (!lib.version.empty())
                return lineError(lineNo, "the version is given twice");
            lib.version = f[1];
            lib.effective = f[2];
        } else if (kind == "type") {
            if (f.size() != 6)
                return lineError(lineNo,
                                 "expected 'type<TAB>CODE<TAB>CATEGORY<TAB>CLASS<TAB>BRAND<TAB>NAME'");
            auto category = categoryFromKey(f[2]);
            if (!category)
                return lineError(lineNo, "unknown category '" + f[2] + "'");
            if (f[1].empty() || !codes.insert(f[1]).second)
                return lineError(lineNo, "type code '" + f[1] + "' is empty or given twice");
            lib.types.push_back(EquipmentType{f[1], *category, f[3], f[4], f[5], {}});
            seen.push_back({});
        } else if (kind == "param") {
            if (f.size() != 6)
                return lineError(lineNo,
                                 "expected 'param<TAB>CODE<TAB>KEY<TAB>VALUE<TAB>YYYY-MM-DD<TAB>SOURCE'");
            if (lib.types.empty() || lib.types.back().code != f[1])
                return lineError(lineNo, "parameter for '" + f[1] + "' does not follow its type line");
            auto p = paramFromKey(f[2]);
            if (!p)
                return lineError(lineNo, "unknown parameter '" + f[2] + "'");
            auto v = number(f[3]);
            if (!v)
                return lineError(lineNo, "'" + f[3] + "' is not a number");
            if (!isDate(f[4]))
                return lineError(lineNo, "'" + f[4] + "' is not a date YYYY-MM-DD");
            if (f[5].empty())
                return lineError(lineNo, "every value needs a source note");
            const auto i = static_cast<std::size_t>(*p);
            if (seen.back()[i])
                return lineError(lineNo, "parameter '" + f[2] + "' is given twice for '" + f[1] + "'");
            seen.back()[i] = true;
            lib.types.back().params[i] = ParamValue{*v, f[4], f[5]};
        } else if (kind == "region") {
            if (f.size() != 6)
                return lineError(
                    lineNo,
                    "expected 'region<TAB>CATEGORY<TAB>CLUSTER<TAB>FACTOR<TAB>YYYY-MM-DD<TAB>SOURCE'");
            auto category = categoryFromKey(f[1]);
            auto cluster = fromKey<Cluster>(f[2]);
            auto v = number(f[3]);
            if (!category || !cluster)
                return lineError(lineNo, "unknown category or cluster '" + f[1] + "', '" + f[2] + "'");
            if (!v || *v < 0.5 || *v > 1.5)
                return lineError(lineNo, "a regional factor must be a number between 0.5 and 1.5");
            if (!isDate(f[4]) || f[5].empty())
                return lineError(lineNo, "a regional factor needs a date YYYY-MM-DD and a source note");
            lib.regions.push_back(RegionalFactor{*category, *cluster, ParamValue{*v, f[4], f[5]}});
        } else {
            return lineError(lineNo, "unknown record '" + kind + "'");
        }
    }
    if (!magic)
        return makeError("The library file is empty.", ErrorCode::InvalidInput);
    for (std::size_t t = 0; t < lib.types.size(); ++t)
        for (std::size_t i = 0; i < kParamCount; ++i)
            if (!seen[t][i])
                return makeError("Type '" + lib.types[t].code + "' has no '" + std::string(kParamKeys[i]) +
                                     "'.",
                                 ErrorCode::InvalidInput);
    if (auto r = validate(lib); !r)
        return r.error();
    return lib;
}

Result<void> validate(const Library& library)
{
    if (library.version.empty() || !isDate(library.effective))
        return makeError("The library has no version line ('version<TAB>NAME<TAB>YYYY-MM-DD').",
                         ErrorCode::InvalidInput);
    if (library.types.empty())
        return makeError("The library lists no equipment type.", ErrorCode::InvalidInput);
    for (const EquipmentType& t : library.types) {
        for (std::size_t i = 0; i < kParamCount; ++i) {
            const double v = t.params[i].value;
            if (v < kBounds[i].low || v > kBounds[i].high)
                return makeError("Type '" + t.code + "': " + std::string(kParamKeys[i]) + " = " +
                                     formatValue(v) + " is outside " + formatValue(kBounds[i].low) + "…" +
                                     formatValue(kBounds[i].high) + ".",
                                 ErrorCode::InvalidInput);
            if (t.params[i].effective > library.effective)
                return makeError("Type '" + t.code + "': " + std::string(kParamKeys[i]) +
                                     " takes effect on " + t.params[i].effective +
                                     ", after the library's own date " + library.effective + ".",
                                 ErrorCode::InvalidInput);
        }
        if (t.param(Param::NewPriceLowYuan) > t.param(Param::NewPriceHighYuan))
            return makeError("Type '" + t.code + "': the new price range runs backwards (low above high).",
                             ErrorCode::InvalidInput);
    }
    return {};
}

std::string writeLibrary(const Library& library)
{
    std::string out = "saggar-valuation-library\t1\n";
    out += "version\t" + library.version + '\t' + library.effective + '\n';
    for (const EquipmentType& t : library.types) {
        out += "type\t" + t.code + '\t' + std::string(key(t.category)) + '\t' + t.klass + '\t' + t.brand +
               '\t' + t.name + '\n';
        for (std::size_t i = 0; i < kParamCount; ++i)
            out += "param\t" + t.code + '\t' + std::string(kParamKeys[i]) + '\t' +
                   formatValue(t.params[i].value) + '\t' + t.params[i].effective + '\t' + t.params[i].source +
                   '\n';
    }
    for (const RegionalFactor& r : library.regions)
        out += "region\t" + std::string(key(r.category)) + '\t' + std::string(saggar::key(r.cluster)) + '\t' +
               formatValue(r.factor.value) + '\t' + r.factor.effective + '\t' + r.factor.source + '\n';
    return out;
}

} // namespace saggar::valuation
