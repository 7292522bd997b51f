// Weight-of-evidence binning: WoE and information value against hand-computed figures, quantile bins merged
// until the bad rate is monotone, small categories merged, missing and unseen values, bins in words.
#include "core/risk_binning.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace saggar::risk;

namespace {

// `goods` good and `bads` bad rows of one value.
void add(std::vector<Value>& values, std::vector<std::uint8_t>& bad, const Value& v, int goods, int bads)
{
    for (int i = 0; i < goods + bads; ++i) {
        values.push_back(v);
        bad.push_back(i < bads ? 1 : 0);
    }
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestRiskBinning : public QObject
{
    Q_OBJECT

private slots:
    void woeByHand()
    {
        // Goods 40/30/30 of 100, bads 10/20/30 of 60.
        QVERIFY(near(weightOfEvidence(40, 10, 100, 60, 0, 3), std::log(0.40 / (10.0 / 60))));
        QVERIFY(near(weightOfEvidence(40, 10, 100, 60, 0, 3), std::log(2.4)));
        QVERIFY(near(weightOfEvidence(30, 20, 100, 60, 0, 3), std::log(0.9)));
        QVERIFY(near(weightOfEvidence(30, 30, 100, 60, 0, 3), std::log(0.6)));
        // Smoothing adds 0.5 to each count and 0.5 per bin to each total.
        QVERIFY(near(weightOfEvidence(40, 10, 100, 60, 0.5, 3), std::log((40.5 / 101.5) / (10.5 / 61.5))));
        // A bin with no bads stays finite once smoothed.
        QVERIFY(std::isfinite(weightOfEvidence(10, 0, 100, 60, 0.5, 3)));
    }

    void informationValueByHand()
    {
        std::vector<Bin> bins(3);
        bins[0].goods = 40, bins[0].bads = 10;
        bins[1].goods = 30, bins[1].bads = 20;
        bins[2].goods = 30, bins[2].bads = 30;
        const double iv = assignWeightsOfEvidence(bins, 0);
        const double expected =
            (0.4 - 1.0 / 6) * std::log(2.4) + (0.3 - 1.0 / 3) * std::log(0.9) + (0.3 - 0.5) * std::log(0.6);
        QVERIFY(near(iv, expected));
        QVERIFY(std::abs(iv - 0.30995) < 1e-4);
        QVERIFY(near(bins[1].woe, std::log(0.9)));
    }

    void categoricalBinsWorstFirst()
    {
        std::vector<Value> values;
        std::vector<std::uint8_t> bad;
        add(values, bad, Value::of("x"), 40, 10);
        add(values, bad, Value::of("y"), 30, 20);
        add(values, bad, Value::of("z"), 30, 30);
        BinningOptions o;
        o.smoothing = 0;
        o.minBinShare = 0;
        const AttributeBinning b = binAttribute(AttributeKind::Categorical, values, bad, o);
        QCOMPARE(b.bins.size(), std::size_t(3));
        QCOMPARE(b.bins[0].categories, std::vector<std::string>{"z"});
        QCOMPARE(b.bins[2].categories, std::vector<std::string>{"x"});
        QVERIFY(near(b.bins[0].woe, std::log(0.6)));
        QVERIFY(near(b.woeOf(Value::of("x")), std::log(2.4)));
        QCOMPARE(b.binOf(Value::of("unseen")), AttributeBinning::kNoBin);
        QCOMPARE(b.woeOf(Value::of("unseen")), 0.0);
        QCOMPARE(b.binOf(Value::absent()), AttributeBinning::kNoBin);
    }

    void smallCategoryJoinsNearestBadRate()
    {
        std::vector<Value> values;
        std::vector<std::uint8_t> bad;
        add(values, bad, Value::of("a"), 90, 10);  // 10 % bad
        add(values, bad, Value::of("b"), 50, 50);  // 50 %
        add(values, bad, Value::of("rare"), 4, 1); // 20 %: nearer a than b
        BinningOptions o;                          // 5 % of 205 rows: 11 rows at least
        const AttributeBinning b = binAttribute(AttributeKind::Categorical, values, bad, o);
        QCOMPARE(b.bins.size(), std::size_t(2));
        QCOMPARE(b.binOf(Value::of("rare")), b.binOf(Value::of("a")));
        QCOMPARE(b.bins[static_cast<std::size_t>(b.binOf(Value::of("a")))].goods, 94.0);
    }

    void numericMonotoneMerge()
    {
        // Ten values of 20 rows; bad rates .10 .20 .15 .30 .40 .35 .50 .60 .55 .70 mostly rise.
        const int bads[] = {2, 4, 3, 6, 8, 7, 10, 12, 11, 14};
        std::vector<Value> values;
        std::vector<std::uint8_t> bad;
        for (int v = 1; v <= 10; ++v)
            add(values, bad, Value::of(double(v)), 20 - bads[v - 1], bads[v - 1]);
        BinningOptions o;
        o.initialBins = 10;
        const AttributeBinning b = binAttribute(AttributeKind::Numeric, values, bad, o);
        // Pooled: {1} {2,3} {4} {5,6} {7} {8,9} {10}.
        QCOMPARE(b.bins.size(), std::size_t(7));
        const double uppers[] = {1, 3, 4, 6, 7, 9};
        for (std::size_t i = 0; i < 6; ++i)
            QCOMPARE(b.bins[i].upper, uppers[i]);
        QVERIFY(std::isinf(b.bins[6].upper));
        QVERIFY(std::isinf(b.bins[0].lower) && b.bins[0].lower < 0);
        for (std::size_t i = 1; i < b.bins.size(); ++i) {
            QCOMPARE(b.bins[i].lower, b.bins[i - 1].upper);
            QVERIFY(b.bins[i].woe < b.bins[i - 1].woe); // more bads, lower WoE
        }
        QCOMPARE(b.bins[1].bads, 7.0);
        QCOMPARE(b.binOf(Value::of(3.5)), 2);
        QCOMPARE(b.binOf(Value::of(-5.0)), 0);
        QCOMPARE(b.binOf(Value::of(9.0)), 5);
        QCOMPARE(b.binOf(Value::of(1e9)), 6);
        QVERIFY(b.informationValue > 0);

        o.monotone = false;
        QCOMPARE(binAttribute(AttributeKind::Numeric, values, bad, o).bins.size(), std::size_t(10));
    }

    void fallingRatesKeepTheirDirection()
    {
        std::vector<Value> values;
        std::vector<std::uint8_t> bad;
        const int bads[] = {14, 12, 13, 8, 6, 4};
        for (int v = 0; v < 6; ++v)
            add(values, bad, Value::of(v * 10.0), 20 - bads[v], bads[v]);
        BinningOptions o;
        o.initialBins = 6;
        const AttributeBinning b = binAttribute(AttributeKind::Numeric, values, bad, o);
        QCOMPARE(b.bins.size(), std::size_t(5)); // 10 and 20 pooled
        for (std::size_t i = 1; i < b.bins.size(); ++i)
            QVERIFY(b.bins[i].woe > b.bins[i - 1].woe);
    }

    void quantileBinsOnDistinctValues()
    {
        // 100 rows on 4 distinct values: never more bins than values, and cuts fall between values.
        std::vector<Value> values;
        std::vector<std::uint8_t> bad;
        add(values, bad, Value::of(1.0), 35, 5);
        add(values, bad, Value::of(2.0), 20, 10);
        add(values, bad, Value::of(3.0), 10, 10);
        add(values, bad, Value::of(4.0), 2, 8);
        BinningOptions o;
        o.initialBins = 20;
        const AttributeBinning b = binAttribute(AttributeKind::Numeric, values, bad, o);
        QCOMPARE(b.bins.size(), std::size_t(4));
        QCOMPARE(b.bins[0].goods + b.bins[0].bads, 40.0);
    }

    void missingValuesGetTheirOwnBin()
    {
        std::vector<Value> values;
        std::vector<std::uint8_t> bad;
        add(values, bad, Value::of(1.0), 40, 10);
        add(values, bad, Value::of(2.0), 30, 20);
        add(values, bad, Value::absent(), 5, 15);
        const AttributeBinning b = binAttribute(AttributeKind::Numeric, values, bad, BinningOptions{});
        QVERIFY(b.bins.back().missing);
        QCOMPARE(b.binOf(Value::absent()), int(b.bins.size()) - 1);
        QVERIFY(b.woeOf(Value::absent()) < b.woeOf(Value::of(2.0)));
        QCOMPARE(b.binOf(Value::of(2.0)), 1);
    }

    void binsInWords()
    {
        Attribute a{
            "seg", AttributeKind::Categorical, "Segment", {{"a", "glaze works"}, {"b", "brick kilns"}}};
        Bin cats;
        cats.categories = {"a", "b", "zz"};
        QCOMPARE(describeBin(cats, a), std::string("glaze works or brick kilns or zz"));
        Attribute n{"d", AttributeKind::Numeric, "", {}};
        Bin first;
        first.upper = 12;
        QCOMPARE(describeBin(first, n), std::string("up to 12"));
        Bin middle;
        middle.lower = 12;
        middle.upper = 24.5;
        QCOMPARE(describeBin(middle, n), std::string("over 12 and up to 24.5"));
        Bin last;
        last.lower = 24.5;
        QCOMPARE(describeBin(last, n), std::string("over 24.5"));
        QCOMPARE(describeBin(Bin{}, n), std::string("any value"));
        Bin missing;
        missing.missing = true;
        QCOMPARE(describeBin(missing, n), std::string("not known"));
    }
};

QTEST_APPLESS_MAIN(TestRiskBinning)
#include "tst_risk_binning.moc"
