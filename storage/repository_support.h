// Helpers the repositories share: turning validator findings into an InvalidInput error that names
// the field, the UTC year validators need, 0 ↔ NULL ids, and one-row / many-row queries.
#pragma once

#include "database.h"

#include "core/domain.h"
#include "core/validation.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar {

int utcYear(TimestampMs ms);
int currentUtcYear();
TimestampMs nowUtcMs();

// Nothing when `issues` is empty; otherwise InvalidInput: "The truck was not saved: VIN: <why> (vin); …".
[[nodiscard]] Result<void> refuseIfInvalid(std::string_view what, const std::vector<FieldIssue>& issues);

// Ids of unassigned people and unpledged assets are 0 in the domain and NULL in the database.
inline std::optional<Id> nullIfZero(Id id)
{
    return id == 0 ? std::nullopt : std::optional<Id>(id);
}
inline Id idOrZero(const Statement& stmt, int column)
{
    return stmt.columnIsNull(column) ? 0 : stmt.columnInt64(column);
}

// Reads an enum stored as its key(); `fallback` when the key is unknown to this build.
template <typename E> E enumColumn(const Statement& stmt, int column, E fallback)
{
    return fromKey<E>(stmt.columnText(column)).value_or(fallback);
}

// Runs `stmt` and reads each row with `read`.
template <typename T, typename Read> Result<std::vector<T>> readAll(Statement& stmt, Read read)
{
    std::vector<T> out;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.push_back(read(stmt));
    }
}

// Prepares `sql` with one id parameter and reads its single row; NotFound with `notFound` otherwise.
template <typename T, typename Read>
Result<T> readOne(const Database& db, std::string_view sql, Id id, Read read, const std::string& notFound)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindInt64(1, id); !r)
        return r.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(notFound, ErrorCode::NotFound);
    return read(*stmt);
}

// Prepares `sql`, binds `id` (when not 0) and reads every row.
template <typename T, typename Read>
Result<std::vector<T>> readMany(const Database& db, std::string_view sql, Id id, Read read)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (stmt->parameterCount() > 0) {
        if (auto r = stmt->bindInt64(1, id); !r)
            return r.error();
    }
    return readAll<T>(*stmt, read);
}

// Prepares and runs an INSERT whose parameters `bind` fills; returns the new row id.
template <typename Bind>
Result<Id> insertRow(Database& db, std::string_view sql, Bind bind, std::string_view what)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return withContext(what, stmt.error());
    if (auto r = bind(*stmt); !r)
        return withContext(what, r.error());
    if (auto r = stmt->run(); !r)
        return withContext(what, r.error());
    return db.lastInsertRowId();
}

// Prepares, binds `args` to ?1, ?2, … and runs a statement that returns no rows.
template <typename... Args> Result<void> runSql(Database& db, std::string_view sql, const Args&... args)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(args...); !r)
        return r;
    return stmt->run();
}

// Whether the query returns a row.
template <typename... Args> Result<bool> hasRow(const Database& db, std::string_view sql, const Args&... args)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(args...); !r)
        return r.error();
    return stmt->step();
}

// The first row's first column as an integer, or nullopt when there is no row.
template <typename... Args>
Result<std::optional<std::int64_t>> firstInt(const Database& db, std::string_view sql, const Args&... args)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(args...); !r)
        return r.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<std::int64_t>{};
    return std::optional<std::int64_t>{stmt->columnInt64(0)};
}

} // namespace saggar
