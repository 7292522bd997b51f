// A loan file's loan-to-value over time from the stored valuations of its collateral: the outstanding
// balance on the file's schedule, each asset's latest valuation at each date, the covenant's limit and
// the points above it. Also the file's LTV now, as the LTV covenant and the early-warning alert judge it:
// each asset's latest model valuation where one exists, else the value the appraiser typed.
#pragma once

#include "domain.h"
#include "telemetry_assets.h"
#include "valuation_values.h"

#include <optional>
#include <string>
#include <vector>

namespace saggar::valuation {

struct LoanSchedule
{
    Money amount;
    double annualRatePct = 0.0;
    int termMonths = 0;
    TimestampMs disbursedAtMs = 0; // 0: not disbursed (the whole amount is committed)
};

// The principal outstanding at `atMs`: the whole amount until the first instalment falls due a month
// after disbursement, then equal monthly instalments (an annuity at the file's rate) over the term; zero
// after the term. Saggar records no repayments yet, so this is the balance if the schedule is kept.
Money outstandingAt(const LoanSchedule& schedule, TimestampMs atMs);

// One stored model valuation of an asset, as the LTV needs it.
struct ValuedAt
{
    TimestampMs atMs = 0;
    Money fairMarket;
    Money orderlyLiquidation;
    Money netRecovery;
};
Money valueOn(const ValuedAt& v, LtvBasis basis);

struct PledgedCollateral
{
    AssetRef asset;
    Money appraised;                  // typed by the appraiser; 0: none
    std::vector<ValuedAt> valuations; // the champion's, oldest first
};

struct FileLtvData
{
    Id loanFileId = 0;
    LoanSchedule schedule;
    std::optional<double> limitPct; // the file's LTV covenant (lowest threshold not waived), if any
    std::vector<PledgedCollateral> collateral;
};

inline constexpr double kDefaultLtvLimitPct = 80.0; // what the alert uses without a covenant

struct LtvHistoryPoint
{
    LtvPoint point;       // ltv as a ratio (0.85 = 85 %), breach above the limit
    int assetsValued = 0; // of the file's collateral, those with a valuation by then
};

// A point at every date a valuation of the file's collateral was made, and one at `nowMs` when it is
// later; each sums every asset's latest valuation by then on `basis`. Empty when nothing was valued.
std::vector<LtvHistoryPoint> ltvHistory(const FileLtvData& file, LtvBasis basis, TimestampMs nowMs);

struct CurrentLtv
{
    double ltvPct = 0.0; // infinity without any value
    double limitPct = kDefaultLtvLimitPct;
    bool covenant = false; // the limit is the file's covenant, not the default
    Money outstanding;
    Money collateral;
    int modelValued = 0; // assets valued by the model (fair market)
    int typedValued = 0; // assets with only the appraiser's typed value
    bool breach = false;
};

// The file's LTV at `nowMs` on the fair-market basis: each asset's latest model valuation made by then,
// else its typed appraised value; assets with neither are left out. Nothing when nothing is valued.
std::optional<CurrentLtv> currentLtv(const FileLtvData& file, TimestampMs nowMs);

} // namespace saggar::valuation
