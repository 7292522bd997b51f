// Chart data loads off the UI thread: the source runs on a pool thread, answers arrive on the loader's
// thread, a newer request makes an older one stale; StoreChartSource over a real telemetry.db gives raw
// readings for short ranges, buckets for long ones, and an empty load while there is no telemetry.
#include "storage/store_chart_source.h"
#include "storage/telemetry_store.h"
#include "widgets/chart_loader.h"
#include "widgets/telemetry_view.h"

#include <qcustomplot.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace saggar;

namespace {

constexpr TimestampMs kStart = 1'767'225'600'000; // 2026-01-01 00:00 UTC
constexpr TimestampMs kMinute = 60'000;
const SeriesKey kSpeed{AssetKind::Truck, 7, ChannelId::Speed};

class FakeSource final : public TelemetryChartSource
{
public:
    std::atomic<QThread*> thread{nullptr};
    std::atomic<int> calls{0};
    Result<ChartLoad> load(const SeriesKey&, TimeRange range, int) override
    {
        thread = QThread::currentThread();
        ++calls;
        if (range.fromMs < 0)
            return makeError("broken");
        QThread::msleep(static_cast<unsigned long>(range.length() % 1000)); // the older request is slower
        ChartLoad out;
        out.points.push_back({range.fromMs, static_cast<double>(range.length())});
        return out;
    }
};

} // namespace

class TstChartLoader : public QObject
{
    Q_OBJECT
private slots:
    void loadsOffTheUiThreadAndDropsStaleAnswers()
    {
        auto source = std::make_shared<FakeSource>();
        ChartLoader loader(source);
        QSignalSpy loaded(&loader, &ChartLoader::loaded);
        QSignalSpy failed(&loader, &ChartLoader::failed);
        loader.request(0, kSpeed, {0, 300}, 100); // slow, then superseded
        loader.request(0, kSpeed, {0, 5}, 100);
        QTRY_COMPARE(loader.pending(), 0);
        QCOMPARE(source->calls.load(), 2);
        QVERIFY(source->thread.load() != QThread::currentThread());
        QCOMPARE(loaded.count(), 1);
        const auto load = loaded.at(0).at(1).value<ChartLoad>();
        QCOMPARE(load.points.at(0).value, 5.0);
        QCOMPARE(failed.count(), 0);

        loader.request(1, kSpeed, {-10, 0}, 100);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), 1);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("broken"));
    }

    void storeSourceReadsRawOrBuckets()
    {
        QTemporaryDir dir;
        StoreChartSource source(dir.path().toStdString());
        auto empty = source.load(kSpeed, {kStart, kStart + 60 * kMinute}, 100);
        QVERIFY(empty.ok());
        QVERIFY(empty.value().points.empty() && !empty.value().downsampled);

        {
            auto store = TelemetryStore::openInWorkspace(dir.path().toStdString(), OpenMode::CreateReadWrite);
            QVERIFY(store.ok());
            std::vector<Sample> samples;
            for (int i = 0; i < 2 * 24 * 60; ++i) // two days, one reading a minute
                samples.push_back({kSpeed, kStart + i * kMinute, 40.0 + (i % 10), 0});
            QVERIFY(store.value()->write(samples).ok());
        }
        auto hour = source.load(kSpeed, {kStart, kStart + 60 * kMinute}, 500);
        QVERIFY(hour.ok());
        QVERIFY(!hour.value().downsampled);
        QCOMPARE(hour.value().points.size(), std::size_t(60));
        QCOMPARE(hour.value().linePoints().size(), std::size_t(60));

        auto days = source.load(kSpeed, {kStart, kStart + 2 * 24 * 60 * kMinute}, 48);
        QVERIFY(days.ok());
        QVERIFY(days.value().downsampled);
        QVERIFY(!days.value().buckets.empty() && days.value().buckets.size() <= 60);
        QCOMPARE(days.value().bucketMs, 60 * kMinute);
        QCOMPARE(days.value().buckets.front().min, 40.0);
        QCOMPARE(days.value().buckets.front().max, 49.0);
        QCOMPARE(days.value().linePoints().size(), days.value().buckets.size());
    }
    void viewLoadsEachRangeFromTheStore()
    {
        QTemporaryDir dir;
        {
            auto store = TelemetryStore::openInWorkspace(dir.path().toStdString(), OpenMode::CreateReadWrite);
            QVERIFY(store.ok());
            std::vector<Sample> samples;
            for (int i = 0; i < 2 * 24 * 60; ++i)
                samples.push_back({kSpeed, kStart + i * kMinute, 40.0 + (i % 10), 0});
            QVERIFY(store.value()->write(samples).ok());
        }
        TelemetryView view(std::make_shared<StoreChartSource>(dir.path().toStdString()));
        view.resize(900, 500);
        view.chart()->setTimeRange({kStart, kStart + 2 * 60 * kMinute});
        SeriesKey fuel = kSpeed;
        fuel.channel = ChannelId::FuelLevel;
        view.setChannels(
            {{kSpeed, "Speed", "km/h", kMinute, {90.0}}, {fuel, "Fuel level", "%", kMinute, {}}});
        QTRY_COMPARE(view.roundsShown(), 1);
        QCOMPARE(view.chart()->seriesCount(), 2);
        QCOMPARE(view.chart()->plot()->graph(0)->dataCount(), 120); // two hours of raw readings
        QCOMPARE(view.chart()->plot()->graph(1)->dataCount(), 0);   // no fuel readings: an empty line
        QCOMPARE(view.chart()->thresholdCount(), 1);

        // A year: bucket means (whole hours or longer, from the rollups), far fewer than the 2,880 readings.
        view.chart()->setPreset(RangePreset::Year, kStart + 2 * 24 * 60 * kMinute);
        QTRY_COMPARE(view.roundsShown(), 2);
        const int buckets = view.chart()->plot()->graph(0)->dataCount();
        QVERIFY2(buckets >= 1 && buckets <= 48, qPrintable(QString::number(buckets)));
        const double mean = view.chart()->plot()->graph(0)->data()->at(0)->value;
        QVERIFY(mean > 40.0 && mean < 49.0); // a bucket mean, not a single reading
        QVERIFY(view.lastError().isEmpty());
    }
};

QTEST_MAIN(TstChartLoader)
#include "tst_chart_loader.moc"
