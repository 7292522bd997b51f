// Comparables for a valuation report: only the same category, nearest type (code, class and brand), age,
// usage and cluster first, with a fixed tie-break; and the realised-sales CSV (all or nothing, the bad
// line named, written and read back unchanged).
#include "core/valuation_comparables.h"
#include "core/valuation_dataset.h" // its Comparable must not clash with ComparableSale
#include "core/valuation_generator.h"

#include <QTest>

using namespace saggar;
using namespace saggar::valuation;

namespace {

RealisedSale sale(Id id, std::string type, std::string date, std::int64_t yuan, std::optional<double> age,
                  std::optional<double> usage, Cluster cluster = Cluster::Foshan)
{
    RealisedSale s;
    s.id = id;
    s.typeCode = std::move(type);
    s.saleDate = std::move(date);
    s.price = Money::fromYuan(yuan);
    s.ageYears = age;
    s.usage = usage;
    s.cluster = cluster;
    s.channel = SaleChannel::Dealer;
    return s;
}

} // namespace

class TestValuationComparables : public QObject
{
    Q_OBJECT

    Library m_library = generateLibrary();

private slots:
    void nearestFirstSameCategoryOnly()
    {
        const EquipmentType& type = *m_library.find("TRK-TRACTOR-6X4-FAW-DIESEL"); // life 8 years
        const ComparableSubject subject{4.0, 400'000.0, Cluster::Foshan};
        const std::vector<RealisedSale> sales{
            sale(1, "KLN-ROLLER-150-25-GAS", "2026-10-01", 900'000, 4.0, 400'000.0), // other category
            sale(2, "TRK-TRACTOR-6X4-FAW-DIESEL", "2026-09-01", 250'000, 6.0, 400'000.0),
            sale(3, "TRK-TRACTOR-6X4-FAW-LNG", "2026-09-02", 260'000, 4.0, 400'000.0),
            sale(4, "TRK-TRACTOR-6X4-HOWO-DIESEL", "2026-09-03", 240'000, 4.0, 400'000.0, Cluster::Zibo),
            sale(5, "TRK-DUMP-8X4-FAW-DIESEL", "2026-09-04", 230'000, 4.0, 400'000.0),
            sale(6, "NOT-IN-LIBRARY", "2026-09-05", 230'000, 4.0, 400'000.0),
            sale(7, "TRK-DUMP-8X4-DONGFENG-DIESEL", "2026-09-06", 220'000, std::nullopt, std::nullopt),
        };
        const auto found = nearestComparables(sales, m_library, type, subject, 10);
        QCOMPARE(found.size(), std::size_t(5)); // the kiln and the unknown type left out
        // 2: same code, 2 years over a life of 8 → 0.5; 3: same class and brand → 0.5; tie → later date.
        QCOMPARE(found[0].saleId, Id(3));
        QCOMPARE(found[0].distance, 0.5);
        QCOMPARE(found[1].saleId, Id(2));
        QCOMPARE(found[1].distance, 0.5);
        // 4: same class, other brand 0.75 + cluster 0.1.
        QCOMPARE(found[2].saleId, Id(4));
        QVERIFY(qFuzzyCompare(found[2].distance, 0.85));
        // 5: same brand, other class 1.0.
        QCOMPARE(found[3].saleId, Id(5));
        QCOMPARE(found[3].distance, 1.0);
        // 7: category only 1.5 + age unknown 0.5 + usage unknown 0.25.
        QCOMPARE(found[4].saleId, Id(7));
        QCOMPARE(found[4].distance, 2.25);
        QCOMPARE(found[0].typeName, std::string("FAW Jiefang tractor 6x4 LNG"));
        QCOMPARE(found[0].similarity, 1.0 / 1.5);

        const auto two = nearestComparables(sales, m_library, type, subject, 2);
        QCOMPARE(two.size(), std::size_t(2));
        QCOMPARE(two[1].saleId, Id(2));
        QVERIFY(nearestComparables({}, m_library, type, subject).empty());
    }

    void usageDistanceIsCappedAndLogarithmic()
    {
        const EquipmentType& type = *m_library.find("TRK-TRACTOR-6X4-FAW-DIESEL");
        const ComparableSubject subject{4.0, 99.0, Cluster::Foshan};
        // ln(100 / 1000) × 0.5 = 1.1513 → capped at 1; ln(100/ (e·100)) × 0.5 = 0.5.
        const auto far =
            comparableDistance(type, subject, type, sale(1, type.code, "2026-01-01", 1, 4.0, 999.0));
        QCOMPARE(*far, 1.0);
        const auto near = comparableDistance(
            type, subject, type, sale(1, type.code, "2026-01-01", 1, 4.0, 100.0 * std::exp(1.0) - 1.0));
        QVERIFY(std::abs(*near - 0.5) < 1e-12);
    }

    void deterministicTieBreak()
    {
        const EquipmentType& type = *m_library.find("TRK-TRACTOR-6X4-FAW-DIESEL");
        const ComparableSubject subject{4.0, 1000.0, Cluster::Foshan};
        std::vector<RealisedSale> sales{sale(9, type.code, "2026-05-01", 1, 4.0, 1000.0),
                                        sale(3, type.code, "2026-05-01", 1, 4.0, 1000.0),
                                        sale(5, type.code, "2026-06-01", 1, 4.0, 1000.0)};
        auto a = nearestComparables(sales, m_library, type, subject, 3);
        std::reverse(sales.begin(), sales.end());
        auto b = nearestComparables(sales, m_library, type, subject, 3);
        QCOMPARE(a[0].saleId, Id(5)); // later date
        QCOMPARE(a[1].saleId, Id(3)); // then lower id
        QCOMPARE(a[2].saleId, Id(9));
        for (std::size_t i = 0; i < 3; ++i)
            QCOMPARE(a[i].saleId, b[i].saleId);
    }

    void csvRoundTrip()
    {
        const std::string text =
            "type_code,asset_kind,asset_id,sale_date,price_yuan,channel,cluster,age_years,"
            "usage,source\n"
            "TRK-TRACTOR-6X4-FAW-DIESEL,truck,12,2026-03-04,182000.50,judicial_auction,"
            "foshan,5.5,610000,\"Foshan court, notice 17\"\n"
            "# a comment\n"
            "KLN-ROLLER-150-25-GAS,,,2026-04-01,1200000,dealer,zibo,,,dealer invoice\n";
        const auto sales = parseSalesCsv(text);
        QVERIFY2(sales.ok(), sales.ok() ? "" : sales.error().message.c_str());
        QCOMPARE(sales->size(), std::size_t(2));
        const RealisedSale& a = (*sales)[0];
        QCOMPARE(a.assetKind, std::string("truck"));
        QCOMPARE(a.assetId, Id(12));
        QCOMPARE(a.price, Money::fromFen(18'200'050));
        QCOMPARE(a.channel, SaleChannel::JudicialAuction);
        QCOMPARE(*a.ageYears, 5.5);
        QCOMPARE(a.source, std::string("Foshan court, notice 17"));
        QCOMPARE(saleAssetKey(a), std::string("truck:12"));
        const RealisedSale& b = (*sales)[1];
        QVERIFY(b.outside());
        QVERIFY(!b.ageYears && !b.usage);
        QCOMPARE(b.cluster, Cluster::Zibo);

        const auto again = parseSalesCsv(writeSalesCsv(*sales));
        QVERIFY(again.ok());
        QCOMPARE(writeSalesCsv(*again), writeSalesCsv(*sales));
    }

    void csvRefusals_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("price") << "truck,1,T,2026-01-01,abc,dealer,foshan"
                               << "line 3: price_yuan";
        QTest::newRow("zero price") << "truck,1,T,2026-01-01,0,dealer,foshan"
                                    << "line 3: price_yuan must be";
        QTest::newRow("date") << "truck,1,T,2026-02-30,10,dealer,foshan"
                              << "line 3: sale_date";
        QTest::newRow("channel") << "truck,1,T,2026-01-01,10,auction,foshan"
                                 << "line 3: channel";
        QTest::newRow("cluster") << "truck,1,T,2026-01-01,10,dealer,paris"
                                 << "line 3: cluster";
        QTest::newRow("kind") << "boat,1,T,2026-01-01,10,dealer,foshan"
                              << "line 3: asset_kind";
        QTest::newRow("outside with id") << ",4,T,2026-01-01,10,dealer,foshan"
                                         << "line 3: asset_id";
        QTest::newRow("fields") << "truck,1,T,2026-01-01,10,dealer"
                                << "line 3: 6 fields";
    }

    void csvRefusals()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const std::string text = "asset_kind,asset_id,type_code,sale_date,price_yuan,channel,cluster\n"
                                 "truck,1,T,2026-01-01,10,dealer,foshan\n" +
                                 line.toStdString() + "\n";
        const auto sales = parseSalesCsv(text);
        QVERIFY(!sales.ok());
        QVERIFY2(QString::fromStdString(sales.error().message).startsWith(expected),
                 sales.error().message.c_str());
    }

    void csvHeaderChecked()
    {
        QVERIFY(!parseSalesCsv("").ok());
        QVERIFY(!parseSalesCsv("asset_kind,asset_id,type_code,sale_date,price_yuan,channel,cluster\n").ok());
        const auto missing = parseSalesCsv("asset_kind,asset_id,type_code,sale_date,price_yuan,channel\n");
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.find("cluster") != std::string::npos);
        QVERIFY(!parseSalesCsv("asset_kind,colour\n").ok());
    }
};

QTEST_APPLESS_MAIN(TestValuationComparables)
#include "tst_valuation_comparables.moc"
