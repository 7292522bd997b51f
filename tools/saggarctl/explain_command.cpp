// saggarctl valuation explain KIND:ID [VALUATION] [--workspace DIR]: why a stored valuation came out as it
// did, recomputed from its recorded inputs and the library and model versions it names.
#include "commands.h"

#include "core/telemetry_assets.h"
#include "core/valuation_explain.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/workspace.h"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace saggar::ctl {

int explainValuationCommand(const Arguments& args, std::ostream& out, std::ostream& err)
{
    constexpr const char* kUsage =
        "usage: saggarctl valuation explain truck:ID|kiln:ID [VALUATION-ID] [--workspace DIR]\n";
    const auto& w = args.words;
    const auto asset = w.size() >= 3 ? parseAssetRef(w[2]) : std::nullopt;
    const auto wanted = w.size() == 4 ? parseCount(w[3]) : std::nullopt;
    if (!asset || w.size() > 4 || (w.size() == 4 && !wanted)) {
        err << kUsage;
        return 2;
    }
    auto ws = Workspace::open(args.option("workspace").value_or(defaultWorkspace()), false);
    if (!ws) {
        err << ws.error().message << '\n';
        return 2;
    }
    SqliteValuationStore store((*ws)->db());
    const std::string kind = asset->kind == AssetKind::Truck ? "truck" : "kiln";
    auto records = store.valuationsOf(kind, asset->id);
    if (!records) {
        err << records.error().message << '\n';
        return 1;
    }
    const valuation::ValuationRecord* record = nullptr;
    for (const valuation::ValuationRecord& r : *records)
        if (!wanted || r.id == *wanted)
            record = &r; // oldest first: the last one is the latest
    if (!record) {
        err << "No stored valuation " << (wanted ? "#" + std::to_string(*wanted) + " " : std::string())
            << "of " << w[2] << ".\n";
        return 1;
    }
    auto e = valuation::explainValuation(store, *record);
    if (!e) {
        err << "Valuation #" << record->id << " cannot be explained: " << e.error().message << '\n';
        return 1;
    }
    char line[256];
    std::snprintf(line, sizeof line, "valuation #%lld of %s: type %s, library %s, model %s\n",
                  static_cast<long long>(record->id), w[2].c_str(), e->typeCode.c_str(),
                  e->libraryVersion.c_str(), e->modelVersion.c_str());
    out << line;
    std::snprintf(line, sizeof line,
                  "baseline: %.1f %% of the new price %.0f yuan = %.0f yuan (the model's average over its "
                  "training sales)\n",
                  100.0 * std::exp(e->baselineLog), e->newPriceYuan, e->baselineYuan);
    out << line;
    for (const valuation::Reason& r : e->reasons)
        out << "  " << r.detail << '\n';
    std::snprintf(line, sizeof line,
                  "fair market value: %.0f yuan (%+.1f %% against the baseline; stored %.2f)\n", e->valueYuan,
                  100.0 * std::expm1(e->predictionLog - e->baselineLog),
                  static_cast<double>(record->values.market.fairMarket.fen()) / 100.0);
    out << line;
    return 0;
}

} // namespace saggar::ctl
