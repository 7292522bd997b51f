// Evaluation: AUC on a hand-checked set (ties count half), stratified folds (same bad share, every row once,
// the same on every run), and automatic decisions with the files nearest the boundary reviewed.
#include "core/risk_evaluation.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <set>

using namespace saggar::risk;

class TestRiskEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void aucByHand()
    {
        // Goods 3, 4, 5 against bads 1, 2, 4: 7.5 of 9 pairs in order (4 against 4 counts half).
        const std::vector<double> scores{3, 1, 4, 2, 5, 4};
        const std::vector<std::uint8_t> bad{0, 1, 0, 1, 0, 1};
        QCOMPARE(areaUnderCurve(scores, bad), 7.5 / 9);
        const std::vector<double> perfect{10, 1};
        QCOMPARE(areaUnderCurve(perfect, std::vector<std::uint8_t>{0, 1}), 1.0);
        QCOMPARE(areaUnderCurve(perfect, std::vector<std::uint8_t>{1, 0}), 0.0);
        QCOMPARE(areaUnderCurve(perfect, std::vector<std::uint8_t>{0, 0}), 0.5);
    }

    void stratifiedFoldsKeepTheBadShare()
    {
        std::vector<std::uint8_t> bad;
        for (int i = 0; i < 1000; ++i)
            bad.push_back(i % 10 < 3 ? 1 : 0); // 300 bad
        const auto folds = stratifiedFolds(bad, 5, 42);
        QCOMPARE(folds.size(), std::size_t(5));
        std::set<std::size_t> seen;
        for (const auto& fold : folds) {
            QCOMPARE(fold.size(), std::size_t(200));
            std::size_t bads = 0;
            for (const std::size_t i : fold) {
                bads += bad[i];
                QVERIFY(seen.insert(i).second);
            }
            QCOMPARE(bads, std::size_t(60));
            QVERIFY(std::is_sorted(fold.begin(), fold.end()));
        }
        QCOMPARE(seen.size(), std::size_t(1000));
        QCOMPARE(stratifiedFolds(bad, 5, 42), folds);
        QVERIFY(stratifiedFolds(bad, 5, 43) != folds);
        // Uneven sizes differ by one row at most.
        const auto seven = stratifiedFolds(std::vector<std::uint8_t>(23, 0), 7, 1);
        for (const auto& fold : seven)
            QVERIFY(fold.size() == 3 || fold.size() == 4);
    }

    void automaticDecisionsReviewTheNearest()
    {
        // Boundary 50; 10 files, 20 % reviewed: the two nearest (49 and 52) go to review.
        const std::vector<double> scores{10, 30, 45, 49, 52, 60, 70, 80, 90, 20};
        const std::vector<std::uint8_t> bad{1, 1, 0, 1, 0, 1, 0, 0, 0, 0};
        const AutomaticDecisions d = automaticDecisions(scores, bad, 50, 0.2);
        QCOMPARE(d.files, std::size_t(10));
        QCOMPARE(d.reviewed, std::size_t(2));
        QCOMPARE(d.declined, std::size_t(4)); // 10, 20, 30, 45
        QCOMPARE(d.approved, std::size_t(4)); // 60, 70, 80, 90
        // Correct: declined bads 10, 30 and approved goods 70, 80, 90 → 5 of 8.
        QCOMPARE(d.correct, std::size_t(5));
        QCOMPARE(d.accuracy(), 5.0 / 8);
        const AutomaticDecisions all = automaticDecisions(scores, bad, 50, 0);
        QCOMPARE(all.decided(), std::size_t(10));
        QCOMPARE(all.correct, std::size_t(7)); // and 49 (bad) declined, 52 (good) approved
        QCOMPARE(automaticDecisions(scores, bad, 50, 1.0).accuracy(), 0.0);
        // A score on the boundary is approved.
        const std::vector<double> on{50};
        QCOMPARE(automaticDecisions(on, std::vector<std::uint8_t>{0}, 50, 0).approved, std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestRiskEvaluation)
#include "tst_risk_evaluation.moc"
