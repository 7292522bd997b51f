// Summary figures of an asset's telemetry: hand-made readings with known answers, and a simulated
// month whose fuel use must match the burn rate the simulator was given.
#include "core/sim_kiln.h"
#include "core/sim_truck.h"
#include "core/telemetry_summary.h"

#include <QTest>

using namespace saggar;

namespace {

constexpr TimestampMs kMin = 60'000;
constexpr TimestampMs kHour = 3'600'000;
constexpr TimestampMs kBase = 1'780'000'000'000;

std::vector<TelemetryPoint> series(std::initializer_list<double> values, TimestampMs step = kHour)
{
    std::vector<TelemetryPoint> out;
    TimestampMs t = kBase;
    for (double v : values) {
        out.push_back({t, v});
        t += step;
    }
    return out;
}

} // namespace

class TestTelemetrySummary : public QObject
{
    Q_OBJECT

private slots:
    void truck()
    {
        const auto odometer = series({100, 150, 200, 230, 250});
        const auto hours = series({10, 12, 14, 15, 16});
        const auto fuel = series({80.2, 69.8, 60, 95, 85}); // a refill between the 3rd and 4th reading
        const TruckSummary s = summariseTruck(odometer, hours, fuel, {kBase, kBase + 24 * kHour});
        QCOMPARE(s.distanceKm, 150.0);
        QCOMPARE(s.engineHours, 6.0);
        QCOMPARE(s.utilisationPct, 25.0);
        QVERIFY(s.fuelPctOfTankPer100Km);
        QVERIFY(std::abs(*s.fuelPctOfTankPer100Km - (80.2 - 85 + 35) / 150 * 100) < 1e-9);
        // Too little driving for a fuel figure; one reading is no increase.
        QVERIFY(
            !summariseTruck(series({100, 105}), hours, fuel, {kBase, kBase + kHour}).fuelPctOfTankPer100Km);
        QCOMPARE(counterIncrease(series({7})), 0.0);
        QCOMPARE(summariseTruck({}, {}, {}, {kBase, kBase}).utilisationPct, 0.0);
    }

    void kiln()
    {
        const auto cycles = series({100, 101, 103});
        const auto energy = series({1000, 1300, 1600});
        // Every 5 minutes: 2 h at 1,100 °C, 1 h at 900 °C, an hour without readings, 30 min at 1,100 °C.
        std::vector<TelemetryPoint> zone;
        TimestampMs t = kBase;
        for (int i = 0; i < 24; ++i, t += 5 * kMin)
            zone.push_back({t, 1100});
        for (int i = 0; i < 12; ++i, t += 5 * kMin)
            zone.push_back({t, 900});
        t += kHour;
        for (int i = 0; i < 7; ++i, t += 5 * kMin)
            zone.push_back({t, 1100});
        const KilnSummary s = summariseKiln(cycles, energy, zone);
        QCOMPARE(s.firingCycles, 3.0);
        QCOMPARE(s.energy, 600.0);
        QCOMPARE(*s.energyPerCycle, 200.0);
        QCOMPARE(s.hoursAtTemperature, 2.5);
        QVERIFY(!summariseKiln(series({5, 5}), energy, zone).energyPerCycle);
        QCOMPARE(summariseKiln(cycles, energy, zone, 1200).hoursAtTemperature, 0.0);
    }

    void simulatedMonthMatchesTheBurnRate_data()
    {
        QTest::addColumn<bool>("light");
        QTest::addColumn<double>("low"); // % of tank per 100 km: burn rate over tank size, plus idling
        QTest::addColumn<double>("high");
        QTest::newRow("heavy: 30-38 L/100 km, 400 L") << false << 7.5 << 11.0;
        QTest::newRow("light: 11-14 L/100 km, 90 L") << true << 12.0 << 18.0;
    }
    void simulatedMonthMatchesTheBurnRate()
    {
        QFETCH(bool, light);
        QFETCH(double, low);
        QFETCH(double, high);
        TelemetryAsset truck;
        truck.kind = AssetKind::Truck;
        truck.id = 3;
        truck.enterpriseId = 2;
        truck.lightTruck = light;
        truck.year = 2022;
        sim::TruckSim model(truck, 17, kBase);
        std::vector<TelemetryPoint> odometer, hours, fuel;
        const TimeRange month{kBase, kBase + 30 * 24 * kHour};
        for (TimestampMs t = month.fromMs; t < month.toMs; t += 5 * kMin) {
            const sim::TruckReading r = model.advanceTo(t);
            odometer.push_back({t, r.odometerKm});
            hours.push_back({t, r.engineHours});
            fuel.push_back({t, r.fuelPct});
        }
        const TruckSummary s = summariseTruck(odometer, hours, fuel, month);
        QVERIFY(s.fuelPctOfTankPer100Km);
        QVERIFY2(*s.fuelPctOfTankPer100Km > low && *s.fuelPctOfTankPer100Km < high,
                 std::to_string(*s.fuelPctOfTankPer100Km).c_str());
        QVERIFY(s.utilisationPct > 5 && s.utilisationPct < 60);
    }

    void simulatedKilnEnergyPerCycle()
    {
        TelemetryAsset kiln;
        kiln.kind = AssetKind::Kiln;
        kiln.id = 8;
        kiln.kilnType = KilnType::Shuttle;
        kiln.capacityUnit = CapacityUnit::Pieces;
        kiln.dailyCapacity = 800;
        kiln.lengthM = 10;
        kiln.year = 2015;
        sim::KilnSim model(kiln, 5, kBase);
        std::vector<TelemetryPoint> cycles, energy, zone;
        for (TimestampMs t = kBase; t < kBase + 10 * 24 * kHour; t += 5 * kMin) {
            const sim::KilnReading r = model.advanceTo(t);
            cycles.push_back({t, r.firingCycles});
            energy.push_back({t, r.energy});
            zone.push_back({t, r.zoneTempC[3]});
        }
        const KilnSummary s = summariseKiln(cycles, energy, zone);
        // Shuttle firings take a day or so: 10 days hold several, each several hours above 1,000 °C.
        QVERIFY2(s.firingCycles >= 5 && s.firingCycles <= 12, std::to_string(s.firingCycles).c_str());
        QVERIFY(s.hoursAtTemperature > 2 * s.firingCycles && s.hoursAtTemperature < 10 * s.firingCycles);
        QVERIFY(s.energyPerCycle && *s.energyPerCycle > 0);
    }
};

QTEST_GUILESS_MAIN(TestTelemetrySummary)
#include "tst_telemetry_summary.moc"
