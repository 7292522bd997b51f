// saggarctl valuation: the parameter library (generate, import, list), and the price model trained and
// cross-validated on mapped transaction files.
#include "commands.h"

#include "core/valuation_generator.h"
#include "core/valuation_training.h"

#include <cstdio>
#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>

namespace saggar::ctl {
namespace {

using namespace saggar::valuation;

constexpr const char* kValuationUsage =
    "usage: saggarctl valuation library generate OUT.tsv\n"
    "       saggarctl valuation evaluate --csv FILE --mapping MAPPING [--folds N] [--seed N]\n";

constexpr int kRefused = 1;
constexpr int kUsageError = 2;

std::optional<std::string> readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string pct(double ratio)
{
    char b[32];
    std::snprintf(b, sizeof b, "%.1f %%", ratio * 100.0);
    return b;
}

int generate(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const Library lib = generateLibrary();
    std::ofstream file(args.words[3], std::ios::binary);
    if (!(file << writeLibrary(lib))) {
        err << "Could not write '" << args.words[3] << "'.\n";
        return kUsageError;
    }
    out << "library " << lib.version << " (effective " << lib.effective << "): " << lib.types.size()
        << " equipment types, " << lib.parameterCount() << " parameters\n";
    return 0;
}

// Reads the --csv file through the --mapping file; says why on failure.
std::optional<ComparableTable> readTable(const Arguments& args, std::ostream& err, int& code)
{
    const auto csv = args.option("csv"), mappingPath = args.option("mapping");
    if (!csv || !mappingPath) {
        err << kValuationUsage;
        code = kUsageError;
        return std::nullopt;
    }
    const auto mappingText = readText(*mappingPath);
    const auto csvText = readText(*csv);
    if (!mappingText || !csvText) {
        err << "Could not open '" << (!mappingText ? *mappingPath : *csv) << "'.\n";
        code = kUsageError;
        return std::nullopt;
    }
    auto mapping = parseTransactionMapping(*mappingText);
    if (!mapping) {
        err << *mappingPath << ": " << mapping.error().message << '\n';
        code = kRefused;
        return std::nullopt;
    }
    auto table = readTransactions(*csvText, *mapping);
    if (!table) {
        err << *csv << ": " << table.error().message << '\n';
        code = kRefused;
        return std::nullopt;
    }
    return std::move(*table);
}

int evaluate(const Arguments& args, std::ostream& out, std::ostream& err)
{
    int code = 0;
    auto table = readTable(args, err, code);
    if (!table)
        return code;
    const auto folds = parseCount(args.option("folds").value_or("5"));
    const auto seed = parseCount(args.option("seed").value_or("1"));
    if (!folds || !seed) {
        err << "--folds and --seed take whole numbers.\n";
        return kUsageError;
    }
    auto figures =
        crossValidate(*table, static_cast<int>(*folds), static_cast<std::uint64_t>(*seed), TrainOptions{});
    if (!figures) {
        err << figures.error().message << '\n';
        return kRefused;
    }
    out << table->rows.size() << " transactions, " << *folds << "-fold cross-validation, seed " << *seed
        << '\n'
        << "median absolute percentage error: " << pct(figures->medianApe) << '\n'
        << "within ±5 %: " << pct(figures->within5) << ", ±10 %: " << pct(figures->within10)
        << ", ±20 %: " << pct(figures->within20) << '\n'
        << "80 % interval coverage: " << pct(figures->coverage80) << " (median width "
        << pct(figures->medianWidth80)
        << " of the value), 90 % interval coverage: " << pct(figures->coverage90) << '\n';
    return 0;
}

} // namespace

int valuation(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const auto& w = args.words;
    if (w.size() == 4 && w[1] == "library" && w[2] == "generate")
        return generate(args, out, err);
    if (w.size() == 2 && w[1] == "evaluate")
        return evaluate(args, out, err);
    err << kValuationUsage;
    return kUsageError;
}

} // namespace saggar::ctl
