#include "workspace_appraiser.h"

#include "database.h"
#include "sqlite_valuation_store.h"
#include "store_asset_history_source.h"

namespace saggar {

Result<valuation::Appraisal> WorkspaceAppraiser::appraise(const valuation::AssetToValue& asset,
                                                          TimestampMs nowMs, Id by)
{
    auto db = Database::open(m_databasePath, OpenMode::ExistingReadOnly);
    if (!db)
        return db.error();
    const SqliteValuationStore store(db.value());
    StoreAssetHistorySource telemetry(m_dir);
    return valuation::appraiseAsset(store, asset, nowMs, by, &telemetry);
}

} // namespace saggar
