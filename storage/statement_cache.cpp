// StatementCache; see statement_cache.h.
#include "statement_cache.h"

#include <sqlite3.h>

namespace saggar {

StatementCache::~StatementCache()
{
    close();
}

sqlite3_stmt* StatementCache::take(const std::string& sql)
{
    std::lock_guard lock(m_mutex);
    if (m_closed)
        return nullptr;
    auto it = m_idle.find(sql);
    if (it == m_idle.end())
        return nullptr;
    sqlite3_stmt* stmt = it->second;
    m_idle.erase(it);
    return stmt;
}

void StatementCache::giveBack(sqlite3_stmt* stmt)
{
    if (!stmt)
        return;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    std::lock_guard lock(m_mutex);
    const char* sql = sqlite3_sql(stmt);
    if (m_closed || !sql) {
        sqlite3_finalize(stmt);
        return;
    }
    // Queries built with values in their text would fill the cache with one-offs: start afresh then.
    if (m_idle.size() >= kCapacity)
        finalizeAll();
    if (!m_idle.emplace(sql, stmt).second)
        sqlite3_finalize(stmt); // a second copy of a statement in use twice at once
}

void StatementCache::close()
{
    std::lock_guard lock(m_mutex);
    finalizeAll();
    m_closed = true;
}

void StatementCache::finalizeAll()
{
    for (auto& [sql, stmt] : m_idle)
        sqlite3_finalize(stmt);
    m_idle.clear();
}

} // namespace saggar
