// Importing a telemetry CSV file (format in telemetry_csv.h) as the workstation asks for it: the
// interface the import dialog talks to, and what an import reports. storage/ implements it over the
// workspace's telemetry.db (storage/workspace_telemetry_importer.h); `saggarctl telemetry import`
// calls storage/telemetry_import.h directly.
#pragma once

#include "telemetry_sample.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar {

enum class ImportMode {
    SkipBad,      // store the good lines, report the bad ones
    AllOrNothing, // store nothing if any line is bad
};

struct ImportProgress
{
    std::int64_t bytesRead = 0;
    std::int64_t totalBytes = 0; // 0 when unknown
    std::int64_t lines = 0;
};

struct ImportLineError
{
    int line = 0;
    RejectReason reason = RejectReason::Malformed;
    std::string message; // English: "speed 250 km/h is above 160"
};

struct ImportReport
{
    std::int64_t lines = 0;   // lines read, blank and comment lines included
    std::int64_t samples = 0; // good records
    std::int64_t inserted = 0;
    std::int64_t duplicates = 0;
    RejectCounts rejected;               // bad lines by reason
    std::vector<ImportLineError> errors; // the first maxErrorsListed bad lines, in file order
    bool committed = false;              // false: nothing was written (all-or-nothing refused, or cancelled)
    bool cancelled = false;
};

// Why a file was not imported at all (nothing was written). Bad lines are not failures: they are in
// the report.
enum class ImportFailure {
    None,
    Busy,        // another import is running
    CannotOpen,  // missing, a folder, or not readable
    Empty,       // no readings: nothing but blank lines, comments or a header
    WrongHeader, // the first line is a header, but not asset_kind,asset,channel,time,value[,device_seq]
    ReadFailed,  // the file could not be read to its end
    StoreFailed, // the workspace's stores could not be opened or written
};

struct TelemetryImportRequest
{
    std::string path; // UTF-8
    ImportMode mode = ImportMode::SkipBad;
    // Called on the importing thread every few thousand lines and at the end.
    std::function<void(const ImportProgress&)> progress;
    const std::atomic<bool>* cancel = nullptr; // set to stop; the import then writes nothing
};

struct TelemetryImportOutcome
{
    ImportFailure failure = ImportFailure::None;
    std::string detail;  // the header as found, or the file system's or the store's words (English)
    ImportReport report; // when failure is None

    bool ok() const { return failure == ImportFailure::None; }
    std::string message() const; // English, for logs
};

// Checks the first line of a file that holds something other than blank lines and comments. A line
// without a digit cannot be a reading, so it is taken as a header; it must then be ours. Returns the
// failure (None, or WrongHeader).
ImportFailure checkTelemetryCsvHeader(std::string_view firstContentLine);

class TelemetryImporter
{
public:
    virtual ~TelemetryImporter() = default;

    // One import at a time: the caller claims the importer before starting (false while another
    // import holds it) and releases it when that import has finished. Safe from any thread.
    bool claim() { return !m_busy.exchange(true); }
    void release() { m_busy.store(false); }
    bool busy() const { return m_busy.load(); }

    // Reads the file and stores its readings in one transaction; blocks, so the workstation runs it
    // on a worker thread. A failure, a cancellation or an all-or-nothing refusal writes nothing.
    virtual TelemetryImportOutcome importFile(const TelemetryImportRequest& request) = 0;

private:
    std::atomic<bool> m_busy{false};
};

} // namespace saggar
