// ValuationStore over the workspace's SQLite database (schema v4 tables, valuation_schema.cpp).
#pragma once

#include "database.h"

#include "core/valuation_store.h"

namespace saggar {

class SqliteValuationStore final : public valuation::ValuationStore
{
public:
    explicit SqliteValuationStore(Database& db) : m_db(db) {}

    Result<valuation::LibraryVersionInfo> importLibrary(std::string_view text, Id by,
                                                        TimestampMs atMs) override;
    Result<std::vector<valuation::LibraryVersionInfo>> libraries() const override;
    Result<valuation::Library> library(std::string_view version = {}) const override;

    Result<void> saveModel(const valuation::ModelRecord& model) override;
    Result<valuation::ModelRecord> model(std::string_view version) const override;
    Result<std::vector<valuation::ModelRecord>> models() const override;
    Result<void> setModelRole(std::string_view version, std::string_view role) override;

    Result<Id> saveInspection(const valuation::Inspection& inspection) override;
    Result<valuation::Inspection> inspection(Id id) const override;

    Result<Id> saveValuation(const valuation::ValuationRecord& valuation) override;
    Result<std::vector<valuation::ValuationRecord>> valuationsOf(std::string_view assetKind,
                                                                 Id assetId) const override;

private:
    Database& m_db;
};

} // namespace saggar
