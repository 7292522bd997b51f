#include "sync_apply.h"

#include "repository_support.h"

#include "asset_repository.h"
#include "sync_asset_ids.h"
#include "sync_child_ids.h"
#include "sync_children.h"
#include "sync_covenants.h"

namespace saggar {

Result<bool> applyRemoteFile(Database& db, Id fileId, std::int64_t version, const RemoteFile& file,
                             bool evenIfNotNewer)
{
    auto local = db.prepare("SELECT version, enterprise_id FROM loan_files WHERE id = ?1");
    if (!local)
        return local.error();
    if (auto r = local->bindAll(fileId); !r)
        return r.error();
    auto row = local->step();
    if (!row)
        return row.error();
    if (!row.value())
        return false;
    // Trucks and kilns pledged here that the server lists are tied to its ids (sync_asset_ids.h), even
    // from a copy no newer than ours (our own pledge's version).
    if (auto tied = tieLocalAssets(db, fileId, file.trucks, file.kilns); !tied)
        return tied.error();
    if (local->columnInt64(0) >= version && !evenIfNotNewer)
        return false;
    const Id enterpriseId = local->columnInt64(1);
    const std::int64_t localVersion = local->columnInt64(0);
    auto waiting = hasRow(db, "SELECT 1 FROM sync_outbox WHERE loan_file_id = ?1", fileId);
    if (!waiting)
        return waiting.error();
    if (waiting.value())
        return false;

    auto update =
        db.prepare("UPDATE loan_files SET state = ?1, amount_fen = ?2, term_months = ?3, "
                   "annual_rate_pct = ?4, purpose = ?5, version = ?6, deleted_at_ms = 0, deleted_by = '' "
                   "WHERE id = ?7"); // alive on the server at a newer version: shown again
    if (!update)
        return update.error();
    if (auto r = update->bindAll(std::string(key(file.state)), file.amount.fen(), file.termMonths,
                                 file.annualRatePct, file.purpose, version, fileId);
        !r)
        return r.error();
    if (auto r = update->run(); !r)
        return withContext("The server's copy of file " + std::to_string(fileId) + " was not applied",
                           r.error());

    for (Truck t : file.trucks) {
        auto known = hasRow(db, "SELECT 1 FROM trucks WHERE vin = ?1", t.vin);
        if (!known)
            return known.error();
        if (known.value())
            continue;
        t.id = keepServerIdIfFree(db, "trucks", t.id); // sync_child_ids.h
        t.loanFileId = fileId;
        t.enterpriseId = enterpriseId;
        if (auto id = insertTruck(db, t); !id)
            return withContext("A truck from the server was not stored", id.error());
    }
    for (Kiln k : file.kilns) {
        auto known =
            k.gatewayId.empty()
                ? hasRow(db,
                         "SELECT 1 FROM kilns WHERE loan_file_id = ?1 AND gateway_id IS NULL AND type = ?2 "
                         "AND length_m = ?3 AND year_installed = ?4 AND purchase_cost_fen = ?5",
                         fileId, std::string(key(k.type)), k.lengthM, k.yearInstalled, k.purchaseCost.fen())
                : hasRow(db, "SELECT 1 FROM kilns WHERE gateway_id = ?1", k.gatewayId);
        if (!known)
            return known.error();
        if (known.value())
            continue;
        k.id = keepServerIdIfFree(db, "kilns", k.id);
        k.loanFileId = fileId;
        k.enterpriseId = enterpriseId;
        if (auto id = insertKiln(db, k); !id)
            return withContext("A kiln from the server was not stored", id.error());
    }
    // The values after the pledges, so new ones get theirs too (sync_covenants.h).
    if (auto r = applyRemoteAppraisals(db, fileId, file); !r)
        return r.error();
    if (file.covenants)
        if (auto r = applyRemoteCovenants(db, fileId, *file.covenants); !r)
            return r.error();
    if (auto r = applyRemoteChildren(db, fileId, file.documents, file.children); !r)
        return r.error();
    const RemoteChildren by = file.children.value_or(RemoteChildren{});
    if (auto r = appendPulledEntry(db, fileId, PulledChange::Updated, localVersion, version, by.updatedById,
                                   by.updatedByName, file.updatedAtMs);
        !r)
        return r.error();
    return true;
}

} // namespace saggar
