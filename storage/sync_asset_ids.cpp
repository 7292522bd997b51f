#include "sync_asset_ids.h"

#include "repository_support.h"

#include "sync_child_ids.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace saggar {

namespace {

const char* kindOf(bool truck)
{
    return truck ? "truck" : "kiln";
}

// Each "trucks/<digits>/" and "kilns/<digits>/" of `json`: the collection's kind, where the digits start
// and end, and their value.
struct AssetPath
{
    bool truck = true;
    std::size_t begin = 0, end = 0;
    Id id = 0;
};

std::vector<AssetPath> assetPaths(std::string_view json)
{
    std::vector<AssetPath> out;
    for (bool truck : {true, false}) {
        const std::string_view prefix = truck ? "\"trucks/" : "\"kilns/";
        for (std::size_t at = json.find(prefix); at != std::string_view::npos;
             at = json.find(prefix, at + 1)) {
            AssetPath p{truck, at + prefix.size(), at + prefix.size(), 0};
            while (p.end < json.size() && p.end - p.begin < 18 && json[p.end] >= '0' && json[p.end] <= '9')
                p.id = p.id * 10 + (json[p.end++] - '0');
            // A key ("trucks/<id>/<member>":), not text inside a value (where a quote is escaped).
            std::size_t member = p.end + 1;
            while (member < json.size() && std::isalpha(static_cast<unsigned char>(json[member])))
                ++member;
            if (p.end > p.begin && p.end < json.size() && json[p.end] == '/' && member > p.end + 1 &&
                json.compare(member, 2, "\":") == 0 && (at == 0 || json[at - 1] != '\\'))
                out.push_back(p);
        }
    }
    return out;
}

Result<void> tie(Database& db, Id fileId, bool truck, Id local, Id server)
{
    if (auto r = runSql(
            db,
            "INSERT INTO sync_asset_ids (kind, local_id, server_id, loan_file_id) VALUES (?1, ?2, ?3, ?4)",
            kindOf(truck), local, server, fileId);
        !r)
        return withContext("A truck or kiln pledged here could not be tied to the server's", r.error());
    const std::string collection = truck ? "\"trucks/" : "\"kilns/";
    return rewriteWaitingPatches(db, fileId, collection + std::to_string(local) + "/",
                                 collection + std::to_string(server) + "/");
}

bool serverIdUsable(Id id, const std::set<Id>& taken)
{
    return id > 0 && id < kLocalAssetIdBase && !taken.count(id);
}

Result<std::set<Id>> tiedServerIds(Database& db, bool truck)
{
    auto st = db.prepare("SELECT server_id FROM sync_asset_ids WHERE kind = ?1");
    if (!st)
        return st.error();
    if (auto r = st->bindAll(kindOf(truck)); !r)
        return r.error();
    std::set<Id> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.insert(st->columnInt64(0));
    }
}

} // namespace

const char* syncAssetIdsSchemaSql()
{
    return R"sql(
CREATE TABLE sync_asset_ids (
    kind TEXT NOT NULL CHECK (kind IN ('truck', 'kiln')),
    local_id INTEGER NOT NULL,
    server_id INTEGER NOT NULL,
    loan_file_id INTEGER NOT NULL,
    PRIMARY KEY (kind, local_id),
    UNIQUE (kind, server_id)
);
)sql";
}

bool isPledgeBody(std::string_view json)
{
    return json.rfind(R"({"add":{"trucks":)", 0) == 0 || json.rfind(R"({"add":{"kilns":)", 0) == 0;
}

bool namesLocalAsset(std::string_view json)
{
    for (const AssetPath& p : assetPaths(json))
        if (p.id >= kLocalAssetIdBase)
            return true;
    return false;
}

Result<int> tieLocalAssets(Database& db, Id fileId, const std::vector<Truck>& trucks,
                           const std::vector<Kiln>& kilns)
{
    // Nothing pledged here at all (the usual case, and every file of a first pull): two reads of the
    // tables' highest row ids.
    auto topTruck = db.queryInt64("SELECT coalesce(max(id), 0) FROM trucks");
    auto topKiln = db.queryInt64("SELECT coalesce(max(id), 0) FROM kilns");
    if (!topTruck || !topKiln)
        return (!topTruck ? topTruck : topKiln).error();
    if (*topTruck < kLocalAssetIdBase && *topKiln < kLocalAssetIdBase)
        return 0;
    int tied = 0;
    auto takenTrucks = tiedServerIds(db, true);
    if (!takenTrucks)
        return takenTrucks.error();
    struct LocalTruck
    {
        Id id;
        std::string vin;
    };
    std::vector<LocalTruck> localTrucks;
    {
        auto st = db.prepare("SELECT id, vin FROM trucks WHERE loan_file_id = ?1 AND id >= ?2 AND id NOT IN "
                             "(SELECT local_id FROM sync_asset_ids WHERE kind = 'truck') ORDER BY id");
        if (!st)
            return st.error();
        if (auto r = st->bindAll(fileId, kLocalAssetIdBase); !r)
            return r.error();
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            localTrucks.push_back({st->columnInt64(0), st->columnText(1)});
        }
    }
    for (const LocalTruck& mine : localTrucks)
        for (const Truck& theirs : trucks)
            if (serverIdUsable(theirs.id, *takenTrucks) && theirs.vin == mine.vin) {
                if (auto r = tie(db, fileId, true, mine.id, theirs.id); !r)
                    return r.error();
                takenTrucks->insert(theirs.id);
                ++tied;
                break;
            }

    auto takenKilns = tiedServerIds(db, false);
    if (!takenKilns)
        return takenKilns.error();
    std::vector<Kiln> localKilns;
    {
        auto st =
            db.prepare("SELECT id, coalesce(gateway_id, ''), type, length_m, year_installed, "
                       "purchase_cost_fen FROM kilns WHERE loan_file_id = ?1 AND id >= ?2 AND id NOT IN "
                       "(SELECT local_id FROM sync_asset_ids WHERE kind = 'kiln') ORDER BY id");
        if (!st)
            return st.error();
        if (auto r = st->bindAll(fileId, kLocalAssetIdBase); !r)
            return r.error();
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            Kiln k;
            k.id = st->columnInt64(0);
            k.gatewayId = st->columnText(1);
            k.type = fromKey<KilnType>(st->columnText(2)).value_or(k.type);
            k.lengthM = st->columnDouble(3);
            k.yearInstalled = st->columnInt(4);
            k.purchaseCost = Money::fromFen(st->columnInt64(5));
            localKilns.push_back(std::move(k));
        }
    }
    for (const Kiln& mine : localKilns)
        for (const Kiln& theirs : kilns) {
            const bool same = mine.gatewayId.empty() ? theirs.gatewayId.empty() && theirs.type == mine.type &&
                                                           theirs.lengthM == mine.lengthM &&
                                                           theirs.yearInstalled == mine.yearInstalled &&
                                                           theirs.purchaseCost == mine.purchaseCost
                                                     : theirs.gatewayId == mine.gatewayId;
            if (serverIdUsable(theirs.id, *takenKilns) && same) {
                if (auto r = tie(db, fileId, false, mine.id, theirs.id); !r)
                    return r.error();
                takenKilns->insert(theirs.id);
                ++tied;
                break;
            }
        }
    return tied;
}

Result<std::optional<Id>> serverAssetId(const Database& db, bool truck, Id localId)
{
    if (localId < kLocalAssetIdBase)
        return std::optional<Id>(localId);
    auto st = db.prepare("SELECT server_id FROM sync_asset_ids WHERE kind = ?1 AND local_id = ?2");
    if (!st)
        return st.error();
    if (auto r = st->bindAll(kindOf(truck), localId); !r)
        return r.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? std::optional<Id>(st->columnInt64(0)) : std::nullopt;
}

Result<std::optional<std::string>> withServerAssetIds(const Database& db, std::string json)
{
    auto paths = assetPaths(json);
    std::sort(paths.begin(), paths.end(),
              [](const AssetPath& a, const AssetPath& b) { return a.begin > b.begin; });
    for (const AssetPath& p : paths) { // from the end, so earlier positions stay valid
        if (p.id < kLocalAssetIdBase)
            continue;
        auto server = serverAssetId(db, p.truck, p.id);
        if (!server)
            return server.error();
        if (!*server)
            return std::optional<std::string>();
        json.replace(p.begin, p.end - p.begin, std::to_string(**server));
    }
    return std::optional<std::string>(std::move(json));
}

} // namespace saggar
