#include "telemetry_import.h"

#include "core/telemetry_csv.h"

#include <istream>

namespace saggar {

Result<ImportReport> importTelemetryCsv(TelemetryStore& store, std::istream& in, const AssetDirectory& assets,
                                        const ImportOptions& options)
{
    ImportReport report;
    // One transaction for the whole file: the ingest's flushes write inside it, and any failure or a
    // refusal rolls all of it back.
    auto tx = Transaction::begin(store.db());
    if (!tx)
        return tx.error();
    TelemetryIngest ingest(store);
    if (auto r = ingest.loadCounters(); !r)
        return r.error();
    TelemetryCsvReader reader(assets);
    ImportProgress progress{0, options.totalBytes, 0};
    const auto listError = [&](int line, const Rejection& rejection) {
        report.rejected.add(rejection.reason);
        if (report.errors.size() < options.maxErrorsListed)
            report.errors.push_back({line, rejection.reason, rejection.message});
    };
    std::string line;
    while (std::getline(in, line)) {
        progress.bytesRead += static_cast<std::int64_t>(line.size()) + 1;
        const CsvLine parsed = reader.parseLine(line);
        ++report.lines;
        // A line that names no asset or channel is the file's fault, not a device's: it is reported
        // here but not tallied against any asset.
        if (parsed.kind == CsvLine::Kind::Rejected) {
            listError(parsed.lineNumber, parsed.rejection);
        } else if (parsed.kind == CsvLine::Kind::Sample) {
            if (auto rejection = ingest.add(parsed.sample, options.nowMs))
                listError(parsed.lineNumber, *rejection);
            else
                ++report.samples;
        }
        // With all-or-nothing a bad line settles the outcome; reading on still lists every bad line.
        if (ingest.full() && !(options.mode == ImportMode::AllOrNothing && report.rejected.total() > 0)) {
            if (auto r = ingest.flush(); !r)
                return withContext("Could not import line " + std::to_string(report.lines), r.error());
        }
        if (report.lines % std::max<std::int64_t>(1, options.progressEveryLines) == 0) {
            progress.lines = report.lines;
            if (options.progress)
                options.progress(progress);
            if (options.cancel && options.cancel->load()) {
                report.cancelled = true;
                break;
            }
        }
    }
    if (in.bad())
        return makeError("Could not read the file after line " + std::to_string(report.lines) +
                             "; nothing was imported.",
                         ErrorCode::DatabaseIo);
    progress.lines = report.lines;
    if (options.progress)
        options.progress(progress);
    if (options.cancel && options.cancel->load())
        report.cancelled = true;
    const bool refused = options.mode == ImportMode::AllOrNothing && report.rejected.total() > 0;
    if (report.cancelled || refused) {
        ingest.discard();
        return report; // the transaction rolls back
    }
    if (auto r = ingest.flush(); !r)
        return withContext("Could not import the file", r.error());
    if (auto r = tx->commit(); !r)
        return r.error();
    report.inserted = ingest.stats().inserted;
    report.duplicates = ingest.stats().duplicates;
    report.committed = true;
    return report;
}

} // namespace saggar
