// Routing: band edges, the approval/review/decline rates a set of bands gives on a crafted portfolio, bands
// chosen for an 18 % review rate, band checks, and policy hits overriding the bands.
#include "core/risk_routing.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace saggar::risk;

namespace {

std::vector<double> zeroToNinetyNine()
{
    std::vector<double> s;
    for (int i = 0; i < 100; ++i)
        s.push_back(i);
    return s;
}

PolicyHit hit(PolicyRule rule, PolicyEffect effect)
{
    return PolicyHit{rule, effect, std::string(name(rule))};
}

} // namespace

class TestRiskRouting : public QObject
{
    Q_OBJECT

private slots:
    void bandEdges()
    {
        const ScoreBands b{20, 70};
        QCOMPARE(routeOf(19.999, b), Route::AutoDecline);
        QCOMPARE(routeOf(20, b), Route::ManualReview);
        QCOMPARE(routeOf(69.999, b), Route::ManualReview);
        QCOMPARE(routeOf(70, b), Route::AutoApprove);
        // Equal edges: no review band at all.
        QCOMPARE(routeOf(50, ScoreBands{50, 50}), Route::AutoApprove);
        QCOMPARE(routeOf(49.9, ScoreBands{50, 50}), Route::AutoDecline);
        QCOMPARE(key(Route::ManualReview), std::string_view("manual_review"));
    }

    void ratesOnACraftedPortfolio()
    {
        const auto scores = zeroToNinetyNine();
        const RoutingRates r = routingRates(ScoreBands{20, 70}, scores);
        QCOMPARE(r.files, std::size_t(100));
        QCOMPARE(r.declined, std::size_t(20));
        QCOMPARE(r.reviewed, std::size_t(50));
        QCOMPARE(r.approved, std::size_t(30));
        QCOMPARE(r.reviewRate(), 0.5);
        QCOMPARE(r.approvalRate(), 0.3);
        QCOMPARE(r.declineRate(), 0.2);
        const RoutingRates empty = routingRates(ScoreBands{20, 70}, {});
        QCOMPARE(empty.reviewRate(), 0.0);
        QCOMPARE(empty.approvalRate(), 0.0);
    }

    void bandsForEighteenPercentReview()
    {
        const auto scores = zeroToNinetyNine();
        const ScoreBands b = bandsForReviewRate(scores, 50, kDefaultReviewRate);
        // The 18 scores nearest 50 are 41…58; the edges sit halfway to 40 and to 59.
        QCOMPARE(b.declineBelow, 40.5);
        QCOMPARE(b.approveFrom, 58.5);
        const RoutingRates r = routingRates(b, scores);
        QCOMPARE(r.reviewed, std::size_t(18));
        QCOMPARE(r.approved, std::size_t(41));
        QCOMPARE(r.declined, std::size_t(41));
        // Off-centre boundary and no review at all.
        const ScoreBands low = bandsForReviewRate(scores, 5, 0.18);
        QCOMPARE(routingRates(low, scores).reviewed, std::size_t(18));
        QCOMPARE(low.declineBelow, 0.0);
        const ScoreBands none = bandsForReviewRate(scores, 50, 0);
        QCOMPARE(routingRates(none, scores).reviewed, std::size_t(0));
    }

    void bandChecks()
    {
        QVERIFY((ScoreBands{480, 520}.check().ok()));
        QVERIFY((ScoreBands{500, 500}.check().ok()));
        const auto crossed = ScoreBands{520, 480}.check();
        QVERIFY(!crossed.ok());
        QVERIFY(crossed.error().message.find("decline band") != std::string::npos);
        QVERIFY(!(ScoreBands{std::nan(""), 500}.check().ok()));
    }

    void policyOverridesBands()
    {
        const ScoreBands b{480, 520};
        QCOMPARE(decide(600, b, {}).route, Route::AutoApprove);
        QCOMPARE(decide(500, b, {}).route, Route::ManualReview);
        QCOMPARE(decide(400, b, {}).route, Route::AutoDecline);

        const auto declined = decide(600, b, {hit(PolicyRule::Blacklisted, PolicyEffect::Decline)});
        QCOMPARE(declined.route, Route::AutoDecline);
        QCOMPARE(declined.bandRoute, Route::AutoApprove);
        QCOMPARE(declined.policyHits.size(), std::size_t(1));
        QCOMPARE(declined.policyHits[0].rule, PolicyRule::Blacklisted);

        const auto referred = decide(600, b, {hit(PolicyRule::LoanToValueOverLimit, PolicyEffect::Refer)});
        QCOMPARE(referred.route, Route::ManualReview);
        // A referral never rescues a file the score declines.
        QCOMPARE(decide(400, b, {hit(PolicyRule::LoanToValueOverLimit, PolicyEffect::Refer)}).route,
                 Route::AutoDecline);
        // Decline wins over refer.
        QCOMPARE(decide(600, b,
                        {hit(PolicyRule::LoanToValueOverLimit, PolicyEffect::Refer),
                         hit(PolicyRule::NegativeEquity, PolicyEffect::Decline)})
                     .route,
                 Route::AutoDecline);
    }
};

QTEST_APPLESS_MAIN(TestRiskRouting)
#include "tst_risk_routing.moc"
