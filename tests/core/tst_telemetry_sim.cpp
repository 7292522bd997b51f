// The simulator's models: deterministic per seed, counters that only grow, trucks that stay near
// their cluster and rest at night, kilns inside the physical range that follow firing curves and
// stop for the Spring Festival, and the faults it injects on demand.
#include "core/sim_calendar.h"
#include "core/sim_device.h"
#include "core/telemetry_sample.h"

#include <QTest>

using namespace saggar;
using namespace saggar::sim;

namespace {

constexpr TimestampMs kStep = 5 * 60'000;
constexpr TimestampMs kDay = 86'400'000;
const TimestampMs kStart = parseTelemetryTime("2026-10-01T00:00:00+08:00").value();

TelemetryAsset truck(Id id, bool light = false, Cluster cluster = Cluster::Zibo)
{
    TelemetryAsset a;
    a.kind = AssetKind::Truck;
    a.id = id;
    a.enterpriseId = 40 + id % 3;
    a.cluster = cluster;
    a.lightTruck = light;
    a.year = 2021;
    return a;
}

TelemetryAsset kiln(Id id, KilnType type, KilnFuel fuel = KilnFuel::Gas)
{
    TelemetryAsset a;
    a.kind = AssetKind::Kiln;
    a.id = id;
    a.enterpriseId = 9;
    a.cluster = Cluster::Jingdezhen;
    a.kilnType = type;
    a.fuel = fuel;
    a.capacityUnit = type == KilnType::Roller ? CapacityUnit::SquareMetres : CapacityUnit::Pieces;
    a.dailyCapacity = type == KilnType::Roller ? 12'000 : 3'000;
    a.lengthM = type == KilnType::Roller ? 250 : type == KilnType::Tunnel ? 110 : 12;
    a.year = 2018;
    return a;
}

std::vector<TruckReading> drive(TruckSim& sim, TimestampMs from, int days)
{
    std::vector<TruckReading> out;
    for (TimestampMs t = from; t < from + days * kDay; t += kStep)
        out.push_back(sim.advanceTo(t));
    return out;
}

double hourOfDay(TimestampMs t)
{
    return static_cast<double>(t + kChinaOffsetMs - localDay(t) * kDay) / 3'600'000.0;
}

} // namespace

class TestTelemetrySim : public QObject
{
    Q_OBJECT

private slots:
    void calendar()
    {
        QCOMPARE(weekday(0), 3); // 1970-01-01, a Thursday
        QCOMPARE(weekday(daysFromCivil(2026, 11, 28)), 5);
        QCOMPARE(springFestivalDay(2026), daysFromCivil(2026, 2, 17));
        QVERIFY(inSpringFestivalBreak(daysFromCivil(2026, 2, 20)));
        QVERIFY(!inSpringFestivalBreak(daysFromCivil(2026, 6, 1)));
        QCOMPARE(localDay(parseTelemetryTime("2026-10-01T23:59:00+08:00").value()),
                 daysFromCivil(2026, 10, 1));
        QCOMPARE(localDay(parseTelemetryTime("2026-10-01T16:00:00Z").value()), daysFromCivil(2026, 10, 2));
    }

    void truckIsDeterministicPerSeed()
    {
        TruckSim a(truck(1), 7, kStart), b(truck(1), 7, kStart), other(truck(1), 8, kStart);
        const auto ra = drive(a, kStart, 5), rb = drive(b, kStart, 5), ro = drive(other, kStart, 5);
        bool differs = false;
        for (std::size_t i = 0; i < ra.size(); ++i) {
            QCOMPARE(ra[i].position.lat, rb[i].position.lat);
            QCOMPARE(ra[i].odometerKm, rb[i].odometerKm);
            QCOMPARE(ra[i].fuelPct, rb[i].fuelPct);
            differs = differs || ra[i].position.lat != ro[i].position.lat;
        }
        QVERIFY(differs);
    }

    void truckBehaves_data()
    {
        QTest::addColumn<bool>("light");
        QTest::addColumn<int>("cluster");
        QTest::newRow("heavy, Zibo") << false << static_cast<int>(Cluster::Zibo);
        QTest::newRow("light, Foshan") << true << static_cast<int>(Cluster::Foshan);
        QTest::newRow("heavy, Tangshan") << false << static_cast<int>(Cluster::Tangshan);
    }
    void truckBehaves()
    {
        QFETCH(bool, light);
        QFETCH(int, cluster);
        const TelemetryAsset asset = truck(4, light, static_cast<Cluster>(cluster));
        TruckSim sim(asset, 11, kStart);
        const auto readings = drive(sim, kStart, 30);
        const Geofence fence = clusterGeofence(asset.cluster);
        double maxSpeed = 0;
        int refuels = 0, nightDriving = 0, nightReadings = 0;
        for (std::size_t i = 0; i < readings.size(); ++i) {
            const TruckReading& r = readings[i];
            const TimestampMs t = kStart + static_cast<TimestampMs>(i) * kStep;
            QVERIFY(inside(fence, r.position));
            QVERIFY(r.speedKmh >= 0 && r.speedKmh <= (light ? 100.0 : 89.0));
            QVERIFY(r.fuelPct >= 0 && r.fuelPct <= 100);
            maxSpeed = std::max(maxSpeed, r.speedKmh);
            if (!r.ignition)
                QCOMPARE(r.speedKmh, 0.0);
            if (i > 0) {
                QVERIFY2(r.odometerKm >= readings[i - 1].odometerKm, "the odometer only grows");
                QVERIFY2(r.engineHours >= readings[i - 1].engineHours, "engine hours only grow");
                if (r.fuelPct > readings[i - 1].fuelPct + 10)
                    ++refuels;
            }
            const double h = hourOfDay(t);
            if (h >= 1.0 && h < 4.0) {
                ++nightReadings;
                nightDriving += r.ignition ? 1 : 0;
            }
        }
        const double km = readings.back().odometerKm - readings.front().odometerKm;
        QVERIFY2(km > 30 * 40 && km < 30 * 600, std::to_string(km).c_str()); // a working month's driving
        QVERIFY(maxSpeed > 30);
        QVERIFY2(refuels >= 1, "a month of driving needs fuel");
        QCOMPARE(nightDriving, 0); // night stops at the factory
        QVERIFY(nightReadings > 0);
        // Engine hours follow the driving and idling: a plausible average speed.
        const double hours = readings.back().engineHours - readings.front().engineHours;
        QVERIFY(hours > 0 && km / hours > 15 && km / hours < 80);
    }

    void countersContinueFromStoredValues()
    {
        // Values as read back from the store: 624.11 is 624.1099999…, which must not truncate to 624.10.
        const TimestampMs night = parseTelemetryTime("2026-10-01T23:00:00+08:00").value();
        for (double hours : {624.11, 4'321.07, 0.29}) {
            TruckSim sim(truck(2), 3, night, TruckCounters{26'093.3, hours, 50.0});
            const TruckReading r = sim.advanceTo(night);
            QCOMPARE(r.odometerKm, 26'093.3);
            QCOMPARE(r.engineHours, hours);
        }
        for (double energy : {61'217'015.83, 299'248'915.53, 0.07}) {
            KilnSim sim(kiln(4, KilnType::Tunnel), 3, kStart, KilnCounters{94'424, energy, 47'463'722});
            const KilnReading r = sim.advanceTo(kStart);
            QCOMPARE(r.energy, energy);
            QCOMPARE(r.firingCycles, 94'424.0);
            QCOMPARE(r.output, 47'463'722.0);
        }
    }

    void geofenceExitLeavesTheFence()
    {
        const TelemetryAsset asset = truck(5);
        const std::int64_t exitDay = localDay(kStart) + 2;
        TruckSim sim(asset, 5, kStart, std::nullopt, {exitDay});
        double farthest = 0;
        for (const TruckReading& r : drive(sim, kStart, 4))
            farthest = std::max(farthest, distanceKm(clusterCentre(asset.cluster), r.position));
        QVERIFY2(farthest > kDefaultGeofenceRadiusKm + 30, std::to_string(farthest).c_str());
    }

    void kilnsStayInPhysicalRange_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("roller") << static_cast<int>(KilnType::Roller);
        QTest::newRow("tunnel") << static_cast<int>(KilnType::Tunnel);
        QTest::newRow("shuttle") << static_cast<int>(KilnType::Shuttle);
    }
    void kilnsStayInPhysicalRange()
    {
        QFETCH(int, type);
        const auto kilnType = static_cast<KilnType>(type);
        KilnSim sim(kiln(1, kilnType), 21, kStart);
        double peak = 0;
        KilnReading previous = sim.advanceTo(kStart);
        const double firstCycles = previous.firingCycles;
        for (TimestampMs t = kStart + kStep; t < kStart + 20 * kDay; t += kStep) {
            const KilnReading r = sim.advanceTo(t);
            for (double temp : r.zoneTempC) {
                QVERIFY(temp >= -40 && temp <= 1450);
                peak = std::max(peak, temp);
            }
            QVERIFY(r.firingCycles >= previous.firingCycles);
            QVERIFY(r.energy >= previous.energy);
            QVERIFY(r.output >= previous.output);
            QCOMPARE(r.firingCycles, std::floor(r.firingCycles));
            previous = r;
        }
        QVERIFY2(peak >= 1150 && peak <= 1320, std::to_string(peak).c_str()); // firing near 1,150–1,250 °C
        QVERIFY2(previous.firingCycles > firstCycles, "kilns fire");
    }

    void continuousKilnProfileAndSpringFestival()
    {
        const TelemetryAsset asset = kiln(2, KilnType::Roller);
        KilnSim sim(asset, 4, parseTelemetryTime("2026-02-01T00:00:00+08:00").value());
        // Running: preheat < firing > cooling.
        const KilnReading running = sim.advanceTo(parseTelemetryTime("2026-02-05T12:00:00+08:00").value());
        QVERIFY(running.zoneTempC[0] < running.zoneTempC[2]);
        QVERIFY(running.zoneTempC[3] > 1100);
        QVERIFY(running.zoneTempC[5] < running.zoneTempC[4]);
        // Well into the festival break it is cold and uses no gas.
        const KilnReading cold = sim.advanceTo(parseTelemetryTime("2026-02-20T12:00:00+08:00").value());
        QVERIFY2(cold.zoneTempC[3] < 100, std::to_string(cold.zoneTempC[3]).c_str());
        const KilnReading later = sim.advanceTo(parseTelemetryTime("2026-02-20T18:00:00+08:00").value());
        QCOMPARE(later.energy, cold.energy);
        QCOMPARE(later.output, cold.output);
    }

    void shutdownCoolsTheKiln()
    {
        const TimestampMs stop = kStart + 3 * kDay;
        KilnSim sim(kiln(3, KilnType::Tunnel), 9, kStart, std::nullopt, {{stop, stop + 48 * 3'600'000}});
        double coldest = 2000;
        for (TimestampMs t = stop; t < stop + 48 * 3'600'000; t += kStep)
            coldest = std::min(coldest, sim.advanceTo(t).zoneTempC[3]);
        QVERIFY2(coldest < 400, std::to_string(coldest).c_str());
        // And it heats up again within two days.
        QVERIFY(sim.advanceTo(stop + 4 * kDay).zoneTempC[3] > 1100);
    }

    void faultSpecs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("full") << "offline:truck:12@-3d/6h" << true;
        QTest::newRow("absolute") << "geofence-exit:truck:7@2026-05-20T00:00:00Z" << true;
        QTest::newRow("from start") << "kiln-shutdown:kiln:3@+10d/48h" << true;
        QTest::newRow("asset chosen") << "duplicates@-2d/2h" << true;
        QTest::newRow("bare kind") << "out-of-order" << true;
        QTest::newRow("several") << "offline,odometer-rollback:truck:5@-20d" << true;
        QTest::newRow("empty") << "" << true;
        QTest::newRow("unknown kind") << "flood:truck:1" << false;
        QTest::newRow("bad asset") << "offline:lorry:1" << false;
        QTest::newRow("missing id") << "offline:truck" << false;
        QTest::newRow("bad time") << "offline@yesterday" << false;
        QTest::newRow("bad duration") << "offline@-1d/6 hours" << false;
        QTest::newRow("zero duration") << "offline@-1d/0h" << false;
    }
    void faultSpecs()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto specs = parseFaultSpecs(text.toStdString());
        QCOMPARE(specs.ok(), valid);
        if (!valid)
            QVERIFY(specs.error().message.find("Fault") != std::string::npos);
    }

    void faultsResolveInsideTheWindow()
    {
        const std::vector<TelemetryAsset> assets{truck(1), truck(2), kiln(1, KilnType::Roller)};
        const TimeRange window{kStart, kStart + 10 * kDay};
        auto specs = parseFaultSpecs("kiln-shutdown,odometer-rollback,offline:truck:2@-1d/6h,duplicates");
        QVERIFY(specs.ok());
        auto faults = resolveFaults(*specs, assets, window, 1);
        QVERIFY2(faults.ok(), faults.ok() ? "" : faults.error().message.c_str());
        QCOMPARE(faults->size(), std::size_t{4});
        QCOMPARE((*faults)[0].asset, (AssetRef{AssetKind::Kiln, 1})); // the only kiln
        QCOMPARE((*faults)[1].asset.kind, AssetKind::Truck);          // odometers are trucks'
        QCOMPARE((*faults)[2].range.fromMs, window.toMs - kDay);
        QCOMPARE((*faults)[2].range.length(), 6 * 3'600'000);
        for (const Fault& f : *faults)
            QVERIFY(window.contains(f.range.fromMs));
        // Same seed, same choices.
        auto again = resolveFaults(*specs, assets, window, 1);
        QCOMPARE((*again)[3].asset, (*faults)[3].asset);
        QCOMPARE((*again)[3].range.fromMs, (*faults)[3].range.fromMs);

        const auto refuse = [&](const char* text) {
            return !resolveFaults(*parseFaultSpecs(text), assets, window, 1).ok();
        };
        QVERIFY(refuse("kiln-shutdown:truck:1"));        // wrong kind
        QVERIFY(refuse("offline:truck:99"));             // not simulated
        QVERIFY(refuse("offline@+11d"));                 // after the window
        QVERIFY(refuse("offline@2020-01-01T00:00:00Z")); // before it
    }

    void deviceShapesDeliveries()
    {
        const TelemetryAsset asset = truck(6);
        const TimeRange window{kStart, kStart + kDay};
        const TimestampMs hour = 3'600'000;
        const std::vector<Fault> faults{
            {FaultKind::Offline, {AssetKind::Truck, 6}, {kStart + 2 * hour, kStart + 3 * hour}},
            {FaultKind::Duplicates, {AssetKind::Truck, 6}, {kStart + 4 * hour, kStart + 5 * hour}},
            {FaultKind::OutOfOrder, {AssetKind::Truck, 6}, {kStart + 6 * hour, kStart + 7 * hour}},
            {FaultKind::OdometerRollback, {AssetKind::Truck, 6}, {kStart + 20 * hour, window.toMs + kDay}},
            {FaultKind::Offline, {AssetKind::Truck, 99}, {kStart, window.toMs}}, // another truck's
        };
        DeviceSim device(asset, 2, kStart, faults);
        DeviceSim clean(asset, 2, kStart, {});
        std::vector<Sample> out, reference;
        std::vector<std::size_t> perReport;
        for (TimestampMs t = window.fromMs; t < window.toMs; t += kStep) {
            const std::size_t before = out.size();
            device.report(t, out);
            clean.report(t, reference);
            perReport.push_back(out.size() - before);
        }
        device.flush(out);
        const auto reportAt = [&](TimestampMs t) {
            return perReport[static_cast<std::size_t>((t - kStart) / kStep)];
        };
        QCOMPARE(reportAt(kStart + 2 * hour + kStep), std::size_t{0});  // offline
        QCOMPARE(reportAt(kStart + 4 * hour + kStep), std::size_t{14}); // duplicated
        QCOMPARE(reportAt(kStart + 6 * hour + kStep), std::size_t{0});  // held back…
        QCOMPARE(reportAt(kStart + 7 * hour), std::size_t{7 * 13});     // …and delivered after, 12 late
        QCOMPARE(device.reportsTaken(), clean.reportsTaken());
        // Held-back reports arrive newest first, after a newer one.
        const std::size_t firstLate = [&] {
            std::size_t i = 0;
            for (TimestampMs t = kStart; t < kStart + 7 * hour; t += kStep)
                i += reportAt(t);
            return i + 7;
        }();
        QCOMPARE(out[firstLate].tMs, kStart + 7 * hour - kStep);
        QCOMPARE(out[firstLate - 7].tMs, kStart + 7 * hour);
        // The odometer is wound back by a third to a half from the rollback on.
        double before = 0, after = 0;
        for (const Sample& s : out)
            if (s.series.channel == ChannelId::Odometer) {
                if (s.tMs == kStart + 20 * hour - kStep)
                    before = s.value;
                if (s.tMs == kStart + 20 * hour)
                    after = s.value;
            }
        QVERIFY2(after < before * 0.7 && after > before * 0.4,
                 (std::to_string(before) + " " + std::to_string(after)).c_str());
        // Apart from the faults, what arrives is what the clean device reads.
        QCOMPARE(out.front().value, reference.front().value);
    }
};

QTEST_GUILESS_MAIN(TestTelemetrySim)
#include "tst_telemetry_sim.moc"
