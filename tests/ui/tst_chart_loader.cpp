// Chart data loads off the UI thread: the source runs on a pool thread, answers arrive on the loader's
// thread, a newer request makes an older one stale; StoreChartSource over a real telemetry.db gives raw
// readings for short ranges, buckets for long ones, and an empty load while there is no telemetry.
#include "storage/store_chart_source.h"
#include "storage/telemetry_store.h"
#include "widgets/chart_loader.h"

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
};

QTEST_MAIN(TstChartLoader)
#include "tst_chart_loader.moc"
