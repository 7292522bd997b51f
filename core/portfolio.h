// What the portfolio screen asks of a store: the ids matching a filter in sort order, then rows for
// the ids on screen. Implemented by storage/, consumed by ui/ from a worker thread.
#pragma once

#include "domain.h"
#include "result.h"

#include <optional>
#include <string>
#include <vector>

namespace saggar {

enum class PortfolioSortKey { FileNo, Enterprise, Cluster, State, Amount, Assignee, Updated };

struct PortfolioFilter
{
    // Free text matched (case-insensitive substring) against the enterprise's Chinese and English
    // names, its unified social credit code, the file number, and the plates and VINs of its trucks.
    std::string text;
    std::optional<LoanState> state;
    std::optional<Cluster> cluster;
    std::optional<Money> minAmount; // inclusive
    std::optional<Money> maxAmount; // inclusive
    std::optional<Id> assigneeId;   // the analyst, appraiser or manager assigned to the file
    PortfolioSortKey sortKey = PortfolioSortKey::Updated;
    bool descending = true;

    bool operator==(const PortfolioFilter&) const = default;
};

// One line of the portfolio table.
struct PortfolioRow
{
    Id fileId = 0;
    std::string fileNo;
    std::string enterpriseNameZh;
    std::string enterpriseNameEn;
    std::string uscc;
    Cluster cluster = Cluster::Foshan;
    Segment segment = Segment::BuildingTiles;
    LoanState state = LoanState::Draft;
    Product product = Product::EquipmentMortgage;
    Money amount;
    std::string analystName;
    int truckCount = 0;
    int kilnCount = 0;
    TimestampMs updatedAtMs = 0;
};

class PortfolioSource
{
public:
    virtual ~PortfolioSource() = default;
    // Ids of every file matching the filter, in the filter's sort order (ties broken by file id).
    virtual Result<std::vector<Id>> matchingIds(const PortfolioFilter& filter) = 0;
    // Rows for the given ids, in the same order; an id that no longer exists is left out.
    virtual Result<std::vector<PortfolioRow>> rows(const std::vector<Id>& ids) = 0;
};

} // namespace saggar
