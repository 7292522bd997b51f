// Training: a scorecard on seeded synthetic files finds the known effects (LTV worse as it rises, haulage the
// worst segment, noise near zero), the inner search is deterministic, and cross-validation measures it.
#include "core/risk_logistic.h"
#include "core/risk_training.h"
#include "tst_risk_fixture.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace saggar::risk;

namespace {

std::vector<std::size_t> allRows(const TrainingTable& t)
{
    std::vector<std::size_t> rows(t.rows.size());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    return rows;
}

} // namespace

class TestRiskTraining : public QObject
{
    Q_OBJECT

private slots:
    void findsTheKnownEffects()
    {
        const TrainingTable t = testing::syntheticTable(4000, 1);
        auto card = fitScorecard(t, allRows(t), BinningOptions{}, 1.0, Scaling{});
        QVERIFY2(card.ok(), card.ok() ? "" : card.error().message.c_str());
        const auto& attrs = card->attributes();
        QCOMPARE(attrs.size(), std::size_t(3));
        // On WoE inputs a well-specified model has coefficients near 1.
        QVERIFY(attrs[0].coefficient > 0.7 && attrs[0].coefficient < 1.3);
        QVERIFY(attrs[1].coefficient > 0.7 && attrs[1].coefficient < 1.3);
        QVERIFY(attrs[0].binning.informationValue > 0.3);
        QVERIFY(attrs[2].binning.informationValue < 0.05);
        QVERIFY(attrs[2].coefficient >= 0); // a backwards noise attribute leaves the model instead
        // LTV bins: WoE falls as LTV rises.
        for (std::size_t i = 1; i < attrs[0].binning.bins.size(); ++i)
            QVERIFY(attrs[0].binning.bins[i].woe < attrs[0].binning.bins[i - 1].woe);
        // Haulage (d) is the worst segment, glaze works (a) the best; the rare "e" was merged.
        const auto& seg = attrs[1].binning;
        QCOMPARE(seg.bins.front().categories.front(), std::string("d"));
        QVERIFY(seg.woeOf(Value::of("a")) > seg.woeOf(Value::of("b")));
        QVERIFY(seg.bins.size() < 5);
        // Scores rise with better files.
        const Record good{Value::of(0.3), Value::of("a"), Value::of(500.0)};
        const Record poor{Value::of(1.1), Value::of("d"), Value::of(500.0)};
        QVERIFY(card->score(good) > card->score(poor) + 60);
        const ScoredFile scored = card->scoreWithReasons(poor);
        QCOMPARE(scored.reasons[0].attribute, std::size_t(0)); // LTV costs most
        QCOMPARE(scored.reasons[1].attribute, std::size_t(1));
    }

    void backwardsAttributesLeaveTheModel()
    {
        // Bad odds rise with z1 and fall with z2 = z1 + noise at fixed z1; on its own z2 still looks like z1,
        // so on WoE its coefficient comes out negative: it must leave the model rather than read backwards.
        TrainingTable t;
        t.attributes = {Attribute{"z1", AttributeKind::Numeric, "", {}},
                        Attribute{"z2", AttributeKind::Numeric, "", {}}};
        saggar::demo::Random random(17);
        for (int i = 0; i < 5000; ++i) {
            const double z1 = testing::unit(random) * 4 - 2;
            const double z2 = z1 + (testing::unit(random) - 0.5);
            const double logit = 2.5 * z1 - 1.5 * z2 - 1;
            t.rows.push_back({Value::of(z1), Value::of(z2)});
            t.bad.push_back(testing::unit(random) < 1 / (1 + std::exp(-logit)) ? 1 : 0);
        }
        auto card = fitScorecard(t, allRows(t), BinningOptions{}, 0, Scaling{});
        QVERIFY(card.ok());
        const auto& a = card->attributes();
        QVERIFY(a[0].coefficient > 0);
        QCOMPARE(a[1].coefficient, 0.0);
        // Without that rule the fit on the same WoE values gives z2 a negative coefficient.
        std::vector<double> x;
        std::vector<std::uint8_t> good;
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            x.push_back(a[0].binning.woeOf(t.rows[i][0]));
            x.push_back(a[1].binning.woeOf(t.rows[i][1]));
            good.push_back(t.bad[i] ? 0 : 1);
        }
        const auto plain = fitLogistic(x, 2, good, LogisticOptions{});
        QVERIFY(plain.ok());
        QVERIFY(plain->coefficients[1] < 0);
        // Its points are the same in every bin: it never appears among the reasons.
        QCOMPARE(a[1].bestPoints, a[1].noBinPoints);
    }

    void searchIsDeterministic()
    {
        const TrainingTable t = testing::syntheticTable(600, 2);
        TrainingOptions o;
        o.seed = 9;
        auto a = trainScorecard(t, allRows(t), o);
        auto b = trainScorecard(t, allRows(t), o);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->l2, b->l2);
        QCOMPARE(a->binning.initialBins, b->binning.initialBins);
        QVERIFY(a->innerLogLoss > 0);
        for (const Record& r : t.rows)
            QCOMPARE(a->scorecard.score(r), b->scorecard.score(r));
        // One candidate pair: no search.
        o.l2Candidates = {2};
        o.initialBinsCandidates = {7};
        auto fixed = trainScorecard(t, allRows(t), o);
        QVERIFY(fixed.ok());
        QCOMPARE(fixed->l2, 2.0);
        QCOMPARE(fixed->binning.initialBins, 7);
        QCOMPARE(fixed->innerLogLoss, 0.0);
    }

    void crossValidation()
    {
        const TrainingTable t = testing::syntheticTable(1000, 3);
        TrainingOptions o;
        o.l2Candidates = {1, 10};
        o.initialBinsCandidates = {5, 10};
        auto cv = crossValidate(t, 5, 4, o, 0.18);
        QVERIFY2(cv.ok(), cv.ok() ? "" : cv.error().message.c_str());
        QCOMPARE(cv->foldReports.size(), std::size_t(5));
        for (const FoldReport& f : cv->foldReports) {
            QCOMPARE(f.testRows, std::size_t(200));
            QCOMPARE(f.trainRows, std::size_t(800));
            QCOMPARE(f.decisions.reviewed, std::size_t(36));
        }
        QVERIFY(cv->meanAuc > 0.7 && cv->meanAuc < 0.95);
        QVERIFY(cv->meanAccuracy > 0.6);
        QCOMPARE(cv->outOfFoldScores.size(), std::size_t(1000));
        QCOMPARE(cv->pooled.reviewed, std::size_t(180));
        QCOMPARE(cv->boundary, Scaling{}.offset());
        auto again = crossValidate(t, 5, 4, o, 0.18);
        QVERIFY(again.ok());
        QCOMPARE(again->outOfFoldScores, cv->outOfFoldScores);
        QVERIFY(!crossValidate(t, 1, 4, o, 0.18).ok());
    }

    void boundaryChosenInsideTheTrainingRows()
    {
        const TrainingTable t = testing::syntheticTable(1000, 3);
        TrainingOptions o;
        o.l2Candidates = {1, 10};
        o.initialBinsCandidates = {5, 10};
        o.chooseBoundaryAtReviewRate = 0.18;
        auto cv = crossValidate(t, 5, 4, o, 0.18);
        QVERIFY2(cv.ok(), cv.ok() ? "" : cv.error().message.c_str());
        QVERIFY(cv->boundaryChosen);
        const Scaling scaling;
        const double lowest = scaling.offset() + scaling.factor() * std::log(0.3 / 0.7) - 1e-9;
        const double highest = scaling.offset() + scaling.factor() * std::log(0.7 / 0.3) + 1e-9;
        double sum = 0;
        for (const FoldReport& f : cv->foldReports) {
            QVERIFY(f.boundary >= lowest && f.boundary <= highest);
            QCOMPARE(f.decisions.reviewed, std::size_t(36));
            sum += f.boundary;
        }
        QCOMPARE(cv->boundary, sum / 5);
        auto again = crossValidate(t, 5, 4, o, 0.18);
        QVERIFY(again.ok());
        for (std::size_t f = 0; f < 5; ++f)
            QCOMPARE(again->foldReports[f].boundary, cv->foldReports[f].boundary);
        // The choice does not change the scores, only where the decisions fall.
        o.chooseBoundaryAtReviewRate.reset();
        auto evenOdds = crossValidate(t, 5, 4, o, 0.18);
        QVERIFY(evenOdds.ok() && !evenOdds->boundaryChosen);
        QCOMPARE(evenOdds->outOfFoldScores, cv->outOfFoldScores);
        for (const FoldReport& f : evenOdds->foldReports)
            QCOMPARE(f.boundary, scaling.offset());
    }
};

QTEST_APPLESS_MAIN(TestRiskTraining)
#include "tst_risk_training.moc"
