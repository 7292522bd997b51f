// The telemetry channel catalogue and sample validation: every channel the issue names, each reject
// reason, and counters that refuse to go backwards (an odometer rollback).
#include "core/telemetry_channels.h"
#include "core/telemetry_sample.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <set>

using namespace saggar;

Q_DECLARE_METATYPE(saggar::ChannelId)
Q_DECLARE_METATYPE(saggar::AssetKind)

namespace {

constexpr TimestampMs kNow = 1'795'000'000'000; // 2026-11-18
constexpr TimestampMs kMinute = 60'000;

Sample sample(AssetKind kind, ChannelId channel, double value, TimestampMs t = kNow - 5 * kMinute,
              Id asset = 7)
{
    return Sample{{kind, asset, channel}, t, value, 1};
}

// -1 for accepted, else the RejectReason as an int (QTest columns want plain types).
int verdict(const std::optional<Rejection>& r)
{
    return r ? static_cast<int>(r->reason) : -1;
}

} // namespace

class TestTelemetryChannels : public QObject
{
    Q_OBJECT

private slots:
    void catalogueHasEveryChannelOfTheIssue_data()
    {
        QTest::addColumn<AssetKind>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("counter");
        QTest::newRow("latitude") << AssetKind::Truck << "latitude"
                                  << "°" << false;
        QTest::newRow("longitude") << AssetKind::Truck << "longitude"
                                   << "°" << false;
        QTest::newRow("speed") << AssetKind::Truck << "speed"
                               << "km/h" << false;
        QTest::newRow("odometer") << AssetKind::Truck << "odometer"
                                  << "km" << true;
        QTest::newRow("fuel") << AssetKind::Truck << "fuel_level"
                              << "%" << false;
        QTest::newRow("engine hours") << AssetKind::Truck << "engine_hours"
                                      << "h" << true;
        QTest::newRow("ignition") << AssetKind::Truck << "ignition"
                                  << "" << false;
        for (int z = 1; z <= 6; ++z)
            QTest::addRow("zone %d", z)
                << AssetKind::Kiln << QStringLiteral("zone%1_temp").arg(z) << "°C" << false;
        QTest::newRow("cycles") << AssetKind::Kiln << "firing_cycles"
                                << "" << true;
        QTest::newRow("gas") << AssetKind::Kiln << "gas_m3"
                             << "m³" << true;
        QTest::newRow("electricity") << AssetKind::Kiln << "electricity_kwh"
                                     << "kWh" << true;
        QTest::newRow("output m2") << AssetKind::Kiln << "output_m2"
                                   << "m²" << true;
        QTest::newRow("output pieces") << AssetKind::Kiln << "output_pieces"
                                       << "pcs" << true;
    }
    void catalogueHasEveryChannelOfTheIssue()
    {
        QFETCH(AssetKind, kind);
        QFETCH(QString, key);
        QFETCH(QString, unit);
        QFETCH(bool, counter);
        const ChannelSpec* spec = findChannel(kind, key.toStdString());
        QVERIFY(spec);
        QCOMPARE(QString::fromUtf8(spec->unit.data(), static_cast<int>(spec->unit.size())), unit);
        QCOMPARE(spec->counter, counter);
        QCOMPARE(spec->kind, kind);
        QCOMPARE(spec->expectedIntervalMs, 5 * kMinute);
        QVERIFY(spec->minValue < spec->maxValue);
        QCOMPARE(&channelSpec(spec->id), spec);
        QCOMPARE(findChannel(static_cast<std::uint16_t>(spec->id)), spec);
        // A key of one kind is unknown to the other.
        QVERIFY(
            !findChannel(kind == AssetKind::Truck ? AssetKind::Kiln : AssetKind::Truck, key.toStdString()));
    }

    void catalogueIsConsistent()
    {
        std::set<std::string_view> keys;
        std::set<int> ids;
        for (const ChannelSpec& spec : channelCatalogue()) {
            QVERIFY(keys.insert(spec.key).second);
            QVERIFY(ids.insert(static_cast<int>(spec.id)).second);
        }
        QCOMPARE(channelsOf(AssetKind::Truck).size(), std::size_t{7});
        QCOMPARE(channelsOf(AssetKind::Kiln).size(), std::size_t{11});
        QCOMPARE(truckChannels().size(), std::size_t{7});
        QVERIFY(!findChannel(999));
        QVERIFY(!findChannel(AssetKind::Truck, "speed "));
        // Zones sit in their sections: preheat 1–2, firing 3–4, cooling 5–6.
        QCOMPARE(channelSpec(ChannelId::Zone2Temp).section, KilnSection::Preheat);
        QCOMPARE(channelSpec(ChannelId::Zone3Temp).section, KilnSection::Firing);
        QCOMPARE(channelSpec(ChannelId::Zone6Temp).section, KilnSection::Cooling);
        QCOMPARE(channelSpec(ChannelId::Speed).section, KilnSection::None);
    }

    void kilnReportsItsFuelAndUnit()
    {
        const auto gasTiles = kilnChannels(KilnFuel::Gas, CapacityUnit::SquareMetres);
        QCOMPARE(gasTiles.size(), std::size_t{9});
        QVERIFY(std::count(gasTiles.begin(), gasTiles.end(), ChannelId::GasUse) == 1);
        QVERIFY(std::count(gasTiles.begin(), gasTiles.end(), ChannelId::ElectricityUse) == 0);
        QVERIFY(std::count(gasTiles.begin(), gasTiles.end(), ChannelId::OutputArea) == 1);
        const auto electricPieces = kilnChannels(KilnFuel::Electric, CapacityUnit::Pieces);
        QVERIFY(std::count(electricPieces.begin(), electricPieces.end(), ChannelId::ElectricityUse) == 1);
        QVERIFY(std::count(electricPieces.begin(), electricPieces.end(), ChannelId::OutputPieces) == 1);
        QVERIFY(std::count(electricPieces.begin(), electricPieces.end(), ChannelId::OutputArea) == 0);
    }

    void keysRoundTrip()
    {
        for (AssetKind k : {AssetKind::Truck, AssetKind::Kiln})
            QCOMPARE(fromKey<AssetKind>(key(k)), k);
        QVERIFY(!fromKey<AssetKind>("lorry"));
        for (std::size_t i = 0; i < kRejectReasonCount; ++i) {
            const auto reason = static_cast<RejectReason>(i);
            QCOMPARE(fromKey<RejectReason>(key(reason)), reason);
        }
        QCOMPARE(key(RejectReason::CounterBackwards), std::string_view("counter_backwards"));
        QVERIFY(!fromKey<RejectReason>("late"));
        QCOMPARE(key(ChannelId::Zone4Temp), std::string_view("zone4_temp"));
    }

    void checkSample_data()
    {
        QTest::addColumn<AssetKind>("kind");
        QTest::addColumn<ChannelId>("channel");
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("t");
        QTest::addColumn<qint64>("asset");
        QTest::addColumn<int>("expected"); // -1 accepted, else RejectReason

        const qint64 ok = kNow - 5 * kMinute;
        const auto T = AssetKind::Truck;
        const auto K = AssetKind::Kiln;
        const int accepted = -1;
        const int malformed = static_cast<int>(RejectReason::Malformed);
        const int unknownAsset = static_cast<int>(RejectReason::UnknownAsset);
        const int unknownChannel = static_cast<int>(RejectReason::UnknownChannel);
        const int outOfRange = static_cast<int>(RejectReason::OutOfRange);
        const int future = static_cast<int>(RejectReason::FutureTimestamp);
        QTest::newRow("speed fine") << T << ChannelId::Speed << 62.5 << ok << qint64(7) << accepted;
        QTest::newRow("speed at limit") << T << ChannelId::Speed << 160.0 << ok << qint64(7) << accepted;
        QTest::newRow("speed too high") << T << ChannelId::Speed << 250.0 << ok << qint64(7) << outOfRange;
        QTest::newRow("negative speed") << T << ChannelId::Speed << -1.0 << ok << qint64(7) << outOfRange;
        QTest::newRow("fuel over 100") << T << ChannelId::FuelLevel << 100.5 << ok << qint64(7) << outOfRange;
        QTest::newRow("latitude 0 (lost fix)")
            << T << ChannelId::Latitude << 0.0 << ok << qint64(7) << outOfRange;
        QTest::newRow("longitude Foshan")
            << T << ChannelId::Longitude << 113.12 << ok << qint64(7) << accepted;
        QTest::newRow("ignition half") << T << ChannelId::Ignition << 0.5 << ok << qint64(7) << outOfRange;
        QTest::newRow("ignition on") << T << ChannelId::Ignition << 1.0 << ok << qint64(7) << accepted;
        QTest::newRow("kiln at peak") << K << ChannelId::Zone4Temp << 1230.0 << ok << qint64(7) << accepted;
        QTest::newRow("kiln beyond lining")
            << K << ChannelId::Zone4Temp << 1600.0 << ok << qint64(7) << outOfRange;
        QTest::newRow("kiln below -40")
            << K << ChannelId::Zone6Temp << -41.0 << ok << qint64(7) << outOfRange;
        QTest::newRow("cycles fraction")
            << K << ChannelId::FiringCycles << 10.5 << ok << qint64(7) << outOfRange;
        QTest::newRow("not a number")
            << T << ChannelId::Speed << std::nan("") << ok << qint64(7) << malformed;
        QTest::newRow("infinity") << K << ChannelId::GasUse << std::numeric_limits<double>::infinity() << ok
                                  << qint64(7) << malformed;
        QTest::newRow("clock reset to 1970")
            << T << ChannelId::Speed << 10.0 << qint64(5000) << qint64(7) << malformed;
        QTest::newRow("9 min ahead") << T << ChannelId::Speed << 10.0 << qint64(kNow + 9 * kMinute)
                                     << qint64(7) << accepted;
        QTest::newRow("10 min ahead")
            << T << ChannelId::Speed << 10.0 << qint64(kNow + 10 * kMinute) << qint64(7) << accepted;
        QTest::newRow("11 min ahead")
            << T << ChannelId::Speed << 10.0 << qint64(kNow + 11 * kMinute) << qint64(7) << future;
        QTest::newRow("truck with a kiln channel")
            << T << ChannelId::Zone3Temp << 900.0 << ok << qint64(7) << unknownChannel;
        QTest::newRow("kiln with a truck channel")
            << K << ChannelId::Odometer << 9.0 << ok << qint64(7) << unknownChannel;
        QTest::newRow("no channel 55")
            << T << static_cast<ChannelId>(55) << 9.0 << ok << qint64(7) << unknownChannel;
        QTest::newRow("asset id 0") << T << ChannelId::Speed << 9.0 << ok << qint64(0) << unknownAsset;
    }
    void checkSample()
    {
        QFETCH(AssetKind, kind);
        QFETCH(ChannelId, channel);
        QFETCH(double, value);
        QFETCH(qint64, t);
        QFETCH(qint64, asset);
        QFETCH(int, expected);
        const auto r = saggar::checkSample(sample(kind, channel, value, t, asset), kNow);
        QCOMPARE(verdict(r), expected);
        if (r)
            QVERIFY2(!r->message.empty(), "a rejection says why");
        // The validator applies the same checks.
        SampleValidator validator;
        QCOMPARE(verdict(validator.check(sample(kind, channel, value, t, asset), kNow)), expected);
    }

    void counters_data()
    {
        QTest::addColumn<ChannelId>("channel");
        QTest::addColumn<QList<qint64>>("minutes"); // reading times, minutes after a base
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<int>>("expected"); // per reading: -1 accepted or RejectReason

        const int ok = -1;
        const int back = static_cast<int>(RejectReason::CounterBackwards);
        QTest::newRow("odometer grows") << ChannelId::Odometer << QList<qint64>{0, 5, 10}
                                        << QList<double>{100, 101.5, 101.5} << QList<int>{ok, ok, ok};
        QTest::newRow("odometer rollback")
            << ChannelId::Odometer << QList<qint64>{0, 5, 10, 15}
            << QList<double>{100000, 100010, 55000, 55010} << QList<int>{ok, ok, back, back};
        QTest::newRow("late reading below the latest") << ChannelId::EngineHours << QList<qint64>{0, 10, 5}
                                                       << QList<double>{10, 12, 11} << QList<int>{ok, ok, ok};
        QTest::newRow("late reading above the latest")
            << ChannelId::EngineHours << QList<qint64>{0, 10, 5} << QList<double>{10, 12, 13}
            << QList<int>{ok, ok, back};
        QTest::newRow("meter swap") << ChannelId::GasUse << QList<qint64>{0, 5} << QList<double>{5e6, 12}
                                    << QList<int>{ok, back};
        QTest::newRow("speed may fall")
            << ChannelId::Speed << QList<qint64>{0, 5} << QList<double>{80, 20} << QList<int>{ok, ok};
        QTest::newRow("out of range is not remembered")
            << ChannelId::Odometer << QList<qint64>{0, 5, 10} << QList<double>{100, 1e9, 101}
            << QList<int>{ok, static_cast<int>(RejectReason::OutOfRange), ok};
    }
    void counters()
    {
        QFETCH(ChannelId, channel);
        QFETCH(QList<qint64>, minutes);
        QFETCH(QList<double>, values);
        QFETCH(QList<int>, expected);
        const AssetKind kind = channelSpec(channel).kind;
        SampleValidator validator;
        const TimestampMs base = kNow - kMinute * 60;
        for (int i = 0; i < minutes.size(); ++i)
            QCOMPARE(
                verdict(validator.check(sample(kind, channel, values[i], base + minutes[i] * kMinute), kNow)),
                expected[i]);
    }

    void countersAreTrackedPerSeries()
    {
        SampleValidator validator;
        QVERIFY(
            !validator.check(sample(AssetKind::Truck, ChannelId::Odometer, 5000, kNow - kMinute, 1), kNow));
        // Another truck's odometer is its own.
        QVERIFY(!validator.check(sample(AssetKind::Truck, ChannelId::Odometer, 10, kNow - kMinute, 2), kNow));
        // And a kiln with the same id is another asset.
        QVERIFY(
            !validator.check(sample(AssetKind::Kiln, ChannelId::FiringCycles, 1, kNow - kMinute, 1), kNow));
    }

    void seededCounterRefusesRollbackAcrossRuns()
    {
        SampleValidator validator;
        validator.seedLatest({AssetKind::Truck, 3, ChannelId::Odometer}, kNow - 60 * kMinute, 250'000);
        validator.seedLatest({AssetKind::Truck, 3, ChannelId::Speed}, kNow - 60 * kMinute,
                             90); // not a counter
        const auto r =
            validator.check(sample(AssetKind::Truck, ChannelId::Odometer, 120'000, kNow - kMinute, 3), kNow);
        QCOMPARE(verdict(r), static_cast<int>(RejectReason::CounterBackwards));
        QVERIFY(r->message.find("250000") != std::string::npos);
        QVERIFY(!validator.check(sample(AssetKind::Truck, ChannelId::Speed, 5, kNow - kMinute, 3), kNow));
    }

    void rejectCounts()
    {
        RejectCounts counts;
        QCOMPARE(counts.summary(), std::string("none"));
        counts.add(RejectReason::OutOfRange, 2);
        counts.add(RejectReason::CounterBackwards);
        RejectCounts more;
        more.add(RejectReason::OutOfRange);
        counts.add(more);
        QCOMPARE(counts[RejectReason::OutOfRange], 3);
        QCOMPARE(counts[RejectReason::Malformed], 0);
        QCOMPARE(counts.total(), 4);
        QCOMPARE(counts.summary(), std::string("3 out_of_range, 1 counter_backwards"));
    }
};

QTEST_GUILESS_MAIN(TestTelemetryChannels)
#include "tst_telemetry_channels.moc"
