// saggarctl valuation sales: realised sale prices (import from CSV, list) and the champion/challenger
// comparison on them.
#include "commands.h"

#include "core/valuation_comparison.h"
#include "storage/sqlite_sales_store.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/workspace.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <ostream>
#include <sstream>

namespace saggar::ctl {
namespace {

using namespace saggar::valuation;

constexpr int kRefused = 1;
constexpr int kUsageError = 2;

std::unique_ptr<Workspace> open(const Arguments& args, std::ostream& err)
{
    auto ws = Workspace::open(args.option("workspace").value_or(defaultWorkspace()), false);
    if (!ws) {
        err << ws.error().message << '\n';
        return nullptr;
    }
    return std::move(*ws);
}

std::string percent(double share)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %%", 100.0 * share);
    return buf;
}

int importSales(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const auto path = args.option("csv");
    if (!path) {
        err << "valuation sales import needs --csv FILE\n";
        return kUsageError;
    }
    std::ifstream in(*path, std::ios::binary);
    if (!in) {
        err << "Could not open '" << *path << "'.\n";
        return kUsageError;
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto sales = parseSalesCsv(text.str());
    if (!sales) {
        err << *path << ": " << sales.error().message << "; nothing was imported.\n";
        return kRefused;
    }
    auto ws = open(args, err);
    if (!ws)
        return kUsageError;
    const TimestampMs now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::system_clock::now().time_since_epoch())
                                .count();
    auto ids = SqliteSalesStore(ws->db()).importSales(*sales, 0, now);
    if (!ids) {
        err << *path << ": " << ids.error().message << "; nothing was imported.\n";
        return kRefused;
    }
    std::size_t outside = 0;
    for (const RealisedSale& s : *sales)
        outside += s.outside();
    out << "imported " << ids->size() << " realised sales (" << ids->size() - outside
        << " of pledged assets, " << outside << " outside comparables)\n";
    return 0;
}

int listSales(const Arguments& args, std::ostream& out, std::ostream& err)
{
    auto ws = open(args, err);
    if (!ws)
        return kUsageError;
    auto sales = SqliteSalesStore(ws->db()).sales();
    if (!sales) {
        err << sales.error().message << '\n';
        return kUsageError;
    }
    out << writeSalesCsv(*sales);
    return 0;
}

int compareModels(const Arguments& args, std::ostream& out, std::ostream& err)
{
    auto ws = open(args, err);
    if (!ws)
        return kUsageError;
    SqliteSalesStore sales(ws->db());
    auto models = SqliteValuationStore(ws->db()).models();
    auto all = sales.sales();
    auto valuations = sales.modelValuations();
    for (const auto* e : {models ? nullptr : &models.error(), all ? nullptr : &all.error(),
                          valuations ? nullptr : &valuations.error()})
        if (e) {
            err << e->message << '\n';
            return kUsageError;
        }
    std::vector<std::string> versions;
    for (const ModelRecord& m : *models)
        versions.push_back(m.version);
    const auto rows = compareOnSales(versions, *valuations, *all);
    out << "model\trole\tsales\tmedian error\twithin 10 %\twithin 20 %\tin 80 % band\tin 90 % band\tbias\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const SalesComparison& r = rows[i];
        char bias[32];
        std::snprintf(bias, sizeof bias, "%+.1f %%", r.biasPct);
        out << r.modelVersion << '\t' << (*models)[i].role << '\t' << r.n << '\t'
            << percent(r.medianAbsPctError / 100.0) << '\t' << percent(r.within10) << '\t'
            << percent(r.within20) << '\t' << percent(r.inside80) << '\t' << percent(r.inside90) << '\t'
            << bias << '\n';
    }
    return 0;
}

} // namespace

int sales(const Arguments& args, std::ostream& out, std::ostream& err)
{
    const auto& w = args.words;
    if (w.size() == 3 && w[2] == "import")
        return importSales(args, out, err);
    if (w.size() == 3 && w[2] == "list")
        return listSales(args, out, err);
    if (w.size() == 3 && w[2] == "compare")
        return compareModels(args, out, err);
    err << "usage: saggarctl valuation sales import --csv FILE [--workspace DIR]\n"
           "       saggarctl valuation sales list [--workspace DIR]\n"
           "       saggarctl valuation sales compare [--workspace DIR]\n";
    return kUsageError;
}

} // namespace saggar::ctl
