// SalesStore over the workspace's SQLite database (schema v10, realised_sales_schema.cpp): realised sales,
// the valuations the champion/challenger comparison reads, and promotions logged in valuation_model_audit.
#pragma once

#include "database.h"

#include "core/valuation_sales_store.h"

namespace saggar {

class SqliteSalesStore final : public valuation::SalesStore
{
public:
    explicit SqliteSalesStore(Database& db) : m_db(db) {}

    Result<std::vector<Id>> importSales(const std::vector<valuation::RealisedSale>& sales, Id by,
                                        TimestampMs atMs) override;
    Result<std::vector<valuation::RealisedSale>> sales() const override;
    Result<std::vector<valuation::ModelValuation>> modelValuations() const override;
    Result<valuation::ModelRoleChange> promoteChallenger(std::string_view version, Id actorId, Role actorRole,
                                                         std::string_view reason, TimestampMs atMs) override;
    Result<std::vector<valuation::ModelRoleChange>> modelRoleChanges() const override;

private:
    Database& m_db;
};

} // namespace saggar
