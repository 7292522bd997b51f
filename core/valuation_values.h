// The values a lender reads off an appraisal: fair market value with its bands, orderly liquidation,
// forced sale along the judicial-auction ladder, net recovery after costs and time to cash, and LTV.
// Money is fen; every rule below is documented in docs/valuation.md.
#pragma once

#include "money.h"
#include "telemetry_sample.h"
#include "valuation_library.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace saggar::valuation {

// The model's estimate for one asset, already in money.
struct MarketEstimate
{
    Money fairMarket;
    Money low80, high80;
    Money low90, high90;
};

// One step of the judicial auction (网络司法拍卖): its starting price as a share of the appraisal,
// the chance it sells there given it reached the step, and the days from seizure to cash if it does.
struct AuctionStep
{
    std::string_view name; // "first auction", "second auction", "sale period"
    double startShare = 0;
    Money startPrice;
    double sellChance = 0; // given that the earlier steps failed
    int daysToCash = 0;
};

struct LenderValues
{
    MarketEstimate market;
    Money orderlyLiquidation; // sold by the owner or a dealer over the type's usual selling time
    Money forcedSale;         // expected price along the auction ladder
    std::vector<AuctionStep> ladder;
    double unsoldChance = 0; // the ladder ends unsold (the lender may take the asset in lieu)
    int daysToCash = 0;      // expected, from seizure
    Money recoveryCosts;     // repossession, transport, storage, fees
    Money netRecovery;       // forced sale − costs, discounted at the lender's rate over the time to cash
};

struct RecoveryTerms
{
    double annualDiscountRate = 0.06; // the lender's cost of funds for the wait
    int daysToFirstAuction = 90;      // seizure, court appraisal, 15-day announcement
    int daysToSecondAuction = 30;     // 7-day announcement and scheduling
    int salePeriodDays = 60;          // 变卖 after a failed second auction
    int daysToPayment = 10;
};

// Judicial-auction rules: first auction starts at 70 % of the appraisal, the second 20 % lower.
inline constexpr double kFirstAuctionShare = 0.70;
inline constexpr double kSecondAuctionCut = 0.20;

LenderValues lenderValues(const MarketEstimate& market, const EquipmentType& type,
                          const RecoveryTerms& terms = {});

enum class LtvBasis { FairMarket, OrderlyLiquidation, NetRecovery };

// Outstanding loan over the sum of the collateral's values on the basis; infinity without collateral.
double loanToValue(Money outstanding, std::span<const LenderValues> collateral, LtvBasis basis);

// One point of a file's LTV over time.
struct LtvPoint
{
    TimestampMs atMs = 0;
    Money outstanding;
    Money collateral;
    double ltv = 0;
    bool breach = false; // ltv above the covenant's limit
};

struct LtvObservation
{
    TimestampMs atMs = 0;
    Money outstanding;
    Money collateral; // on the covenant's basis, from the valuations current at atMs
};

std::vector<LtvPoint> ltvSeries(std::span<const LtvObservation> observations, double limit);

enum class ModelRole { Champion, Challenger };

// Which model values an asset: a stable hash of salt and asset key puts `challengerShare` (0…1) of the
// assets on the challenger, the same ones every run.
ModelRole modelFor(std::string_view assetKey, double challengerShare, std::string_view salt = "saggar");

} // namespace saggar::valuation
