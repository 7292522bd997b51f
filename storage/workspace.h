// A workspace: the folder holding saggar.db and the attachments folder, opened and upgraded to the
// current schema in one step.
#pragma once

#include "database.h"

#include <memory>
#include <string>

namespace saggar {

class Workspace
{
public:
    static constexpr const char* kDatabaseFileName = "saggar.db";
    static constexpr const char* kAttachmentsFolderName = "attachments";

    // Opens dir/saggar.db read-write and migrates it. With createIfMissing, a missing folder or
    // database is created; without it, either being missing is a DatabaseMissing error naming the path.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> open(const std::string& dir,
                                                                 bool createIfMissing);

    const std::string& directory() const { return m_dir; }
    const std::string& databasePath() const { return m_databasePath; }
    // Where attached files are kept (SqliteWorkflowStore creates it on the first attach).
    std::string attachmentsDirectory() const;
    Database& db() { return m_db; }

private:
    Workspace(std::string dir, std::string databasePath, Database db);

    std::string m_dir;
    std::string m_databasePath;
    Database m_db;
};

} // namespace saggar
