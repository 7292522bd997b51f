// A file's LTV over time on a hand-computed fixture: the outstanding balance on the schedule, each
// asset's latest valuation at each date, the breach flag where the line crosses the limit; the LTV now
// preferring model valuations and falling back to the typed appraisal.
#include "core/valuation_ltv.h"

#include <QTest>

#include <cmath>

using namespace saggar;
using namespace saggar::valuation;

namespace {

constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kT0 = 1'780'000'000'000;
constexpr TimestampMs kMonth = 2'629'800'000; // 30.4375 days

ValuedAt valued(TimestampMs at, std::int64_t fairYuan)
{
    // Orderly 90 %, net recovery 60 % of fair: easy to check by hand.
    return {at, Money::fromYuan(fairYuan), Money::fromYuan(fairYuan * 9 / 10),
            Money::fromYuan(fairYuan * 6 / 10)};
}

// 1,200,000 yuan at 0 % over 12 months, disbursed at kT0: 100,000 a month.
FileLtvData fixture()
{
    FileLtvData f;
    f.loanFileId = 7;
    f.schedule = {Money::fromYuan(1'200'000), 0.0, 12, kT0};
    f.limitPct = 75.0;
    PledgedCollateral truck{{AssetKind::Truck, 1}, Money::fromYuan(900'000), {}};
    truck.valuations = {valued(kT0, 1'000'000), valued(kT0 + 2 * kMonth + kDay, 800'000)};
    PledgedCollateral kiln{{AssetKind::Kiln, 2}, Money(), {}};
    kiln.valuations = {valued(kT0 + kMonth + kDay, 600'000)};
    f.collateral = {truck, kiln};
    return f;
}

} // namespace

class TestValuationLtv : public QObject
{
    Q_OBJECT

private slots:
    void outstandingFollowsTheSchedule()
    {
        LoanSchedule s{Money::fromYuan(1'200'000), 0.0, 12, kT0};
        QCOMPARE(outstandingAt(s, kT0 - kDay), Money::fromYuan(1'200'000)); // not yet disbursed
        QCOMPARE(outstandingAt(s, kT0 + kMonth - kDay), Money::fromYuan(1'200'000));
        QCOMPARE(outstandingAt(s, kT0 + kMonth + kDay), Money::fromYuan(1'100'000));
        QCOMPARE(outstandingAt(s, kT0 + 6 * kMonth + kDay), Money::fromYuan(600'000));
        QCOMPARE(outstandingAt(s, kT0 + 13 * kMonth), Money());
        // An annuity: 100,000 at 12 % a year over 2 months pays 50,751.24 a month; after one,
        // 100,000 × 1.01 − 50,751.24 = 50,248.76 is left.
        LoanSchedule a{Money::fromYuan(100'000), 12.0, 2, kT0};
        QCOMPARE(outstandingAt(a, kT0 + kMonth + kDay).fen(), std::int64_t(5'024'876));
        // Never disbursed: the whole amount is committed.
        QCOMPARE(outstandingAt({Money::fromYuan(5), 4.0, 12, 0}, kT0 + 40 * kMonth), Money::fromYuan(5));
    }

    void seriesSumsTheLatestValuationsAndFlagsTheCrossing()
    {
        const FileLtvData f = fixture();
        const TimestampMs now = kT0 + 3 * kMonth + 2 * kDay;
        const auto h = ltvHistory(f, LtvBasis::FairMarket, now);
        QCOMPARE(h.size(), std::size_t(4)); // three valuation dates and now
        // t0: 1,200,000 / 1,000,000 (truck only) = 120 %
        QCOMPARE(h[0].point.atMs, kT0);
        QCOMPARE(h[0].point.outstanding, Money::fromYuan(1'200'000));
        QCOMPARE(h[0].point.collateral, Money::fromYuan(1'000'000));
        QCOMPARE(h[0].assetsValued, 1);
        QVERIFY(h[0].point.breach);
        // a month and a day: 1,100,000 / (1,000,000 + 600,000) = 68.75 %, below 75 %
        QCOMPARE(h[1].point.collateral, Money::fromYuan(1'600'000));
        QCOMPARE(h[1].point.outstanding, Money::fromYuan(1'100'000));
        QCOMPARE(h[1].point.ltv, 0.6875);
        QCOMPARE(h[1].assetsValued, 2);
        QVERIFY(!h[1].point.breach);
        // two months and a day: the truck falls to 800,000: 1,000,000 / 1,400,000 = 71.4 %
        QCOMPARE(h[2].point.collateral, Money::fromYuan(1'400'000));
        QVERIFY(std::abs(h[2].point.ltv - 1'000'000.0 / 1'400'000.0) < 1e-12);
        QVERIFY(!h[2].point.breach);
        // now: 900,000 / 1,400,000
        QCOMPARE(h[3].point.atMs, now);
        QCOMPARE(h[3].point.outstanding, Money::fromYuan(900'000));

        // Net recovery (60 % of fair): 1,100,000 / 960,000 crosses the limit at the second point.
        const auto net = ltvHistory(f, LtvBasis::NetRecovery, now);
        QCOMPARE(net[1].point.collateral, Money::fromYuan(960'000));
        QVERIFY(net[1].point.breach);
        QVERIFY(net[2].point.breach); // 1,000,000 / 840,000
        QVERIFY(net[3].point.breach); // 900,000 / 840,000 = 107 %
        // Orderly (90 %): 1,100,000 / 1,440,000 = 76.4 % is above, 1,000,000 / 1,260,000 = 79.4 % too,
        // 900,000 / 1,260,000 = 71.4 % is back below.
        const auto orderly = ltvHistory(f, LtvBasis::OrderlyLiquidation, now);
        QVERIFY(orderly[1].point.breach);
        QVERIFY(orderly[2].point.breach);
        QVERIFY(!orderly[3].point.breach);
    }

    void nothingValuedGivesNoHistory()
    {
        FileLtvData f = fixture();
        for (PledgedCollateral& c : f.collateral)
            c.valuations.clear();
        QVERIFY(ltvHistory(f, LtvBasis::FairMarket, kT0 + 10 * kMonth).empty());
        // Valuations made after "now" are not read.
        QVERIFY(ltvHistory(fixture(), LtvBasis::FairMarket, kT0 - kDay).empty());
    }

    void currentPrefersTheModelAndFallsBackToTheTypedValue()
    {
        FileLtvData f = fixture();
        // Before the kiln's valuation: the truck's model value and nothing for the kiln (no typed value).
        auto early = currentLtv(f, kT0 + kDay);
        QVERIFY(early);
        QCOMPARE(early->modelValued, 1);
        QCOMPARE(early->typedValued, 0);
        QCOMPARE(early->collateral, Money::fromYuan(1'000'000));
        QCOMPARE(early->ltvPct, 120.0);
        QVERIFY(early->breach);
        QVERIFY(early->covenant);
        // The kiln typed at 300,000 counts until the model values it.
        f.collateral[1].appraised = Money::fromYuan(300'000);
        auto typed = currentLtv(f, kT0 + kDay);
        QCOMPARE(typed->typedValued, 1);
        QCOMPARE(typed->collateral, Money::fromYuan(1'300'000));
        auto later = currentLtv(f, kT0 + 2 * kMonth + 2 * kDay);
        QCOMPARE(later->modelValued, 2);
        QCOMPARE(later->collateral, Money::fromYuan(1'400'000)); // the truck's latest, not the typed 900,000
        QVERIFY(!later->breach);
        // Without a covenant the alert's 80 % applies.
        f.limitPct.reset();
        QCOMPARE(currentLtv(f, kT0 + kDay)->limitPct, kDefaultLtvLimitPct);
        QVERIFY(!currentLtv(f, kT0 + kDay)->covenant);
        // Nothing valued at all: no figure.
        for (PledgedCollateral& c : f.collateral) {
            c.valuations.clear();
            c.appraised = Money();
        }
        QVERIFY(!currentLtv(f, kT0));
    }
};

QTEST_APPLESS_MAIN(TestValuationLtv)
#include "tst_valuation_ltv.moc"
