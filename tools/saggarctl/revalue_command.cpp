// saggarctl valuation revalue: values again the collateral of monitored files whose latest valuation is
// out of date (revaluation_job.h) and prints each one with why.
#include "commands.h"

#include "core/clock.h"
#include "core/telemetry_time.h"
#include "storage/sqlite_revaluation_inputs.h"
#include "storage/workspace.h"

#include <chrono>
#include <iomanip>
#include <ostream>

namespace saggar::ctl {

int revalue(const Arguments& args, std::ostream& out, std::ostream& err)
{
    TimestampMs nowMs = SystemClock().nowMs();
    if (auto text = args.option("now")) {
        const auto parsed = parseTelemetryTime(*text);
        if (!parsed) {
            err << "--now: '" << *text << "' is not a time (ISO-8601 with a zone, or epoch ms).\n";
            return 2;
        }
        nowMs = *parsed;
    }
    Id openFile = 0;
    if (auto text = args.option("file")) {
        try {
            openFile = std::stoll(*text);
        } catch (...) {
            openFile = 0;
        }
        if (openFile <= 0) {
            err << "--file: '" << *text << "' is not a loan file id.\n";
            return 2;
        }
    }
    auto workspace = Workspace::open(args.option("workspace").value_or(defaultWorkspace()), false);
    if (!workspace) {
        err << workspace.error().message << '\n';
        return 2;
    }
    const auto started = std::chrono::steady_clock::now();
    auto run = revalueWorkspaceCollateral((*workspace)->db(), (*workspace)->directory(), openFile, nowMs);
    if (!run) {
        err << run.error().message << '\n';
        return 1;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!run->unavailable.empty()) {
        err << "Nothing revalued: " << run->unavailable << ".\n";
        return 1;
    }
    for (const valuation::RevaluedAsset& r : run->revalued)
        out << "file " << r.loanFileId << '\t' << assetRefText(r.asset) << '\t' << r.label << "\tvaluation "
            << r.valuationId << "\tfair " << r.fairMarket.fen() / 100 << " yuan\t" << r.reason << '\n';
    for (const std::string& s : run->skipped)
        out << "not valued: " << s << '\n';
    out << "revalued " << run->revalued.size() << " of " << run->assetsChecked << " assets on "
        << run->filesChecked << " files in " << std::fixed << std::setprecision(2) << seconds << " s";
    if (run->deferred > 0)
        out << "; " << run->deferred << " left for the next run";
    out << '\n';
    return 0;
}

} // namespace saggar::ctl
