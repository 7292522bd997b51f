// Policy rules: each rule firing and not firing at its boundary, its effect and its words; several at once.
#include "core/risk_policy.h"

#include <QObject>
#include <QTest>

using namespace saggar;
using namespace saggar::risk;

Q_DECLARE_METATYPE(saggar::risk::PolicyFacts)

namespace {

constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kNow = 1'795'000'000'000;

// A file no rule objects to.
PolicyFacts clean()
{
    PolicyFacts f;
    f.enterpriseCode = "91330100MA2H3XYZ8K";
    f.licenceExpiresAtMs = kNow + 365 * kDay;
    f.nowMs = kNow;
    f.loanAmount = Money::fromYuan(600'000);
    f.collateralValue = Money::fromYuan(1'000'000);
    f.equity = Money::fromYuan(2'000'000);
    return f;
}

PolicyConfig config()
{
    PolicyConfig c;
    c.blacklist = {"91330100BLACKLIST1"};
    return c;
}

} // namespace

class TestRiskPolicy : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<PolicyFacts>("facts");
        QTest::addColumn<int>("rule"); // -1: none fires
        QTest::addColumn<int>("effect");
        QTest::addColumn<QString>("words");

        QTest::newRow("clean") << clean() << -1 << 0 << "";

        PolicyFacts f = clean();
        f.licenceExpiresAtMs = kNow - 3 * kDay;
        QTest::newRow("licence expired") << f << int(PolicyRule::LicenceExpired) << int(PolicyEffect::Decline)
                                         << "The business licence expired 3 days ago";
        f.licenceExpiresAtMs = kNow;
        QTest::newRow("licence ends now")
            << f << int(PolicyRule::LicenceExpired) << int(PolicyEffect::Decline)
            << "The business licence expired 0 days ago";
        f.licenceExpiresAtMs = kNow + 1;
        QTest::newRow("licence valid a moment more") << f << -1 << 0 << "";
        f.licenceExpiresAtMs.reset();
        QTest::newRow("licence without end") << f << -1 << 0 << "";

        f = clean();
        f.loanAmount = Money::fromYuan(700'000);
        QTest::newRow("ltv at the limit") << f << -1 << 0 << "";
        f.loanAmount = Money::fromFen(70'000'001);
        QTest::newRow("ltv a fen over")
            << f << int(PolicyRule::LoanToValueOverLimit) << int(PolicyEffect::Refer)
            << "Loan-to-value 70.0 % is over the 70.0 % limit";
        f.loanAmount = Money::fromYuan(850'000);
        QTest::newRow("ltv 85 %") << f << int(PolicyRule::LoanToValueOverLimit) << int(PolicyEffect::Refer)
                                  << "Loan-to-value 85.0 % is over the 70.0 % limit";
        f.collateralValue = Money();
        QTest::newRow("no collateral")
            << f << int(PolicyRule::LoanToValueOverLimit) << int(PolicyEffect::Refer)
            << "No appraised collateral value for a loan of ¥850000.00";

        f = clean();
        f.enterpriseCode = "91330100blacklist1";
        QTest::newRow("blacklisted (any case)")
            << f << int(PolicyRule::Blacklisted) << int(PolicyEffect::Decline)
            << "Enterprise 91330100blacklist1 is on the blacklist";
        f.enterpriseCode = "91330100BLACKLIST2";
        QTest::newRow("not blacklisted") << f << -1 << 0 << "";

        f = clean();
        f.equity = Money::fromFen(-1);
        QTest::newRow("equity a fen below zero")
            << f << int(PolicyRule::NegativeEquity) << int(PolicyEffect::Decline)
            << "Equity is negative: ¥-0.01";
        f.equity = Money();
        QTest::newRow("zero equity") << f << -1 << 0 << "";
    }

    void rules()
    {
        QFETCH(PolicyFacts, facts);
        QFETCH(int, rule);
        QFETCH(int, effect);
        QFETCH(QString, words);
        const auto hits = checkPolicy(facts, config());
        if (rule < 0) {
            QVERIFY(hits.empty());
            return;
        }
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(int(hits[0].rule), rule);
        QCOMPARE(int(hits[0].effect), effect);
        QCOMPARE(QString::fromStdString(hits[0].reason), words);
    }

    void everyRuleHasANameAndKey()
    {
        for (PolicyRule r : {PolicyRule::LicenceExpired, PolicyRule::LoanToValueOverLimit,
                             PolicyRule::Blacklisted, PolicyRule::NegativeEquity}) {
            QVERIFY(!key(r).empty());
            QVERIFY(!name(r).empty());
        }
        QCOMPARE(name(PolicyRule::NegativeEquity), std::string_view("Negative equity"));
        QCOMPARE(key(PolicyRule::LoanToValueOverLimit), std::string_view("ltv_over_limit"));
        QCOMPARE(key(PolicyEffect::Refer), std::string_view("refer"));
    }

    void allRulesAtOnceInOrder()
    {
        PolicyFacts f = clean();
        f.licenceExpiresAtMs = kNow - kDay;
        f.loanAmount = Money::fromYuan(900'000);
        f.enterpriseCode = "91330100BLACKLIST1";
        f.equity = Money::fromYuan(-5);
        PolicyConfig c = config();
        c.maxLoanToValue = 0.8;
        c.licenceExpired = PolicyEffect::Refer;
        const auto hits = checkPolicy(f, c);
        QCOMPARE(hits.size(), std::size_t(4));
        QCOMPARE(hits[0].rule, PolicyRule::LicenceExpired);
        QCOMPARE(hits[0].effect, PolicyEffect::Refer);
        QCOMPARE(hits[1].rule, PolicyRule::LoanToValueOverLimit);
        QCOMPARE(hits[1].reason, std::string("Loan-to-value 90.0 % is over the 80.0 % limit"));
        QCOMPARE(hits[2].rule, PolicyRule::Blacklisted);
        QCOMPARE(hits[3].rule, PolicyRule::NegativeEquity);
    }
};

QTEST_APPLESS_MAIN(TestRiskPolicy)
#include "tst_risk_policy.moc"
