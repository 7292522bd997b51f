#include "sqlite_portfolio_source.h"

#include "repository_support.h"
#include "schema.h"
#include "search_text.h"

#include <sqlite3.h>

#include <cstring>
#include <string>
#include <unordered_map>

namespace saggar {
namespace {

constexpr int kRowsBatch = 200;

// saggar_contains(haystack, needle): glibc memmem is several times faster than SQLite's instr(),
// which compares at every position; the text filter scans every file's search text.
void containsFunction(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    const void* haystack = sqlite3_value_text(argv[0]);
    const void* needle = sqlite3_value_text(argv[1]);
    if (!haystack || !needle) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    const auto haystackBytes = static_cast<std::size_t>(sqlite3_value_bytes(argv[0]));
    const auto needleBytes = static_cast<std::size_t>(sqlite3_value_bytes(argv[1]));
    sqlite3_result_int(ctx, memmem(haystack, haystackBytes, needle, needleBytes) != nullptr ? 1 : 0);
}

// A reader of a whole portfolio: map the file instead of copying pages through a 2 MB cache.
constexpr const char* kReaderPragmas = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536;";

std::string sortExpression(PortfolioSortKey key)
{
    switch (key) {
    case PortfolioSortKey::FileNo:
        return "f.file_no";
    case PortfolioSortKey::Enterprise:
        return "e.name_en COLLATE NOCASE";
    case PortfolioSortKey::Cluster:
        return enumOrderSql<Cluster>("e.cluster");
    case PortfolioSortKey::State:
        return enumOrderSql<LoanState>("state");
    case PortfolioSortKey::Amount:
        return "f.amount_fen";
    case PortfolioSortKey::Assignee:
        return "u.display_name";
    case PortfolioSortKey::Updated:
        break;
    }
    return "f.updated_at_ms";
}

std::string rowsSql()
{
    std::string sql = "SELECT f.id, f.file_no, e.name_zh, e.name_en, e.uscc, e.cluster, e.segment, f.state, "
                      "f.product, f.amount_fen, coalesce(u.display_name, ''), "
                      "(SELECT count(*) FROM trucks t WHERE t.loan_file_id = f.id), "
                      "(SELECT count(*) FROM kilns k WHERE k.loan_file_id = f.id), f.updated_at_ms "
                      "FROM loan_files f JOIN enterprises e ON e.id = f.enterprise_id "
                      "LEFT JOIN users u ON u.id = f.analyst_id WHERE f.id IN (";
    for (int i = 0; i < kRowsBatch; ++i)
        sql += i == 0 ? "?" : ", ?";
    return sql + ")";
}

PortfolioRow readRow(const Statement& s)
{
    PortfolioRow r;
    r.fileId = s.columnInt64(0);
    r.fileNo = s.columnText(1);
    r.enterpriseNameZh = s.columnText(2);
    r.enterpriseNameEn = s.columnText(3);
    r.uscc = s.columnText(4);
    r.cluster = enumColumn(s, 5, Cluster::Foshan);
    r.segment = enumColumn(s, 6, Segment::BuildingTiles);
    r.state = enumColumn(s, 7, LoanState::Draft);
    r.product = enumColumn(s, 8, Product::EquipmentMortgage);
    r.amount = Money::fromFen(s.columnInt64(9));
    r.analystName = s.columnText(10);
    r.truckCount = s.columnInt(11);
    r.kilnCount = s.columnInt(12);
    r.updatedAtMs = s.columnInt64(13);
    return r;
}

} // namespace

SqlitePortfolioSource::SqlitePortfolioSource(Database db) : m_db(std::move(db)) {}

Result<std::unique_ptr<SqlitePortfolioSource>> SqlitePortfolioSource::open(const std::string& databasePath)
{
    auto db = Database::open(databasePath, OpenMode::ExistingReadOnly);
    if (!db)
        return db.error();
    auto version = schemaVersion(*db);
    if (!version)
        return version.error();
    if (*version < currentSchemaVersion())
        return makeError("'" + databasePath + "' has schema " + std::to_string(*version) +
                             " but the portfolio needs " + std::to_string(currentSchemaVersion()) +
                             ". Open it as a workspace first to upgrade it.",
                         ErrorCode::General);
    if (auto r = db->exec(kReaderPragmas); !r)
        return r.error();
    const int rc = sqlite3_create_function_v2(db->handle(), "saggar_contains", 2,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                              containsFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(db->handle(), rc, "Could not prepare the portfolio search");
    std::unique_ptr<SqlitePortfolioSource> source(new SqlitePortfolioSource(std::move(*db)));
    auto stmt = source->m_db.prepare(rowsSql());
    if (!stmt)
        return stmt.error();
    source->m_rowsBatch = std::move(*stmt);
    return source;
}

Result<std::vector<Id>> SqlitePortfolioSource::matchingIds(const PortfolioFilter& filter)
{
    const bool needsEnterprise = filter.cluster || filter.sortKey == PortfolioSortKey::Enterprise ||
                                 filter.sortKey == PortfolioSortKey::Cluster;
    std::string sql = "SELECT f.id FROM loan_files f";
    if (needsEnterprise)
        sql += " JOIN enterprises e ON e.id = f.enterprise_id";
    if (filter.sortKey == PortfolioSortKey::Assignee)
        sql += " LEFT JOIN users u ON u.id = f.analyst_id";
    sql += " WHERE 1";
    const std::string needle = asciiLower(filter.text);
    // Parameters are numbered so each clause can name its own.
    if (!needle.empty())
        sql += " AND saggar_contains(f.search_text, ?1)";
    if (filter.state)
        sql += " AND f.state = ?2";
    if (filter.cluster)
        sql += " AND e.cluster = ?3";
    if (filter.minAmount)
        sql += " AND f.amount_fen >= ?4";
    if (filter.maxAmount)
        sql += " AND f.amount_fen <= ?5";
    if (filter.assigneeId)
        sql += " AND (f.analyst_id = ?6 OR f.appraiser_id = ?6 OR f.manager_id = ?6)";
    const char* direction = filter.descending ? " DESC" : " ASC";
    sql += " ORDER BY " + sortExpression(filter.sortKey) + direction + ", f.id" + direction;

    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    Result<void> bound;
    if (!needle.empty())
        bound = stmt->bindText(1, needle);
    if (bound && filter.state)
        bound = stmt->bindText(2, key(*filter.state));
    if (bound && filter.cluster)
        bound = stmt->bindText(3, key(*filter.cluster));
    if (bound && filter.minAmount)
        bound = stmt->bindInt64(4, filter.minAmount->fen());
    if (bound && filter.maxAmount)
        bound = stmt->bindInt64(5, filter.maxAmount->fen());
    if (bound && filter.assigneeId)
        bound = stmt->bindInt64(6, *filter.assigneeId);
    if (!bound)
        return bound.error();
    return readAll<Id>(*stmt, [](const Statement& s) { return s.columnInt64(0); });
}

Result<std::vector<PortfolioRow>> SqlitePortfolioSource::rows(const std::vector<Id>& ids)
{
    std::unordered_map<Id, PortfolioRow> found;
    found.reserve(ids.size());
    for (std::size_t start = 0; start < ids.size(); start += kRowsBatch) {
        m_rowsBatch.reset(); // unbound parameters are NULL, which matches no id
        for (std::size_t i = start; i < ids.size() && i < start + kRowsBatch; ++i)
            if (auto r = m_rowsBatch.bindInt64(static_cast<int>(i - start) + 1, ids[i]); !r)
                return r.error();
        auto batch = readAll<PortfolioRow>(m_rowsBatch, readRow);
        if (!batch)
            return batch.error();
        for (auto& row : *batch)
            found.emplace(row.fileId, std::move(row));
    }
    std::vector<PortfolioRow> out;
    out.reserve(ids.size());
    for (Id id : ids)
        if (auto it = found.find(id); it != found.end())
            out.push_back(it->second);
    return out;
}

} // namespace saggar
