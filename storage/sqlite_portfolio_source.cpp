#include "sqlite_portfolio_source.h"

#include "repository_support.h"
#include "schema.h"

#include <string>
#include <unordered_map>

namespace saggar {
namespace {

constexpr int kRowsBatch = 200;

// A reader of a whole portfolio: map the file instead of copying pages through a 2 MB cache.
constexpr const char* kReaderPragmas = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536;";

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
    std::unique_ptr<SqlitePortfolioSource> source(new SqlitePortfolioSource(std::move(*db)));
    auto stmt = source->m_db.prepare(rowsSql());
    if (!stmt)
        return stmt.error();
    source->m_rowsBatch = std::move(*stmt);
    return source;
}

Result<std::vector<Id>> SqlitePortfolioSource::matchingIds(const PortfolioFilter& filter)
{
    // data_version changes whenever another connection commits, so an edit made elsewhere in the
    // workstation (or by sync) is seen by the next query.
    auto version = m_db.queryInt64("PRAGMA data_version");
    if (!version)
        return version.error();
    if (!m_index || *version != m_indexVersion) {
        auto index = PortfolioIndex::load(m_db);
        if (!index)
            return index.error();
        m_index = std::move(*index);
        m_indexVersion = *version;
    }
    return m_index->match(filter);
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
