// What valuation keeps in the workspace, as the UI and the command line see it: library versions,
// model versions, inspections and valuations (each naming the library and model versions it used and
// its inputs, so it can be reproduced). storage/ implements it (SqliteValuationStore).
#pragma once

#include "valuation_assets.h"
#include "valuation_inspection.h"
#include "valuation_ltv.h"

#include <vector>

namespace saggar::valuation {

struct LibraryVersionInfo
{
    std::string version;
    std::string effective;
    std::string sha256; // "sha256:<hex>" of the imported text
    int types = 0;
    int parameters = 0;
    TimestampMs importedAtMs = 0;
    Id importedBy = 0; // 0: imported from the command line
};

struct ModelRecord
{
    std::string version; // modelVersion()
    std::string libraryVersion;
    std::string dataHash;
    Figures measured;
    std::string role; // "champion" | "challenger" | "retired"
    TimestampMs trainedAtMs = 0;
    std::string body; // writePriceModel(); empty in list results
};

struct ValuationRecord
{
    Id id = 0;
    std::string assetKind; // "truck" | "kiln"
    Id assetId = 0;
    TimestampMs atMs = 0;
    std::string libraryVersion;
    std::string modelVersion;
    ModelRole role = ModelRole::Champion;
    Id inspectionId = 0; // 0: valued without an inspection
    AssetCase inputs;
    Indicators indicators;
    LenderValues values; // the ladder is not stored: it follows from the values and the library
    Id valuedBy = 0;
    std::string reason; // why it was made: a revaluation's reasons; empty when valued by hand
};

class ValuationStore
{
public:
    virtual ~ValuationStore() = default;

    // Parses and validates the text; a new version becomes the current library. Refuses a version
    // already imported (Conflict) and changes nothing on any refusal.
    virtual Result<LibraryVersionInfo> importLibrary(std::string_view text, Id by, TimestampMs atMs) = 0;
    virtual Result<std::vector<LibraryVersionInfo>> libraries() const = 0; // oldest first
    // "" = the current (last imported) version.
    virtual Result<Library> library(std::string_view version = {}) const = 0;

    virtual Result<void> saveModel(const ModelRecord& model) = 0;
    virtual Result<ModelRecord> model(std::string_view version) const = 0;
    virtual Result<std::vector<ModelRecord>> models() const = 0; // without bodies
    virtual Result<void> setModelRole(std::string_view version, std::string_view role) = 0;

    // Validates first. When the asset is pledged to a loan file, the file's audit trail records it.
    virtual Result<Id> saveInspection(const Inspection& inspection) = 0;
    virtual Result<Inspection> inspection(Id id) const = 0;
    // Every inspection of one asset, newest first, whole (maintenance, defects, photos).
    virtual Result<std::vector<Inspection>> inspectionsOf(std::string_view assetKind, Id assetId) const = 0;
    // Keeps an inspection photo (PNG or JPEG, at most 20 MB) with the workspace's attachments under its
    // SHA-256 and returns the hex digest the inspection records.
    virtual Result<std::string> storePhoto(std::string_view bytes) = 0;
    // The bytes of a photo storePhoto kept, by its hex digest: NotFound when no file of that name is
    // there or its content no longer hashes to it; InvalidInput for a name that is not a digest.
    virtual Result<std::string> photo(std::string_view sha256) const = 0;

    virtual Result<Id> saveValuation(const ValuationRecord& valuation) = 0;
    virtual Result<std::vector<ValuationRecord>> valuationsOf(std::string_view assetKind,
                                                              Id assetId) const = 0;
    // What the file's LTV is computed from (schedule, covenant, collateral with its champion valuations);
    // the LTV chart and the covenant read it. NotFound from a store that keeps no loan files.
    virtual Result<FileLtvData> fileLtvData(Id loanFileId) const
    {
        return makeError("No loan file " + std::to_string(loanFileId) + " here.", ErrorCode::NotFound);
    }
};

// Text forms of the inputs and indicators a valuation row keeps (one line per item, tab separated).
std::string encodeInputs(const AssetCase& inputs);
Result<AssetCase> decodeInputs(std::string_view text);
std::string encodeIndicators(const Indicators& indicators);
Result<Indicators> decodeIndicators(std::string_view text);

} // namespace saggar::valuation
