// Scorecard arithmetic: odds to points (600 at 50:1, 20 to double), points a bin adding up to the scaled
// log-odds, the top three adverse reasons in order (ties by attribute order) and in words.
#include "core/risk_scorecard.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace saggar::risk;

namespace {

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) < tolerance;
}

Bin categoryBin(std::string code, double woe)
{
    Bin b;
    b.categories = {std::move(code)};
    b.lower = b.upper = 0;
    b.woe = woe;
    return b;
}

ScorecardAttribute categorical(std::string name, std::string label, std::vector<Bin> bins, double coefficient)
{
    ScorecardAttribute a;
    a.attribute = Attribute{std::move(name), AttributeKind::Categorical, std::move(label), {}};
    a.binning.kind = AttributeKind::Categorical;
    a.binning.bins = std::move(bins);
    a.coefficient = coefficient;
    return a;
}

// A numeric attribute with two bins: up to `cut`, and over it.
ScorecardAttribute twoRanges(std::string name, std::string label, double cut, double woeLow, double woeHigh,
                             double coefficient)
{
    Bin low, high;
    low.upper = cut;
    low.woe = woeLow;
    high.lower = cut;
    high.woe = woeHigh;
    ScorecardAttribute a;
    a.attribute = Attribute{std::move(name), AttributeKind::Numeric, std::move(label), {}};
    a.binning.bins = {low, high};
    a.coefficient = coefficient;
    return a;
}

// Four attributes with a "lo" bin (WoE −w) and a "hi" bin (WoE 0), coefficient 1.
Scorecard fourAttributes()
{
    std::vector<ScorecardAttribute> attrs;
    const char* names[] = {"a", "b", "c", "d"};
    const double w[] = {0.5, 1.0, 0.5, 0.25};
    for (int i = 0; i < 4; ++i)
        attrs.push_back(categorical(names[i], std::string("Attribute ") + names[i],
                                    {categoryBin("lo", -w[i]), categoryBin("hi", 0)}, 1.0));
    return Scorecard(Scaling{}, 0.3, std::move(attrs));
}

Record values(std::initializer_list<const char*> codes)
{
    Record r;
    for (const char* c : codes)
        r.push_back(Value::of(c));
    return r;
}

} // namespace

class TestRiskScorecard : public QObject
{
    Q_OBJECT

private slots:
    void scaling()
    {
        const Scaling s;
        QVERIFY(near(s.factor(), 20 / std::numbers::ln2));
        QVERIFY(near(s.score(std::log(50.0)), 600));
        QVERIFY(near(s.score(std::log(100.0)), 620));
        QVERIFY(near(s.score(std::log(25.0)), 580));
        QVERIFY(near(s.offset(), 600 - 20 * std::log2(50.0)));
        QVERIFY(near(s.offset(), 487.1229, 1e-4));
        QVERIFY(near(s.probabilityBad(s.offset()), 0.5));
        QVERIFY(near(s.probabilityBad(600), 1.0 / 51));
        QVERIFY(near(s.logOddsGood(s.score(1.234)), 1.234));
        const Scaling custom{500, 20, 40};
        QVERIFY(near(custom.score(std::log(40.0)), 540));
    }

    void pointsAddUpToTheScaledLogOdds()
    {
        const ScorecardAttribute n = twoRanges("months", "Months", 10, 0.4, -0.6, 0.5);
        std::vector<ScorecardAttribute> attrs{
            categorical("seg", "Segment",
                        {categoryBin("x", -0.5), categoryBin("y", 0.2), categoryBin("z", 0.8)}, 1.0),
            n};
        const Scorecard card(Scaling{}, 1.0, attrs);
        const Scaling s;
        const double f = s.factor();
        // Each attribute carries half of the intercept and of the offset.
        QVERIFY(near(card.pointsOf(0, 0), f * (-0.5 + 0.5) + s.offset() / 2));
        QVERIFY(near(card.pointsOf(1, 1), f * (0.5 * -0.6 + 0.5) + s.offset() / 2));
        QVERIFY(near(card.pointsOf(0, AttributeBinning::kNoBin), f * 0.5 + s.offset() / 2));
        QVERIFY(near(card.attributes()[0].bestPoints, card.pointsOf(0, 2)));

        const Record r{Value::of("y"), Value::of(24.0)};
        QVERIFY(near(card.score(r), s.score(1.0 + 0.2 + 0.5 * -0.6)));
        QVERIFY(near(card.score(r), card.pointsOf(0, 1) + card.pointsOf(1, 1)));
        QCOMPARE(card.scoreWithReasons(r).score, card.score(r));
        // An unseen category counts as WoE 0.
        QVERIFY(near(card.score({Value::of("new"), Value::of(5.0)}), s.score(1.0 + 0.5 * 0.4)));
        QCOMPARE(displayedScore(612.5), 613LL);
        QCOMPARE(displayedScore(612.49), 612LL);
    }

    void reasonsLargestShortfallFirst()
    {
        const Scorecard card = fourAttributes();
        const double f = Scaling{}.factor();
        const ScoredFile all = card.scoreWithReasons(values({"lo", "lo", "lo", "lo"}));
        QCOMPARE(all.reasonCount, std::size_t(3));
        QCOMPARE(all.reasons[0].attribute, std::size_t(1)); // b: 1.0
        QCOMPARE(all.reasons[1].attribute, std::size_t(0)); // a: 0.5, before c on the tie
        QCOMPARE(all.reasons[2].attribute, std::size_t(2)); // c: 0.5; d (0.25) is fourth
        QVERIFY(near(all.reasons[0].shortfall, f * 1.0));
        QVERIFY(near(all.reasons[2].shortfall, f * 0.5));
        QCOMPARE(all.reasons[0].bin, 0);

        const ScoredFile none = card.scoreWithReasons(values({"hi", "hi", "hi", "hi"}));
        QCOMPARE(none.reasonCount, std::size_t(0));

        const ScoredFile one = card.scoreWithReasons(values({"hi", "hi", "hi", "lo"}));
        QCOMPARE(one.reasonCount, std::size_t(1));
        QCOMPARE(one.reasons[0].attribute, std::size_t(3));

        // Order of arrival does not matter: d then b.
        const ScoredFile two = card.scoreWithReasons(values({"hi", "lo", "hi", "lo"}));
        QCOMPARE(two.reasonCount, std::size_t(2));
        QCOMPARE(two.reasons[0].attribute, std::size_t(1));
        QCOMPARE(two.reasons[1].attribute, std::size_t(3));

        // An unseen value is neutral (WoE 0), which here is the best bin: no reason.
        QCOMPARE(card.scoreWithReasons(values({"??", "hi", "hi", "hi"})).reasonCount, std::size_t(0));
    }

    void reasonsInWords()
    {
        ScorecardAttribute seg =
            categorical("seg", "Segment", {categoryBin("d", -1.0), categoryBin("a", 0.5)}, 1.0);
        seg.attribute.valueLabels = {{"a", "glaze works"}, {"d", "haulage"}};
        const ScorecardAttribute ltv = twoRanges("ltv", "Loan-to-value", 0.6, 0.7, -0.9, 1.0);
        const Scorecard card(Scaling{}, 1.0, {seg, ltv});
        const Record r{Value::of("d"), Value::of(0.85)};
        const auto words = card.reasonWords(card.scoreWithReasons(r), r);
        QCOMPARE(words.size(), std::size_t(2));
        // Shortfalls: LTV 1.6·28.85 = 46, segment 1.5·28.85 = 43.
        QCOMPARE(words[0], std::string("Loan-to-value is 0.85: 46 points short of the best (up to 0.6)"));
        QCOMPARE(words[1], std::string("Segment is haulage: 43 points short of the best (glaze works)"));
        const Record missing{Value::of("d"), Value::absent()};
        const auto scored = card.scoreWithReasons(missing);
        QCOMPARE(card.reasonWords(scored.reasons[0], missing),
                 std::string("Segment is haulage: 43 points short of the best (glaze works)"));
        QCOMPARE(card.reasonWords(scored.reasons[1], missing),
                 std::string("Loan-to-value is not known: 20 points short of the best (up to 0.6)"));
    }
};

QTEST_APPLESS_MAIN(TestRiskScorecard)
#include "tst_risk_scorecard.moc"
