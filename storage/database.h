// RAII over the SQLite C API: a connection that checks the file before trusting it, a prepared
// statement that finalizes itself, and a transaction that rolls back unless committed.
#pragma once

#include "core/result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace saggar {

class StatementCache;

enum class OpenMode {
    ExistingReadWrite, // the file must exist and be a Saggar database
    CreateReadWrite,   // creates an empty database when the file does not exist
    ExistingReadOnly,  // the file must exist; nothing is ever written
};

class Statement
{
public:
    Statement() = default;
    // `cache`, when given, takes the statement back (reset) instead of finalizing it.
    Statement(sqlite3_stmt* stmt, sqlite3* db, std::shared_ptr<StatementCache> cache = {})
        : m_stmt(stmt), m_db(db), m_cache(std::move(cache))
    {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQL (`?1`).
    [[nodiscard]] Result<void> bindInt64(int index, std::int64_t value);
    [[nodiscard]] Result<void> bindDouble(int index, double value);
    [[nodiscard]] Result<void> bindText(int index, std::string_view value);
    [[nodiscard]] Result<void> bindBlob(int index, std::string_view bytes);
    [[nodiscard]] Result<void> bindNull(int index);
    int parameterCount() const;

    // Binds the arguments to parameters 1, 2, … in order: integers as int64, floating point as
    // double, strings as text, nullptr and empty optionals as NULL.
    template <typename... Args> [[nodiscard]] Result<void> bindAll(const Args&... args)
    {
        int index = 0;
        Result<void> result;
        ((result.ok() ? (result = bindOne(++index, args), 0) : 0), ...);
        return result;
    }

    // true: a row is ready to read; false: the statement has finished.
    [[nodiscard]] Result<bool> step();
    // Steps to completion, for statements that return no rows.
    [[nodiscard]] Result<void> run();
    // Makes the statement ready to run again with new bindings.
    void reset();

    int columnCount() const;
    bool columnIsNull(int column) const; // columns are 0-based
    std::int64_t columnInt64(int column) const;
    int columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    // The text without a copy; valid until the next step(), reset() or destruction.
    std::string_view columnView(int column) const;
    // A BLOB's bytes without a copy; valid until the next step(), reset() or destruction.
    std::string_view columnBlob(int column) const;

    bool isValid() const { return m_stmt != nullptr; }

private:
    Result<void> bindOne(int index, std::int64_t v) { return bindInt64(index, v); }
    Result<void> bindOne(int index, int v) { return bindInt64(index, v); }
    Result<void> bindOne(int index, bool v) { return bindInt64(index, v ? 1 : 0); }
    Result<void> bindOne(int index, double v) { return bindDouble(index, v); }
    Result<void> bindOne(int index, std::string_view v) { return bindText(index, v); }
    Result<void> bindOne(int index, const std::string& v) { return bindText(index, v); }
    Result<void> bindOne(int index, const char* v) { return bindText(index, v); }
    Result<void> bindOne(int index, std::nullptr_t) { return bindNull(index); }
    template <typename T> Result<void> bindOne(int index, const std::optional<T>& v)
    {
        return v ? bindOne(index, *v) : bindNull(index);
    }

    void finalize();
    Error error(int rc, std::string_view what) const;

    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    std::shared_ptr<StatementCache> m_cache;
};

class Database
{
public:
    // Opens and checks the file: exists (unless creating), is an SQLite database that passes a
    // quick integrity check, is not held by another program, and its schema is not newer than
    // this build knows. A failed open never changes the file. Sets foreign_keys=ON, a 2 s busy
    // timeout and, for read-write connections, WAL journaling with synchronous=NORMAL.
    [[nodiscard]] static Result<Database> open(const std::string& path, OpenMode mode);

    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A statement for `sql` (its first statement only); the same SQL text prepared before on this
    // connection and no longer in use is reused, reset, instead of being parsed again.
    [[nodiscard]] Result<Statement> prepare(std::string_view sql) const;
    // Runs one or more statements that return no rows (schema scripts, pragmas).
    [[nodiscard]] Result<void> exec(std::string_view sql);
    // First column of the first row as an integer (pragmas, counts); NotFound when no row.
    [[nodiscard]] Result<std::int64_t> queryInt64(std::string_view sql) const;
    // First column of the first row as text; NotFound when no row.
    [[nodiscard]] Result<std::string> queryText(std::string_view sql) const;

    std::int64_t lastInsertRowId() const;
    // Rows the last INSERT, UPDATE or DELETE on this connection changed.
    std::int64_t changes() const;
    bool inTransaction() const;
    bool isReadOnly() const { return m_readOnly; }
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, std::string path, bool readOnly);
    void close();

    sqlite3* m_db = nullptr;
    std::shared_ptr<StatementCache> m_cache;
    std::string m_path;
    bool m_readOnly = false;
};

// BEGIN IMMEDIATE on a connection outside a transaction, a SAVEPOINT inside one, so functions that
// write several rows can always open one. Rolls back in the destructor unless commit() succeeded.
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database& db);

    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Result<void> commit();

private:
    Transaction(Database* db, std::string savepoint) : m_db(db), m_savepoint(std::move(savepoint)) {}
    void rollback();

    Database* m_db = nullptr;
    std::string m_savepoint; // empty: a top-level BEGIN IMMEDIATE
    bool m_done = false;
};

// `context` then the error's message: "Could not save the truck: Another truck already has this VIN."
Error withContext(std::string_view context, Error error);

// Turns an SQLite result code into an Error with the matching ErrorCode and an English message
// that says what was being done (`what`), e.g. "Could not save the truck".
Error sqliteError(sqlite3* db, int rc, std::string_view what);

} // namespace saggar
