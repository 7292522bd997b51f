// Idle prepared statements of one connection, kept by their SQL text so that running the same query
// again skips SQLite's parser and planner (which took 40 % of a first pull's time). A Statement taken
// from the cache has it to itself; when it is destroyed it is reset and handed back. Guarded by a mutex
// because a connection may be shared by threads that take turns (the server's store lock).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace saggar {

class StatementCache
{
public:
    explicit StatementCache(sqlite3* db) : m_db(db) {}
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // An idle statement for exactly this SQL, taken out of the cache; nullptr when there is none.
    sqlite3_stmt* take(const std::string& sql);
    // Resets `stmt` and keeps it for the next take of its SQL, or finalizes it when the connection is
    // closing or the same SQL is already kept. Owns `stmt` from here on.
    void giveBack(sqlite3_stmt* stmt);
    // Finalizes every idle statement and keeps no more (before the connection closes).
    void close();

    static constexpr std::size_t kCapacity = 256;

private:
    void finalizeAll();

    std::mutex m_mutex;
    sqlite3* m_db = nullptr;
    bool m_closed = false;
    std::unordered_map<std::string, sqlite3_stmt*> m_idle;
};

} // namespace saggar
