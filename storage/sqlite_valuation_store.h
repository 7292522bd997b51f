// ValuationStore over the workspace's SQLite database (schema v4 tables, valuation_schema.cpp).
#pragma once

#include "database.h"

#include "core/valuation_store.h"

#include <functional>
#include <string>

namespace saggar {

class SqliteValuationStore final : public valuation::ValuationStore
{
public:
    // Inspection photos go to `attachmentsDir` (<workspace>/attachments) with the document attachments;
    // without it storePhoto refuses.
    explicit SqliteValuationStore(Database& db, std::string attachmentsDir = {})
        : m_db(db), m_attachmentsDir(std::move(attachmentsDir))
    {}

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
    Result<std::vector<valuation::Inspection>> inspectionsOf(std::string_view assetKind,
                                                             Id assetId) const override;
    Result<std::string> storePhoto(std::string_view bytes) override;
    Result<std::string> photo(std::string_view sha256) const override;

    Result<Id> saveValuation(const valuation::ValuationRecord& valuation) override;
    Result<std::vector<valuation::ValuationRecord>> valuationsOf(std::string_view assetKind,
                                                                 Id assetId) const override;
    Result<valuation::FileLtvData> fileLtvData(Id loanFileId) const override; // file_ltv_data.cpp

    // Called after an inspection is stored (on the caller's thread): the app revalues at once.
    void setInspectionSaved(std::function<void(const valuation::Inspection&)> saved)
    {
        m_inspectionSaved = std::move(saved);
    }

private:
    // An audit entry on the loan file the asset is pledged to (none when it is not pledged).
    Result<void> auditInspection(const valuation::Inspection& inspection, Id id);

    Database& m_db;
    std::string m_attachmentsDir;
    std::function<void(const valuation::Inspection&)> m_inspectionSaved;
};

} // namespace saggar
