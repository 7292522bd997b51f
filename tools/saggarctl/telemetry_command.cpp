// saggarctl telemetry import FILE.csv: readings exported by other platforms into the workspace's
// telemetry store, in one transaction (format in core/telemetry_csv.h).
#include "commands.h"

#include "storage/telemetry_asset_source.h"
#include "storage/telemetry_import.h"
#include "storage/workspace.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <ostream>

namespace saggar::ctl {
namespace {

// Progress is worth printing only when the import takes a moment.
constexpr std::int64_t kProgressAboveBytes = 4 * 1024 * 1024;

TimestampMs wallClockMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

int telemetryImport(const Arguments& args, std::ostream& out, std::ostream& err)
{
    if (args.words.size() != 3 || (args.has("skip-bad") && args.has("all-or-nothing"))) {
        err << "usage: saggarctl telemetry import FILE.csv [--workspace DIR] [--skip-bad | "
               "--all-or-nothing]\n";
        return 2;
    }
    const std::string file = args.words[2];
    const std::string dir = args.option("workspace").value_or(defaultWorkspace());
    const ImportMode mode = args.has("all-or-nothing") ? ImportMode::AllOrNothing : ImportMode::SkipBad;

    std::ifstream in(file, std::ios::binary);
    if (!in) {
        err << "Could not open '" << file << "'. Check the path and that you may read it.\n";
        return 2;
    }
    // The assets come from the loan-file database, read-only; the readings go to telemetry.db.
    auto mainDb = Database::open((std::filesystem::path(dir) / Workspace::kDatabaseFileName).string(),
                                 OpenMode::ExistingReadOnly);
    if (!mainDb) {
        err << mainDb.error().message << '\n';
        return 2;
    }
    auto assets = loadTelemetryAssets(*mainDb);
    if (!assets) {
        err << assets.error().message << '\n';
        return 2;
    }
    const AssetDirectory directory(std::move(*assets));
    auto store = TelemetryStore::openInWorkspace(dir, OpenMode::CreateReadWrite);
    if (!store) {
        err << store.error().message << '\n';
        return 2;
    }

    ImportOptions options;
    options.mode = mode;
    options.nowMs = wallClockMs();
    std::error_code ec;
    options.totalBytes = static_cast<std::int64_t>(std::filesystem::file_size(file, ec));
    if (ec)
        options.totalBytes = 0;
    if (options.totalBytes > kProgressAboveBytes)
        options.progress = [&err](const ImportProgress& p) {
            err << "  " << p.lines << " lines";
            if (p.totalBytes > 0)
                err << " (" << std::min<std::int64_t>(100, p.bytesRead * 100 / p.totalBytes) << " %)";
            err << '\n';
        };

    auto report = importTelemetryCsv(**store, in, directory, options);
    if (!report) {
        err << report.error().message << "\nNothing was imported.\n";
        return 2;
    }
    for (const ImportLineError& e : report->errors)
        out << file << ":" << e.line << ": " << key(e.reason) << ": " << e.message << '\n';
    const std::int64_t bad = report->rejected.total();
    if (bad > static_cast<std::int64_t>(report->errors.size()))
        out << "… and " << bad - static_cast<std::int64_t>(report->errors.size()) << " more bad lines\n";
    if (!report->committed) {
        out << "Nothing was imported: " << bad << " of " << report->lines << " lines are bad ("
            << report->rejected.summary() << ") and --all-or-nothing was given.\n";
        return 1;
    }
    out << "Imported " << report->samples << " readings from " << file << " (" << report->lines
        << " lines): " << report->inserted << " new, " << report->duplicates << " already stored";
    if (bad > 0)
        out << "; skipped " << bad << " bad lines (" << report->rejected.summary() << ")";
    out << ".\n";
    return bad > 0 ? 1 : 0;
}

} // namespace saggar::ctl
