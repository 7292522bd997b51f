// saggarctl valuation: the parameter library (generate, import, list), and the price model trained and
// cross-validated on mapped transaction files.
#include "commands.h"

#include "core/valuation_assets.h"
#include "core/valuation_generator.h"
#include "core/valuation_model_io.h"
#include "core/valuation_training.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/workspace.h"

#include <atomic>
#include <chrono>
#include <csignal>

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
    "       saggarctl valuation library import FILE [--workspace DIR]\n"
    "       saggarctl valuation library list [--workspace DIR]\n"
    "       saggarctl valuation train --csv FILE --mapping MAPPING --out MODEL [--folds N] [--seed N]\n"
    "       saggarctl valuation train --demo [--files N] --out MODEL [--folds N] [--seed N] [--workspace "
    "DIR]\n"
    "       saggarctl valuation evaluate --csv FILE --mapping MAPPING [--folds N] [--seed N]\n"
    "       saggarctl valuation evaluate --demo [--files N] [--folds N] [--seed N]\n"
    "       saggarctl valuation revalue [--workspace DIR] [--now TIME] [--file ID]\n"
    "       saggarctl valuation sales import --csv FILE | list | compare [--workspace DIR]\n";

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

// The workspace --workspace names (the default one without it); nullptr after saying why it cannot be opened.
std::unique_ptr<Workspace> openWorkspace(const Arguments& args, std::ostream& err)
{
    auto ws = Workspace::open(args.option("workspace").value_or(defaultWorkspace()), false);
    if (!ws) {
        err << ws.error().message << '\n';
        return nullptr;
    }
    return std::move(*ws);
}

TimestampMs nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// The demo's sales history over the workspace's current library (or the shipped one without
// --workspace), as the model's table.
std::optional<ComparableTable> demoTable(const Arguments& args, std::uint64_t seed,
                                         std::string& libraryVersion, std::ostream& err, int& code)
{
    Library lib = generateLibrary();
    if (args.option("workspace")) {
        auto ws = openWorkspace(args, err);
        if (!ws) {
            code = kUsageError;
            return std::nullopt;
        }
        SqliteValuationStore store(ws->db());
        auto stored = store.library();
        if (!stored) {
            err << stored.error().message << '\n';
            code = kRefused;
            return std::nullopt;
        }
        lib = std::move(*stored);
    }
    const auto count = parseCount(args.option("files").value_or("5000"));
    if (!count || *count < 100 || *count > 1'000'000) {
        err << "--files takes a number of sales between 100 and 1,000,000.\n";
        code = kUsageError;
        return std::nullopt;
    }
    const DemoSales sales = generateDemoSales(lib, static_cast<std::size_t>(*count), seed);
    auto table = assetTable(lib, sales.assets, sales.pricesYuan);
    if (!table) {
        err << table.error().message << '\n';
        code = kRefused;
        return std::nullopt;
    }
    table->dataHash = "demo:" + lib.version + ":" + std::to_string(*count) + ":" + std::to_string(seed);
    libraryVersion = lib.version;
    return std::move(*table);
}

struct Settings
{
    std::uint64_t folds = 5, seed = 1;
};

std::optional<Settings> settings(const Arguments& args, std::ostream& err)
{
    const auto folds = parseCount(args.option("folds").value_or("5"));
    const auto seed = parseCount(args.option("seed").value_or("1"));
    if (!folds || !seed || *folds < 2 || *folds > 20) {
        err << "--folds takes a whole number from 2 to 20 and --seed a whole number.\n";
        return std::nullopt;
    }
    return Settings{static_cast<std::uint64_t>(*folds), static_cast<std::uint64_t>(*seed)};
}

void printFigures(std::ostream& out, const Figures& f)
{
    out << "median absolute percentage error: " << pct(f.medianApe) << '\n'
        << "within ±5 %: " << pct(f.within5) << ", ±10 %: " << pct(f.within10)
        << ", ±20 %: " << pct(f.within20) << '\n'
        << "80 % interval coverage: " << pct(f.coverage80) << " (median width " << pct(f.medianWidth80)
        << " of the value), 90 % interval coverage: " << pct(f.coverage90) << '\n';
}

// Ctrl-C (SIGINT) or SIGTERM during training sets this flag; xgboost stops before its next round and
// nothing is written or stored.
std::atomic<bool> g_cancelTraining{false};

extern "C" void cancelTraining(int)
{
    g_cancelTraining.store(true);
}

// Installs the cancel handler for one command and puts the previous handlers back afterwards.
class CancelOnSignal
{
public:
    CancelOnSignal()
        : m_int(std::signal(SIGINT, cancelTraining)), m_term(std::signal(SIGTERM, cancelTraining))
    {
        g_cancelTraining.store(false);
    }
    ~CancelOnSignal()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    CancelOnSignal(const CancelOnSignal&) = delete;
    CancelOnSignal& operator=(const CancelOnSignal&) = delete;

private:
    void (*m_int)(int);
    void (*m_term)(int);
};

// What a refused or cancelled training prints; a cancel exits with 130 (as a shell reports Ctrl-C).
int trainingFailed(const Error& error, std::ostream& err)
{
    if (error.code == kTrainingCancelled) {
        err << "Training cancelled; nothing was written or stored.\n";
        return 130;
    }
    err << error.message << '\n';
    return kRefused;
}

// Progress on the error stream every tenth of the way; stops at Ctrl-C.
TrainingControl progressTo(std::ostream& err, int& lastTenth)
{
    return TrainingControl{[&err, &lastTenth](int done, int total) {
                               const int tenth = total > 0 ? done * 10 / total : 10;
                               if (tenth > lastTenth) {
                                   lastTenth = tenth;
                                   err << "training " << tenth * 10 << " %\n";
                               }
                           },
                           &g_cancelTraining};
}

std::optional<ComparableTable> tableFor(const Arguments& args, const Settings& s, std::string& libraryVersion,
                                        std::ostream& err, int& code)
{
    return args.has("demo") ? demoTable(args, s.seed, libraryVersion, err, code) : readTable(args, err, code);
}

int evaluate(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const auto s = settings(args, err);
    if (!s)
        return kUsageError;
    int code = 0;
    std::string libraryVersion;
    auto table = tableFor(args, *s, libraryVersion, err, code);
    if (!table)
        return code;
    int lastTenth = 0;
    const CancelOnSignal cancel;
    auto figures = crossValidate(*table, static_cast<int>(s->folds), s->seed, TrainOptions{},
                                 progressTo(err, lastTenth));
    if (!figures)
        return trainingFailed(figures.error(), err);
    out << table->rows.size() << " transactions";
    if (table->withoutPrice > 0)
        out << " (" << table->withoutPrice << " rows without a price left out)";
    out << ", " << s->folds << "-fold cross-validation, seed " << s->seed << '\n';
    printFigures(out, *figures);
    return 0;
}

int train(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const auto s = settings(args, err);
    const auto outPath = args.option("out");
    if (!s || !outPath) {
        err << kValuationUsage;
        return kUsageError;
    }
    int code = 0;
    std::string libraryVersion;
    auto table = tableFor(args, *s, libraryVersion, err, code);
    if (!table)
        return code;
    int lastTenth = 0;
    const CancelOnSignal cancel;
    // The error a model version carries is measured by cross-validation on its own training data.
    auto figures = crossValidate(*table, static_cast<int>(s->folds), s->seed, TrainOptions{},
                                 progressTo(err, lastTenth));
    if (!figures)
        return trainingFailed(figures.error(), err);
    std::vector<std::size_t> all(table->rows.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    TrainOptions options;
    options.seed = s->seed;
    lastTenth = 0;
    auto model = trainPriceModel(*table, all, options, progressTo(err, lastTenth));
    if (!model)
        return trainingFailed(model.error(), err);
    model->measured = *figures;
    model->libraryVersion = libraryVersion;
    const std::string text = writePriceModel(*model);
    std::ofstream file(*outPath, std::ios::binary);
    if (!(file << text)) {
        err << "Could not write '" << *outPath << "'.\n";
        return kUsageError;
    }
    const std::string version = modelVersion(*model);
    out << "model " << version << " trained on " << table->rows.size() << " transactions ("
        << model->trainingRows << " fit, " << model->calibrationRows << " calibration), data "
        << model->dataHash << '\n'
        << "chosen: depth " << model->params.maxDepth << ", " << model->params.rounds << " rounds at "
        << model->params.eta << "; conformal half-widths (log) 80 % " << model->q80 << ", 90 % " << model->q90
        << '\n';
    printFigures(out, *figures);
    if (args.has("demo") && args.option("workspace")) {
        auto ws = openWorkspace(args, err);
        if (!ws)
            return kUsageError;
        SqliteValuationStore store(ws->db());
        auto existing = store.models();
        const bool first = existing && existing->empty();
        auto saved = store.saveModel(ModelRecord{version, libraryVersion, model->dataHash, *figures,
                                                 first ? "champion" : "challenger", nowMs(), text});
        if (!saved) {
            err << saved.error().message << '\n';
            return kRefused;
        }
        out << "stored in the workspace as the " << (first ? "champion" : "challenger") << '\n';
    }
    return 0;
}

int importLibrary(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const auto text = readText(args.words[3]);
    if (!text) {
        err << "Could not open '" << args.words[3] << "'.\n";
        return kUsageError;
    }
    auto ws = openWorkspace(args, err);
    if (!ws)
        return kUsageError;
    SqliteValuationStore store(ws->db());
    auto info = store.importLibrary(*text, 0, nowMs());
    if (!info) {
        err << args.words[3] << ": " << info.error().message << '\n';
        return kRefused;
    }
    out << "imported library " << info->version << " (effective " << info->effective << "): " << info->types
        << " equipment types, " << info->parameters << " parameters, " << info->sha256 << '\n';
    return 0;
}

int listLibraries(const Arguments& args, std::ostream& out, std::ostream& err)
{
    auto ws = openWorkspace(args, err);
    if (!ws)
        return kUsageError;
    SqliteValuationStore store(ws->db());
    auto all = store.libraries();
    if (!all) {
        err << all.error().message << '\n';
        return kUsageError;
    }
    for (const LibraryVersionInfo& i : *all)
        out << i.version << '\t' << i.effective << '\t' << i.types << " types\t" << i.parameters
            << " parameters\t" << i.sha256 << '\n';
    return 0;
}

} // namespace

int valuation(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const auto& w = args.words;
    if (w.size() == 4 && w[1] == "library" && w[2] == "generate")
        return generate(args, out, err);
    if (w.size() == 4 && w[1] == "library" && w[2] == "import")
        return importLibrary(args, out, err);
    if (w.size() == 3 && w[1] == "library" && w[2] == "list")
        return listLibraries(args, out, err);
    if (w.size() == 2 && w[1] == "evaluate")
        return evaluate(args, out, err);
    if (w.size() == 2 && w[1] == "train")
        return train(args, out, err);
    if (w.size() >= 2 && w[1] == "explain")
        return explainValuationCommand(args, out, err);
    if (w.size() == 2 && w[1] == "revalue")
        return revalue(args, out, err);
    if (w.size() >= 2 && w[1] == "sales")
        return sales(args, out, err);
    err << kValuationUsage;
    return kUsageError;
}

} // namespace saggar::ctl
