// Importing a telemetry CSV file (format in core/telemetry_csv.h) into the store in one
// transaction: either every good line is stored and the bad ones are reported by line number, or —
// when the user asks for all or nothing — nothing is stored if any line is bad. A failure or a
// cancellation part way leaves the store as it was. Runs on the caller's thread; the workstation
// runs it on a worker and passes a cancel flag and a progress callback.
#pragma once

#include "telemetry_ingest.h"

#include "core/telemetry_importer.h" // ImportMode, ImportProgress, ImportReport

#include <atomic>
#include <functional>
#include <iosfwd>

namespace saggar {

struct ImportOptions
{
    ImportMode mode = ImportMode::SkipBad;
    TimestampMs nowMs = 0;       // the receiver's clock, for the future-time check
    std::int64_t totalBytes = 0; // for progress; 0 when unknown
    std::function<void(const ImportProgress&)>
        progress; // called every progressEveryLines lines and at the end
    std::int64_t progressEveryLines = 100'000;
    const std::atomic<bool>* cancel = nullptr; // set to stop; the import then writes nothing
    std::size_t maxErrorsListed = 1000;        // further bad lines are counted, not listed
};

// Errors are for failures of the store or the stream (nothing written); bad lines are in the report.
[[nodiscard]] Result<ImportReport> importTelemetryCsv(TelemetryStore& store, std::istream& in,
                                                      const AssetDirectory& assets,
                                                      const ImportOptions& options);

} // namespace saggar
