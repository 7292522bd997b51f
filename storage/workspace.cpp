#include "workspace.h"

#include "schema.h"

#include <filesystem>

namespace saggar {

Workspace::Workspace(std::string dir, std::string databasePath, Database db)
    : m_dir(std::move(dir)), m_databasePath(std::move(databasePath)), m_db(std::move(db))
{}

std::string Workspace::attachmentsDirectory() const
{
    return (std::filesystem::path(m_dir) / kAttachmentsFolderName).string();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const std::string& dir, bool createIfMissing)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(dir, ec)) {
        if (!createIfMissing)
            return makeError("The workspace folder '" + dir +
                                 "' does not exist. Choose another folder or create a new workspace.",
                             ErrorCode::DatabaseMissing);
        if (!fs::create_directories(dir, ec) && ec)
            return makeError("Could not create the workspace folder '" + dir + "' (" + ec.message() +
                                 "). Check that you may write there.",
                             ErrorCode::DatabaseIo);
    } else if (!fs::is_directory(dir, ec)) {
        return makeError("'" + dir + "' is a file, not a workspace folder.", ErrorCode::DatabaseIo);
    }
    const std::string path = (fs::path(dir) / kDatabaseFileName).string();
    auto db = Database::open(path, createIfMissing ? OpenMode::CreateReadWrite : OpenMode::ExistingReadWrite);
    if (!db)
        return db.error();
    if (auto r = migrate(*db); !r)
        return r.error();
    return std::unique_ptr<Workspace>(new Workspace(dir, path, std::move(*db)));
}

} // namespace saggar
