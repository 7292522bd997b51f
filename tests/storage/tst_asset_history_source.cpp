// StoreAssetHistorySource on a real telemetry.db written through TelemetryIngest from the simulator, the
// older part kept as hourly rollups only (as the demo keeps its year): the readings of the raw part and
// the rollup-only hours are exactly what was accepted, the range counts from the first data, the
// indicators read from it match figures worked out here from the accepted readings, and the
// WorkspaceAppraiser values an asset with them on a thread of its own; the stored valuation keeps the
// ranges and reads the same indicators back from telemetry.db. An asset without telemetry, a workspace
// without telemetry.db and an empty range get clear answers.
#include "asset_telemetry_data.h"

#include "storage/demo_valuation_model.h"
#include "storage/sqlite_valuation_store.h"
#include "storage/store_asset_history_source.h"
#include "storage/user_repository.h"
#include "storage/workspace.h"
#include "storage/workspace_appraiser.h"

#include "core/valuation_appraisal.h"
#include "core/valuation_generator.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>
#include <thread>

using namespace saggar;
using namespace saggar::valuation;
using test::TelemetryPlan;
using test::TelemetryWriter;
using test::WrittenTelemetry;

namespace {

constexpr TimestampMs kHour = 3'600'000;
constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kNow = 1'795'000'000'000 - 1'795'000'000'000 % kDay; // 2026-11-18T00:00Z
constexpr Id kTruck = 11, kKiln = 12;

const Indicator& at(const Indicators& all, IndicatorId id)
{
    return all[static_cast<std::size_t>(id)];
}

} // namespace

class TestAssetHistorySource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WrittenTelemetry m_truck, m_kiln;
    const TimeRange m_span{kNow - 3 * kDay, kNow};
    const TimestampMs m_rawFrom = kNow - kDay;
    Library m_library = generateLibrary();

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = TelemetryStore::openInWorkspace(dir(), OpenMode::CreateReadWrite);
        QVERIFY(store.ok());
        TelemetryWriter truck(*store.value(), test::testTruck(kTruck), m_span.fromMs);
        QVERIFY(truck.write(TelemetryPlan{m_span, TimeRange{}, 0, m_rawFrom}, m_truck).ok());
        TelemetryWriter kiln(*store.value(), test::testKiln(kKiln), m_span.fromMs);
        QVERIFY(kiln.write(TelemetryPlan{m_span, TimeRange{}, 0, m_rawFrom}, m_kiln).ok());
    }

    void readingsAndRollupOnlyHours()
    {
        StoreAssetHistorySource source(dir());
        // Asked for a year: the range starts at the first rollup-only hour.
        auto h = source.history(AssetRef{AssetKind::Truck, kTruck}, TimeRange{kNow - 365 * kDay, kNow});
        QVERIFY2(h.ok(), h.ok() ? "" : h.error().message.c_str());
        QCOMPARE(h->range.fromMs, m_span.fromMs);
        QCOMPARE(h->range.toMs, kNow);
        QCOMPARE(h->hourlySpans.size(), std::size_t(1));
        QCOMPARE(h->hourlySpans[0].fromMs, m_span.fromMs);
        QCOMPARE(h->hourlySpans[0].toMs, m_rawFrom);
        QCOMPARE(h->rawRange().fromMs, m_rawFrom);
        QCOMPARE(h->channels.size(), std::size_t(7));
        const ChannelHistory* odometer = h->channel(ChannelId::Odometer);
        QVERIFY(odometer);
        const auto raw = m_truck.in(ChannelId::Odometer, TimeRange{m_rawFrom, kNow});
        QCOMPARE(odometer->readings.size(), raw.size());
        QCOMPARE(odometer->readings.back().value, raw.back().value);
        QCOMPARE(odometer->hours.size(), std::size_t(48));
        for (const TelemetryBucket& b : odometer->hours) {
            const auto hour = m_truck.in(ChannelId::Odometer, TimeRange{b.startMs, b.startMs + kHour});
            QCOMPARE(b.count, std::int64_t(hour.size()));
            QCOMPARE(b.min, hour.front().value);
            QCOMPARE(b.max, hour.back().value);
        }
    }

    void truckIndicatorsFromTheStore()
    {
        StoreAssetHistorySource source(dir());
        auto h = source.history(AssetRef{AssetKind::Truck, kTruck}, TimeRange{kNow - 365 * kDay, kNow});
        QVERIFY(h.ok());
        IndicatorInputs in;
        in.type = m_library.find("TRK-TRACTOR-6X4-FAW-DIESEL");
        in.yearBuilt = 2023;
        in.asOfMs = kNow;
        in.cluster = Cluster::Foshan;
        const Indicators all = computeIndicators(in, *h);
        const TimeRange rawPart{m_rawFrom, kNow};
        QCOMPARE(*at(all, IndicatorId::Usage).value, m_truck.accepted[ChannelId::Odometer].back().value);
        QCOMPARE(at(all, IndicatorId::Usage).provenance.basis, TelemetryBasis::ReadingsAndHourly);
        QVERIFY(std::abs(at(all, IndicatorId::Usage).coverage - 1.0) < 1e-9);
        // Idle ratio from the day of readings, worked out here.
        const auto speed = m_truck.in(ChannelId::Speed, rawPart);
        const auto ignition = m_truck.in(ChannelId::Ignition, rawPart);
        QCOMPARE(speed.size(), ignition.size());
        int on = 0, idle = 0;
        std::set<TimestampMs> days;
        for (std::size_t i = 0; i < speed.size(); ++i)
            if (ignition[i].value >= 0.5) {
                ++on;
                idle += speed[i].value < 3.0;
                days.insert(speed[i].tMs / kDay);
            }
        QVERIFY(on > 0);
        const Indicator& idleRatio = at(all, IndicatorId::IdleRatio);
        QVERIFY(std::abs(*idleRatio.value - 100.0 * idle / on) < 1e-9);
        QCOMPARE(idleRatio.provenance.basis, TelemetryBasis::Readings);
        QCOMPARE(idleRatio.provenance.range.fromMs, m_rawFrom);
        // Operating days: days with ignition in a rollup-only hour or an engine-on reading.
        for (const TelemetryBucket& b : h->channel(ChannelId::Ignition)->hours)
            if (b.max >= 0.5)
                days.insert(b.startMs / kDay);
        QCOMPARE(*at(all, IndicatorId::OperatingDays).value,
                 std::min(30.0, static_cast<double>(days.size()) * 30.0 / 3.0));
    }

    void kilnIndicatorsFromTheStore()
    {
        StoreAssetHistorySource source(dir());
        auto h = source.history(AssetRef{AssetKind::Kiln, kKiln}, TimeRange{kNow - 365 * kDay, kNow});
        QVERIFY(h.ok());
        IndicatorInputs in;
        in.type = m_library.find("KLN-ROLLER-200-25-GAS");
        in.yearBuilt = 2021;
        in.asOfMs = kNow;
        const Indicators all = computeIndicators(in, *h);
        const double cycles = m_kiln.accepted[ChannelId::FiringCycles].back().value -
                              m_kiln.accepted[ChannelId::FiringCycles].front().value;
        QVERIFY(cycles > 0);
        QVERIFY(std::abs(*at(all, IndicatorId::FiringCycles).value - cycles / (3.0 / 365.25)) < 1e-6);
        const Indicator& sd = at(all, IndicatorId::TemperatureStability);
        QCOMPARE(sd.provenance.basis, TelemetryBasis::Readings);
        QCOMPARE(sd.provenance.range.fromMs, m_rawFrom);
        QVERIFY(sd.value.has_value());
        QCOMPARE(at(all, IndicatorId::InsideRegion).provenance.source, ProvenanceSource::NotApplicable);
    }

    void noTelemetry()
    {
        StoreAssetHistorySource source(dir());
        auto none = source.history(AssetRef{AssetKind::Truck, 999}, TimeRange{kNow - kDay, kNow});
        QVERIFY(none.ok());
        QVERIFY(none->empty());
        QTemporaryDir empty;
        auto noFile = StoreAssetHistorySource(empty.path().toStdString())
                          .history(AssetRef{AssetKind::Truck, kTruck}, TimeRange{kNow - kDay, kNow});
        QVERIFY(noFile.ok());
        QVERIFY(noFile->empty());
        auto bad = source.history(AssetRef{AssetKind::Truck, kTruck}, TimeRange{kNow, kNow});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
    }

    // A workspace that can value: the appraiser reads the year on a thread of its own, the stored
    // valuation keeps the ranges, and the indicators read again over them are the same.
    void workspaceAppraiserReadsTelemetry()
    {
        auto ws = Workspace::open(dir(), true);
        QVERIFY2(ws, ws ? "" : ws.error().message.c_str());
        auto demo = addDemoValuation((*ws)->db(), 5, kNow, 400);
        QVERIFY2(demo, demo ? "" : demo.error().message.c_str());
        User appraiserUser{2, "wangqiang", "王强", Role::Appraiser, "", true};
        auto added = insertUser((*ws)->db(), appraiserUser);
        QVERIFY(added || added.error().code == int(ErrorCode::Conflict));
        Truck truck;
        truck.id = kTruck;
        truck.brand = "FAW Jiefang";
        truck.year = 2023;
        truck.purchasePrice = Money::fromYuan(450'000);
        const AssetToValue asset{"truck", truck.id, truck.year, Cluster::Foshan, &truck, nullptr};
        WorkspaceAppraiser appraiser((*ws)->databasePath(), dir());
        Result<Appraisal> result = makeError("not run", ErrorCode::InvalidInput);
        std::thread worker([&] { result = appraiser.appraise(asset, kNow, 2); });
        worker.join();
        QVERIFY2(result, result ? "" : result.error().message.c_str());
        QVERIFY(result->telemetryFound);
        QCOMPARE(result->telemetryRange.fromMs, m_span.fromMs);
        const ValuationRecord& r = result->record;
        QCOMPARE(at(r.indicators, IndicatorId::Usage).provenance.source, ProvenanceSource::Telemetry);
        QVERIFY(!std::isnan(r.inputs.indicators[static_cast<std::size_t>(IndicatorId::IdleRatio)]));

        SqliteValuationStore store((*ws)->db());
        auto id = store.saveValuation(r);
        QVERIFY2(id, id ? "" : id.error().message.c_str());
        auto stored = store.valuationsOf("truck", kTruck);
        QVERIFY(stored && stored->size() == 1);
        const ValuationRecord& s = stored->front();
        const Provenance& usage = at(s.indicators, IndicatorId::Usage).provenance;
        QCOMPARE(usage.basis, TelemetryBasis::ReadingsAndHourly);
        QCOMPARE(usage.range.fromMs, m_span.fromMs);
        QCOMPARE(usage.rawRange.fromMs, m_rawFrom);
        // Read again over the range the valuation recorded: the same inputs.
        auto again = StoreAssetHistorySource(dir()).history(AssetRef{AssetKind::Truck, kTruck}, usage.range);
        QVERIFY(again.ok());
        IndicatorInputs in;
        in.type = m_library.find(s.inputs.typeCode);
        QVERIFY(in.type);
        in.yearBuilt = truck.year;
        in.asOfMs = s.atMs;
        in.cluster = s.inputs.cluster;
        const auto values = indicatorValues(computeIndicators(in, *again));
        for (int i = 0; i < kIndicatorCount; ++i) {
            const double a = values[static_cast<std::size_t>(i)];
            const double b = s.inputs.indicators[static_cast<std::size_t>(i)];
            QVERIFY2((std::isnan(a) && std::isnan(b)) || a == b, key(static_cast<IndicatorId>(i)).data());
        }

        // A truck without telemetry: the telemetry indicators are missing and say why.
        Truck silent = truck;
        silent.id = 998;
        const AssetToValue other{"truck", silent.id, silent.year, Cluster::Foshan, &silent, nullptr};
        auto quiet = appraiser.appraise(other, kNow, 2);
        QVERIFY(quiet);
        QVERIFY(!quiet->telemetryFound);
        QCOMPARE(at(quiet->record.indicators, IndicatorId::Usage).provenance.detail,
                 std::string("no telemetry received from this asset"));
    }

private:
    std::string dir() const { return m_dir.path().toStdString(); }
};

QTEST_GUILESS_MAIN(TestAssetHistorySource)
#include "tst_asset_history_source.moc"
