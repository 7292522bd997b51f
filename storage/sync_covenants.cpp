#include "sync_covenants.h"

#include "repository_support.h"
#include "sync_child_ids.h"

namespace saggar {

Result<void> applyRemoteCovenants(Database& db, Id fileId, const std::vector<Covenant>& covenants)
{
    if (auto tied = tieLocalCovenants(db, fileId, covenants, 0); !tied)
        return tied.error();
    // A local one the server still lacks had its add refused (it waits in the conflicts; the file is
    // only applied with nothing of it in the outbox): the server's list stands.
    if (auto r = runSql(db,
                        "DELETE FROM covenants WHERE loan_file_id = ?1 AND id >= ?2 AND NOT EXISTS "
                        "(SELECT 1 FROM sync_outbox WHERE loan_file_id = ?1)",
                        fileId, kLocalChildIdBase);
        !r)
        return r;
    for (const Covenant& c : covenants) {
        if (c.id <= 0 || c.id >= kLocalChildIdBase)
            continue;
        if (auto r = runSql(
                db,
                "INSERT INTO covenants (id, loan_file_id, kind, metric, description, threshold, "
                "status, note, updated_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, metric = excluded.metric, "
                "description = excluded.description, threshold = excluded.threshold, "
                "status = excluded.status, note = excluded.note, updated_at_ms = excluded.updated_at_ms "
                "WHERE covenants.loan_file_id = excluded.loan_file_id",
                c.id, fileId, key(c.kind), key(c.metric), c.description, c.threshold, key(c.status), c.note,
                c.updatedAtMs);
            !r)
            return withContext("A condition from the server was not stored", r.error());
    }
    return {};
}

Result<void> applyRemoteAppraisals(Database& db, Id fileId, const RemoteFile& file)
{
    if (!file.appraisals)
        return {};
    for (std::size_t i = 0; i < file.trucks.size() && i < file.truckAppraisals.size(); ++i) {
        const Truck& t = file.trucks[i];
        const RemoteFile::Appraisal& a = file.truckAppraisals[i];
        if (auto r =
                runSql(db,
                       "UPDATE trucks SET appraised_value_fen = ?1, appraised_by = (SELECT id FROM users "
                       "WHERE id = ?2) "
                       "WHERE vin = ?3 AND loan_file_id = ?4",
                       a.value.fen(), nullIfZero(a.by), t.vin, fileId);
            !r)
            return r;
    }
    for (std::size_t i = 0; i < file.kilns.size() && i < file.kilnAppraisals.size(); ++i) {
        const Kiln& k = file.kilns[i];
        const RemoteFile::Appraisal& a = file.kilnAppraisals[i];
        auto r =
            k.gatewayId.empty()
                ? runSql(db,
                         "UPDATE kilns SET appraised_value_fen = ?1, appraised_by = (SELECT id FROM users "
                         "WHERE id = ?2) "
                         "WHERE loan_file_id = ?3 "
                         "AND gateway_id IS NULL AND type = ?4 AND length_m = ?5 AND year_installed = ?6 "
                         "AND purchase_cost_fen = ?7",
                         a.value.fen(), nullIfZero(a.by), fileId, std::string(key(k.type)), k.lengthM,
                         k.yearInstalled, k.purchaseCost.fen())
                : runSql(db,
                         "UPDATE kilns SET appraised_value_fen = ?1, appraised_by = (SELECT id FROM users "
                         "WHERE id = ?2) "
                         "WHERE gateway_id = ?3 AND loan_file_id = ?4",
                         a.value.fen(), nullIfZero(a.by), k.gatewayId, fileId);
        if (!r)
            return r;
    }
    return {};
}

} // namespace saggar
