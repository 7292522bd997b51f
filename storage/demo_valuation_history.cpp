#include "demo_valuation_history.h"

#include "file_ltv_data.h"
#include "repository_support.h"
#include "sqlite_loan_file_store.h"
#include "sqlite_valuation_store.h"

#include "core/valuation_appraisal.h"
#include "core/valuation_model_io.h"

#include <algorithm>
#include <cmath>

namespace saggar {

using namespace valuation;

namespace {

constexpr TimestampMs kMonthMs = 2'629'800'000; // 30.4375 days

// The market index `monthsAgo` months before now: flat, a dip to its low about five months ago, half
// recovered since. The depth (6-14 %) comes from the seed.
double marketIndex(std::uint64_t seed, int monthsAgo)
{
    const double depth = 0.06 + 0.08 * static_cast<double>((seed * 2654435761ULL >> 7) % 1000) / 1000.0;
    const double x = static_cast<double>(monthsAgo);
    if (x >= 9)
        return 1.0;
    if (x >= 5)
        return 1.0 - depth * (9 - x) / 4;
    return 1.0 - depth * (0.5 + 0.5 * x / 5);
}

struct Pledged
{
    std::string kind;
    Id id = 0;
    int year = 0;
    Cluster cluster = Cluster::Foshan;
    const EquipmentType* type = nullptr;
};

} // namespace

Result<DemoValuationHistoryStats> addDemoValuationHistory(Database& db, std::uint64_t seed, TimestampMs nowMs,
                                                          int months)
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
    auto model = readPriceModel(stored->body);
    if (!model)
        return model.error();

    auto fileIds =
        readMany<Id>(db, "SELECT id FROM loan_files WHERE state IN ('disbursed', 'monitoring') ORDER BY id",
                     0, [](const Statement& s) { return s.columnInt64(0); });
    if (!fileIds)
        return fileIds.error();
    SqliteLoanFileStore files(db);
    std::vector<Pledged> assets;
    for (const Id id : *fileIds) {
        auto detail = files.loadFile(id);
        if (!detail)
            return detail.error();
        for (const Truck& t : detail->trucks)
            assets.push_back(
                {"truck", t.id, t.year, detail->enterprise.cluster, matchTruckType(*library, t)});
        for (const Kiln& k : detail->kilns)
            assets.push_back(
                {"kiln", k.id, k.yearInstalled, detail->enterprise.cluster, matchKilnType(*library, k)});
    }
    std::erase_if(assets, [](const Pledged& p) { return p.type == nullptr; });

    DemoValuationHistoryStats stats{static_cast<int>(assets.size()), 0, months + 1};
    const Valuer valuer(*library, *model);
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    for (int ago = months; ago >= 0; --ago) {
        const TimestampMs at = nowMs - ago * kMonthMs;
        std::vector<AssetCase> cases;
        std::vector<Indicators> indicators;
        for (const Pledged& p : assets) {
            IndicatorInputs in;
            in.type = p.type;
            in.yearBuilt = p.year;
            in.asOfMs = at;
            in.cluster = p.cluster;
            indicators.push_back(computeIndicators(in));
            AssetCase c;
            c.assetKey = p.kind + ":" + std::to_string(p.id);
            c.typeCode = p.type->code;
            c.cluster = p.cluster;
            c.indicators = indicatorValues(indicators.back());
            c.marketIndex = marketIndex(seed, ago);
            cases.push_back(std::move(c));
        }
        auto valued = valuer.value(cases);
        if (!valued)
            return valued.error();
        for (std::size_t i = 0; i < assets.size(); ++i) {
            ValuationRecord r;
            r.assetKind = assets[i].kind;
            r.assetId = assets[i].id;
            r.atMs = at;
            r.libraryVersion = library->version;
            r.modelVersion = (*valued)[i].modelVersion;
            r.inputs = cases[i];
            r.indicators = indicators[i];
            r.values = (*valued)[i].values;
            r.reason = "monthly revaluation (demo history)";
            if (auto saved = store.saveValuation(r); !saved)
                return saved.error();
            ++stats.valuations;
        }
    }
    // The usual covenant, LTV at most 80 % of fair market value, on each monitored file whose LTV on the
    // model's first valuation was within it (a bank would not have lent above it): the market's dip, the
    // year's depreciation and each file's repayments then decide which cross it.
    for (const Id id : *fileIds) {
        auto data = readFileLtvData(db, id);
        if (!data)
            return data.error();
        const auto history = ltvHistory(*data, LtvBasis::FairMarket, nowMs);
        constexpr double limit = 80.0;
        if (history.empty() || !(100.0 * history.front().point.ltv <= limit))
            continue;
        auto added = insertRow(
            db,
            "INSERT INTO covenants (loan_file_id, kind, metric, description, threshold, status, note, "
            "updated_at_ms) VALUES (?1, 'covenant', 'loan_to_value_pct', ?2, ?3, 'met', '', ?4)",
            [&](Statement& st) {
                return st.bindAll(id, "抵押率不高于押品公允市场价值的 80 %",
                                  limit, history.front().point.atMs);
            },
            "The demo's LTV covenant was not saved");
        if (!added)
            return added.error();
        ++stats.covenants;
        stats.breached += currentLtv(*data, nowMs) && currentLtv(*data, nowMs)->ltvPct > limit ? 1 : 0;
    }
    if (auto done = tx->commit(); !done)
        return done.error();
    return stats;
}

} // namespace saggar
