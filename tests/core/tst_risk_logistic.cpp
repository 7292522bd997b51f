// Logistic regression: recovers known coefficients from seeded synthetic data, the L2 penalty shrinks them
// (never the intercept), and data that cannot give an answer is refused with a message.
#include "core/demo_random.h"
#include "core/risk_logistic.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace saggar;
using namespace saggar::risk;

namespace {

double unit(demo::Random& r)
{
    return static_cast<double>(r.next() >> 11) * 0x1.0p-53;
}

struct Data
{
    std::vector<double> x;
    std::vector<std::uint8_t> y;
};

// y ~ Bernoulli(σ(0.5 + 1.5·x1 − 2·x2 + 0·x3)), x uniform in [−2, 2].
Data synthetic(std::size_t n, std::uint64_t seed)
{
    demo::Random r(seed);
    Data d;
    for (std::size_t i = 0; i < n; ++i) {
        const double x1 = unit(r) * 4 - 2, x2 = unit(r) * 4 - 2, x3 = unit(r) * 4 - 2;
        const double t = 0.5 + 1.5 * x1 - 2.0 * x2;
        d.x.insert(d.x.end(), {x1, x2, x3});
        d.y.push_back(unit(r) < 1 / (1 + std::exp(-t)) ? 1 : 0);
    }
    return d;
}

} // namespace

class TestRiskLogistic : public QObject
{
    Q_OBJECT

private slots:
    void recoversKnownCoefficients()
    {
        const Data d = synthetic(20000, 7);
        const auto fit = fitLogistic(d.x, 3, d.y, LogisticOptions{});
        QVERIFY2(fit.ok(), fit.ok() ? "" : fit.error().message.c_str());
        QVERIFY(std::abs(fit->intercept - 0.5) < 0.08);
        QVERIFY(std::abs(fit->coefficients[0] - 1.5) < 0.08);
        QVERIFY(std::abs(fit->coefficients[1] + 2.0) < 0.08);
        QVERIFY(std::abs(fit->coefficients[2]) < 0.08);
        QVERIFY(fit->iterations < 20);
        const double row[] = {1.0, -1.0, 0.5};
        QVERIFY(std::abs(fit->logit(row) - (fit->intercept + fit->coefficients[0] - fit->coefficients[1] +
                                            0.5 * fit->coefficients[2])) < 1e-12);
    }

    void sameDataSameFit()
    {
        const Data d = synthetic(2000, 3);
        const auto a = fitLogistic(d.x, 3, d.y, LogisticOptions{});
        const auto b = fitLogistic(d.x, 3, d.y, LogisticOptions{});
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->intercept, b->intercept);
        QCOMPARE(a->coefficients, b->coefficients);
    }

    void penaltyShrinksCoefficients()
    {
        const Data d = synthetic(2000, 11);
        LogisticOptions strong;
        strong.l2 = 500;
        const auto plain = fitLogistic(d.x, 3, d.y, LogisticOptions{});
        const auto shrunk = fitLogistic(d.x, 3, d.y, strong);
        QVERIFY(plain.ok() && shrunk.ok());
        QVERIFY(std::abs(shrunk->coefficients[0]) < std::abs(plain->coefficients[0]));
        QVERIFY(std::abs(shrunk->coefficients[1]) < std::abs(plain->coefficients[1]));
        // At the optimum the gradient vanishes: Σ(y − p)·x_j = l2·b_j, and Σ(y − p) = 0 (no intercept
        // penalty).
        double sumResidual = 0, sumResidualX1 = 0;
        for (std::size_t i = 0; i < d.y.size(); ++i) {
            const double p = 1 / (1 + std::exp(-shrunk->logit(std::span(d.x).subspan(i * 3, 3))));
            sumResidual += d.y[i] - p;
            sumResidualX1 += (d.y[i] - p) * d.x[i * 3];
        }
        QVERIFY(std::abs(sumResidual) < 1e-6);
        QVERIFY(std::abs(sumResidualX1 - strong.l2 * shrunk->coefficients[0]) < 1e-6);
    }

    void separableDataNeedsAPenalty()
    {
        Data d;
        for (int i = 0; i < 40; ++i) {
            d.x.push_back(i < 20 ? -1.0 - i : 1.0 + i);
            d.y.push_back(i < 20 ? 0 : 1);
        }
        const auto plain = fitLogistic(d.x, 1, d.y, LogisticOptions{});
        QVERIFY(!plain.ok());
        QVERIFY(plain.error().message.find("did not converge") != std::string::npos);
        LogisticOptions penalised;
        penalised.l2 = 1;
        QVERIFY(fitLogistic(d.x, 1, d.y, penalised).ok());
    }

    void refusals()
    {
        const std::vector<double> x{1, 2, 3};
        const std::vector<std::uint8_t> ones{1, 1, 1};
        const auto oneClass = fitLogistic(x, 1, ones, LogisticOptions{});
        QVERIFY(!oneClass.ok());
        QVERIFY(oneClass.error().message.find("one class") != std::string::npos);
        const std::vector<std::uint8_t> y{0, 1};
        QVERIFY(!fitLogistic(x, 1, y, LogisticOptions{}).ok()); // 3 values for 2 rows
    }
};

QTEST_APPLESS_MAIN(TestRiskLogistic)
#include "tst_risk_logistic.moc"
