#include "sqlite_valuation_store.h"

#include "repository_support.h"

#include "core/risk_dataset.h"

#include <cstdio>

namespace saggar {

using namespace valuation;

namespace {

std::string figuresText(const Figures& f)
{
    char b[256];
    std::snprintf(b, sizeof b, "%zu %.17g %.17g %.17g %.17g %.17g %.17g %.17g", f.assets, f.medianApe,
                  f.within5, f.within10, f.within20, f.coverage80, f.coverage90, f.medianWidth80);
    return b;
}

Figures figuresFrom(const std::string& text)
{
    Figures f;
    std::sscanf(text.c_str(), "%zu %lf %lf %lf %lf %lf %lf %lf", &f.assets, &f.medianApe, &f.within5,
                &f.within10, &f.within20, &f.coverage80, &f.coverage90, &f.medianWidth80);
    return f;
}

LibraryVersionInfo readInfo(const Statement& s)
{
    return LibraryVersionInfo{s.columnText(0), s.columnText(1),  s.columnText(2), s.columnInt(3),
                              s.columnInt(4),  s.columnInt64(5), idOrZero(s, 6)};
}

bool validRole(std::string_view role)
{
    return role == "champion" || role == "challenger" || role == "retired";
}

} // namespace

Result<LibraryVersionInfo> SqliteValuationStore::importLibrary(std::string_view text, Id by, TimestampMs atMs)
{
    auto lib = parseLibrary(text);
    if (!lib)
        return withContext("The library was not imported", lib.error());
    auto existing = readMany<std::string>(m_db, "SELECT version FROM valuation_libraries", 0,
                                          [](const Statement& s) { return s.columnText(0); });
    if (!existing)
        return existing.error();
    for (const std::string& v : *existing)
        if (v == lib->version)
            return makeError("Library version " + lib->version +
                                 " is already imported; a monthly update needs a new version name.",
                             ErrorCode::Conflict);
    LibraryVersionInfo info{lib->version,
                            lib->effective,
                            risk::sha256Tag(text),
                            static_cast<int>(lib->types.size()),
                            static_cast<int>(lib->parameterCount()),
                            atMs,
                            by};
    auto id = insertRow(
        m_db,
        "INSERT INTO valuation_libraries (version, effective, sha256, types, parameters, body, "
        "imported_at_ms, "
        "imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        [&](Statement& s) {
            return s.bindAll(info.version, info.effective, info.sha256, info.types, info.parameters,
                             std::string_view(text), atMs, nullIfZero(by));
        },
        "The library was not imported");
    if (!id)
        return id.error();
    return info;
}

Result<std::vector<LibraryVersionInfo>> SqliteValuationStore::libraries() const
{
    return readMany<LibraryVersionInfo>(
        m_db,
        "SELECT version, effective, sha256, types, parameters, imported_at_ms, "
        "imported_by FROM valuation_libraries ORDER BY id",
        0, readInfo);
}

Result<Library> SqliteValuationStore::library(std::string_view version) const
{
    auto stmt = m_db.prepare(version.empty() ? "SELECT body FROM valuation_libraries ORDER BY id DESC LIMIT 1"
                                             : "SELECT body FROM valuation_libraries WHERE version = ?1");
    if (!stmt)
        return stmt.error();
    if (!version.empty())
        if (auto r = stmt->bindText(1, version); !r)
            return r.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(version.empty()
                             ? "No valuation library is imported yet (saggarctl valuation library import)."
                             : "Library version " + std::string(version) + " is not in the workspace.",
                         ErrorCode::NotFound);
    auto lib = parseLibrary(stmt->columnView(0));
    if (!lib)
        return makeError("The stored library cannot be read: " + lib.error().message,
                         ErrorCode::DatabaseCorrupt);
    return lib;
}

Result<void> SqliteValuationStore::saveModel(const ModelRecord& m)
{
    if (!validRole(m.role) || m.version.empty() || m.body.empty())
        return makeError("A model needs a version, a body and a role (champion, challenger or retired).",
                         ErrorCode::InvalidInput);
    auto id = insertRow(
        m_db,
        "INSERT INTO valuation_models (version, library_version, data_hash, measured, role, trained_at_ms, "
        "body) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        [&](Statement& s) {
            return s.bindAll(m.version, m.libraryVersion, m.dataHash, figuresText(m.measured), m.role,
                             m.trainedAtMs, m.body);
        },
        "The model was not saved");
    if (!id)
        return id.error();
    return {};
}

Result<ModelRecord> SqliteValuationStore::model(std::string_view version) const
{
    auto stmt =
        m_db.prepare("SELECT version, library_version, data_hash, measured, role, trained_at_ms, body FROM "
                     "valuation_models WHERE version = ?1");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindText(1, version); !r)
        return r.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError("Model version " + std::string(version) + " is not in the workspace.",
                         ErrorCode::NotFound);
    const Statement& s = *stmt;
    return ModelRecord{s.columnText(0), s.columnText(1),  s.columnText(2), figuresFrom(s.columnText(3)),
                       s.columnText(4), s.columnInt64(5), s.columnText(6)};
}

Result<std::vector<ModelRecord>> SqliteValuationStore::models() const
{
    return readMany<ModelRecord>(
        m_db,
        "SELECT version, library_version, data_hash, measured, role, trained_at_ms FROM valuation_models "
        "ORDER BY id",
        0, [](const Statement& s) {
            return ModelRecord{s.columnText(0),
                               s.columnText(1),
                               s.columnText(2),
                               figuresFrom(s.columnText(3)),
                               s.columnText(4),
                               s.columnInt64(5),
                               {}};
        });
}

Result<void> SqliteValuationStore::setModelRole(std::string_view version, std::string_view role)
{
    if (!validRole(role))
        return makeError("A model's role is champion, challenger or retired.", ErrorCode::InvalidInput);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // One champion at a time: promoting one retires the one before.
    if (role == "champion")
        if (auto r = m_db.exec("UPDATE valuation_models SET role = 'retired' WHERE role = 'champion'"); !r)
            return r;
    auto stmt = m_db.prepare("UPDATE valuation_models SET role = ?1 WHERE version = ?2");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(role, version); !r)
        return r;
    if (auto r = stmt->run(); !r)
        return r;
    if (m_db.changes() != 1)
        return makeError("Model version " + std::string(version) + " is not in the workspace.",
                         ErrorCode::NotFound);
    return tx->commit();
}

} // namespace saggar
