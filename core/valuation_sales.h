// Realised sale prices: what pledged trucks and kilns (or outside comparables) actually fetched, by which
// channel and when. They are the yardstick the champion and challenger models are compared against and the
// comparables a valuation report lists. The CSV form is what `saggarctl valuation sales import` reads.
#pragma once

#include "domain.h"
#include "money.h"
#include "result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar::valuation {

enum class SaleChannel { JudicialAuction, Negotiated, Dealer };

std::string_view key(SaleChannel c); // "judicial_auction", "negotiated", "dealer"
std::optional<SaleChannel> saleChannelFromKey(std::string_view text);

struct RealisedSale
{
    Id id = 0;             // 0 until stored
    std::string assetKind; // "truck" | "kiln"; "" for an outside comparable
    Id assetId = 0;        // 0 for an outside comparable
    std::string typeCode;  // library type code
    std::string saleDate;  // "YYYY-MM-DD"
    Money price;           // > 0
    SaleChannel channel = SaleChannel::Negotiated;
    Cluster cluster = Cluster::Foshan;
    std::optional<double> ageYears; // at sale, when known
    std::optional<double>
        usage;          // km (trucks), firing hours a year (kilns)… as the library's norm; when known
    std::string source; // where the figure comes from (court notice, dealer invoice…)
    Id recordedBy = 0;  // 0: recorded from the command line
    TimestampMs recordedAtMs = 0;

    bool outside() const { return assetKind.empty(); }
};

// Field checks of one sale (kind and id agree, date is a real date, price > 0, age and usage ≥ 0, source
// under 500 characters); the message names the field.
Result<void> validate(const RealisedSale& sale);

// CSV with a header line naming these columns (any order; the optional ones may be left out):
//   asset_kind, asset_id, type_code, sale_date, price_yuan, channel, cluster, age_years, usage, source
// asset_kind and asset_id empty for an outside comparable; price in yuan with at most two decimals.
// All or nothing: the first bad line is named ("line 7: price_yuan …") and nothing is returned.
Result<std::vector<RealisedSale>> parseSalesCsv(std::string_view text);
std::string writeSalesCsv(const std::vector<RealisedSale>& sales);

// "truck:12" for a pledged asset; "" for an outside comparable.
std::string saleAssetKey(const RealisedSale& sale);

} // namespace saggar::valuation
