#include "sync_child_ids.h"

#include "repository_support.h"

#include "document_repository.h"
#include "workflow_records.h"

#include <set>
#include <string>

namespace saggar {

namespace {

Result<bool> held(Database& db, const char* table, Id id)
{
    auto st = db.prepare(std::string("SELECT 1 FROM ") + table + " WHERE id = ?1");
    if (!st)
        return st.error();
    if (auto r = st->bindAll(id); !r)
        return r.error();
    return st->step();
}

// Rewrites `from` to `to` in the patches of the file's waiting outbox rows and kept conflicts.
Result<void> rewritePatches(Database& db, Id fileId, const std::string& from, const std::string& to)
{
    for (const char* table : {"sync_outbox", "sync_conflicts"})
        if (auto r = runSql(db,
                            std::string("UPDATE ") + table +
                                " SET patch_json = replace(patch_json, ?2, ?3) WHERE loan_file_id = ?1 AND "
                                "instr(patch_json, ?2) > 0",
                            fileId, from, to);
            !r)
            return r;
    return {};
}

Result<void> renumberCovenant(Database& db, Id fileId, Id local, Id server)
{
    if (auto r = runSql(db, "UPDATE covenants SET id = ?1 WHERE id = ?2 AND loan_file_id = ?3", server, local,
                        fileId);
        !r)
        return withContext("A new condition could not take the server's id", r.error());
    return rewritePatches(db, fileId, "\"covenants/" + std::to_string(local) + "/",
                          "\"covenants/" + std::to_string(server) + "/");
}

bool sameDefinition(const Covenant& a, const Covenant& b)
{
    return a.kind == b.kind && a.metric == b.metric && a.description == b.description &&
           a.threshold == b.threshold;
}

} // namespace

Result<void> rewriteWaitingPatches(Database& db, Id fileId, const std::string& from, const std::string& to)
{
    return rewritePatches(db, fileId, from, to);
}

Result<Id> moveToLocalRange(Database& db, const char* table, Id id)
{
    auto top = db.queryInt64(std::string("SELECT coalesce(max(id), 0) FROM ") + table);
    if (!top)
        return top.error();
    if (id >= kLocalChildIdBase && id == *top)
        return id;
    const Id local = std::max(kLocalChildIdBase, *top + 1);
    if (auto r = runSql(db, std::string("UPDATE ") + table + " SET id = ?1 WHERE id = ?2", local, id); !r)
        return r.error();
    return local;
}

Id keepServerIdIfFree(Database& db, const char* table, Id serverId)
{
    if (serverId <= 0 || serverId >= kLocalChildIdBase)
        return 0;
    auto taken = held(db, table, serverId);
    return taken && !*taken ? serverId : 0;
}

bool isCovenantAddBody(std::string_view json)
{
    return json.rfind(R"({"add":{"covenants":)", 0) == 0;
}

Result<int> tieLocalCovenants(Database& db, Id fileId, const std::vector<Covenant>& server, int limit)
{
    auto local = listCovenants(db, fileId);
    if (!local)
        return local.error();
    std::set<Id> taken;
    int tied = 0;
    for (const Covenant& mine : *local) {
        if (mine.id < kLocalChildIdBase || (limit > 0 && tied >= limit))
            continue;
        for (const Covenant& theirs : server) {
            if (theirs.id <= 0 || theirs.id >= kLocalChildIdBase || taken.count(theirs.id) ||
                !sameDefinition(mine, theirs))
                continue;
            auto already = held(db, "covenants", theirs.id);
            if (!already)
                return already.error();
            if (*already)
                continue;
            if (auto r = renumberCovenant(db, fileId, mine.id, theirs.id); !r)
                return r.error();
            taken.insert(theirs.id);
            ++tied;
            break;
        }
    }
    return tied;
}

Result<bool> tieAddedCovenant(Database& db, Id fileId, const Covenant& sent,
                              const std::vector<Covenant>& server)
{
    auto local = listCovenants(db, fileId);
    if (!local)
        return local.error();
    const Covenant* mine =
        nullptr; // the oldest local one with the sent definition, else the oldest local one
    for (const Covenant& c : *local)
        if (c.id >= kLocalChildIdBase && (!mine || (sameDefinition(c, sent) && !sameDefinition(*mine, sent))))
            mine = &c;
    if (!mine)
        return false;
    for (const Covenant& theirs : server) {
        if (theirs.id <= 0 || theirs.id >= kLocalChildIdBase || !sameDefinition(theirs, sent))
            continue;
        auto already = held(db, "covenants", theirs.id);
        if (!already)
            return already.error();
        if (*already)
            continue;
        if (auto r = renumberCovenant(db, fileId, mine->id, theirs.id); !r)
            return r.error();
        return true;
    }
    return false;
}

Result<int> tieLocalDocuments(Database& db, Id fileId, const std::vector<Document>& server)
{
    auto local = listDocumentsOfFile(db, fileId);
    if (!local)
        return local.error();
    // Attachments refer to their document: checked when the transaction commits, not per statement.
    if (auto r = db.exec("PRAGMA defer_foreign_keys = ON"); !r)
        return r.error();
    std::set<Id> taken;
    int tied = 0;
    for (const Document& mine : *local) {
        if (mine.id < kLocalChildIdBase)
            continue;
        for (const Document& theirs : server) {
            if (theirs.id <= 0 || theirs.id >= kLocalChildIdBase || theirs.kind != mine.kind ||
                taken.count(theirs.id))
                continue;
            auto already = held(db, "documents", theirs.id);
            if (!already)
                return already.error();
            if (*already)
                continue;
            const std::string from = std::to_string(mine.id), to = std::to_string(theirs.id);
            if (auto r = runSql(db, "UPDATE documents SET id = ?1 WHERE id = ?2 AND loan_file_id = ?3",
                                theirs.id, mine.id, fileId);
                !r)
                return withContext("A document could not take the server's id", r.error());
            if (auto r = runSql(db, "UPDATE attachments SET document_id = ?1 WHERE document_id = ?2",
                                theirs.id, mine.id);
                !r)
                return r.error();
            if (auto r = rewritePatches(db, fileId, "\"documents/" + from + "/", "\"documents/" + to + "/");
                !r)
                return r.error();
            if (auto r = rewritePatches(db, fileId, "{\"attach\":" + from + ",", "{\"attach\":" + to + ",");
                !r)
                return r.error();
            taken.insert(theirs.id);
            ++tied;
            break;
        }
    }
    return tied;
}

} // namespace saggar
