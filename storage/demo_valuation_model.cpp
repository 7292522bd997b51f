#include "demo_valuation_model.h"

#include "sqlite_valuation_store.h"

#include "core/valuation_assets.h"
#include "core/valuation_generator.h"
#include "core/valuation_model_io.h"

namespace saggar {

using namespace valuation;

Result<DemoValuationStats> addDemoValuation(Database& db, std::uint64_t seed, TimestampMs nowMs,
                                            std::size_t sales)
{
    const Library library = generateLibrary();
    const DemoSales history = generateDemoSales(library, sales, seed);
    auto table = assetTable(library, history.assets, history.pricesYuan);
    if (!table)
        return table.error();
    table->dataHash = "demo:" + library.version + ":" + std::to_string(sales) + ":" + std::to_string(seed);
    TrainOptions options;
    options.seed = seed;
    auto model = trainPriceModel(*table, shuffledRows(table->rows.size(), seed), options);
    if (!model)
        return model.error();

    // Measured on sales the model never saw: the error and the share inside each band, stated as found.
    const DemoSales fresh = generateDemoSales(library, sales, seed + 7919);
    auto freshTable = assetTable(library, fresh.assets, fresh.pricesYuan);
    if (!freshTable)
        return freshTable.error();
    auto estimates = model->estimate(*freshTable, shuffledRows(freshTable->rows.size(), 1));
    if (!estimates)
        return estimates.error();
    std::vector<double> actual;
    for (std::size_t r : shuffledRows(freshTable->rows.size(), 1))
        actual.push_back(freshTable->rows[r].target);
    model->measured = measure(*estimates, actual);
    model->libraryVersion = library.version;

    DemoValuationStats stats{library.version, modelVersion(*model), sales, model->measured};
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    SqliteValuationStore store(db);
    if (auto imported = store.importLibrary(writeLibrary(library), 0, nowMs); !imported)
        return imported.error();
    if (auto saved = store.saveModel(ModelRecord{stats.modelVersion, library.version, model->dataHash,
                                                 model->measured, "champion", nowMs, writePriceModel(*model)});
        !saved)
        return saved.error();
    if (auto done = tx->commit(); !done)
        return done.error();
    return stats;
}

} // namespace saggar
