// saggarctl risk train | evaluate | score: the application scorecard trained from a mapped CSV file,
// measured by cross-validation, saved as a model version, and used to score files with their reasons.
#include "commands.h"

#include "core/risk_application_history.h"
#include "core/risk_model_io.h"
#include "core/risk_training.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <numeric>
#include <optional>
#include <ostream>
#include <sstream>
#include <tuple>
#include <type_traits>

namespace saggar::ctl {
namespace {

using namespace saggar::risk;

constexpr const char* kRiskUsage =
    "usage: saggarctl risk train --csv FILE --mapping MAPPING --out MODEL [--folds N] [--seed N]\n"
    "       saggarctl risk evaluate --csv FILE --mapping MAPPING [--folds N] [--seed N] [--repeats N]\n"
    "                               [--review-rate R] [--choose-boundary]\n"
    "       saggarctl risk evaluate --model MODEL --csv FILE --mapping MAPPING [--review-rate R]\n"
    "                               [--decline-below SCORE --approve-from SCORE]\n"
    "       saggarctl risk score --model MODEL --csv FILE --mapping MAPPING\n"
    "       saggarctl risk history --out FILE [--rows N] [--seed N]\n";

constexpr int kDone = 0;
constexpr int kRefused = 1;
constexpr int kUsageError = 2;
constexpr long long kMaxSeed = 1'000'000'000'000;

std::string fixed(double v, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

std::string percent(double ratio)
{
    return fixed(ratio * 100.0, 1) + " %";
}

std::optional<std::string> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Reads the file at `path` and parses its text; on failure says why and sets `code` (2: cannot read,
// 1: refused).
template <typename Parse>
auto readParsed(const std::string& path, const char* what, Parse parse, std::ostream& err, int& code)
    -> std::optional<std::decay_t<decltype(*parse(std::string_view()))>>
{
    const auto text = readFile(path);
    if (!text) {
        err << "Could not open " << what << " '" << path << "'. Check the path and that you may read it.\n";
        code = kUsageError;
        return std::nullopt;
    }
    auto parsed = parse(*text);
    if (!parsed) {
        err << path << ": " << parsed.error().message << '\n';
        code = kRefused;
        return std::nullopt;
    }
    return std::move(*parsed);
}

std::optional<double> parseReal(const std::string& text)
{
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// What every subcommand shares: the options read and checked, the files loaded.
struct Inputs
{
    TrainingTable table;
    std::optional<RiskModel> model;
    int folds = 5;
    std::uint64_t seed = 1;
    int repeats = 1;
    double reviewRate = kDefaultReviewRate;
};

// Loads what the command names; prints the problem and returns its exit code on failure.
std::optional<int> load(const Arguments& args, bool wantModel, TargetUse target, Inputs& in,
                        std::ostream& err)
{
    const auto csv = args.option("csv");
    const auto mappingPath = args.option("mapping");
    const auto modelPath = args.option("model");
    if (!csv || !mappingPath || (wantModel && !modelPath)) {
        err << kRiskUsage;
        return kUsageError;
    }
    // A whole-number option within [lo, hi]; false (after saying why) when it is given but out of range.
    const auto count = [&](const char* name, long long lo, long long hi, auto& into) {
        const auto text = args.option(name);
        if (!text)
            return true;
        const auto n = parseCount(*text);
        if (!n || *n < lo || *n > hi) {
            err << "--" << name << " takes a whole number from " << lo << " to " << hi << ".\n";
            return false;
        }
        into = static_cast<std::remove_reference_t<decltype(into)>>(*n);
        return true;
    };
    if (!count("folds", 2, 100, in.folds) || !count("seed", 0, kMaxSeed, in.seed) ||
        !count("repeats", 1, 1000, in.repeats))
        return kUsageError;
    if (const auto rate = args.option("review-rate")) {
        const auto r = parseReal(*rate);
        if (!r || *r < 0 || *r >= 1) {
            err << "--review-rate takes a share from 0 up to 1 (0.18 for 18 %).\n";
            return kUsageError;
        }
        in.reviewRate = *r;
    }
    int code = kDone;
    auto mapping = readParsed(*mappingPath, "the mapping", parseColumnMapping, err, code);
    if (!mapping)
        return code;
    auto table = readParsed(
        *csv, "the file", [&](std::string_view text) { return readTrainingTable(text, *mapping, target); },
        err, code);
    if (!table)
        return code;
    in.table = std::move(*table);
    if (wantModel) {
        auto model = readParsed(*modelPath, "the model", readModel, err, code);
        if (!model)
            return code;
        // The file's attributes must be the model's, in the same order, for the records to line up.
        const auto& attrs = model->scorecard.attributes();
        bool same = attrs.size() == in.table.attributes.size();
        for (std::size_t j = 0; same && j < attrs.size(); ++j)
            same = attrs[j].attribute.name == in.table.attributes[j].name &&
                   attrs[j].attribute.kind == in.table.attributes[j].kind;
        if (!same) {
            err << "The mapping's attributes differ from the model's (" << attrs.size()
                << " attributes); use the mapping the model was trained with.\n";
            return kRefused;
        }
        in.model = std::move(*model);
    }
    return std::nullopt;
}

void printReport(const CrossValidationReport& r, std::ostream& out)
{
    out << r.folds << "-fold stratified cross-validation, seed " << r.seed << "; the "
        << percent(r.reviewRate) << " of files nearest "
        << (r.boundaryChosen ? "each fold's own boundary, chosen on its training rows (mean "
                             : "the even-odds boundary (")
        << fixed(r.boundary, 1) << " points) go to review:\n";
    for (std::size_t f = 0; f < r.foldReports.size(); ++f) {
        const FoldReport& fold = r.foldReports[f];
        out << "  fold " << f + 1 << ": AUC " << fixed(fold.auc, 3) << ", automatic accuracy "
            << fixed(fold.decisions.accuracy(), 3) << " (" << fold.decisions.decided() << " decided, "
            << fold.decisions.reviewed << " reviewed), L2 " << fold.l2 << ", " << fold.initialBins
            << " initial bins, boundary " << fixed(fold.boundary, 1) << '\n';
    }
    out << "  mean AUC " << fixed(r.meanAuc, 3) << " ± " << fixed(r.sdAuc, 3) << ", automatic accuracy "
        << fixed(r.meanAccuracy, 3) << " ± " << fixed(r.sdAccuracy, 3) << "\n  pooled out-of-fold AUC "
        << fixed(r.pooledAuc, 3) << ", automatic accuracy " << fixed(r.pooled.accuracy(), 3) << " ("
        << r.pooled.decided() << " decided, " << r.pooled.reviewed << " reviewed)\n";
}

void printRates(const char* what, const ScoreBands& bands, const RoutingRates& rates, std::ostream& out)
{
    out << what << ": decline below " << fixed(bands.declineBelow, 1) << ", approve from "
        << fixed(bands.approveFrom, 1) << " → approve " << percent(rates.approvalRate()) << ", review "
        << percent(rates.reviewRate()) << ", decline " << percent(rates.declineRate()) << " of "
        << rates.files << " files\n";
}

std::vector<double> scoresOf(const Scorecard& card, const TrainingTable& table)
{
    std::vector<double> scores;
    scores.reserve(table.rows.size());
    for (const Record& r : table.rows)
        scores.push_back(card.score(r));
    return scores;
}

void describeTable(const Inputs& in, const std::string& csv, std::ostream& out)
{
    out << "Read " << in.table.rows.size() << " rows (" << in.table.badCount() << " bad) of " << csv << ", "
        << in.table.attributes.size() << " attributes, " << in.table.dataHash << '\n';
}

int train(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const auto outPath = args.option("out");
    if (!outPath) {
        err << kRiskUsage;
        return kUsageError;
    }
    Inputs in;
    if (const auto code = load(args, false, TargetUse::Required, in, err))
        return *code;
    describeTable(in, *args.option("csv"), out);

    TrainingOptions options;
    options.seed = in.seed;
    auto cv = crossValidate(in.table, in.folds, in.seed, options, in.reviewRate);
    if (!cv) {
        err << cv.error().message << '\n';
        return kRefused;
    }
    printReport(*cv, out);

    std::vector<std::size_t> all(in.table.rows.size());
    std::iota(all.begin(), all.end(), std::size_t{0});
    auto trained = trainScorecard(in.table, all, options);
    if (!trained) {
        err << trained.error().message << '\n';
        return kRefused;
    }
    RiskModel model;
    model.dataHash = in.table.dataHash;
    model.trainingRows = in.table.rows.size();
    model.trainingBads = in.table.badCount();
    model.binning = trained->binning;
    model.l2 = trained->l2;
    model.scorecard = std::move(trained->scorecard);
    const std::vector<double> scores = scoresOf(model.scorecard, in.table);
    model.bands = bandsForReviewRate(scores, model.scorecard.scaling().offset(), in.reviewRate);
    model.metrics = {{"cv_folds", static_cast<double>(cv->folds)},
                     {"cv_seed", static_cast<double>(cv->seed)},
                     {"cv_review_rate", cv->reviewRate},
                     {"cv_auc_mean", cv->meanAuc},
                     {"cv_auc_sd", cv->sdAuc},
                     {"cv_auto_accuracy_mean", cv->meanAccuracy},
                     {"cv_auto_accuracy_sd", cv->sdAccuracy},
                     {"cv_pooled_auc", cv->pooledAuc},
                     {"training_auc", areaUnderCurve(scores, in.table.bad)}};
    model.version = modelVersion(model);

    std::ofstream file(*outPath, std::ios::binary | std::ios::trunc);
    file << writeModel(model);
    file.close();
    if (!file) {
        err << "Could not write '" << *outPath
            << "'. Check the folder exists and that you may write there.\n";
        return kUsageError;
    }
    out << "Final model on all rows: L2 " << model.l2 << ", " << model.binning.initialBins
        << " initial bins (chosen by inner " << options.innerFolds << "-fold cross-validation)\n";
    printRates("Default bands on the training files", model.bands, routingRates(model.bands, scores), out);
    out << "Model " << model.version << " written to " << *outPath << '\n';
    return kDone;
}

int evaluateModel(const Inputs& in, const Arguments& args, std::ostream& out, std::ostream& err)
{
    const RiskModel& model = *in.model;
    const std::vector<double> scores = scoresOf(model.scorecard, in.table);
    out << "Model " << model.version << " (trained on " << model.trainingRows << " rows, " << model.dataHash
        << ")\n";
    ScoreBands bands = model.bands;
    const auto decline = args.option("decline-below");
    const auto approve = args.option("approve-from");
    if (decline || approve) {
        const auto d = decline ? parseReal(*decline) : std::optional<double>(bands.declineBelow);
        const auto a = approve ? parseReal(*approve) : std::optional<double>(bands.approveFrom);
        if (!d || !a) {
            err << "--decline-below and --approve-from take scores (numbers).\n";
            return kUsageError;
        }
        bands = ScoreBands{*d, *a};
        if (auto ok = bands.check(); !ok) {
            err << ok.error().message << '\n';
            return kRefused;
        }
    }
    printRates(decline || approve ? "Proposed bands" : "The model's bands", bands,
               routingRates(bands, scores), out);
    if (in.table.badCount() > 0 && in.table.badCount() < in.table.rows.size()) {
        const auto d =
            automaticDecisions(scores, in.table.bad, model.scorecard.scaling().offset(), in.reviewRate);
        out << "AUC " << fixed(areaUnderCurve(scores, in.table.bad), 3) << "; automatic accuracy "
            << fixed(d.accuracy(), 3) << " with the " << percent(in.reviewRate)
            << " of files nearest the even-odds boundary reviewed (" << d.decided() << " decided)\n";
    }
    return kDone;
}

int evaluate(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const bool withModel = args.option("model").has_value();
    Inputs in;
    if (const auto code =
            load(args, withModel, withModel ? TargetUse::IfPresent : TargetUse::Required, in, err))
        return *code;
    describeTable(in, *args.option("csv"), out);
    if (withModel)
        return evaluateModel(in, args, out, err);

    TrainingOptions options;
    if (args.has("choose-boundary"))
        options.chooseBoundaryAtReviewRate = in.reviewRate;
    double aucs = 0;
    double accuracies = 0;
    for (int r = 0; r < in.repeats; ++r) {
        const std::uint64_t seed = in.seed + static_cast<std::uint64_t>(r);
        options.seed = seed;
        auto cv = crossValidate(in.table, in.folds, seed, options, in.reviewRate);
        if (!cv) {
            err << cv.error().message << '\n';
            return kRefused;
        }
        printReport(*cv, out);
        aucs += cv->meanAuc;
        accuracies += cv->meanAccuracy;
    }
    if (in.repeats > 1)
        out << "Over " << in.repeats << " seeds (" << in.seed << " to "
            << in.seed + static_cast<std::uint64_t>(in.repeats) - 1 << "): mean AUC "
            << fixed(aucs / in.repeats, 3) << ", mean automatic accuracy "
            << fixed(accuracies / in.repeats, 3) << '\n';
    return kDone;
}

int score(const Arguments& args, std::ostream& out, std::ostream& err)
{
    Inputs in;
    if (const auto code = load(args, true, TargetUse::IfPresent, in, err))
        return *code;
    const RiskModel& model = *in.model;
    out << "# model " << model.version << "\n# line\tscore\troute\treasons\n";
    for (std::size_t i = 0; i < in.table.rows.size(); ++i) {
        const Record& record = in.table.rows[i];
        const ScoredFile scored = model.scorecard.scoreWithReasons(record);
        out << in.table.lineOf[i] << '\t' << displayedScore(scored.score) << '\t'
            << key(routeOf(scored.score, model.bands));
        for (const std::string& words : model.scorecard.reasonWords(scored, record))
            out << '\t' << words;
        out << '\n';
    }
    return kDone;
}

// Writes the demo's deterministic application history (the shipped model's training data).
int history(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const auto path = args.option("out");
    if (!path) {
        err << kRiskUsage;
        return kUsageError;
    }
    long long rows = static_cast<long long>(kDemoHistoryRows);
    long long seed = static_cast<long long>(kDemoHistorySeed);
    for (auto [name, into, hi] :
         {std::tuple{"rows", &rows, 10'000'000LL}, std::tuple{"seed", &seed, kMaxSeed}}) {
        const auto text = args.option(name);
        if (!text)
            continue;
        const auto n = parseCount(*text);
        if (!n || *n < 1 || *n > hi) {
            err << "--" << name << " takes a whole number from 1 to " << hi << ".\n";
            return kUsageError;
        }
        *into = *n;
    }
    const std::string csv =
        generateApplicationHistory(static_cast<std::size_t>(rows), static_cast<std::uint64_t>(seed));
    std::ofstream file(*path, std::ios::binary | std::ios::trunc);
    if (!(file << csv) || !file.flush()) {
        err << "Could not write '" << *path << "'. Check the folder exists and that you may write there.\n";
        return kUsageError;
    }
    out << "Wrote " << rows << " applications (seed " << seed << ") to " << *path << '\n';
    return kDone;
}

} // namespace

int risk(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const std::string noun = args.words.size() > 1 ? args.words[1] : "";
    if (args.words.size() == 2 && noun == "train")
        return train(args, out, err);
    if (args.words.size() == 2 && noun == "evaluate")
        return evaluate(args, out, err);
    if (args.words.size() == 2 && noun == "score")
        return score(args, out, err);
    if (args.words.size() == 2 && noun == "history")
        return history(args, out, err);
    err << kRiskUsage;
    return kUsageError;
}

} // namespace saggar::ctl
