// Valuation figures: valuing N assets in one pass (features, prediction, lender values) and training the
// price model on the demo's generated sales (tuned by inner cross-validation, and a single fit).
// Run: build/bench/bench_valuation [--assets N] [--sales N] [--threads N]
#include "core/valuation_assets.h"
#include "core/valuation_generator.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>

using namespace saggar::valuation;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::size_t option(int argc, char** argv, const char* name, std::size_t fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return static_cast<std::size_t>(std::strtoull(argv[i + 1], nullptr, 10));
    return fallback;
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t assets = option(argc, argv, "--assets", 10'000);
    const std::size_t sales = option(argc, argv, "--sales", 20'000);
    const int threads = static_cast<int>(option(argc, argv, "--threads", 1));
    const Library library = generateLibrary();
    const DemoSales history = generateDemoSales(library, sales, 1);
    auto table = assetTable(library, history.assets, history.pricesYuan);
    if (!table) {
        std::fprintf(stderr, "%s\n", table.error().message.c_str());
        return 1;
    }
    std::vector<std::size_t> rows(table->rows.size());
    std::iota(rows.begin(), rows.end(), std::size_t{0});

    TrainOptions single;
    single.threads = threads;
    single.grid = {defaultGrid().front()};
    auto start = std::chrono::steady_clock::now();
    auto quick = trainPriceModel(*table, rows, single);
    const double singleSeconds = secondsSince(start);
    TrainOptions tuned;
    tuned.threads = threads;
    start = std::chrono::steady_clock::now();
    auto model = trainPriceModel(*table, rows, tuned);
    const double tunedSeconds = secondsSince(start);
    if (!quick || !model) {
        std::fprintf(stderr, "training failed: %s\n", (!quick ? quick : model).error().message.c_str());
        return 1;
    }
    std::printf(
        "train on %zu sales, %d threads: single fit %.2f s; tuned (%zu candidates x %d inner folds + final) "
        "%.2f s (goal <= 60 s)\n",
        sales, threads, singleSeconds, defaultGrid().size(), tuned.innerFolds, tunedSeconds);

    const DemoSales fresh = generateDemoSales(library, assets, 2);
    const Valuer valuer(library, *model);
    start = std::chrono::steady_clock::now();
    auto valued = valuer.value(fresh.assets);
    const double valueSeconds = secondsSince(start);
    if (!valued) {
        std::fprintf(stderr, "%s\n", valued.error().message.c_str());
        return 1;
    }
    std::size_t inside = 0;
    for (std::size_t i = 0; i < valued->size(); ++i) {
        const double p = fresh.pricesYuan[i] * 100.0;
        const auto& m = (*valued)[i].values.market;
        inside += p >= static_cast<double>(m.low80.fen()) && p <= static_cast<double>(m.high80.fen());
    }
    std::printf(
        "value %zu assets (features, prediction, lender values): %.3f s (goal <= 1 s); 80 %% band held "
        "the generated price for %.1f %%\n",
        assets, valueSeconds, 100.0 * static_cast<double>(inside) / static_cast<double>(assets));
    return 0;
}
