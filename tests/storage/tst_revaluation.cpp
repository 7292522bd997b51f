// The revaluation job over a real workspace: the collateral of a monitored file is valued when it has
// no valuation, nothing is stored on a second run, a signed inspection (and age) make it revalue with the
// reason recorded, the open file's collateral is included, a run stops at its limit and the next goes on,
// the store tells the app an inspection was signed; and the LTV alert fires from the model's valuations
// where the typed appraisal would not.
#include "storage_test_data.h"

#include "storage/alert_evaluator.h"
#include "storage/demo_realised_sales.h"
#include "storage/demo_valuation_model.h"
#include "storage/file_ltv_data.h"
#include "storage/portfolio_writer.h"
#include "storage/sqlite_alert_store.h"
#include "storage/sqlite_revaluation_inputs.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/workspace.h"

#include "core/valuation_sales_store.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace saggar;
using namespace saggar::testdata;
using namespace saggar::valuation;

namespace {

constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kNow = kBaseMs + 10 * kDay;

Inspection signedInspection(Id truckId, TimestampMs at)
{
    Inspection in;
    in.assetKind = "truck";
    in.assetId = truckId;
    in.atMs = at;
    in.place = "佛山市南海区";
    in.appraiserId = 2;
    in.overall = ConditionGrade::B;
    in.surfaceWearPct = 30;
    in.servicesDue = 2;
    in.maintenance = {{at - 20 * kDay, "oil and filters", true, "Foshan service"}};
    in.signature = "王强, appraiser";
    return in;
}

} // namespace

class TestRevaluation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    Result<RevaluationRun> run(TimestampMs at, Id openFile = 0)
    {
        return revalueWorkspaceCollateral(m_ws->db(), m_ws->directory(), openFile, at);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.path().toStdString(), true);
        QVERIFY2(ws, ws ? "" : ws.error().message.c_str());
        m_ws = std::move(ws).value();
        PortfolioSnapshot s;
        s.users = {user(1, "analyst", "李娜", Role::Analyst), user(2, "wangqiang", "王强", Role::Appraiser)};
        s.enterprises = {enterprise(1, 1, "佛山测试陶瓷有限公司", "Foshan Test Ceramics")};
        // File 1 is monitored: a large loan against a truck and a kiln typed at 100 M yuan between them.
        s.files = {file(1, "SG-2026-000001", 1, Money::fromYuan(8'000'000), LoanState::Monitoring),
                   file(2, "SG-2026-000002", 1, Money::fromYuan(100'000), LoanState::Draft)};
        s.trucks = {truck(1, 1, 1, 1), truck(2, 2, 1, 2)};
        s.kilns = {kiln(1, 1, 1, 1)};
        s.trucks[0].appraisedValue = Money::fromYuan(50'000'000);
        s.kilns[0].appraisedValue = Money::fromYuan(50'000'000);
        QVERIFY(savePortfolio(m_ws->db(), s));
        auto model = addDemoValuation(m_ws->db(), 5, kBaseMs, 400);
        QVERIFY2(model, model ? "" : model.error().message.c_str());
    }

    void valuesWhatWasNeverValuedOnce()
    {
        auto first = run(kNow);
        QVERIFY2(first, first ? "" : first.error().message.c_str());
        QVERIFY(first->unavailable.empty());
        QCOMPARE(first->filesChecked, 1); // the draft is not monitored
        QCOMPARE(first->assetsChecked, 2);
        QCOMPARE(first->revalued.size(), std::size_t(2));
        SqliteValuationStore store(m_ws->db());
        auto rows = store.valuationsOf("truck", 1);
        QVERIFY(rows);
        QCOMPARE(rows->size(), std::size_t(1));
        QCOMPARE(rows->front().reason, std::string(kFirstValuationReason));
        QCOMPARE(rows->front().atMs, kNow);
        QVERIFY(rows->front().values.market.fairMarket.fen() > 0);

        auto second = run(kNow + kDay);
        QVERIFY(second);
        QCOMPARE(second->assetsChecked, 2);
        QCOMPARE(second->revalued.size(), std::size_t(0));
        QCOMPARE(store.valuationsOf("truck", 1)->size(), std::size_t(1));
    }

    void aSignedInspectionTriggersARevaluationWithItsReason()
    {
        SqliteValuationStore store(m_ws->db());
        int told = 0;
        store.setInspectionSaved([&told](const Inspection& in) { told += in.assetId == 1 ? 1 : 100; });
        auto id = store.saveInspection(signedInspection(1, kNow + 2 * kDay));
        QVERIFY2(id, id ? "" : id.error().message.c_str());
        QCOMPARE(told, 1);

        auto after = run(kNow + 3 * kDay);
        QVERIFY(after);
        QCOMPARE(after->revalued.size(), std::size_t(1));
        QCOMPARE(after->revalued.front().asset, (AssetRef{AssetKind::Truck, 1}));
        auto rows = store.valuationsOf("truck", 1);
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE(rows->back().inspectionId, *id);
        QCOMPARE(rows->back().reason, "a new inspection (" + std::to_string(*id) + ")");
        QVERIFY(run(kNow + 3 * kDay + 1000)->revalued.empty());
    }

    void theOpenFileIsRevaluedToo()
    {
        auto opened = run(kNow + 4 * kDay, 2);
        QVERIFY(opened);
        QCOMPARE(opened->filesChecked, 2);
        QCOMPARE(opened->revalued.size(), std::size_t(1));
        QCOMPARE(opened->revalued.front().loanFileId, Id(2));
    }

    void ageMakesEveryValuationOutOfDate()
    {
        auto later = run(kNow + 45 * kDay);
        QVERIFY(later);
        QCOMPARE(later->revalued.size(), std::size_t(2));
        for (const RevaluedAsset& r : later->revalued)
            QVERIFY2(r.reason.find("days old") != std::string::npos, r.reason.c_str());
    }

    void aRunStopsAtItsLimitAndTheNextOneGoesOn()
    {
        auto limited =
            revalueWorkspaceCollateral(m_ws->db(), m_ws->directory(), 0, kNow + 80 * kDay, nullptr, 1);
        QVERIFY(limited);
        QCOMPARE(limited->revalued.size(), std::size_t(1));
        QCOMPARE(limited->deferred, 1);
        auto next =
            revalueWorkspaceCollateral(m_ws->db(), m_ws->directory(), 0, kNow + 80 * kDay, nullptr, 1);
        QVERIFY(next);
        QCOMPARE(next->revalued.size(), std::size_t(1));
        QCOMPARE(next->deferred, 0);
        QVERIFY(next->revalued.front().asset != limited->revalued.front().asset);
    }

    void theLtvAlertFiresFromTheModelValuations()
    {
        // The typed 100 M yuan keep the 8 M loan at 8 %; the model values a used truck and a kiln at a
        // few million at most, so the file's LTV is far above 80 %.
        auto data = readFileLtvData(m_ws->db(), 1);
        QVERIFY(data);
        QCOMPARE(data->collateral.size(), std::size_t(2));
        auto now = currentLtv(*data, kNow + 46 * kDay);
        QVERIFY(now);
        QCOMPARE(now->modelValued, 2);
        QVERIFY(now->breach);

        auto telemetry = TelemetryStore::openInWorkspace(m_ws->directory(), OpenMode::CreateReadWrite);
        QVERIFY(telemetry);
        AlertEvaluator evaluator(m_ws->db(), **telemetry);
        auto stats = evaluator.evaluate(kNow + 46 * kDay);
        QVERIFY2(stats, stats ? "" : stats.error().message.c_str());
        QCOMPARE(stats->stored.raised, 1);
        SqliteAlertStore alerts(m_ws->db());
        auto all = alerts.alerts({});
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t(1));
        const AlertFinding& f = all->front().finding;
        QCOMPARE(f.rule, AlertRule::LtvBreach);
        QCOMPARE(f.loanFileId, Id(1));
        QVERIFY(std::abs(f.measure - now->ltvPct) < 0.5);
        QVERIFY2(f.detail.find("model valuations") != std::string::npos, f.detail.c_str());
        auto evidence = alerts.evidence(all->front().id);
        QVERIFY(evidence);
        int modelValues = 0;
        for (const AlertEvidence& e : *evidence)
            modelValues += e.label == "model_value" ? 1 : 0;
        QCOMPARE(modelValues, 2);
    }

    // Champion and challenger side by side: with a challenger in the workspace, each revalued asset on
    // the challenger's share (modelFor) is valued by it too, on the same inputs, role challenger; the
    // others only by the champion; and the LTV still reads the champion's rows alone.
    void theChallengerValuesItsShareBesideTheChampion()
    {
        auto challenger = addDemoRealisedSales(m_ws->db(), 5, kNow, 5); // a challenger and 5 outside sales
        QVERIFY2(challenger, challenger ? "" : challenger.error().message.c_str());
        const TimestampMs at = kNow + 200 * kDay; // every valuation is out of date by age
        auto later = run(at, 2);
        QVERIFY2(later, later ? "" : later.error().message.c_str());
        QCOMPARE(later->revalued.size(), std::size_t(3));
        SqliteValuationStore store(m_ws->db());
        int onShare = 0;
        for (const RevaluedAsset& r : later->revalued) {
            const std::string kind = r.asset.kind == AssetKind::Truck ? "truck" : "kiln";
            auto rows = store.valuationsOf(kind, r.asset.id);
            QVERIFY(rows);
            const ValuationRecord* champion = nullptr;
            const ValuationRecord* shadow = nullptr;
            for (const ValuationRecord& v : *rows)
                if (v.atMs == at)
                    (v.role == ModelRole::Champion ? champion : shadow) = &v;
            QVERIFY(champion);
            const bool share =
                modelFor(kind + ":" + std::to_string(r.asset.id), kChallengerShare) == ModelRole::Challenger;
            QCOMPARE(shadow != nullptr, share);
            if (!shadow)
                continue;
            ++onShare;
            QCOMPARE(shadow->modelVersion, challenger->challengerVersion);
            QVERIFY(shadow->modelVersion != champion->modelVersion);
            QVERIFY(std::memcmp(shadow->inputs.indicators.data(), champion->inputs.indicators.data(),
                                sizeof shadow->inputs.indicators) == 0); // NaN (missing) included
            QCOMPARE(shadow->inspectionId, champion->inspectionId);
            QCOMPARE(shadow->reason, champion->reason);
            QVERIFY(shadow->values.market.fairMarket.fen() > 0);
        }
        QCOMPARE(later->challengerValued, onShare);
        QVERIFY(onShare > 0 && onShare < 3); // these three assets fall on both sides of the share
        // The LTV reads champion valuations only, one per asset at this time.
        auto data = readFileLtvData(m_ws->db(), 1);
        QVERIFY(data);
        auto now = currentLtv(*data, at + 1000);
        QVERIFY(now);
        QCOMPARE(now->modelValued, 2);
    }
};

QTEST_GUILESS_MAIN(TestRevaluation)
#include "tst_revaluation.moc"
