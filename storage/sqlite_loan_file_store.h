// Single loan files and people over the workspace's connection (UI thread, short indexed queries):
// read a file with its children, create a draft with its document checklist, pledge collateral.
#pragma once

#include "database.h"

#include "core/loan_file_store.h"

namespace saggar {

class SqliteLoanFileStore : public LoanFileStore, public UserDirectory
{
public:
    explicit SqliteLoanFileStore(Database& db) : m_db(db) {}

    Result<LoanFileDetail> loadFile(Id fileId) override;
    // deleteDraftLocally (sync_tombstones.h): marked deleted and the DELETE queued, one transaction.
    Result<void> deleteDraft(Id fileId, Id actorId) override;

    // Validates both records, then in one transaction: reuses the stored enterprise with the same
    // USCC — keeping the stored names and figures, since an enterprise is edited on its own page,
    // not through a new application — or inserts the given one; allocates the next number
    // "SG-<year of createdAtMs, UTC>-NNNNNN"; inserts the file as a Draft at version 1 (created
    // now when createdAtMs is 0) with one Missing document per checklist entry of its product, and
    // the first entry of its history (state "" → draft, by its analyst).
    // With queueing on (the workstation's, setQueueForSync) the file takes a local id at or above
    // kLocalFileIdBase and a provisional number "SG-<year>-L<5 digits>" until the server answers, and
    // its POST /api/v1/files is queued in the same transaction (sync_file_ids.h).
    Result<Id> createDraft(const Enterprise& enterprise, const LoanFile& file) override;
    // Off by default (the server's own store and tests that build files); the workstation turns it on.
    void setQueueForSync(bool on) { m_queueForSync = on; }
    // The file must be stored; the asset's enterprise is the file's (0 is filled in, another one
    // is refused). The file's search text, version and updated time follow, and its history gets an
    // entry "truck:<VIN>" / "kiln:<gateway>".
    Result<Id> addTruck(const Truck& truck) override;
    Result<Id> addKiln(const Kiln& kiln) override;
    // In one transaction: the changed terms, an audit entry per term (by the analyst), the version
    // and updated time moving on, and one outbox row setting just the changed terms (sync_patches.h).
    Result<void> editDraftTerms(Id fileId, std::int64_t expectedVersion, const DraftTerms& terms,
                                Id actorId) override;

    Result<User> findByLogin(std::string_view login) override;
    Result<std::vector<User>> allUsers() override;

private:
    // "SG-<year>-L00001", … for files not yet numbered by the server.
    Result<std::string> nextLocalFileNo(int year);
    // The stored file an asset is pledged to, with the asset's enterprise checked against it.
    Result<LoanFile> pledgeTarget(Id loanFileId, Id& enterpriseId, const char* what);
    // The audit entry of a pledged asset (by the file's analyst, who prepares the file), and the
    // file's version and updated time moving on.
    Result<void> recordPledge(const LoanFile& file, std::string subject, std::string after,
                              std::string patchJson);

    Database& m_db;
    bool m_queueForSync = false;
};

} // namespace saggar
