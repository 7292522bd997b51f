#include "enterprise_repository.h"

#include "repository_support.h"

namespace saggar {
namespace {

constexpr const char* kSelectEnterprise =
    "SELECT id, name_zh, name_en, uscc, cluster, segment, legal_representative, "
    "annual_revenue_fen, staff FROM enterprises";

Enterprise readEnterprise(const Statement& s)
{
    Enterprise e;
    e.id = s.columnInt64(0);
    e.nameZh = s.columnText(1);
    e.nameEn = s.columnText(2);
    e.uscc = s.columnText(3);
    e.cluster = enumColumn(s, 4, Cluster::Foshan);
    e.segment = enumColumn(s, 5, Segment::BuildingTiles);
    e.legalRepresentative = s.columnText(6);
    e.annualRevenue = Money::fromFen(s.columnInt64(7));
    e.staff = s.columnInt(8);
    return e;
}

} // namespace

const char* const kInsertEnterpriseSql =
    "INSERT INTO enterprises (id, name_zh, name_en, uscc, cluster, segment, legal_representative, "
    "annual_revenue_fen, staff) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

Result<void> bindEnterprise(Statement& stmt, const Enterprise& e)
{
    return stmt.bindAll(nullIfZero(e.id), e.nameZh, e.nameEn, e.uscc, key(e.cluster), key(e.segment),
                        e.legalRepresentative, e.annualRevenue.fen(), e.staff);
}

Result<Id> insertEnterprise(Database& db, const Enterprise& enterprise)
{
    if (auto r = refuseIfInvalid("The enterprise", validateEnterprise(enterprise)); !r)
        return r.error();
    return insertRow(
        db, kInsertEnterpriseSql, [&](Statement& s) { return bindEnterprise(s, enterprise); },
        "The enterprise " + enterprise.uscc + " was not saved");
}

Result<Enterprise> getEnterprise(const Database& db, Id id)
{
    return readOne<Enterprise>(db, std::string(kSelectEnterprise) + " WHERE id = ?1", id, readEnterprise,
                               "There is no enterprise with id " + std::to_string(id) + ".");
}

Result<std::optional<Enterprise>> findEnterpriseByUscc(const Database& db, std::string_view uscc)
{
    auto stmt = db.prepare(std::string(kSelectEnterprise) + " WHERE uscc = ?1");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindText(1, uscc); !r)
        return r.error();
    auto found = readAll<Enterprise>(*stmt, readEnterprise);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Enterprise>();
    return std::optional<Enterprise>(found->front());
}

Result<std::vector<Enterprise>> listEnterprises(const Database& db)
{
    return readMany<Enterprise>(db, std::string(kSelectEnterprise) + " ORDER BY id", 0, readEnterprise);
}

} // namespace saggar
