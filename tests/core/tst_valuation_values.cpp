// Lender values: the judicial-auction ladder's prices (70 %, then 20 % lower), the order of the values
// (fair ≥ orderly ≥ forced ≥ net), slower-selling plant taking longer to cash, LTV on each basis, the LTV
// series flagging breaches, and the deterministic champion/challenger share.
#include "core/valuation_generator.h"
#include "core/valuation_revaluation.h"
#include "core/valuation_values.h"

#include <QTest>

#include <cmath>

using namespace saggar;
using namespace saggar::valuation;

namespace {

MarketEstimate market(std::int64_t yuan)
{
    const Money m = Money::fromYuan(yuan);
    return MarketEstimate{m, Money::fromYuan(yuan * 8 / 10), Money::fromYuan(yuan * 12 / 10),
                          Money::fromYuan(yuan * 7 / 10), Money::fromYuan(yuan * 13 / 10)};
}

} // namespace

class TestValuationValues : public QObject
{
    Q_OBJECT

    Library m_library = generateLibrary();

private slots:
    void auctionLadder()
    {
        const EquipmentType& truck = *m_library.find("TRK-DUMP-8X4-HOWO-DIESEL");
        const LenderValues v = lenderValues(market(300'000), truck);
        QCOMPARE(v.ladder.size(), std::size_t(3));
        QCOMPARE(v.ladder[0].startPrice, Money::fromYuan(210'000)); // 70 % of the appraisal
        QCOMPARE(v.ladder[1].startPrice, Money::fromYuan(168'000)); // 20 % lower
        QCOMPARE(v.ladder[2].startPrice, Money::fromYuan(168'000)); // the sale period keeps that price
        QVERIFY(v.ladder[0].daysToCash < v.ladder[1].daysToCash);
        QVERIFY(v.ladder[1].daysToCash < v.ladder[2].daysToCash);
        QVERIFY(v.market.fairMarket > v.orderlyLiquidation);
        QVERIFY(v.orderlyLiquidation > v.forcedSale);
        QVERIFY(v.forcedSale > v.netRecovery);
        QVERIFY(v.forcedSale <= Money::fromYuan(210'000));
        QVERIFY(v.forcedSale >= Money::fromYuan(168'000));
        QVERIFY(v.unsoldChance > 0 && v.unsoldChance < 0.5);
        QCOMPARE(v.recoveryCosts, Money::fromYuan(21'000)); // 7 % for a dump truck
    }

    void plantSellsSlower()
    {
        const LenderValues truck =
            lenderValues(market(1'000'000), *m_library.find("TRK-TRACTOR-6X4-FAW-DIESEL"));
        const LenderValues kiln = lenderValues(market(1'000'000), *m_library.find("KLN-ROLLER-300-28-GAS"));
        QVERIFY(kiln.daysToCash > truck.daysToCash);
        QVERIFY(kiln.netRecovery < truck.netRecovery);
        QVERIFY(kiln.orderlyLiquidation < truck.orderlyLiquidation);
    }

    void higherRateLowerNet()
    {
        const EquipmentType& t = *m_library.find("TRK-BOX-6X2-JAC-DIESEL");
        RecoveryTerms dear;
        dear.annualDiscountRate = 0.20;
        QVERIFY(lenderValues(market(200'000), t, dear).netRecovery <
                lenderValues(market(200'000), t).netRecovery);
    }

    void loanToValue()
    {
        const EquipmentType& t = *m_library.find("TRK-BOX-6X2-JAC-DIESEL");
        const std::vector<LenderValues> collateral{lenderValues(market(200'000), t),
                                                   lenderValues(market(300'000), t)};
        const Money loan = Money::fromYuan(250'000);
        QCOMPARE(saggar::valuation::loanToValue(loan, collateral, LtvBasis::FairMarket), 0.5);
        QVERIFY(saggar::valuation::loanToValue(loan, collateral, LtvBasis::NetRecovery) >
                saggar::valuation::loanToValue(loan, collateral, LtvBasis::OrderlyLiquidation));
        QVERIFY(std::isinf(saggar::valuation::loanToValue(loan, {}, LtvBasis::FairMarket)));
    }

    void ltvOverTime()
    {
        const std::vector<LtvObservation> obs{
            {3000, Money::fromYuan(500'000), Money::fromYuan(700'000)},
            {1000, Money::fromYuan(600'000), Money::fromYuan(1'000'000)},
            {2000, Money::fromYuan(550'000), Money::fromYuan(750'000)},
        };
        const auto series = ltvSeries(obs, 0.70);
        QCOMPARE(series.size(), std::size_t(3));
        QCOMPARE(series[0].atMs, TimestampMs(1000));
        QCOMPARE(series[0].ltv, 0.6);
        QVERIFY(!series[0].breach);
        QVERIFY(series[1].breach); // 550 / 750 = 0.733
        QVERIFY(series[2].breach); // 500 / 700 = 0.714
    }

    void revaluationReasons()
    {
        constexpr TimestampMs kDay = 86'400'000;
        ValuationRecord last;
        last.atMs = 100 * kDay;
        last.libraryVersion = "2026.11";
        last.modelVersion = "vm-a";
        last.inspectionId = 5;
        last.indicators[2].provenance = {
            ProvenanceSource::Telemetry, {40 * kDay, 99 * kDay}, 0, "engine hours"};
        CurrentState now{101 * kDay, 100 * kDay, 5, "2026.11", "vm-a"};
        QVERIFY(saggar::valuation::revaluationReasons(last, now).empty());

        now.newestTelemetryMs = 107 * kDay; // 8 days past the readings used
        now.newestInspectionId = 6;
        now.libraryVersion = "2026.12";
        now.championVersion = "vm-b";
        now.nowMs = 131 * kDay;
        const auto reasons = saggar::valuation::revaluationReasons(last, now);
        QCOMPARE(reasons.size(), std::size_t(5));
        QCOMPARE(reasons[0], std::string("a new inspection (6)"));
        QCOMPARE(reasons[1], std::string("telemetry up to 8 days newer than the readings used"));
        QCOMPARE(reasons[2], std::string("library 2026.12 replaces 2026.11"));
        QCOMPARE(reasons[3], std::string("model vm-b is now the champion"));
        QCOMPARE(reasons[4], std::string("the valuation is 31 days old"));

        last.role = ModelRole::Challenger; // a challenger's valuation is not redone for a new champion
        QCOMPARE(saggar::valuation::revaluationReasons(last, now).size(), std::size_t(4));
    }

    void championChallengerShare()
    {
        int challengers = 0;
        for (int i = 0; i < 10'000; ++i)
            challengers += modelFor("truck:" + std::to_string(i), 0.10) == ModelRole::Challenger;
        QVERIFY(challengers > 900 && challengers < 1100);
        QCOMPARE(modelFor("truck:42", 0.10), modelFor("truck:42", 0.10));
        QCOMPARE(modelFor("truck:42", 0.0), ModelRole::Champion);
        QCOMPARE(modelFor("truck:42", 1.0), ModelRole::Challenger);
        // A larger share keeps every asset the smaller one had on the challenger.
        for (int i = 0; i < 1000; ++i) {
            const std::string k = "kiln:" + std::to_string(i);
            if (modelFor(k, 0.05) == ModelRole::Challenger)
                QCOMPARE(modelFor(k, 0.20), ModelRole::Challenger);
        }
    }
};

QTEST_GUILESS_MAIN(TestValuationValues)
#include "tst_valuation_values.moc"
