// The price model: xgboost training is reproducible, reports progress and stops when cancelled; the
// conformal quantile follows its definition; a model trained on the demo history values fresh sales
// with a measured band near its level; model files round-trip to the same predictions and version.
#include "core/valuation_assets.h"
#include "core/valuation_generator.h"
#include "core/valuation_model_io.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <numeric>

using namespace saggar::valuation;

namespace {

std::vector<std::size_t> allRows(const ComparableTable& t)
{
    std::vector<std::size_t> rows(t.rows.size());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    return rows;
}

TrainOptions quick()
{
    TrainOptions o;
    BoosterParams p;
    p.rounds = 150;
    p.eta = 0.1;
    o.grid = {p};
    return o;
}

} // namespace

class TestValuationModel : public QObject
{
    Q_OBJECT

    Library m_library = generateLibrary();
    ComparableTable m_table;

private slots:
    void initTestCase()
    {
        const DemoSales sales = generateDemoSales(m_library, 2500, 11);
        QCOMPARE(sales.assets.size(), std::size_t(2500));
        auto t = assetTable(m_library, sales.assets, sales.pricesYuan);
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
        m_table = std::move(*t);
    }

    void demoSalesAreDeterministic()
    {
        const DemoSales a = generateDemoSales(m_library, 50, 5), b = generateDemoSales(m_library, 50, 5),
                        c = generateDemoSales(m_library, 50, 6);
        QCOMPARE(a.pricesYuan, b.pricesYuan);
        QVERIFY(a.pricesYuan != c.pricesYuan);
        for (std::size_t i = 0; i < a.assets.size(); ++i)
            QVERIFY(m_library.find(a.assets[i].typeCode));
    }

    void conformalQuantile_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("expected");
        // Residuals 1…n: the ⌈(n+1)(1−α)⌉-th smallest.
        QTest::newRow("n=9, 80 %") << 9 << 0.2 << 8.0;
        QTest::newRow("n=19, 90 %") << 19 << 0.1 << 18.0;
        QTest::newRow("n=100, 80 %") << 100 << 0.2 << 81.0;
        QTest::newRow("too few for 90 %") << 5 << 0.1 << std::numeric_limits<double>::infinity();
    }

    void conformalQuantile()
    {
        QFETCH(int, n);
        QFETCH(double, alpha);
        QFETCH(double, expected);
        std::vector<double> r(static_cast<std::size_t>(n));
        std::iota(r.begin(), r.end(), 1.0);
        std::reverse(r.begin(), r.end());
        QCOMPARE(saggar::valuation::conformalQuantile(r, alpha), expected);
    }

    void trainingIsReproducibleWithProgress()
    {
        std::vector<int> seen;
        TrainingControl control{[&](int done, int total) {
                                    QCOMPARE(total, 150);
                                    seen.push_back(done);
                                },
                                nullptr};
        auto a = trainPriceModel(m_table, allRows(m_table), quick(), control);
        auto b = trainPriceModel(m_table, allRows(m_table), quick());
        QVERIFY(a.ok() && b.ok());
        QVERIFY(!seen.empty());
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 150);
        const std::vector<std::size_t> some{0, 1, 2, 3, 500, 2499};
        auto ea = a->estimate(m_table, some), eb = b->estimate(m_table, some);
        QVERIFY(ea.ok() && eb.ok());
        for (std::size_t i = 0; i < some.size(); ++i)
            QCOMPARE((*ea)[i].logPoint, (*eb)[i].logPoint);
        QCOMPARE(a->q80, b->q80);
        QCOMPARE(modelVersion(*a), modelVersion(*b));
    }

    void cancelStopsTraining()
    {
        std::atomic<bool> cancel{false};
        int calls = 0;
        TrainingControl control{[&](int done, int) {
                                    ++calls;
                                    if (done == 20)
                                        cancel = true;
                                },
                                &cancel};
        auto r = trainPriceModel(m_table, allRows(m_table), quick(), control);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, kTrainingCancelled);
        QCOMPARE(calls, 20);
    }

    void bandsHoldOnFreshSales()
    {
        auto model = trainPriceModel(m_table, allRows(m_table), quick());
        QVERIFY(model.ok());
        QVERIFY(model->q80 > 0 && model->q90 > model->q80);
        const DemoSales fresh = generateDemoSales(m_library, 2000, 99);
        auto t = assetTable(m_library, fresh.assets, fresh.pricesYuan);
        QVERIFY(t.ok());
        auto e = model->estimate(*t, allRows(*t));
        QVERIFY(e.ok());
        std::vector<double> actual;
        for (const Comparable& row : t->rows)
            actual.push_back(row.target);
        const Figures f = measure(*e, actual);
        qInfo("demo history, fresh sales: median error %.1f %%, 80 %% band %.1f %%, 90 %% band %.1f %%",
              100 * f.medianApe, 100 * f.coverage80, 100 * f.coverage90);
        // The noise is σ 0.12 in log: a good model's median error sits near 8 %.
        QVERIFY(f.medianApe < 0.15);
        QVERIFY(f.coverage80 > 0.74 && f.coverage80 < 0.86);
        QVERIFY(f.coverage90 > 0.85 && f.coverage90 < 0.95);
    }

    void cvRefusesTooFewRows()
    {
        ComparableTable small = m_table;
        small.rows.resize(30);
        QVERIFY(!crossValidate(small, 5, 1, quick()).ok());
        QVERIFY(!trainPriceModel(small, allRows(small), quick()).ok());
    }

    void modelFileRoundTrip()
    {
        auto model = trainPriceModel(m_table, allRows(m_table), quick());
        QVERIFY(model.ok());
        model->libraryVersion = m_library.version;
        model->measured.medianApe = 0.09;
        const std::string text = writePriceModel(*model);
        auto back = readPriceModel(text);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
        QCOMPARE(back->libraryVersion, m_library.version);
        QCOMPARE(back->measured.medianApe, 0.09);
        QCOMPARE(back->q80, model->q80);
        QCOMPARE(writePriceModel(*back), text);
        QCOMPARE(modelVersion(*back), modelVersion(*model));
        const std::vector<std::size_t> some{7, 70, 700};
        auto a = model->estimate(m_table, some), b = back->estimate(m_table, some);
        QVERIFY(a.ok() && b.ok());
        for (std::size_t i = 0; i < some.size(); ++i)
            QCOMPARE((*a)[i].point, (*b)[i].point);

        QVERIFY(!readPriceModel("").ok());
        QVERIFY(!readPriceModel("hello\n").ok());
        QVERIFY(!readPriceModel(text.substr(0, text.size() - 10)).ok());
        QVERIFY(!readPriceModel(text + "x").ok());
    }

    void estimateRefusesOtherColumns()
    {
        auto model = trainPriceModel(m_table, allRows(m_table), quick());
        QVERIFY(model.ok());
        ComparableTable other = m_table;
        other.numericNames.pop_back();
        QVERIFY(!model->estimate(other, {0}).ok());
    }
};

QTEST_GUILESS_MAIN(TestValuationModel)
#include "tst_valuation_model.moc"
