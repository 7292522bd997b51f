#include "workspace_telemetry_importer.h"

#include "telemetry_asset_source.h"
#include "telemetry_import.h"
#include "workspace.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace saggar {
namespace {

TimestampMs systemNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::filesystem::path fromUtf8(const std::string& path)
{
    return std::filesystem::path(std::u8string(path.begin(), path.end()));
}

TelemetryImportOutcome failed(ImportFailure failure, std::string detail = {})
{
    TelemetryImportOutcome outcome;
    outcome.failure = failure;
    outcome.detail = std::move(detail);
    return outcome;
}

// The first line that is neither blank nor a comment, or nothing when there is none.
std::optional<std::string> firstContentLine(std::istream& in)
{
    std::string line;
    bool first = true;
    while (std::getline(in, line)) {
        std::string_view view = line;
        if (first && view.substr(0, 3) == "\xEF\xBB\xBF")
            view.remove_prefix(3);
        first = false;
        const auto start = view.find_first_not_of(" \t\r");
        if (start == std::string_view::npos || view[start] == '#')
            continue;
        while (!view.empty() && (view.back() == '\r' || view.back() == ' ' || view.back() == '\t'))
            view.remove_suffix(1);
        return std::string(view.substr(start));
    }
    return std::nullopt;
}

} // namespace

WorkspaceTelemetryImporter::WorkspaceTelemetryImporter(std::string workspaceDir,
                                                       std::function<TimestampMs()> now)
    : m_dir(std::move(workspaceDir)), m_now(now ? std::move(now) : std::function<TimestampMs()>(systemNowMs))
{}

TelemetryImportOutcome WorkspaceTelemetryImporter::importFile(const TelemetryImportRequest& request)
{
    const std::filesystem::path path = fromUtf8(request.path);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return failed(ImportFailure::CannotOpen, "no such file");
    if (std::filesystem::is_directory(path, ec))
        return failed(ImportFailure::CannotOpen, "it is a folder");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return failed(ImportFailure::CannotOpen, std::strerror(errno));
    const auto totalBytes = static_cast<std::int64_t>(std::filesystem::file_size(path, ec));

    // The file's shape first: a file that is empty or has someone else's header changes nothing.
    const auto first = firstContentLine(in);
    if (in.bad())
        return failed(ImportFailure::ReadFailed, std::strerror(errno));
    if (!first)
        return failed(ImportFailure::Empty);
    if (checkTelemetryCsvHeader(*first) != ImportFailure::None)
        return failed(ImportFailure::WrongHeader, first->substr(0, 120));
    const bool isHeader = first->size() >= 10 && (first->compare(0, 10, "asset_kind") == 0 ||
                                                  first->compare(0, 10, "ASSET_KIND") == 0);
    if (isHeader && !firstContentLine(in))
        return failed(ImportFailure::Empty); // a header and nothing else
    in.clear();
    in.seekg(0);

    auto mainDb = Database::open((std::filesystem::path(m_dir) / Workspace::kDatabaseFileName).string(),
                                 OpenMode::ExistingReadOnly);
    if (!mainDb)
        return failed(ImportFailure::StoreFailed, mainDb.error().message);
    auto assets = loadTelemetryAssets(*mainDb);
    if (!assets)
        return failed(ImportFailure::StoreFailed, assets.error().message);
    const AssetDirectory directory(std::move(*assets));
    auto store = TelemetryStore::openInWorkspace(m_dir, OpenMode::CreateReadWrite);
    if (!store)
        return failed(ImportFailure::StoreFailed, store.error().message);

    ImportOptions options;
    options.mode = request.mode;
    options.nowMs = m_now();
    options.totalBytes = ec ? 0 : totalBytes;
    options.progress = request.progress;
    options.progressEveryLines = m_progressEveryLines;
    options.cancel = request.cancel;
    auto report = importTelemetryCsv(**store, in, directory, options);
    if (!report)
        return failed(in.bad() ? ImportFailure::ReadFailed : ImportFailure::StoreFailed,
                      report.error().message);
    TelemetryImportOutcome outcome;
    outcome.report = std::move(*report);
    return outcome;
}

} // namespace saggar
