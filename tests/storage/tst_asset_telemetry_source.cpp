// StoreAssetTelemetrySource on a real telemetry.db written through TelemetryIngest from the simulator:
// the overview of an asset's channels, the summary figures against sums worked out here from the
// accepted readings, coverage and gaps for data with a silent stretch, refused readings by reason,
// the truck's track (raw and thinned), ranges clipped to the first reading, and the empty answers.
#include "asset_telemetry_data.h"

#include "storage/store_asset_telemetry_source.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saggar;
using test::TelemetryPlan;
using test::TelemetryWriter;
using test::WrittenTelemetry;

namespace {

constexpr TimestampMs kMin = 60'000;
constexpr TimestampMs kHour = 3'600'000;
constexpr TimestampMs kDay = 86'400'000;
constexpr TimestampMs kBase = 1'780'000'000'000 - 1'780'000'000'000 % kDay; // a UTC midnight in 2026
constexpr Id kTruck = 11, kKiln = 12;

double increase(const std::vector<TelemetryPoint>& p)
{
    return p.size() < 2 ? 0.0 : p.back().value - p.front().value;
}

} // namespace

class TestAssetTelemetrySource : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void noTelemetryIsEmptyNotAnError()
    {
        StoreAssetTelemetrySource source(m_dir->path().toStdString());
        auto overview = source.overview(AssetRef{AssetKind::Truck, kTruck});
        QVERIFY(overview.ok());
        QVERIFY(overview->empty());
        auto report = source.report(AssetRef{AssetKind::Truck, kTruck}, TimeRange{kBase, kBase + kDay}, 500);
        QVERIFY(report.ok());
        QVERIFY(!report->truck && !report->kiln);
        QVERIFY(report->track.empty());
        auto bad = source.report(AssetRef{AssetKind::Truck, kTruck}, TimeRange{kBase, kBase}, 500);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, int(ErrorCode::InvalidInput));
    }

    void truckFiguresQualityAndTrack()
    {
        WrittenTelemetry written;
        const TimeRange span{kBase, kBase + 2 * kDay};
        const TimeRange silent{kBase + 30 * kHour, kBase + 36 * kHour};
        writeAsset(test::testTruck(kTruck), TelemetryPlan{span, silent, 40}, written);
        QVERIFY(written.outOfRange > 0);
        QVERIFY(written.counterBackwards > 0);

        StoreAssetTelemetrySource source(m_dir->path().toStdString());
        const AssetRef truck{AssetKind::Truck, kTruck};
        auto overview = source.overview(truck);
        QVERIFY(overview.ok());
        QCOMPARE(overview->channels.size(), std::size_t(7));
        QCOMPARE(overview->firstMs(), span.fromMs);
        QCOMPARE(overview->latestMs(), span.toMs - kDefaultReportIntervalMs);
        QVERIFY(source.overview(AssetRef{AssetKind::Kiln, kTruck})->empty()); // the same id, another kind

        auto report = source.report(truck, span, 100'000);
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QVERIFY(report->truck && !report->kiln);
        const auto odometer = written.in(ChannelId::Odometer, span);
        const auto hours = written.in(ChannelId::EngineHours, span);
        const auto fuel = written.in(ChannelId::FuelLevel, span);
        const double distance = increase(odometer);
        QVERIFY(distance > 10.0);
        QCOMPARE(report->truck->distanceKm, distance);
        QCOMPARE(report->truck->engineHours, increase(hours));
        QVERIFY(qFuzzyCompare(report->truck->utilisationPct, 100.0 * increase(hours) / 48.0));
        double used = fuel.front().value - fuel.back().value;
        for (std::size_t i = 1; i < fuel.size(); ++i)
            if (fuel[i].value - fuel[i - 1].value > 5.0)
                used += fuel[i].value - fuel[i - 1].value;
        QVERIFY(report->truck->fuelPctOfTankPer100Km);
        QVERIFY(qFuzzyCompare(*report->truck->fuelPctOfTankPer100Km, used / distance * 100.0));

        // Six silent hours in two days, the same on every channel.
        const AssetQuality& q = report->quality;
        QCOMPARE(q.channels.size(), std::size_t(7));
        QCOMPARE(q.gapCount, 1);
        QCOMPARE(q.longestGapMs, 6 * kHour);
        QVERIFY(std::abs(q.coveragePct - 87.5) < 1e-9);
        for (const ChannelQuality& c : q.channels)
            QCOMPARE(c.samples, std::int64_t(written.in(c.channel, span).size()));
        QCOMPARE(q.rejects[RejectReason::OutOfRange], written.outOfRange);
        QCOMPARE(q.rejects[RejectReason::CounterBackwards], written.counterBackwards);
        QCOMPARE(q.rejects.total(), written.outOfRange + written.counterBackwards);

        // Every report's position, in time order; thinned when asked for fewer points.
        const auto lat = written.in(ChannelId::Latitude, span);
        const auto lon = written.in(ChannelId::Longitude, span);
        QCOMPARE(report->track.size(), lat.size());
        QCOMPARE(report->track.front().lat, lat.front().value);
        QCOMPARE(report->track.back().lon, lon.back().value);
        auto thin = source.report(truck, span, 100);
        QVERIFY(thin.ok());
        QVERIFY(!thin->track.empty());
        QVERIFY2(thin->track.size() <= 110, qPrintable(QString::number(thin->track.size())));

        // A range reaching back before the first reading is measured from it.
        auto wide = source.report(truck, TimeRange{span.fromMs - 10 * kDay, span.toMs}, 500);
        QVERIFY(wide.ok());
        QCOMPARE(wide->quality.measured.fromMs, span.fromMs);
        QCOMPARE(wide->range.fromMs, span.fromMs);
        QVERIFY(std::abs(wide->quality.coveragePct - 87.5) < 1e-9);
        QCOMPARE(wide->truck->distanceKm, distance);
    }

    void kilnFigures()
    {
        WrittenTelemetry written;
        const TimeRange span{kBase, kBase + 3 * kDay};
        writeAsset(test::testKiln(kKiln), TelemetryPlan{span, TimeRange{}, 0}, written);
        StoreAssetTelemetrySource source(m_dir->path().toStdString());
        const AssetRef kiln{AssetKind::Kiln, kKiln};
        auto overview = source.overview(kiln);
        QVERIFY(overview.ok());
        QVERIFY(overview->has(ChannelId::GasUse));
        QVERIFY(!overview->has(ChannelId::ElectricityUse));

        const TimeRange range{kBase + kDay, kBase + 3 * kDay};
        auto report = source.report(kiln, range, 500);
        QVERIFY(report.ok());
        QVERIFY(report->kiln && !report->truck);
        QVERIFY(report->track.empty());
        const auto cycles = written.in(ChannelId::FiringCycles, range);
        const auto gas = written.in(ChannelId::GasUse, range);
        const auto zone = written.in(ChannelId::Zone4Temp, range);
        QCOMPARE(report->kiln->firingCycles, increase(cycles));
        QCOMPARE(report->kiln->energy, increase(gas));
        QVERIFY(increase(cycles) >= 1.0);
        QVERIFY(qFuzzyCompare(*report->kiln->energyPerCycle, increase(gas) / increase(cycles)));
        TimestampMs hot = 0;
        for (std::size_t i = 1; i < zone.size(); ++i)
            if (zone[i].tMs - zone[i - 1].tMs <= 7 * kMin + 30'000 && zone[i - 1].value >= 1000.0)
                hot += zone[i].tMs - zone[i - 1].tMs;
        QVERIFY(hot > 0);
        QVERIFY(qFuzzyCompare(report->kiln->hoursAtTemperature, double(hot) / double(kHour)));
        QCOMPARE(report->quality.gapCount, 0);
        QCOMPARE(report->quality.rejects.total(), std::int64_t(0));
        QVERIFY(std::abs(report->quality.coveragePct - 100.0) < 1e-9);
    }

    // The older part kept as hourly rollups only (the demo's year): counters still add up, the kiln's
    // rollup-only hours count at temperature by their mean, the track comes from hourly buckets.
    void rollupOnlyHistory()
    {
        WrittenTelemetry truckData, kilnData;
        const TimeRange span{kBase, kBase + 3 * kDay};
        const TimestampMs rawFrom = kBase + 2 * kDay;
        writeAsset(test::testTruck(kTruck), TelemetryPlan{span, TimeRange{}, 0, rawFrom}, truckData);
        writeAsset(test::testKiln(kKiln), TelemetryPlan{span, TimeRange{}, 0, rawFrom}, kilnData);
        StoreAssetTelemetrySource source(m_dir->path().toStdString());

        auto truck = source.report(AssetRef{AssetKind::Truck, kTruck}, span, 500);
        QVERIFY(truck.ok());
        const double distance = increase(truckData.in(ChannelId::Odometer, span));
        QVERIFY(distance > increase(truckData.in(ChannelId::Odometer, TimeRange{rawFrom, span.toMs})));
        QCOMPARE(truck->truck->distanceKm, distance);
        QCOMPARE(truck->truck->engineHours, increase(truckData.in(ChannelId::EngineHours, span)));
        QVERIFY(truck->track.size() > 48); // hourly positions before, buckets of the readings after
        QVERIFY(std::abs(truck->quality.coveragePct - 100.0) < 1e-9);

        auto kiln = source.report(AssetRef{AssetKind::Kiln, kKiln}, span, 500);
        QVERIFY(kiln.ok());
        QCOMPARE(kiln->kiln->firingCycles, increase(kilnData.in(ChannelId::FiringCycles, span)));
        QCOMPARE(kiln->kiln->energy, increase(kilnData.in(ChannelId::GasUse, span)));
        double hot = 0.0;
        for (TimestampMs h = span.fromMs; h < rawFrom; h += kHour) {
            const auto hour = kilnData.in(ChannelId::Zone4Temp, TimeRange{h, h + kHour});
            double sum = 0.0;
            for (const TelemetryPoint& p : hour)
                sum += p.value;
            if (!hour.empty() && sum / double(hour.size()) >= 1000.0)
                hot += 1.0;
        }
        const auto raw = kilnData.in(ChannelId::Zone4Temp, TimeRange{rawFrom, span.toMs});
        for (std::size_t i = 1; i < raw.size(); ++i)
            if (raw[i].tMs - raw[i - 1].tMs <= 7 * kMin + 30'000 && raw[i - 1].value >= 1000.0)
                hot += double(raw[i].tMs - raw[i - 1].tMs) / double(kHour);
        QVERIFY(hot > 48.0);
        QVERIFY(std::abs(kiln->kiln->hoursAtTemperature - hot) < 1e-6);
    }

private:
    void writeAsset(const TelemetryAsset& asset, const TelemetryPlan& plan, WrittenTelemetry& written)
    {
        auto store = TelemetryStore::openInWorkspace(m_dir->path().toStdString(), OpenMode::CreateReadWrite);
        QVERIFY(store.ok());
        TelemetryWriter writer(*store.value(), asset, plan.span.fromMs);
        auto r = writer.write(plan, written);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestAssetTelemetrySource)
#include "tst_asset_telemetry_source.moc"
