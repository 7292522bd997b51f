// What screens ask of a store about single loan files and people: read a file with its children,
// create a draft, pledge collateral, find users. Implemented by storage/; every write validates first
// and changes nothing when it refuses.
#pragma once

#include "domain.h"
#include "result.h"

#include <string>
#include <string_view>
#include <vector>

namespace saggar {

// A draft's own terms, as its analyst edits them.
struct DraftTerms
{
    Money amount;
    int termMonths = 0;
    double annualRatePct = 0.0;
    std::string purpose;
};

class LoanFileStore
{
public:
    virtual ~LoanFileStore() = default;

    virtual Result<LoanFileDetail> loadFile(Id fileId) = 0;
    // Deletes a draft (kept as a tombstone, queued for the server): its analyst or a manager, only a
    // draft. Forbidden otherwise; a store without sync support refuses.
    virtual Result<void> deleteDraft(Id fileId, Id actorId)
    {
        (void)fileId;
        (void)actorId;
        return makeError("This store cannot delete files.", ErrorCode::Forbidden);
    }

    // Creates the enterprise (or reuses the stored one with the same USCC) and a Draft loan file with
    // the required-document checklist for its product; returns the new file id.
    virtual Result<Id> createDraft(const Enterprise& enterprise, const LoanFile& file) = 0;
    virtual Result<Id> addTruck(const Truck& truck) = 0; // truck.loanFileId must name a stored file
    virtual Result<Id> addKiln(const Kiln& kiln) = 0;
    // Changes the terms of a Draft that `actorId` prepared, only while it is at `expectedVersion`
    // (Conflict otherwise); InvalidInput for invalid terms, Forbidden for anyone but its analyst or a
    // file past Draft. Nothing happens when no term differs.
    virtual Result<void> editDraftTerms(Id fileId, std::int64_t expectedVersion, const DraftTerms& terms,
                                        Id actorId) = 0;
};

class UserDirectory
{
public:
    virtual ~UserDirectory() = default;
    virtual Result<User> findByLogin(std::string_view login) = 0; // NotFound when no such user
    virtual Result<std::vector<User>> allUsers() = 0;
};

} // namespace saggar
