// Risk model benchmark. Prints figures; never fails on a time.
//   1. Scoring: files a second through Scorecard::score, scoreWithReasons (the top three reasons) and with
//      the reasons put into words, over the German Credit applicants (or seeded synthetic ones with 20
//      attributes when ../shared/data is absent), one thread.
//   2. Training on German Credit: one fit with fixed settings, the inner search (penalty × bins) on all rows,
//      and the whole 5-fold cross-validation, each the median of several runs.
//   3. Reference on the same folds: plain logistic regression on one-hot columns (what issue 7 compares
//   with).
// Run: build/bench/bench_risk [--files N] [--data PATH] [--mapping PATH]
#include "core/demo_random.h"
#include "core/risk_logistic.h"
#include "core/risk_routing.h"
#include "core/risk_training.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

using namespace saggar;
using namespace saggar::risk;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double medianMs(int runs, const std::function<void()>& f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        f();
        times.push_back(msSince(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// "S7" and the like (appending keeps GCC 12's -Wrestrict false positive on "S" + to_string away).
std::string numbered(std::string prefix, long long n)
{
    prefix += std::to_string(n);
    return prefix;
}

// 20 attributes like German Credit's (13 categorical with 3–10 codes, 7 numeric) with a known bad rule.
TrainingTable syntheticTable(std::size_t rows)
{
    TrainingTable t;
    for (int j = 0; j < 20; ++j)
        t.attributes.push_back(Attribute{numbered("S", j + 1),
                                         j % 3 == 1 ? AttributeKind::Numeric : AttributeKind::Categorical,
                                         numbered("Synthetic attribute ", j + 1),
                                         {}});
    demo::Random random(20240607);
    for (std::size_t i = 0; i < rows; ++i) {
        Record r;
        double logit = -0.9;
        for (int j = 0; j < 20; ++j) {
            if (t.attributes[static_cast<std::size_t>(j)].kind == AttributeKind::Numeric) {
                const auto v = static_cast<double>(random.between(1, 100));
                logit += (v - 50) * 0.01 * (j % 2 ? 1 : -1);
                r.push_back(Value::of(v));
            } else {
                const auto code = random.between(0, 3 + j % 7);
                logit += 0.15 * static_cast<double>(code % 3) - 0.15;
                r.push_back(Value::of(numbered(numbered("C", j + 1) + "_", code)));
            }
        }
        const double p = 1 / (1 + std::exp(-logit));
        t.bad.push_back(static_cast<double>(random.below(1'000'000)) < p * 1e6 ? 1 : 0);
        t.rows.push_back(std::move(r));
        t.lineOf.push_back(i + 1);
    }
    return t;
}

std::vector<std::size_t> allRows(const TrainingTable& t)
{
    std::vector<std::size_t> rows(t.rows.size());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    return rows;
}

void scoring(const Scorecard& card, const TrainingTable& t, std::size_t files)
{
    volatile double sink = 0;
    const auto rate = [&](const char* what, const std::function<double(const Record&)>& f) {
        const double ms = medianMs(3, [&] {
            double sum = 0;
            for (std::size_t i = 0; i < files; ++i)
                sum += f(t.rows[i % t.rows.size()]);
            sink = sink + sum;
        });
        std::printf("  %-36s %12.0f files/s  (%zu files in %.1f ms)\n", what,
                    static_cast<double>(files) / ms * 1000, files, ms);
    };
    std::printf("Scoring, one thread, %zu attributes:\n", card.attributes().size());
    rate("score", [&](const Record& r) { return card.score(r); });
    rate("score + top 3 reasons", [&](const Record& r) {
        const ScoredFile s = card.scoreWithReasons(r);
        return s.score + static_cast<double>(s.reasonCount);
    });
    rate("score + top 3 reasons in words", [&](const Record& r) {
        const ScoredFile s = card.scoreWithReasons(r);
        return s.score + static_cast<double>(card.reasonWords(s, r).front().size());
    });
}

void training(const TrainingTable& t)
{
    const auto rows = allRows(t);
    const TrainingOptions options;
    std::printf("Training on %zu rows (%zu bad), %zu attributes:\n", t.rows.size(), t.badCount(),
                t.attributes.size());
    std::printf("  one fit (10 bins, L2 3)                 %8.1f ms\n", medianMs(9, [&] {
                    BinningOptions b;
                    (void)fitScorecard(t, rows, b, 3.0, Scaling{});
                }));
    std::printf("  inner search (%zu pairs x %d folds) + fit %8.1f ms\n",
                options.l2Candidates.size() * options.initialBinsCandidates.size(), options.innerFolds,
                medianMs(5, [&] { (void)trainScorecard(t, rows, options); }));
    std::printf("  5-fold cross-validation (nested)        %8.1f ms\n",
                medianMs(3, [&] { (void)crossValidate(t, 5, 1, options, kDefaultReviewRate); }));
}

// Plain logistic regression on one-hot columns (numeric attributes as they are, standardised on the training
// folds), a tiny penalty only so that rare codes cannot make it diverge; even-odds boundary.
void oneHotReference(const TrainingTable& t, int seeds)
{
    std::vector<std::vector<std::string>> codes(t.attributes.size());
    for (std::size_t j = 0; j < t.attributes.size(); ++j)
        if (t.attributes[j].kind == AttributeKind::Categorical) {
            for (const Record& r : t.rows)
                codes[j].push_back(r[j].category);
            std::sort(codes[j].begin(), codes[j].end());
            codes[j].erase(std::unique(codes[j].begin(), codes[j].end()), codes[j].end());
        }
    const auto encode = [&](const Record& r) {
        std::vector<double> x;
        for (std::size_t j = 0; j < r.size(); ++j) {
            if (t.attributes[j].kind == AttributeKind::Numeric)
                x.push_back(r[j].number);
            else
                for (std::size_t c = 1; c < codes[j].size(); ++c)
                    x.push_back(r[j].category == codes[j][c] ? 1 : 0);
        }
        return x;
    };
    double auc = 0, accuracy = 0;
    for (int seed = 1; seed <= seeds; ++seed) {
        for (const auto& held : stratifiedFolds(t.bad, 5, static_cast<std::uint64_t>(seed))) {
            std::vector<bool> test(t.rows.size(), false);
            for (const std::size_t i : held)
                test[i] = true;
            std::vector<std::vector<double>> train;
            std::vector<std::uint8_t> good;
            for (std::size_t i = 0; i < t.rows.size(); ++i)
                if (!test[i]) {
                    train.push_back(encode(t.rows[i]));
                    good.push_back(t.bad[i] ? 0 : 1);
                }
            const std::size_t p = train.front().size();
            std::vector<double> mean(p, 0), sd(p, 0);
            for (const auto& x : train)
                for (std::size_t k = 0; k < p; ++k)
                    mean[k] += x[k] / static_cast<double>(train.size());
            for (const auto& x : train)
                for (std::size_t k = 0; k < p; ++k)
                    sd[k] += (x[k] - mean[k]) * (x[k] - mean[k]) / static_cast<double>(train.size());
            const auto standardise = [&](std::vector<double> x) {
                for (std::size_t k = 0; k < p; ++k)
                    x[k] = (x[k] - mean[k]) / (std::sqrt(sd[k]) + 1e-12);
                return x;
            };
            std::vector<double> flat;
            for (const auto& x : train) {
                const auto s = standardise(x);
                flat.insert(flat.end(), s.begin(), s.end());
            }
            LogisticOptions o;
            o.l2 = 1;
            const auto fit = fitLogistic(flat, p, good, o);
            if (!fit) {
                std::printf("  one-hot reference: %s\n", fit.error().message.c_str());
                return;
            }
            std::vector<double> scores;
            std::vector<std::uint8_t> bad;
            for (const std::size_t i : held) {
                scores.push_back(fit->logit(standardise(encode(t.rows[i]))));
                bad.push_back(t.bad[i]);
            }
            auc += areaUnderCurve(scores, bad);
            accuracy += automaticDecisions(scores, bad, 0.0, kDefaultReviewRate).accuracy();
        }
    }
    const double runs = 5.0 * seeds;
    std::printf("Reference, same folds (5-fold, seeds 1-%d): one-hot logistic regression AUC %.3f, automatic "
                "accuracy %.3f at 18 %% review\n",
                seeds, auc / runs, accuracy / runs);
}

} // namespace

int main(int argc, char* argv[])
{
    std::size_t files = 1'000'000;
    std::string data = SAGGAR_SHARED_DATA_DIR "/german_credit/german.data";
    std::string mappingPath = SAGGAR_SOURCE_DIR "/resources/risk/german_credit.mapping";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--files") == 0)
            files = static_cast<std::size_t>(std::max(1L, std::atol(argv[i + 1])));
        else if (std::strcmp(argv[i], "--data") == 0)
            data = argv[i + 1];
        else if (std::strcmp(argv[i], "--mapping") == 0)
            mappingPath = argv[i + 1];
    }

    TrainingTable table;
    bool german = false;
    if (std::filesystem::exists(data)) {
        auto mapping = parseColumnMapping(readFile(mappingPath));
        auto read =
            mapping ? readTrainingTable(readFile(data), *mapping) : Result<TrainingTable>(mapping.error());
        if (!read) {
            std::printf("%s: %s\n", data.c_str(), read.error().message.c_str());
            return 2;
        }
        table = std::move(*read);
        german = true;
        std::printf("German Credit: %s\n", data.c_str());
    } else {
        std::printf("German Credit not found at %s: scoring synthetic files, no training figures.\n",
                    data.c_str());
        table = syntheticTable(5000);
    }

    auto trained = trainScorecard(table, allRows(table), TrainingOptions{});
    if (!trained) {
        std::printf("training failed: %s\n", trained.error().message.c_str());
        return 2;
    }
    scoring(trained->scorecard, table, files);
    if (german) {
        training(table);
        oneHotReference(table, 10);
    }
    return 0;
}
