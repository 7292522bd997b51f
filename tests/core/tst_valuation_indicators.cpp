// The twelve indicators from hand-made readings whose answers are known (idle share, harsh events per
// 1,000 km, time inside the geofence, fuel against the norm, temperature spread at peak, coverage),
// provenance for telemetry, inspections and what does not apply, and the inspection record's checks.
#include "core/valuation_generator.h"
#include "core/valuation_indicators.h"

#include <QTest>

#include <cmath>

using namespace saggar;
using namespace saggar::valuation;

namespace {

constexpr TimestampMs kStep = 300'000; // the 5-minute report interval
constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kJuly2026 = 1'782'864'000'000; // 2026-07-01T00:00Z

const Indicator& at(const Indicators& all, IndicatorId id)
{
    return all[static_cast<std::size_t>(id)];
}

Inspection inspection()
{
    Inspection in;
    in.id = 12;
    in.assetKind = "truck";
    in.assetId = 3;
    in.atMs = kJuly2026;
    in.place = "佛山市南海区";
    in.appraiserId = 2;
    in.surfaceWearPct = 35;
    in.servicesDue = 4;
    in.maintenance = {{kJuly2026 - 10 * kDay, "oil and filters", true},
                      {kJuly2026 - 40 * kDay, "brake pads", false},
                      {kJuly2026 - 90 * kDay, "oil and filters", true},
                      {kJuly2026 - 180 * kDay, "gearbox service", true}};
    in.photoSha256 = {std::string(64, 'a')};
    return in;
}

} // namespace

class TestValuationIndicators : public QObject
{
    Q_OBJECT

    Library m_library = generateLibrary();

private slots:
    void truckFromReadings()
    {
        std::vector<TelemetryPoint> speed, ignition, odometer, hours, fuel, lat, lon;
        for (int i = 0; i < 288; ++i) {
            const TimestampMs t = kJuly2026 + i * kStep;
            const bool on = i % 4 != 0;
            const double v = i == 100 ? 110.0 : (i % 4 <= 1 ? 0.0 : 60.0);
            speed.push_back({t, v});
            ignition.push_back({t, on ? 1.0 : 0.0});
            odometer.push_back({t, 120'000.0 + i});          // 287 km over the day
            hours.push_back({t, 5000.0 + i * 18.0 / 287.0}); // 18 engine hours
            fuel.push_back({t, 80.0 - i * 28.7 / 287.0});    // 28.7 % of a 400 L tank over 287 km
            const bool home = i < 216;
            lat.push_back({t, home ? 23.02 : 39.90});
            lon.push_back({t, home ? 113.12 : 116.40});
        }
        const TruckReadings readings{
            {kJuly2026, kJuly2026 + kDay}, odometer, hours, fuel, speed, ignition, lat, lon};
        const Inspection ins = inspection();
        IndicatorInputs in;
        in.type = m_library.find("TRK-TRACTOR-6X4-FAW-DIESEL");
        in.yearBuilt = 2020;
        in.asOfMs = kJuly2026;
        in.cluster = Cluster::Foshan;
        in.truck = &readings;
        in.inspection = &ins;
        const Indicators all = computeIndicators(in);

        QVERIFY(std::abs(*at(all, IndicatorId::Age).value - 6.0) < 0.01);
        QCOMPARE(at(all, IndicatorId::Age).provenance.source, ProvenanceSource::Record);
        QCOMPARE(*at(all, IndicatorId::Usage).value, 120'287.0);
        QVERIFY(std::abs(*at(all, IndicatorId::Utilisation).value - 75.0) < 0.5);
        // 10 % of 400 L per 100 km = 40 L against the norm of 36 L.
        QVERIFY(std::abs(*at(all, IndicatorId::Efficiency).value - 40.0 / 36.0) < 0.01);
        // One reading above 100 km/h, no hard braking (readings 5 minutes apart): 1 per 287 km.
        QVERIFY(std::abs(*at(all, IndicatorId::HarshEvents).value - 1000.0 / 287.0) < 1e-9);
        // Engine on for 216 readings, 72 of them standing.
        QVERIFY(std::abs(*at(all, IndicatorId::IdleRatio).value - 100.0 / 3.0) < 1e-9);
        QCOMPARE(*at(all, IndicatorId::InsideRegion).value, 75.0);
        QCOMPARE(*at(all, IndicatorId::OperatingDays).value, 30.0);
        QCOMPARE(at(all, IndicatorId::IdleRatio).coverage, 1.0);
        QCOMPARE(at(all, IndicatorId::IdleRatio).provenance.source, ProvenanceSource::Telemetry);
        QCOMPARE(at(all, IndicatorId::IdleRatio).provenance.range.fromMs, kJuly2026);
        QCOMPARE(*at(all, IndicatorId::SurfaceWear).value, 35.0);
        QCOMPARE(at(all, IndicatorId::SurfaceWear).provenance.inspectionId, std::int64_t(12));
        QCOMPARE(*at(all, IndicatorId::MaintenanceCompliance).value, 0.75);
        QVERIFY(!at(all, IndicatorId::FiringCycles).value);
        QCOMPARE(at(all, IndicatorId::FiringCycles).provenance.source, ProvenanceSource::NotApplicable);
    }

    void halfTheReadingsHalfTheCoverage()
    {
        std::vector<TelemetryPoint> speed, ignition;
        for (int i = 0; i < 144; ++i) {
            speed.push_back({kJuly2026 + i * kStep, 50.0});
            ignition.push_back({kJuly2026 + i * kStep, 1.0});
        }
        const TruckReadings readings{{kJuly2026, kJuly2026 + kDay}, {}, {}, {}, speed, ignition, {}, {}};
        IndicatorInputs in;
        in.type = m_library.find("TRK-TRACTOR-6X4-FAW-DIESEL");
        in.yearBuilt = 2024;
        in.asOfMs = kJuly2026;
        in.truck = &readings;
        const Indicators all = computeIndicators(in);
        QCOMPARE(at(all, IndicatorId::IdleRatio).coverage, 0.5);
        QVERIFY(!at(all, IndicatorId::Usage).value); // no odometer readings
        QCOMPARE(at(all, IndicatorId::Usage).provenance.source, ProvenanceSource::Missing);
        QVERIFY(!at(all, IndicatorId::SurfaceWear).value); // no inspection yet
        QCOMPARE(at(all, IndicatorId::SurfaceWear).provenance.source, ProvenanceSource::Missing);
    }

    void kilnFromReadings()
    {
        std::vector<TelemetryPoint> zone, cycles, energy;
        for (int i = 0; i < 288; ++i) {
            const TimestampMs t = kJuly2026 + i * kStep;
            zone.push_back({t, i % 2 == 0 ? 1200.0 : 1210.0});
            cycles.push_back({t, 1000.0 + i / 12});
            energy.push_back({t, 50'000.0 + i * 10.0});
        }
        const KilnReadings readings{{kJuly2026, kJuly2026 + kDay}, cycles, energy, zone};
        IndicatorInputs in;
        in.type = m_library.find("KLN-ROLLER-200-25-GAS");
        in.yearBuilt = 2018;
        in.asOfMs = kJuly2026;
        in.kiln = &readings;
        const Indicators all = computeIndicators(in);
        const double sd = 5.0 * std::sqrt(288.0 / 287.0);
        QVERIFY(std::abs(*at(all, IndicatorId::TemperatureStability).value - sd) < 1e-6);
        QVERIFY(*at(all, IndicatorId::FiringCycles).value > 0);
        QVERIFY(*at(all, IndicatorId::Utilisation).value > 99.0);
        QCOMPARE(at(all, IndicatorId::InsideRegion).provenance.source, ProvenanceSource::NotApplicable);
        QCOMPARE(at(all, IndicatorId::HarshEvents).provenance.source, ProvenanceSource::NotApplicable);
        const auto values = indicatorValues(all);
        QVERIFY(std::isnan(values[static_cast<std::size_t>(IndicatorId::IdleRatio)]));
        QCOMPARE(values[static_cast<std::size_t>(IndicatorId::OperatingDays)], 30.0);
    }

    void inspectionChecks_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("no asset") << 0 << "which asset";
        QTest::newRow("no place") << 1 << "place";
        QTest::newRow("wear above 100") << 2 << "surface wear";
        QTest::newRow("half a position") << 3 << "latitude";
        QTest::newRow("defect severity") << 4 << "severity";
        QTest::newRow("photo digest") << 5 << "SHA-256";
        QTest::newRow("maintenance after") << 6 << "maintenance";
        QTest::newRow("no appraiser") << 7 << "appraiser";
    }

    void inspectionChecks()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        QVERIFY(validate(inspection()).ok());
        Inspection in = inspection();
        switch (which) {
        case 0:
            in.assetId = 0;
            break;
        case 1:
            in.place.clear();
            break;
        case 2:
            in.surfaceWearPct = 120;
            break;
        case 3:
            in.latitude = 23.0;
            break;
        case 4:
            in.defects = {{"door", "dent", 4}};
            break;
        case 5:
            in.photoSha256 = {"not-a-digest"};
            break;
        case 6:
            in.maintenance.push_back({in.atMs + kDay, "later", true});
            break;
        default:
            in.appraiserId = 0;
            break;
        }
        auto r = validate(in);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find(field.toStdString()) != std::string::npos, r.error().message.c_str());
    }

    void complianceWithNothingDue()
    {
        Inspection in = inspection();
        in.servicesDue = 0;
        QCOMPARE(maintenanceCompliance(in), 1.0);
        in.servicesDue = 2;
        QCOMPARE(maintenanceCompliance(in), 1.0); // three done, capped
    }
};

QTEST_GUILESS_MAIN(TestValuationIndicators)
#include "tst_valuation_indicators.moc"
