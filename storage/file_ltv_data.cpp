#include "file_ltv_data.h"

#include "repository_support.h"
#include "sqlite_valuation_store.h"

#include <map>

namespace saggar {

using namespace valuation;

namespace {

constexpr const char* kFileSql =
    "SELECT f.id, f.amount_fen, f.annual_rate_pct, f.term_months, "
    "(SELECT MIN(a.at_ms) FROM audit_log a WHERE a.loan_file_id = f.id AND a.kind = 'state' AND "
    "a.subject = 'state' AND a.after IN ('disbursed', 'monitoring')), "
    "(SELECT MIN(threshold) FROM covenants c WHERE c.loan_file_id = f.id AND c.metric = 'loan_to_value_pct' "
    "AND c.status <> 'waived') FROM loan_files f ";

FileLtvData fileRow(const Statement& s)
{
    FileLtvData d;
    d.loanFileId = s.columnInt64(0);
    d.schedule.amount = Money::fromFen(s.columnInt64(1));
    d.schedule.annualRatePct = s.columnDouble(2);
    d.schedule.termMonths = s.columnInt(3);
    d.schedule.disbursedAtMs = s.columnIsNull(4) ? 0 : s.columnInt64(4);
    if (!s.columnIsNull(5))
        d.limitPct = s.columnDouble(5);
    return d;
}

// Fills the collateral of `files` (by id) with a pledge filter over loan_file_id (`where`).
Result<void> addCollateral(const Database& db, std::map<Id, FileLtvData*>& files, const std::string& where,
                           Id id)
{
    auto pledged = readMany<std::pair<Id, PledgedCollateral>>(
        db,
        "SELECT loan_file_id, 'truck', id, appraised_value_fen FROM trucks WHERE " + where +
            " UNION ALL SELECT loan_file_id, 'kiln', id, appraised_value_fen FROM kilns WHERE " + where +
            " ORDER BY 1, 2 DESC, 3",
        id, [](const Statement& s) {
            PledgedCollateral c;
            c.asset = {s.columnView(1) == "kiln" ? AssetKind::Kiln : AssetKind::Truck, s.columnInt64(2)};
            c.appraised = Money::fromFen(s.columnInt64(3));
            return std::pair{s.columnInt64(0), c};
        });
    if (!pledged)
        return pledged.error();
    std::map<AssetRef, PledgedCollateral*> byAsset;
    for (auto& [fileId, c] : *pledged)
        if (auto it = files.find(fileId); it != files.end()) {
            it->second->collateral.push_back(std::move(c));
            byAsset[it->second->collateral.back().asset] = nullptr;
        }
    for (auto& [fileId, f] : files)
        for (PledgedCollateral& c : f->collateral)
            byAsset[c.asset] = &c;
    auto values = readMany<std::pair<AssetRef, ValuedAt>>(
        db,
        "SELECT v.asset_kind, v.asset_id, v.at_ms, v.fair_market_fen, v.orderly_fen, v.net_recovery_fen "
        "FROM valuations v WHERE v.model_role = 'champion' AND ((v.asset_kind = 'truck' AND v.asset_id IN "
        "(SELECT id FROM trucks WHERE " +
            where + ")) OR (v.asset_kind = 'kiln' AND v.asset_id IN (SELECT id FROM kilns WHERE " + where +
            "))) ORDER BY v.at_ms, v.id",
        id, [](const Statement& s) {
            return std::pair{
                AssetRef{s.columnView(0) == "kiln" ? AssetKind::Kiln : AssetKind::Truck, s.columnInt64(1)},
                ValuedAt{s.columnInt64(2), Money::fromFen(s.columnInt64(3)), Money::fromFen(s.columnInt64(4)),
                         Money::fromFen(s.columnInt64(5))}};
        });
    if (!values)
        return values.error();
    for (const auto& [asset, v] : *values)
        if (auto it = byAsset.find(asset); it != byAsset.end() && it->second)
            it->second->valuations.push_back(v);
    return {};
}

} // namespace

Result<FileLtvData> readFileLtvData(const Database& db, Id loanFileId)
{
    auto file = readOne<FileLtvData>(db, std::string(kFileSql) + "WHERE f.id = ?1", loanFileId, fileRow,
                                     "Loan file " + std::to_string(loanFileId) + " is not in the workspace.");
    if (!file)
        return file;
    std::map<Id, FileLtvData*> byId{{file->loanFileId, &*file}};
    if (auto r = addCollateral(db, byId, "loan_file_id = ?1", loanFileId); !r)
        return r.error();
    return file;
}

Result<std::vector<FileLtvData>> readMonitoredLtvData(const Database& db)
{
    auto files = readMany<FileLtvData>(
        db, std::string(kFileSql) + "WHERE f.state IN ('disbursed', 'monitoring') ORDER BY f.id", 0, fileRow);
    if (!files)
        return files;
    std::map<Id, FileLtvData*> byId;
    for (FileLtvData& f : *files)
        byId[f.loanFileId] = &f;
    if (auto r = addCollateral(db, byId,
                               "loan_file_id IN (SELECT id FROM loan_files WHERE state IN ('disbursed', "
                               "'monitoring'))",
                               0);
        !r)
        return r.error();
    return files;
}

Result<FileLtvData> SqliteValuationStore::fileLtvData(Id loanFileId) const
{
    return readFileLtvData(m_db, loanFileId);
}

} // namespace saggar
