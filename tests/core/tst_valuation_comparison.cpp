// Champion/challenger on realised sales, against a hand-made fixture whose figures are worked out in the
// comments: only the latest valuation before the sale day (China time) counts, outside comparables and
// unvalued sales are left out, band ends count as inside.
#include "core/telemetry_time.h"
#include "core/valuation_comparison.h"

#include <QTest>

using namespace saggar;
using namespace saggar::valuation;

namespace {

MarketEstimate band(std::int64_t fair, std::int64_t l80, std::int64_t h80, std::int64_t l90, std::int64_t h90)
{
    return {Money::fromYuan(fair), Money::fromYuan(l80), Money::fromYuan(h80), Money::fromYuan(l90),
            Money::fromYuan(h90)};
}

TimestampMs at(const char* iso)
{
    return *parseTelemetryTime(iso);
}

RealisedSale sold(std::string kind, Id id, std::string date, std::int64_t yuan)
{
    RealisedSale s;
    s.assetKind = std::move(kind);
    s.assetId = id;
    s.typeCode = "T";
    s.saleDate = std::move(date);
    s.price = Money::fromYuan(yuan);
    return s;
}

} // namespace

class TestValuationComparison : public QObject
{
    Q_OBJECT

private slots:
    void saleDayStartsAtChinaMidnight()
    {
        QCOMPARE(*saleDayStartMs("2026-08-01"), at("2026-07-31T16:00:00Z"));
        QVERIFY(!saleDayStartMs("2026-13-01"));
    }

    void handFixture()
    {
        const std::vector<ModelValuation> valuations{
            // truck:1, sold 2026-06-10 for 100,000.
            {"A", "truck:1", at("2026-05-01T02:00:00Z"), band(90'000, 80'000, 110'000, 70'000, 120'000)},
            {"A", "truck:1", at("2026-06-10T02:00:00Z"), band(200'000, 1, 300'000, 1, 300'000)}, // on the day
            {"B", "truck:1", at("2026-06-01T02:00:00Z"), band(130'000, 110'000, 150'000, 95'000, 165'000)},
            // truck:2, sold 2026-07-01 for 200,000: the later of A's two counts.
            {"A", "truck:2", at("2026-06-30T02:00:00Z"), band(220'000, 190'000, 250'000, 180'000, 260'000)},
            {"A", "truck:2", at("2026-03-01T02:00:00Z"), band(150'000, 1, 2, 1, 2)},
            // kiln:3, sold 2026-08-01 for 1,000,000; B's valuation at China midnight of the sale day is too
            // late.
            {"A", "kiln:3", at("2026-07-31T15:00:00Z"), band(800'000, 700'000, 950'000, 650'000, 1'050'000)},
            {"B", "kiln:3", at("2026-07-31T16:00:00Z"), band(1, 1, 2, 1, 2)},
            {"B", "kiln:3", at("2026-01-01T02:00:00Z"),
             band(1'000'000, 900'000, 1'000'000, 800'000, 1'200'000)},
            // truck:4, sold 2026-05-01, valued by A only afterwards.
            {"A", "truck:4", at("2026-05-02T02:00:00Z"), band(1, 1, 2, 1, 2)},
        };
        RealisedSale outside = sold("", 0, "2026-06-10", 100'000); // an outside comparable: never matched
        const std::vector<RealisedSale> sales{
            sold("truck", 1, "2026-06-10", 100'000), sold("truck", 2, "2026-07-01", 200'000),
            sold("kiln", 3, "2026-08-01", 1'000'000), sold("truck", 4, "2026-05-01", 50'000), outside};

        const auto rows = compareOnSales({"A", "B", "C"}, valuations, sales);
        QCOMPARE(rows.size(), std::size_t(3));

        // A: errors −10 %, +10 %, −20 %; bands 80: in, in, out; 90: in, in, in.
        const SalesComparison& a = rows[0];
        QCOMPARE(a.modelVersion, std::string("A"));
        QCOMPARE(a.n, std::size_t(3));
        QVERIFY(qFuzzyCompare(a.medianAbsPctError, 10.0));
        QVERIFY(qFuzzyCompare(a.within10, 2.0 / 3.0));
        QVERIFY(qFuzzyCompare(a.within20, 1.0));
        QVERIFY(qFuzzyCompare(a.inside80, 2.0 / 3.0));
        QVERIFY(qFuzzyCompare(a.inside90, 1.0));
        QVERIFY(std::abs(a.biasPct - (-20.0 / 3.0)) < 1e-9);

        // B: errors +30 % and 0 %; 80: out, in (price on the upper end); 90: in, in.
        const SalesComparison& b = rows[1];
        QCOMPARE(b.n, std::size_t(2));
        QVERIFY(qFuzzyCompare(b.medianAbsPctError, 15.0));
        QVERIFY(qFuzzyCompare(b.within10, 0.5));
        QVERIFY(qFuzzyCompare(b.within20, 0.5));
        QVERIFY(qFuzzyCompare(b.inside80, 0.5));
        QVERIFY(qFuzzyCompare(b.inside90, 1.0));
        QVERIFY(qFuzzyCompare(b.biasPct, 15.0));

        // C: no valuations.
        QCOMPARE(rows[2].n, std::size_t(0));
        QCOMPARE(rows[2].medianAbsPctError, 0.0);
    }
};

QTEST_APPLESS_MAIN(TestValuationComparison)
#include "tst_valuation_comparison.moc"
