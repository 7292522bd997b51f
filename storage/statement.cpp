// Statement: a prepared SQLite statement that finalizes itself; see database.h.
#include "database.h"
#include "statement_cache.h"

#include <sqlite3.h>

#include <utility>

namespace saggar {

Statement::~Statement()
{
    finalize();
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(std::exchange(other.m_db, nullptr)),
      m_cache(std::move(other.m_cache))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        finalize();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

void Statement::finalize()
{
    if (m_stmt && m_cache)
        m_cache->giveBack(m_stmt);
    else if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_cache.reset();
}

Error Statement::error(int rc, std::string_view what) const
{
    return sqliteError(m_db, rc, what);
}

Result<void> Statement::bindInt64(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    return rc == SQLITE_OK ? Result<void>() : Result<void>(error(rc, "Could not bind a value"));
}

Result<void> Statement::bindDouble(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    return rc == SQLITE_OK ? Result<void>() : Result<void>(error(rc, "Could not bind a value"));
}

Result<void> Statement::bindText(int index, std::string_view value)
{
    const int rc =
        sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return rc == SQLITE_OK ? Result<void>() : Result<void>(error(rc, "Could not bind a value"));
}

Result<void> Statement::bindBlob(int index, std::string_view bytes)
{
    const int rc = sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return rc == SQLITE_OK ? Result<void>() : Result<void>(error(rc, "Could not bind a value"));
}

Result<void> Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    return rc == SQLITE_OK ? Result<void>() : Result<void>(error(rc, "Could not bind a value"));
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = error(rc, "The database refused the operation");
    sqlite3_reset(m_stmt);
    return e;
}

Result<void> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}
bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
std::int64_t Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
int Statement::columnInt(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}
double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::columnText(int column) const
{
    const auto* text = sqlite3_column_text(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes))
                : std::string();
}
std::string_view Statement::columnView(int column) const
{
    const auto* text = sqlite3_column_text(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string_view(reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes))
                : std::string_view();
}

std::string_view Statement::columnBlob(int column) const
{
    const void* bytes = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return bytes ? std::string_view(static_cast<const char*>(bytes), static_cast<std::size_t>(size))
                 : std::string_view();
}

} // namespace saggar
