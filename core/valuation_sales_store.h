// Realised sales and the champion/challenger bookkeeping as the UI and the command line see them:
// importing and listing sales, the stored valuations reduced to what the comparison reads, and promoting
// a challenger with its audit entry. storage/ implements it (SqliteSalesStore).
#pragma once

#include "valuation_comparison.h"
#include "valuation_sales.h"

#include <vector>

namespace saggar::valuation {

// The share of assets the challenger values (modelFor): the same assets every run.
inline constexpr double kChallengerShare = 0.25;

// One entry of the model change log: who made `toVersion` the champion, when, and why.
struct ModelRoleChange
{
    Id id = 0;
    std::int64_t seq = 0;
    TimestampMs atMs = 0;
    Id actorId = 0;
    std::string actorName; // the user's display name when read back
    Role actorRole = Role::Manager;
    std::string fromVersion; // the champion retired ("" when there was none)
    std::string toVersion;
    std::string reason;
    std::string hashHex; // chained over the previous entry (core/audit_chain.h)
};

class SalesStore
{
public:
    virtual ~SalesStore() = default;

    // All or nothing: every sale is checked (validate()), its type must be in the current library and a
    // pledged asset must exist in the workspace; the first bad one is named ("sale 7: …") and nothing is
    // stored. Returns the new ids in order.
    virtual Result<std::vector<Id>> importSales(const std::vector<RealisedSale>& sales, Id by,
                                                TimestampMs atMs) = 0;
    virtual Result<std::vector<RealisedSale>> sales() const = 0; // by sale date, then id

    // Every stored valuation as the comparison reads it (version, asset, time, market band).
    virtual Result<std::vector<ModelValuation>> modelValuations() const = 0;

    // Makes the challenger `version` the champion and retires the champion before it; the role change and
    // its entry in the model change log commit in one transaction. Forbidden unless `actorRole` is
    // manager; InvalidInput for an empty reason or a version that is not a challenger; NotFound for an
    // unknown version.
    virtual Result<ModelRoleChange> promoteChallenger(std::string_view version, Id actorId, Role actorRole,
                                                      std::string_view reason, TimestampMs atMs) = 0;
    virtual Result<std::vector<ModelRoleChange>> modelRoleChanges() const = 0; // newest first
};

} // namespace saggar::valuation
