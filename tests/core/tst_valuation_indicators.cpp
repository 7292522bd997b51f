// The twelve indicators from hand-made readings whose answers are known (idle share, harsh events per
// 1,000 km, time inside the geofence, fuel against the norm, temperature spread at peak, coverage),
// provenance for telemetry, inspections and what does not apply, and the inspection record's checks.
#include "core/valuation_generator.h"
#include "core/valuation_indicators.h"
#include "core/valuation_store.h"

#include <QTest>

#include <cmath>

using namespace saggar;
using namespace saggar::valuation;

namespace {

constexpr TimestampMs kStep = 300'000; // the 5-minute report interval
constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kHour = 3'600'000;
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

    // Ten days: the first eight kept only as hourly rollups, the last two as readings.
    void truckFromReadingsAndRollups()
    {
        const TimeRange range{kJuly2026, kJuly2026 + 10 * kDay};
        const TimeRange raw{kJuly2026 + 8 * kDay, range.toMs};
        AssetHistory h;
        h.asset = AssetRef{AssetKind::Truck, 3};
        h.range = range;
        h.hourlySpans = {TimeRange{kJuly2026, raw.fromMs}};
        ChannelHistory odometer{ChannelId::Odometer, {}, {}}, hours{ChannelId::EngineHours, {}, {}},
            speed{ChannelId::Speed, {}, {}}, ignition{ChannelId::Ignition, {}, {}},
            lat{ChannelId::Latitude, {}, {}}, lon{ChannelId::Longitude, {}, {}};
        // Driving 08:00–16:00 on days 0, 2, 4 and 6: 50 km and one engine hour an hour; on day 6 near
        // Beijing, outside the Foshan fence.
        double km = 100'000, engine = 2'000;
        for (int i = 0; i < 8 * 24; ++i) {
            const TimestampMs t = kJuly2026 + i * kHour;
            const int day = i / 24, hour = i % 24;
            const bool driving = day % 2 == 0 && hour >= 8 && hour < 16;
            odometer.hours.push_back({t, km, km + (driving ? 50 : 0), km + (driving ? 25 : 0), 12});
            hours.hours.push_back({t, engine, engine + (driving ? 1 : 0), engine + 0.5, 12});
            km += driving ? 50 : 0;
            engine += driving ? 1 : 0;
            speed.hours.push_back({t, 0, driving ? 80.0 : 0.0, driving ? 50.0 : 0.0, 12});
            ignition.hours.push_back({t, 0, driving ? 1.0 : 0.0, driving ? 0.9 : 0.0, 12});
            const bool away = driving && day == 6;
            lat.hours.push_back({t, 0, 0, away ? 39.90 : 23.02, 12});
            lon.hours.push_back({t, 0, 0, away ? 116.40 : 113.12, 12});
        }
        QCOMPARE(km, 101'600.0);
        for (int i = 0; i < 576; ++i) {
            const TimestampMs t = raw.fromMs + i * kStep;
            speed.readings.push_back({t, i == 100 ? 110.0 : (i % 4 <= 1 ? 0.0 : 60.0)});
            ignition.readings.push_back({t, i % 4 != 0 ? 1.0 : 0.0});
            odometer.readings.push_back({t, km + i});
            hours.readings.push_back({t, engine + i / 12.0});
            lat.readings.push_back({t, 23.02});
            lon.readings.push_back({t, 113.12});
        }
        h.channels = {lat, lon, speed, odometer, hours, ignition};
        IndicatorInputs in;
        in.type = m_library.find("TRK-TRACTOR-6X4-FAW-DIESEL");
        in.yearBuilt = 2020;
        in.asOfMs = range.toMs;
        in.cluster = Cluster::Foshan;
        const Indicators all = computeIndicators(in, h);

        // The last odometer reading; the rollups and readings together cover the ten days.
        const Indicator& usage = at(all, IndicatorId::Usage);
        QCOMPARE(*usage.value, 102'175.0);
        QCOMPARE(usage.provenance.basis, TelemetryBasis::ReadingsAndHourly);
        QCOMPARE(usage.provenance.range.fromMs, range.fromMs);
        QCOMPARE(usage.provenance.range.toMs, range.toMs);
        QCOMPARE(usage.provenance.rawRange.fromMs, raw.fromMs);
        QCOMPARE(usage.coverage, 1.0); // 2,304 readings summed in the rollups + 576 kept = 2,880
        QVERIFY(usage.provenance.detail.find("576 readings + 192 hourly rollups") != std::string::npos);
        // 32 driving hours + 575 / 12 h of readings over 240 h.
        QVERIFY(std::abs(*at(all, IndicatorId::Utilisation).value - 100.0 * (32 + 575.0 / 12) / 240) < 1e-6);
        // Days 0, 2, 4, 6 (ignition on in an hour) and 8, 9 (engine-on readings): 6 of 10 days.
        QCOMPARE(*at(all, IndicatorId::OperatingDays).value, 18.0);
        QCOMPARE(at(all, IndicatorId::OperatingDays).provenance.basis, TelemetryBasis::ReadingsAndHourly);
        // 96 of 2,880 positions (8 hours × 12 readings) outside.
        QVERIFY(std::abs(*at(all, IndicatorId::InsideRegion).value - 100.0 * 2'784 / 2'880) < 1e-9);
        // Harsh events and idle ratio: the readings only — one speeding reading over 575 km, 144 of 432
        // engine-on readings standing.
        const Indicator& harsh = at(all, IndicatorId::HarshEvents);
        QVERIFY(std::abs(*harsh.value - 1000.0 / 575.0) < 1e-9);
        QCOMPARE(harsh.provenance.basis, TelemetryBasis::Readings);
        QCOMPARE(harsh.provenance.range.fromMs, raw.fromMs);
        QCOMPARE(harsh.provenance.range.toMs, raw.toMs);
        const Indicator& idle = at(all, IndicatorId::IdleRatio);
        QVERIFY(std::abs(*idle.value - 100.0 / 3.0) < 1e-9);
        QCOMPARE(idle.coverage, 1.0);
        QCOMPARE(idle.provenance.range.fromMs, raw.fromMs);
        QVERIFY(idle.provenance.detail.find("readings only") != std::string::npos);
        QCOMPARE(at(all, IndicatorId::FiringCycles).provenance.source, ProvenanceSource::NotApplicable);

        // The same history without its readings: the counts need readings and say so.
        for (ChannelHistory& c : h.channels)
            c.readings.clear();
        const Indicators hourly = computeIndicators(in, h);
        QVERIFY(!at(hourly, IndicatorId::IdleRatio).value);
        QCOMPARE(at(hourly, IndicatorId::IdleRatio).provenance.source, ProvenanceSource::Missing);
        QVERIFY(at(hourly, IndicatorId::IdleRatio).provenance.detail.find("needs readings") !=
                std::string::npos);
        QCOMPARE(*at(hourly, IndicatorId::Usage).value, 101'600.0);
        QCOMPARE(at(hourly, IndicatorId::Usage).provenance.basis, TelemetryBasis::Hourly);
        QCOMPARE(at(hourly, IndicatorId::Usage).coverage, 0.8);
        QCOMPARE(*at(hourly, IndicatorId::OperatingDays).value, 12.0);
    }

    void kilnFromReadingsAndRollups()
    {
        const TimeRange range{kJuly2026, kJuly2026 + 10 * kDay};
        const TimeRange raw{kJuly2026 + 8 * kDay, range.toMs};
        AssetHistory h;
        h.asset = AssetRef{AssetKind::Kiln, 1};
        h.range = range;
        h.hourlySpans = {TimeRange{kJuly2026, raw.fromMs}};
        ChannelHistory zone{ChannelId::Zone4Temp, {}, {}}, cycles{ChannelId::FiringCycles, {}, {}},
            gas{ChannelId::GasUse, {}, {}};
        // Firing on days 0–3; cold after, but for one hour of day 5 that touched 1,050 °C.
        for (int i = 0; i < 8 * 24; ++i) {
            const TimestampMs t = kJuly2026 + i * kHour;
            const int day = i / 24;
            if (day < 4)
                zone.hours.push_back({t, 1150, 1250, 1200, 12});
            else if (i == 5 * 24 + 10)
                zone.hours.push_back({t, 300, 1050, 400, 12});
            else
                zone.hours.push_back({t, 150, 300, 200, 12});
            cycles.hours.push_back({t, 100.0 + i, 101.0 + i, 100.5 + i, 12});
            gas.hours.push_back({t, 10'000.0 + 100 * i, 10'100.0 + 100 * i, 10'050.0 + 100 * i, 12});
        }
        for (int i = 0; i < 576; ++i) {
            const TimestampMs t = raw.fromMs + i * kStep;
            zone.readings.push_back({t, i % 2 == 0 ? 1200.0 : 1210.0});
            cycles.readings.push_back({t, 292.0 + i / 12});
            gas.readings.push_back({t, 29'200.0 + i * 10.0});
        }
        h.channels = {zone, cycles, gas};
        IndicatorInputs in;
        in.type = m_library.find("KLN-ROLLER-200-25-GAS");
        in.yearBuilt = 2018;
        in.asOfMs = range.toMs;
        const Indicators all = computeIndicators(in, h);
        const double years = 10.0 / 365.25;
        // 96 rollup hours with a mean at temperature + 575 five-minute steps of readings.
        const double hot = 96 + 575.0 / 12;
        QVERIFY(std::abs(*at(all, IndicatorId::Usage).value - hot / years) < 1e-6);
        QVERIFY(std::abs(*at(all, IndicatorId::Utilisation).value - 100.0 * hot / 240) < 1e-9);
        // Cycles 100 → 339 over the ten days, annualised.
        QVERIFY(std::abs(*at(all, IndicatorId::FiringCycles).value - 239 / years) < 1e-6);
        QCOMPARE(at(all, IndicatorId::FiringCycles).provenance.basis, TelemetryBasis::ReadingsAndHourly);
        // Days 0–3 and 5 (an hour's maximum at temperature) and 8, 9: 7 of 10.
        QCOMPARE(*at(all, IndicatorId::OperatingDays).value, 21.0);
        const Indicator& sd = at(all, IndicatorId::TemperatureStability);
        QVERIFY(std::abs(*sd.value - 5.0 * std::sqrt(576.0 / 575.0)) < 1e-6);
        QCOMPARE(sd.provenance.basis, TelemetryBasis::Readings);
        QCOMPARE(sd.provenance.range.fromMs, raw.fromMs);
        QVERIFY(at(all, IndicatorId::Efficiency).value.has_value());
    }

    void noHistoryNamesTheSource()
    {
        AssetHistory none;
        none.asset = AssetRef{AssetKind::Truck, 9};
        none.range = {kJuly2026, kJuly2026 + kDay};
        IndicatorInputs in;
        in.type = m_library.find("TRK-TRACTOR-6X4-FAW-DIESEL");
        in.yearBuilt = 2022;
        in.asOfMs = kJuly2026 + kDay;
        const Indicators all = computeIndicators(in, none);
        QCOMPARE(at(all, IndicatorId::Usage).provenance.source, ProvenanceSource::Missing);
        QCOMPARE(at(all, IndicatorId::Usage).provenance.detail,
                 std::string("no telemetry received from this asset"));
        QVERIFY(at(all, IndicatorId::Age).value.has_value());
    }

    void storedBasisRoundTrips()
    {
        Indicators all = computeIndicators(IndicatorInputs{});
        all[1].provenance = {
            ProvenanceSource::Telemetry,       {1, 100}, 0, "odometer, 5 readings + 2 hourly rollups",
            TelemetryBasis::ReadingsAndHourly, {60, 100}};
        all[1].value = 5;
        auto back = decodeIndicators(encodeIndicators(all));
        QVERIFY(back.ok());
        QCOMPARE((*back)[1].provenance.basis, TelemetryBasis::ReadingsAndHourly);
        QCOMPARE((*back)[1].provenance.rawRange.fromMs, TimestampMs(60));
        QCOMPARE((*back)[1].provenance.detail, all[1].provenance.detail);
        // A valuation stored before the basis was kept (8 fields a line) still reads.
        std::string old;
        for (const Indicator& i : all)
            old += std::string(key(i.id)) + "\t-\t0\tmissing\t0\t0\t0\tnone\n";
        auto oldBack = decodeIndicators(old);
        QVERIFY2(oldBack.ok(), oldBack.ok() ? "" : oldBack.error().message.c_str());
        QCOMPARE((*oldBack)[1].provenance.basis, TelemetryBasis::None);
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
