#include "authority_repository.h"

#include "repository_support.h"

namespace saggar {

Result<AuthorityTable> readAuthorityTable(const Database& db)
{
    auto rows = readMany<AuthorityLimit>(
        db, "SELECT max_amount_fen, worst_grade, approvers FROM authority_limits ORDER BY position", 0,
        [](const Statement& s) {
            return AuthorityLimit{Money::fromFen(s.columnInt64(0)), enumColumn(s, 1, RiskGrade::A),
                                  s.columnInt(2)};
        });
    if (!rows)
        return rows.error();
    AuthorityTable table{std::move(*rows)};
    // A table edited outside Saggar could leave files nobody may approve; refuse to use it.
    if (auto r = table.check(); !r)
        return makeError("The approval authority table stored in the workspace is not usable (" +
                             r.error().message + "). Ask a manager to set it again.",
                         ErrorCode::DatabaseCorrupt);
    return table;
}

Result<void> writeAuthorityTable(Database& db, const AuthorityTable& table, Id updatedBy, TimestampMs atMs)
{
    if (auto r = db.exec("DELETE FROM authority_limits"); !r)
        return r;
    auto stmt = db.prepare("INSERT INTO authority_limits (position, max_amount_fen, worst_grade, approvers, "
                           "updated_by, updated_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt)
        return stmt.error();
    std::int64_t position = 0;
    for (const AuthorityLimit& limit : table.limits) {
        stmt->reset();
        auto r = stmt->bindAll(++position, limit.maxAmount.fen(), key(limit.worstGrade), limit.approvers,
                               nullIfZero(updatedBy), atMs);
        if (r)
            r = stmt->run();
        if (!r)
            return withContext("The authority table was not saved", r.error());
    }
    return {};
}

} // namespace saggar
