#include "portfolio_writer.h"

#include "asset_repository.h"
#include "audit_repository.h"
#include "document_repository.h"
#include "enterprise_repository.h"
#include "loan_file_repository.h"
#include "repository_support.h"
#include "search_text.h"
#include "user_repository.h"

#include "core/audit_chain.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace saggar {
namespace {

constexpr const char* kContext = "The portfolio was not saved";

Result<void> validateAll(const PortfolioSnapshot& s, int year)
{
    for (const auto& u : s.users)
        if (auto r = validateUserRecord(u); !r)
            return withContext(kContext, r.error());
    for (const auto& e : s.enterprises)
        if (auto r = refuseIfInvalid("The enterprise " + e.uscc, validateEnterprise(e)); !r)
            return withContext(kContext, r.error());
    for (const auto& f : s.files) {
        if (auto r = refuseIfInvalid("The loan file " + f.fileNo, validateLoanFile(f)); !r)
            return withContext(kContext, r.error());
        if (f.fileNo.empty())
            return makeError(std::string(kContext) + ": a loan file has no file number.",
                             ErrorCode::InvalidInput);
    }
    for (const auto& t : s.trucks)
        if (auto r = refuseIfInvalid("The truck " + t.vin, validateTruck(t, year)); !r)
            return withContext(kContext, r.error());
    for (const auto& k : s.kilns)
        if (auto r = refuseIfInvalid("The kiln " + k.gatewayId, validateKiln(k, year)); !r)
            return withContext(kContext, r.error());
    for (const auto& d : s.documents)
        if (auto r = validateDocumentRecord(d); !r)
            return withContext(kContext, r.error());
    return {};
}

// Inserts every record of `rows` through one prepared statement.
template <typename T, typename Bind, typename Name>
Result<void> insertAll(Database& db, const char* sql, const std::vector<T>& rows, Bind bind, Name name)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return withContext(kContext, stmt.error());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        stmt->reset();
        auto r = bind(*stmt, rows[i], i);
        if (r)
            r = stmt->run();
        if (!r)
            return withContext(std::string(kContext) + ": " + name(rows[i]), r.error());
    }
    return {};
}

// Search text of each file from the snapshot itself; files whose enterprise is already stored
// (not in the snapshot) are read from the database.
Result<std::vector<std::string>> searchTexts(const Database& db, const PortfolioSnapshot& s,
                                             std::set<Id>& refreshAfter)
{
    std::unordered_map<Id, std::size_t> enterpriseAt;
    enterpriseAt.reserve(s.enterprises.size());
    for (std::size_t i = 0; i < s.enterprises.size(); ++i)
        enterpriseAt.emplace(s.enterprises[i].id, i);
    std::unordered_map<Id, std::size_t> fileAt;
    fileAt.reserve(s.files.size());
    std::vector<std::string> texts(s.files.size());
    for (std::size_t i = 0; i < s.files.size(); ++i) {
        const LoanFile& f = s.files[i];
        if (f.id != 0)
            fileAt.emplace(f.id, i);
        if (auto it = enterpriseAt.find(f.enterpriseId); it != enterpriseAt.end()) {
            texts[i] = searchTextFor(f, s.enterprises[it->second]);
        } else {
            auto stored = getEnterprise(db, f.enterpriseId);
            if (!stored)
                return withContext(std::string(kContext) + ": loan file " + f.fileNo, stored.error());
            texts[i] = searchTextFor(f, *stored);
        }
    }
    for (const Truck& t : s.trucks) {
        if (t.loanFileId == 0)
            continue;
        if (auto it = fileAt.find(t.loanFileId); it != fileAt.end()) {
            Truck normalised = t;
            normalised.plate = normalisePlate(t.plate);
            appendTruckToSearchText(texts[it->second], normalised);
        } else {
            refreshAfter.insert(t.loanFileId);
        }
    }
    return texts;
}

// Inserts the files, each with the first entry of its history: imported, in the state it has, by its
// analyst at its last update. A file without an id gets its head once SQLite has chosen one.
Result<void> insertFilesWithHistory(Database& db, const PortfolioSnapshot& s,
                                    const std::vector<std::string>& texts)
{
    std::unordered_map<Id, Role> roles;
    for (const User& u : s.users)
        roles.emplace(u.id, u.role);
    auto fileStmt = db.prepare(kInsertLoanFileSql);
    auto auditStmt = db.prepare(kInsertAuditEntrySql);
    auto headStmt =
        db.prepare("UPDATE loan_files SET audit_head_seq = ?1, audit_head_hash = ?2 WHERE id = ?3");
    for (auto* stmt : {&fileStmt, &auditStmt, &headStmt})
        if (!*stmt)
            return withContext(kContext, stmt->error());
    std::vector<AuditEntry> entry(1);
    for (std::size_t i = 0; i < s.files.size(); ++i) {
        const LoanFile& f = s.files[i];
        AuditEntry& e = entry.front();
        e = AuditEntry{};
        e.actorId = f.analystId;
        if (auto it = roles.find(f.analystId); it != roles.end())
            e.actorRole = it->second;
        e.atMs = f.updatedAtMs;
        e.kind = AuditKind::State;
        e.subject = "state";
        e.after = key(f.state);
        e.reason = "imported";
        e.loanFileId = f.id;
        if (f.id != 0)
            chainAuditEntries(entry, 0, kGenesisHash);
        fileStmt->reset();
        auto r = f.id != 0 ? bindLoanFile(*fileStmt, f, texts[i], e.seq, e.hashHex)
                           : bindLoanFile(*fileStmt, f, texts[i]);
        if (r)
            r = fileStmt->run();
        if (r && f.id == 0) {
            e.loanFileId = db.lastInsertRowId();
            chainAuditEntries(entry, 0, kGenesisHash);
            headStmt->reset();
            r = headStmt->bindAll(e.seq, e.hashHex, e.loanFileId);
            if (r)
                r = headStmt->run();
        }
        if (r) {
            auditStmt->reset();
            r = bindAuditEntry(*auditStmt, e);
        }
        if (r)
            r = auditStmt->run();
        if (!r)
            return withContext(std::string(kContext) + ": loan file " + f.fileNo, r.error());
    }
    return {};
}

// A larger page cache for the bulk insert (the unique indexes are written in random order),
// restored afterwards.
class CacheBoost
{
public:
    explicit CacheBoost(Database& db) : m_db(db)
    {
        auto before = db.queryInt64("PRAGMA cache_size");
        m_before = before ? *before : -2000;
        (void)db.exec("PRAGMA cache_size = -131072");
    }
    ~CacheBoost() { (void)m_db.exec("PRAGMA cache_size = " + std::to_string(m_before)); }
    CacheBoost(const CacheBoost&) = delete;
    CacheBoost& operator=(const CacheBoost&) = delete;

private:
    Database& m_db;
    std::int64_t m_before = -2000;
};

} // namespace

Result<void> savePortfolio(Database& db, const PortfolioSnapshot& s)
{
    if (auto r = validateAll(s, currentUtcYear()); !r)
        return r;
    std::set<Id> refreshAfter;
    auto texts = searchTexts(db, s, refreshAfter);
    if (!texts)
        return texts.error();

    CacheBoost cache(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return withContext(kContext, tx.error());
    auto r = insertAll(
        db, kInsertUserSql, s.users,
        [](Statement& st, const User& u, std::size_t) { return bindUser(st, u); },
        [](const User& u) { return "user " + u.login; });
    if (r)
        r = insertAll(
            db, kInsertEnterpriseSql, s.enterprises,
            [](Statement& st, const Enterprise& e, std::size_t) { return bindEnterprise(st, e); },
            [](const Enterprise& e) { return "enterprise " + e.uscc; });
    if (r)
        r = insertFilesWithHistory(db, s, *texts);
    if (r)
        r = insertAll(
            db, kInsertTruckSql, s.trucks,
            [](Statement& st, const Truck& t, std::size_t) {
                Truck normalised = t;
                normalised.plate = normalisePlate(t.plate);
                return bindTruck(st, normalised);
            },
            [](const Truck& t) { return "truck " + t.vin + " (" + t.plate + ")"; });
    if (r)
        r = insertAll(
            db, kInsertKilnSql, s.kilns,
            [](Statement& st, const Kiln& k, std::size_t) { return bindKiln(st, k); },
            [](const Kiln& k) {
                return "kiln " + (k.gatewayId.empty() ? std::to_string(k.id) : k.gatewayId);
            });
    if (r)
        r = insertAll(
            db, kInsertDocumentSql, s.documents,
            [](Statement& st, const Document& d, std::size_t) { return bindDocument(st, d); },
            [](const Document& d) { return "document of loan file " + std::to_string(d.loanFileId); });
    for (Id fileId : refreshAfter) {
        if (!r)
            break;
        r = refreshSearchText(db, fileId);
    }
    if (!r)
        return r;
    return tx->commit();
}

} // namespace saggar
