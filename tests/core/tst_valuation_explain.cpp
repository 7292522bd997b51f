// Why a value: xgboost's contributions plus its bias add up to the prediction; every feature of the asset
// model belongs to exactly one factor; raising a feature of a monotone toy model moves its factor the right
// way; missing indicators are named as missing; the explanation is the same on every run.
#include "core/valuation_explain.h"
#include "core/valuation_generator.h"

#include <QTest>

#include <cmath>
#include <numeric>
#include <random>
#include <set>

using namespace saggar::valuation;

namespace {

std::vector<std::size_t> allRows(const ComparableTable& t)
{
    std::vector<std::size_t> rows(t.rows.size());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    return rows;
}

const Reason* reasonOf(const Explanation& e, Factor f)
{
    for (const Reason& r : e.reasons)
        if (r.factor == f)
            return &r;
    return nullptr;
}

} // namespace

class TestValuationExplain : public QObject
{
    Q_OBJECT

    Library m_library = generateLibrary();
    DemoSales m_sales;
    ComparableTable m_table;
    PriceModel m_model;

private slots:
    void initTestCase()
    {
        m_sales = generateDemoSales(m_library, 1200, 21);
        auto t = assetTable(m_library, m_sales.assets, m_sales.pricesYuan);
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
        m_table = std::move(*t);
        TrainOptions o;
        BoosterParams p;
        p.rounds = 120;
        p.eta = 0.1;
        o.grid = {p};
        auto m = trainPriceModel(m_table, allRows(m_table), o);
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().message.c_str());
        m_model = std::move(*m);
    }

    void contributionsAddUpToThePrediction()
    {
        const std::vector<std::size_t> rows{0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987};
        const FeatureMatrix x = m_model.encoder.encode(m_table, rows);
        auto predicted = m_model.booster.predict(x);
        auto contributions = m_model.booster.contributions(x);
        QVERIFY(predicted.ok());
        QVERIFY2(contributions.ok(), contributions.ok() ? "" : contributions.error().message.c_str());
        const std::size_t width = x.columns + 1;
        QCOMPARE(contributions->size(), rows.size() * width);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const double sum =
                std::accumulate(contributions->begin() + static_cast<std::ptrdiff_t>(r * width),
                                contributions->begin() + static_cast<std::ptrdiff_t>((r + 1) * width), 0.0);
            QVERIFY2(
                std::abs(sum - (*predicted)[r]) < 1e-4,
                qPrintable(QStringLiteral("row %1: %2 vs %3").arg(rows[r]).arg(sum).arg((*predicted)[r])));
        }
    }

    void explanationAddsUpInLogsAndYuan()
    {
        for (std::size_t i : {0, 7, 42, 99, 500}) {
            const AssetCase& a = m_sales.assets[i];
            auto e = explainValuation(m_library, m_model, a);
            QVERIFY2(e.ok(), e.ok() ? "" : e.error().message.c_str());
            auto est = m_model.estimate(m_table, {i});
            QVERIFY(est.ok());
            QVERIFY(std::abs(e->predictionLog - est->front().logPoint) < 1e-4);
            double logs = e->baselineLog, yuan = e->baselineYuan;
            for (const Reason& r : e->reasons) {
                logs += r.logEffect;
                yuan += r.yuanEffect;
                QVERIFY(std::abs(r.shareEffect - std::expm1(r.logEffect)) < 1e-12);
                double sum = 0;
                for (const FeatureEffect& f : r.features)
                    sum += f.logEffect;
                QVERIFY(std::abs(sum - r.logEffect) < 1e-9);
            }
            QVERIFY(std::abs(logs - e->predictionLog) < 1e-9);
            QVERIFY(std::abs(yuan - e->valueYuan) < 1e-6 * e->valueYuan);
            const EquipmentType* type = m_library.find(a.typeCode);
            QCOMPARE(e->newPriceYuan, type->newPriceMidYuan());
            QVERIFY(std::abs(e->valueYuan - type->newPriceMidYuan() * est->front().point) <
                    1e-4 * e->valueYuan);
            QCOMPARE(e->typeCode, a.typeCode);
            QCOMPARE(e->libraryVersion, m_library.version);
            // Largest effect first.
            for (std::size_t k = 1; k < e->reasons.size(); ++k)
                QVERIFY(std::abs(e->reasons[k - 1].logEffect) >= std::abs(e->reasons[k].logEffect));
        }
    }

    void everyFeatureBelongsToOneFactor()
    {
        const std::vector<std::string> names = m_model.encoder.featureNames();
        QCOMPARE(names.size(), m_model.encoder.width());
        for (const std::string& n : names)
            QVERIFY2(factorOf(n) != Factor::Other, n.c_str());
        auto e = explainValuation(m_library, m_model, m_sales.assets[3]);
        QVERIFY(e.ok());
        std::multiset<std::string> seen;
        std::set<Factor> factors;
        for (const Reason& r : e->reasons) {
            QVERIFY(factors.insert(r.factor).second);
            for (const FeatureEffect& f : r.features) {
                QCOMPARE(factorOf(f.name), r.factor);
                seen.insert(f.name);
            }
        }
        QCOMPARE(seen, std::multiset<std::string>(names.begin(), names.end()));
        // Every factor but Other appears for an asset model; an unknown name is Other.
        QCOMPARE(factors.size(), std::size_t(kFactorCount - 1));
        QCOMPARE(factorOf("mileage_per_year"), Factor::Other);
        QCOMPARE(factorOf("brand:mean"), Factor::Type);
        QCOMPARE(std::string(key(Factor::KilnFiring)), std::string("kiln_firing"));
    }

    void raisingAFeatureMovesItsFactorTheRightWay()
    {
        // A toy model: the log price falls with wear and rises with the market index, nothing else.
        std::mt19937_64 rng(3);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        FeatureMatrix x;
        x.columns = 2;
        std::vector<float> y;
        for (int i = 0; i < 600; ++i) {
            const double wear = 100 * unit(rng), market = 0.9 + 0.2 * unit(rng);
            x.values.insert(x.values.end(), {static_cast<float>(wear), static_cast<float>(market)});
            y.push_back(static_cast<float>(-0.006 * wear + 1.5 * (market - 1.0)));
        }
        BoosterParams p;
        p.rounds = 80;
        p.eta = 0.2;
        p.subsample = 1;
        p.columnSample = 1;
        auto booster = Booster::train(x, y, p);
        QVERIFY(booster.ok());
        const std::vector<std::string> names{"surface_wear", "market_index"};
        auto explain = [&](float wear, float market) {
            FeatureMatrix q;
            q.columns = 2;
            q.values = {wear, market};
            auto c = booster->contributions(q);
            if (!c)
                qFatal("%s", c.error().message.c_str());
            return groupContributions(names, q.values, {(*c)[0], (*c)[1]}, (*c)[2], 100'000, "truck");
        };
        const Explanation low = explain(10, 1.0f), high = explain(80, 1.0f), up = explain(10, 1.08f);
        QVERIFY(reasonOf(high, Factor::Condition)->logEffect <
                reasonOf(low, Factor::Condition)->logEffect - 0.2);
        QVERIFY(reasonOf(high, Factor::Condition)->yuanEffect < 0);
        QVERIFY(reasonOf(low, Factor::Condition)->shareEffect > 0);
        QVERIFY(reasonOf(up, Factor::Market)->logEffect > reasonOf(low, Factor::Market)->logEffect + 0.05);
        QVERIFY(std::abs(reasonOf(up, Factor::Condition)->logEffect -
                         reasonOf(low, Factor::Condition)->logEffect) < 0.02);
        QCOMPARE(low.reasons.size(), std::size_t(2));
    }

    void missingIndicatorsAreNamed()
    {
        AssetCase truck;
        truck.assetKey = "truck:1";
        for (const EquipmentType& t : m_library.types)
            if (t.category == Category::Truck) {
                truck.typeCode = t.code;
                break;
            }
        truck.indicators.fill(std::nan(""));
        truck.indicators[0] = 4.0;
        auto e = explainValuation(m_library, m_model, truck);
        QVERIFY(e.ok());
        const Reason* usage = reasonOf(*e, Factor::Usage);
        const Reason* condition = reasonOf(*e, Factor::Condition);
        const Reason* kiln = reasonOf(*e, Factor::KilnFiring);
        const Reason* age = reasonOf(*e, Factor::AgeAndCurve);
        QVERIFY(usage && condition && kiln && age);
        QVERIFY(usage->anyMissing);
        QVERIFY(condition->anyMissing);
        QVERIFY(!kiln->anyMissing);
        QVERIFY(!age->anyMissing);
        for (const FeatureEffect& f : condition->features)
            QCOMPARE(f.absence, Absence::NoInspection);
        for (const FeatureEffect& f : kiln->features)
            QCOMPARE(f.absence, Absence::NotApplicable);
        for (const FeatureEffect& f : usage->features)
            QCOMPARE(f.absence, Absence::NoTelemetry);
        QVERIFY(usage->detail.find("no telemetry") != std::string::npos);
        QVERIFY(usage->detail.find("default direction") != std::string::npos);
        QVERIFY(condition->detail.find("no signed inspection") != std::string::npos);
        // A kiln is not driven: its driving indicators are not applicable, not missing.
        AssetCase kilnCase = truck;
        for (const EquipmentType& t : m_library.types)
            if (t.category == Category::Kiln) {
                kilnCase.typeCode = t.code;
                break;
            }
        auto k = explainValuation(m_library, m_model, kilnCase);
        QVERIFY(k.ok());
        QVERIFY(!reasonOf(*k, Factor::Driving)->anyMissing);
        QVERIFY(reasonOf(*k, Factor::KilnFiring)->anyMissing);
    }

    void explanationIsDeterministic()
    {
        auto a = explainValuation(m_library, m_model, m_sales.assets[11]);
        auto b = explainValuation(m_library, m_model, m_sales.assets[11]);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->reasons.size(), b->reasons.size());
        QCOMPARE(a->modelVersion, b->modelVersion);
        QCOMPARE(a->baselineLog, b->baselineLog);
        for (std::size_t i = 0; i < a->reasons.size(); ++i) {
            QCOMPARE(a->reasons[i].factor, b->reasons[i].factor);
            QCOMPARE(a->reasons[i].logEffect, b->reasons[i].logEffect);
            QCOMPARE(a->reasons[i].detail, b->reasons[i].detail);
        }
    }

    void refusesWhatItCannotExplain()
    {
        AssetCase unknown = m_sales.assets[0];
        unknown.typeCode = "NO-SUCH-TYPE";
        auto e = explainValuation(m_library, m_model, unknown);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, int(saggar::ErrorCode::NotFound));
        // A model trained on outside listings has other columns.
        PriceModel other;
        other.encoder.numericNames = {"mileage"};
        auto o = explainValuation(m_library, other, m_sales.assets[0]);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, int(saggar::ErrorCode::InvalidInput));
    }
};

QTEST_GUILESS_MAIN(TestValuationExplain)
#include "tst_valuation_explain.moc"
