#include "demo_realised_sales.h"

#include "repository_support.h"
#include "sqlite_loan_file_store.h"
#include "sqlite_sales_store.h"
#include "sqlite_valuation_store.h"

#include "core/telemetry_time.h"
#include "core/valuation_appraisal.h"
#include "core/valuation_model_io.h"
#include "core/valuation_sales_store.h"

#include <cmath>
#include <cstdio>
#include <random>
#include <set>

namespace saggar {

using namespace valuation;

namespace {

constexpr TimestampMs kDayMs = 86'400'000;
constexpr std::uint64_t kChallengerSalt = 0x5a66'a7c4'a11e'9e75ULL;

struct Sold
{
    std::string kind;
    Id id = 0;
    int year = 0;
    Cluster cluster = Cluster::Foshan;
    const EquipmentType* type = nullptr;
    bool defaulted = false; // a defaulted or disposed file's asset goes to the judicial auction
};

std::string dateOf(TimestampMs ms)
{
    // The day in China Standard Time.
    const CivilDate d = civilFromDays(floorDiv(ms + 8 * 3'600'000, kDayMs));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

// The library's curve (declining balance down to the floor), as the demo history's generator prices.
double curve(const EquipmentType& type, double age)
{
    const double floor = type.param(Param::ResidualFloor);
    if (age >= type.param(Param::EconomicLifeYears))
        return floor;
    return std::max(floor, std::pow(1.0 - type.param(Param::DepreciationRate), age));
}

Result<PriceModel> trainChallenger(const Library& library, std::uint64_t seed)
{
    const std::size_t count = 2'500;
    const DemoSales history = generateDemoSales(library, count, seed ^ kChallengerSalt);
    auto table = assetTable(library, history.assets, history.pricesYuan);
    if (!table)
        return table.error();
    table->dataHash = "demo-challenger:" + library.version + ":" + std::to_string(count) + ":" +
                      std::to_string(seed ^ kChallengerSalt);
    TrainOptions options;
    options.seed = seed + 1;
    BoosterParams one; // a single candidate: deeper, slower learning than the champion's search tends to pick
    one.maxDepth = 6;
    one.eta = 0.05;
    one.rounds = 300;
    one.minChildWeight = 5;
    options.grid = {one};
    auto model = trainPriceModel(*table, shuffledRows(table->rows.size(), seed + 1), options);
    if (!model)
        return model.error();
    const DemoSales fresh = generateDemoSales(library, 2'000, seed + 7919); // the champion's yardstick
    auto freshTable = assetTable(library, fresh.assets, fresh.pricesYuan);
    if (!freshTable)
        return freshTable.error();
    const auto rows = shuffledRows(freshTable->rows.size(), 1);
    auto estimates = model->estimate(*freshTable, rows);
    if (!estimates)
        return estimates.error();
    std::vector<double> actual;
    for (std::size_t r : rows)
        actual.push_back(freshTable->rows[r].target);
    model->measured = measure(*estimates, actual);
    model->libraryVersion = library.version;
    return std::move(*model);
}

} // namespace

Result<DemoRealisedSalesStats> addDemoRealisedSales(Database& db, std::uint64_t seed, TimestampMs nowMs,
                                                    int outside)
{
    SqliteValuationStore store(db);
    auto library = store.library();
    if (!library)
        return library.error();
    auto models = store.models();
    if (!models)
        return models.error();
    std::string championVersion;
    for (const ModelRecord& m : *models)
        if (m.role == "champion")
            championVersion = m.version;
    auto stored = store.model(championVersion);
    if (!stored)
        return stored.error();
    auto champion = readPriceModel(stored->body);
    if (!champion)
        return champion.error();
    auto challenger = trainChallenger(*library, seed);
    if (!challenger)
        return challenger.error();

    DemoRealisedSalesStats stats;
    stats.challengerVersion = modelVersion(*challenger);

    // The sold assets: everything pledged to files that are repaid, closed, defaulted or in disposal.
    auto files =
        readMany<std::pair<Id, std::string>>(db,
                                             "SELECT id, state FROM loan_files WHERE state IN ('repaid', "
                                             "'closed', 'default', 'disposal') ORDER BY id",
                                             0, [](const Statement& s) {
                                                 return std::pair{s.columnInt64(0), s.columnText(1)};
                                             });
    if (!files)
        return files.error();
    SqliteLoanFileStore fileStore(db);
    std::vector<Sold> sold;
    for (const auto& [id, state] : *files) {
        auto detail = fileStore.loadFile(id);
        if (!detail)
            return detail.error();
        const bool defaulted = state == "default" || state == "disposal";
        for (const Truck& t : detail->trucks)
            sold.push_back(
                {"truck", t.id, t.year, detail->enterprise.cluster, matchTruckType(*library, t), defaulted});
        for (const Kiln& k : detail->kilns)
            sold.push_back({"kiln", k.id, k.yearInstalled, detail->enterprise.cluster,
                            matchKilnType(*library, k), defaulted});
    }
    std::erase_if(sold, [](const Sold& s) { return s.type == nullptr; });

    std::mt19937_64 rng(seed ^ 0x7ea1'15ed'5a1e'5ULL);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> normal(0.0, 1.0);
    const Valuer valuer(*library, *champion, &*challenger, kChallengerShare);

    std::vector<RealisedSale> sales;
    std::vector<ValuationRecord> valuations;
    std::vector<AssetCase> allCases; // valued in one pass below: a call per asset took 30 s
    for (const Sold& s : sold) {
        // Sold 10 to 330 days ago; valued monthly over the five months before (those within the year).
        const TimestampMs saleMs = nowMs - static_cast<TimestampMs>((10 + 320 * unit(rng)) * kDayMs);
        const double age = std::max(0.2, static_cast<double>(saleMs - daysFromCivil(s.year, 7, 1) * kDayMs) /
                                             (365.25 * kDayMs));
        std::vector<AssetCase> cases;
        std::vector<Indicators> indicators;
        std::vector<TimestampMs> times;
        for (int k = 5; k >= 1; --k) {
            const TimestampMs at =
                saleMs - k * 30 * kDayMs - static_cast<TimestampMs>(unit(rng) * 5 * kDayMs);
            if (at < nowMs - 365 * kDayMs)
                continue;
            IndicatorInputs in;
            in.type = s.type;
            in.yearBuilt = s.year;
            in.asOfMs = at;
            in.cluster = s.cluster;
            indicators.push_back(computeIndicators(in));
            AssetCase c;
            c.assetKey = s.kind + ":" + std::to_string(s.id);
            c.typeCode = s.type->code;
            c.cluster = s.cluster;
            c.indicators = indicatorValues(indicators.back());
            cases.push_back(std::move(c));
            times.push_back(at);
        }
        for (std::size_t i = 0; i < cases.size(); ++i) {
            ValuationRecord r;
            r.assetKind = s.kind;
            r.assetId = s.id;
            r.atMs = times[i];
            r.libraryVersion = library->version;
            r.inputs = cases[i];
            r.indicators = indicators[i];
            r.reason = "monthly revaluation (demo history)";
            valuations.push_back(std::move(r));
            allCases.push_back(std::move(cases[i]));
        }
        // What it fetched: the library's curve, place and a lognormal spread (how it was used and kept),
        // less at a judicial auction.
        const double channelDraw = unit(rng);
        const SaleChannel channel = s.defaulted         ? SaleChannel::JudicialAuction
                                    : channelDraw < 0.6 ? SaleChannel::Negotiated
                                                        : SaleChannel::Dealer;
        const double channelFactor = channel == SaleChannel::JudicialAuction ? 0.82
                                     : channel == SaleChannel::Dealer        ? 0.97
                                                                             : 1.0;
        const double price = s.type->newPriceMidYuan() * curve(*s.type, age) *
                             library->regionalFactor(s.type->category, s.cluster) * channelFactor *
                             std::exp(0.14 * normal(rng));
        RealisedSale sale;
        sale.assetKind = s.kind;
        sale.assetId = s.id;
        sale.typeCode = s.type->code;
        sale.saleDate = dateOf(saleMs);
        sale.price =
            Money::fromYuan(static_cast<std::int64_t>(std::llround(std::max(price, 1000.0) / 100.0) * 100));
        sale.channel = channel;
        sale.cluster = s.cluster;
        sale.ageYears = std::round(age * 10.0) / 10.0;
        sale.source = channel == SaleChannel::JudicialAuction
                          ? "demo: judicial auction of the pledge (generated)"
                          : "demo: sale by the owner after repayment (generated)";
        sales.push_back(std::move(sale));
    }
    stats.soldAssets = static_cast<int>(sales.size());
    auto valued = valuer.value(allCases);
    if (!valued)
        return valued.error();
    std::set<std::string> onChallenger;
    for (std::size_t i = 0; i < valuations.size(); ++i) {
        valuations[i].modelVersion = (*valued)[i].modelVersion;
        valuations[i].role = (*valued)[i].role;
        valuations[i].values = (*valued)[i].values;
        if ((*valued)[i].role == ModelRole::Challenger)
            onChallenger.insert(allCases[i].assetKey);
    }
    stats.challengerAssets = static_cast<int>(onChallenger.size());

    // Outside comparables: the demo history's generator, sold over the past two years.
    const DemoSales comparables =
        generateDemoSales(*library, static_cast<std::size_t>(std::max(0, outside)), seed ^ 0xc0'a4a7'ab1eULL);
    for (std::size_t i = 0; i < comparables.assets.size(); ++i) {
        const AssetCase& a = comparables.assets[i];
        RealisedSale sale;
        sale.typeCode = a.typeCode;
        sale.saleDate = dateOf(nowMs - static_cast<TimestampMs>((5 + 725 * unit(rng)) * kDayMs));
        sale.price =
            Money::fromYuan(static_cast<std::int64_t>(std::llround(comparables.pricesYuan[i] / 100.0) * 100));
        const double draw = unit(rng);
        sale.channel = draw < 0.15  ? SaleChannel::JudicialAuction
                       : draw < 0.6 ? SaleChannel::Negotiated
                                    : SaleChannel::Dealer;
        sale.cluster = a.cluster;
        sale.ageYears = std::round(a.indicators[0] * 10.0) / 10.0;
        if (!std::isnan(a.indicators[1]))
            sale.usage = std::round(a.indicators[1]);
        sale.source = "demo: generated comparable (not market data)";
        sales.push_back(std::move(sale));
    }
    stats.outsideSales = static_cast<int>(comparables.assets.size());

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto saved = store.saveModel(ModelRecord{stats.challengerVersion, library->version,
                                                 challenger->dataHash, challenger->measured, "challenger",
                                                 nowMs, writePriceModel(*challenger)});
        !saved)
        return saved.error();
    for (const ValuationRecord& r : valuations) {
        if (auto saved = store.saveValuation(r); !saved)
            return saved.error();
        ++stats.valuations;
    }
    if (auto imported = SqliteSalesStore(db).importSales(sales, 0, nowMs); !imported)
        return imported.error();
    if (auto done = tx->commit(); !done)
        return done.error();
    return stats;
}

} // namespace saggar
