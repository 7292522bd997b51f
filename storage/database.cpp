#include "database.h"
#include "statement_cache.h"

#include "schema.h"

#include <sqlite3.h>

#include <array>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <utility>

namespace saggar {
namespace {

constexpr int kBusyTimeoutMs = 2000;
// A full quick_check reads every page; above this size only the schema is checked on open so that
// opening a large workspace stays fast (the header checks below still catch truncation).
constexpr std::uintmax_t kFullCheckMaxBytes = 64u * 1024u * 1024u;
// PRAGMA application_id of Saggar files ("SGGR"); set by the first migration.
constexpr std::int64_t kApplicationId = 0x53474752;

std::string quoted(const std::string& path)
{
    return "'" + path + "'";
}

Error corrupt(const std::string& path, const std::string& detail)
{
    return makeError(
        quoted(path) + " is not a Saggar database or is damaged (" + detail +
            "). Saggar has not changed it; restore it from a backup or choose another workspace.",
        ErrorCode::DatabaseCorrupt);
}

Error locked(const std::string& path)
{
    return makeError(quoted(path) +
                         " is in use by another Saggar window or program. Close the other window or wait for "
                         "it to finish, then try again.",
                     ErrorCode::DatabaseLocked);
}

std::uint32_t bigEndian(const unsigned char* p, int bytes)
{
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

// Reads the 100-byte header without SQLite so that a file that is not a database, or was cut
// short, is refused before anything could touch it.
Result<void> checkHeader(const std::string& path, std::uintmax_t size)
{
    if (size < 100)
        return corrupt(path, size == 0 ? "the file is empty" : "the file is too short to be a database");
    std::array<unsigned char, 100> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in.read(reinterpret_cast<char*>(header.data()), static_cast<std::streamsize>(header.size())))
        return makeError("Could not read " + quoted(path) + ". Check that you may read the file.",
                         ErrorCode::DatabaseIo);
    static constexpr std::string_view kMagic{"SQLite format 3\0", 16};
    if (std::string_view(reinterpret_cast<const char*>(header.data()), 16) != kMagic)
        return corrupt(path, "it does not start with the SQLite header");
    std::uint32_t pageSize = bigEndian(&header[16], 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return corrupt(path, "the header names an impossible page size");
    const std::uint32_t pages = bigEndian(&header[28], 4);
    const bool pagesValid = bigEndian(&header[24], 4) == bigEndian(&header[92], 4);
    std::error_code ec;
    const bool hasWal = std::filesystem::exists(path + "-wal", ec);
    if (pagesValid && !hasWal && std::uintmax_t{pages} * pageSize > size)
        return corrupt(path,
                       "the file is shorter than its header says; it was probably cut off while copying");
    return {};
}

// Runs a statement that returns one value per row and collects the first one.
Result<std::string> firstText(sqlite3* db, const char* sql)
{
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, "Could not check the database");
    Statement stmt(raw, db);
    auto row = stmt.step();
    if (!row)
        return row.error();
    return *row ? stmt.columnText(0) : std::string();
}

Result<void> checkExisting(sqlite3* db, const std::string& path, std::uintmax_t size)
{
    auto check = firstText(db, size <= kFullCheckMaxBytes ? "PRAGMA quick_check"
                                                          : "PRAGMA quick_check(sqlite_schema)");
    if (!check) {
        if (check.error().code == ErrorCode::DatabaseLocked)
            return locked(path);
        if (check.error().code == ErrorCode::DatabaseCorrupt)
            return corrupt(path, sqlite3_errmsg(db));
        return check.error();
    }
    if (*check != "ok")
        return corrupt(path, "integrity check: " + *check);
    auto appId = firstText(db, "PRAGMA application_id");
    if (!appId)
        return appId.error();
    if (*appId != "0" && *appId != std::to_string(kApplicationId))
        return corrupt(path, "it is the database of another program");
    auto version = firstText(db, "PRAGMA user_version");
    if (!version)
        return version.error();
    const int fileVersion = std::stoi(*version);
    if (fileVersion > currentSchemaVersion())
        return makeError(quoted(path) + " was created by a newer version of Saggar (schema " +
                             std::to_string(fileVersion) + ", this build knows " +
                             std::to_string(currentSchemaVersion()) +
                             "). Install the newer Saggar to open it; this version has not changed it.",
                         ErrorCode::DatabaseTooNew);
    return {};
}

Result<void> execRaw(sqlite3* db, const char* sql, const std::string& path)
{
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return {};
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        return locked(path);
    return sqliteError(db, rc, "Could not prepare " + quoted(path) + " for use");
}

std::string friendlyUnique(const std::string& message)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kColumns{{
        {"users.login", "Another user already has this login."},
        {"enterprises.uscc", "Another enterprise already has this unified social credit code."},
        {"loan_files.file_no", "Another loan file already has this file number."},
        {"trucks.vin", "Another truck already has this VIN."},
        {"trucks.plate", "Another truck already has this plate."},
        {"kilns.gateway_id", "Another kiln already uses this gateway."},
        {"approvals.", "This manager has already approved the file in this decision round."},
        {"credit_memos.", "Someone else saved this memo version first; reopen the file to see it."},
        {"audit_log.", "Someone else changed the file at the same moment; reopen it and try again."},
    }};
    for (const auto& [column, text] : kColumns)
        if (message.find(column) != std::string::npos)
            return std::string(text);
    if (message.find(".id") != std::string::npos)
        return "A record with this id is already stored.";
    return "A record with the same unique value is already stored (" + message + ").";
}

std::atomic<unsigned> g_savepointCounter{0};

} // namespace

Error withContext(std::string_view context, Error error)
{
    error.message = std::string(context) + ": " + error.message;
    return error;
}

Error sqliteError(sqlite3* db, int rc, std::string_view what)
{
    const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const std::string prefix = std::string(what) + ": ";
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(
            prefix + "the database is in use by another Saggar window or program. Try again in a moment.",
            ErrorCode::DatabaseLocked);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return makeError(prefix + "the database is damaged (" + detail + "). Restore it from a backup.",
                         ErrorCode::DatabaseCorrupt);
    case SQLITE_CONSTRAINT:
        if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
            return makeError(prefix + friendlyUnique(detail), ErrorCode::Conflict);
        // ON DELETE RESTRICT reports through a trigger code, hence the message test.
        if (rc == SQLITE_CONSTRAINT_FOREIGNKEY || detail.find("FOREIGN KEY") != std::string::npos)
            return makeError(prefix + "it refers to a record that is not stored, or is still referred to.",
                             ErrorCode::Conflict);
        // The schema's own guards (RAISE in a trigger): the audit log and saved memos are never rewritten.
        if (rc == SQLITE_CONSTRAINT_TRIGGER)
            return makeError(prefix + detail + ".", ErrorCode::Forbidden);
        return makeError(prefix + "a value is missing or not allowed (" + detail + ").",
                         ErrorCode::InvalidInput);
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(prefix + detail +
                             ". Check the disk space and that you may write to the workspace folder.",
                         ErrorCode::DatabaseIo);
    default:
        return makeError(prefix + detail + ".", ErrorCode::General);
    }
}

// ---- Database ---- (Statement is in statement.cpp)

Database::Database(sqlite3* db, std::string path, bool readOnly)
    : m_db(db), m_cache(std::make_shared<StatementCache>(db)), m_path(std::move(path)), m_readOnly(readOnly)
{}

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_cache(std::move(other.m_cache)),
      m_path(std::move(other.m_path)), m_readOnly(other.m_readOnly)
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
        m_path = std::move(other.m_path);
        m_readOnly = other.m_readOnly;
    }
    return *this;
}

void Database::close()
{
    if (m_cache)
        m_cache->close(); // statements still held finalize themselves when dropped
    m_cache.reset();
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Result<Database> Database::open(const std::string& path, OpenMode mode)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    const bool exists = fs::exists(status);
    if (exists && fs::is_directory(status))
        return makeError(quoted(path) + " is a folder, not a database file.", ErrorCode::DatabaseIo);
    if (!exists && mode != OpenMode::CreateReadWrite)
        return makeError("The database file " + quoted(path) +
                             " does not exist. Check the workspace folder, or create a new workspace there.",
                         ErrorCode::DatabaseMissing);
    const std::uintmax_t size = exists ? fs::file_size(path, ec) : 0;
    // An empty file may become a new database; anything else must already be one.
    const bool checkContents = exists && (size > 0 || mode != OpenMode::CreateReadWrite);
    if (checkContents) {
        if (auto header = checkHeader(path, size); !header)
            return header.error();
    }

    const bool readOnly = mode == OpenMode::ExistingReadOnly;
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    flags |= readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::CreateReadWrite)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Database db(raw, path, readOnly); // owns the handle even when opening failed
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, "Could not open " + quoted(path));
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    if (auto r = execRaw(raw, "PRAGMA foreign_keys=ON", path); !r)
        return r.error();
    if (checkContents) {
        if (auto r = checkExisting(raw, path, size); !r)
            return r.error();
    }
    if (!readOnly) {
        // Only now may the file be written: every check above has passed.
        auto journal = firstText(raw, "PRAGMA journal_mode=WAL");
        if (!journal)
            return journal.error().code == ErrorCode::DatabaseLocked ? locked(path) : journal.error();
        if (*journal != "wal")
            return makeError("Could not switch " + quoted(path) + " to WAL journaling (it stays in " +
                                 *journal + " mode). Move the workspace to a local disk.",
                             ErrorCode::DatabaseIo);
        if (auto r = execRaw(raw, "PRAGMA synchronous=NORMAL", path); !r)
            return r.error();
        // A write lock held for longer than the busy timeout means another program owns the file.
        if (auto r = execRaw(raw, "BEGIN IMMEDIATE; COMMIT", path); !r) {
            sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
            return r.error();
        }
    }
    return db;
}

Result<Statement> Database::prepare(std::string_view sql) const
{
    const std::string text(sql);
    if (m_cache)
        if (sqlite3_stmt* kept = m_cache->take(text))
            return Statement(kept, m_db, m_cache);
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, text.c_str(), static_cast<int>(text.size()), &raw, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "Could not prepare a database query");
    // Kept only when the statement is the whole text: the cache finds it again by sqlite3_sql().
    const char* kept = raw ? sqlite3_sql(raw) : nullptr;
    const bool whole = kept && text == kept;
    return Statement(raw, m_db, whole ? m_cache : nullptr);
}

Result<void> Database::exec(std::string_view sql)
{
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "The database refused the operation");
    return {};
}

Result<std::int64_t> Database::queryInt64(std::string_view sql) const
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError("The query returned no row.", ErrorCode::NotFound);
    return stmt->columnInt64(0);
}

Result<std::string> Database::queryText(std::string_view sql) const
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError("The query returned no row.", ErrorCode::NotFound);
    return stmt->columnText(0);
}

std::int64_t Database::changes() const
{
    return sqlite3_changes64(m_db);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

// ---- Transaction ----

Result<Transaction> Transaction::begin(Database& db)
{
    if (!db.inTransaction()) {
        if (auto r = db.exec("BEGIN IMMEDIATE"); !r)
            return withContext("Could not start a transaction", r.error());
        return Transaction(&db, {});
    }
    std::string name = "saggar_sp_" + std::to_string(++g_savepointCounter);
    if (auto r = db.exec("SAVEPOINT " + name); !r)
        return withContext("Could not start a transaction", r.error());
    return Transaction(&db, std::move(name));
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_savepoint(std::move(other.m_savepoint)),
      m_done(other.m_done)
{}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_db || m_done)
        return makeError("The transaction has already ended.");
    auto r = m_db->exec(m_savepoint.empty() ? "COMMIT" : "RELEASE " + m_savepoint);
    if (!r)
        return withContext("Could not save the changes", r.error());
    m_done = true;
    return {};
}

void Transaction::rollback()
{
    if (!m_db || m_done)
        return;
    m_done = true;
    // Errors are ignored: SQLite may already have rolled back after a failed statement.
    if (m_savepoint.empty()) {
        sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        const std::string sql = "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint;
        sqlite3_exec(m_db->handle(), sql.c_str(), nullptr, nullptr, nullptr);
    }
}

} // namespace saggar
