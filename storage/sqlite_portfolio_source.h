// The portfolio screen's data over SQLite: ids matching a filter in sort order, then display rows
// for the ids on screen. Owns its own read-only connection, so it can live on a worker thread.
#pragma once

#include "database.h"
#include "portfolio_index.h"

#include "core/portfolio.h"

#include <memory>
#include <optional>
#include <string>

namespace saggar {

class SqlitePortfolioSource : public PortfolioSource
{
public:
    // Opens `databasePath` read-only. The file must be at the current schema version (a Workspace
    // upgrades it); an older one is refused with a message saying so.
    [[nodiscard]] static Result<std::unique_ptr<SqlitePortfolioSource>> open(const std::string& databasePath);

    // Sorts: FileNo by file number; Enterprise by English name (case-insensitive), because
    // Chinese in code-point order is no order a reader recognises; Cluster and State in their
    // enum declaration order (the workflow order for states); Assignee by the analyst's display
    // name; Amount; Updated. Ties go by file id in the same direction.
    Result<std::vector<Id>> matchingIds(const PortfolioFilter& filter) override;
    Result<std::vector<PortfolioRow>> rows(const std::vector<Id>& ids) override;

private:
    explicit SqlitePortfolioSource(Database db);

    Database m_db;
    Statement m_rowsBatch;                 // prepared once: rows() runs on every scroll
    std::optional<PortfolioIndex> m_index; // loaded on the first query, reloaded after any commit
    std::int64_t m_indexVersion = 0;
};

} // namespace saggar
