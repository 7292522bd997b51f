// appraiseAsset with the appraiser's inspection: the latest signed inspection made by the valuation's
// time fills surface wear and maintenance compliance with its provenance (id, date) and full coverage,
// an unsigned or later one is not read, the valuation records the inspection id, and the stored
// valuation reproduces from what it recorded: the inspection gives the same indicators and the
// library and model versions give the same values.
#include "storage/demo_valuation_model.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"

#include "core/valuation_appraisal.h"
#include "core/valuation_model_io.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using namespace saggar::valuation;

namespace {

constexpr TimestampMs kNow = 1'795'000'000'000; // 2026-11-18
constexpr TimestampMs kDay = 86'400'000;

Inspection inspectionOf(Id truckId, TimestampMs at, double wear, bool signedIt)
{
    Inspection in;
    in.assetKind = "truck";
    in.assetId = truckId;
    in.atMs = at;
    in.place = "淄博市张店区";
    in.appraiserId = 2;
    in.overall = ConditionGrade::C;
    in.surfaceWearPct = wear;
    in.servicesDue = 4;
    in.maintenance = {{at - 40 * kDay, "oil and filters", true, "Zibo service"},
                      {at - 20 * kDay, "brake pads", true, "Zibo service"},
                      {at - 10 * kDay, "windscreen", false, "glass shop"}};
    in.signature = signedIt ? "王强, appraiser, 2026-11-10 09:00 UTC" : "";
    return in;
}

} // namespace

class TestInspectionAppraisal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.path().toStdString(), true);
        QVERIFY2(ws, ws ? "" : ws.error().message.c_str());
        m_ws = std::move(ws).value();
        auto stats = addDemoValuation(m_ws->db(), 5, kNow, 400);
        QVERIFY2(stats, stats ? "" : stats.error().message.c_str());
        User appraiser{2, "wangqiang", "王强", Role::Appraiser, "", true};
        auto added = insertUser(m_ws->db(), appraiser);
        QVERIFY(added || added.error().code == int(ErrorCode::Conflict)); // the demo may hold user 2
    }

    void latestSignedInspectionFillsWearAndMaintenance()
    {
        SqliteValuationStore store(m_ws->db());
        Truck truck;
        truck.id = 51;
        truck.brand = "Shacman";
        truck.year = 2020;
        truck.purchasePrice = Money::fromYuan(450'000);
        const AssetToValue asset{"truck", truck.id, truck.year, Cluster::Zibo, &truck, nullptr};

        auto before = appraiseAsset(store, asset, kNow, 2);
        QVERIFY2(before, before ? "" : before.error().message.c_str());
        QCOMPARE(before->record.inspectionId, Id(0));
        QCOMPARE(before->record.indicators[6].provenance.source, ProvenanceSource::Missing);

        auto older = store.saveInspection(inspectionOf(truck.id, kNow - 30 * kDay, 20, true));
        auto latest = store.saveInspection(inspectionOf(truck.id, kNow - 8 * kDay, 35, true));
        auto unsignedOne = store.saveInspection(inspectionOf(truck.id, kNow - 2 * kDay, 90, false));
        auto future = store.saveInspection(inspectionOf(truck.id, kNow + 5 * kDay, 80, true));
        QVERIFY(older && latest && unsignedOne && future);

        auto appraisal = appraiseAsset(store, asset, kNow, 2);
        QVERIFY2(appraisal, appraisal ? "" : appraisal.error().message.c_str());
        const ValuationRecord& r = appraisal->record;
        QCOMPARE(r.inspectionId, *latest);
        QVERIFY(appraisal->inspection.has_value());
        QCOMPARE(appraisal->inspection->id, *latest);

        const Indicator& wear = r.indicators[static_cast<std::size_t>(IndicatorId::SurfaceWear)];
        QCOMPARE(wear.provenance.source, ProvenanceSource::Inspection);
        QCOMPARE(wear.provenance.inspectionId, *latest);
        QCOMPARE(wear.provenance.range.fromMs, kNow - 8 * kDay);
        QCOMPARE(wear.coverage, 1.0);
        QCOMPARE(*wear.value, 35.0);
        const Indicator& maintenance =
            r.indicators[static_cast<std::size_t>(IndicatorId::MaintenanceCompliance)];
        QCOMPARE(maintenance.provenance.source, ProvenanceSource::Inspection);
        QCOMPARE(*maintenance.value, 0.5); // 2 scheduled services of 4 due; the repair does not count
        QCOMPARE(r.inputs.indicators[static_cast<std::size_t>(IndicatorId::SurfaceWear)], 35.0);
        // Wear and maintenance are model inputs: the value moves with them.
        QVERIFY(r.values.market.fairMarket != before->record.values.market.fairMarket);

        // Stored, then reproduced from what it recorded.
        auto id = store.saveValuation(r);
        QVERIFY2(id, id ? "" : id.error().message.c_str());
        auto stored = store.valuationsOf("truck", truck.id);
        QVERIFY(stored && stored->size() == 1);
        const ValuationRecord& s = stored->front();
        QCOMPARE(s.inspectionId, *latest);
        auto used = store.inspection(s.inspectionId);
        QVERIFY(used);
        auto lib = store.library(s.libraryVersion);
        auto model = store.model(s.modelVersion);
        QVERIFY(lib && model);
        IndicatorInputs in;
        in.type = lib->find(s.inputs.typeCode);
        QVERIFY(in.type != nullptr);
        in.yearBuilt = truck.year;
        in.asOfMs = s.atMs;
        in.cluster = s.inputs.cluster;
        in.inspection = &*used;
        const auto again = indicatorValues(computeIndicators(in));
        for (int i = 0; i < kIndicatorCount; ++i) {
            const double a = again[static_cast<std::size_t>(i)];
            const double b = s.inputs.indicators[static_cast<std::size_t>(i)];
            QVERIFY2((std::isnan(a) && std::isnan(b)) || a == b, key(static_cast<IndicatorId>(i)).data());
        }
        auto parsed = readPriceModel(model->body);
        QVERIFY(parsed);
        const Valuer valuer(*lib, *parsed);
        const AssetCase inputs[] = {s.inputs};
        auto revalued = valuer.value(inputs);
        QVERIFY(revalued);
        QCOMPARE(revalued->front().values.market.fairMarket, s.values.market.fairMarket);
        QCOMPARE(revalued->front().values.netRecovery, s.values.netRecovery);
    }
};

QTEST_MAIN(TestInspectionAppraisal)
#include "tst_inspection_appraisal.moc"
