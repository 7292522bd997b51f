// The accounts of a sound enterprise, for the risk tests on a real store.
#pragma once

#include "core/risk_application.h"
#include "storage_test_data.h"

namespace saggar::testdata {

inline risk::EnterpriseFinancials soundAccounts()
{
    constexpr TimestampMs dayMs = 24LL * 3600 * 1000;
    risk::EnterpriseFinancials f;
    f.totalAssets = Money::fromYuan(80'000'000);
    f.totalLiabilities = Money::fromYuan(30'000'000);
    f.netProfit = Money::fromYuan(9'000'000);
    f.revenue = Money::fromYuan(60'000'000);
    f.licenceExpiresAtMs = kBaseMs + 400 * dayMs;
    f.maxDaysPastDue = 0;
    return f;
}

} // namespace saggar::testdata
