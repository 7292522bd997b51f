// The telemetry chart offscreen: series on their own axes with units, gaps broken, range presets,
// threshold lines, live mode following, coalesced redraws counted, PNG and PDF export.
#include "widgets/telemetry_chart.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>

using namespace saggar;

namespace {

constexpr TimestampMs kStart = 1'767'225'600'000; // 2026-01-01 00:00 UTC
constexpr TimestampMs kMinute = 60'000;

// One reading a minute for `count` minutes, with the readings in [holeFrom, holeTo) missing.
std::vector<TelemetryPoint> minutes(int count, int holeFrom = -1, int holeTo = -1)
{
    std::vector<TelemetryPoint> out;
    for (int i = 0; i < count; ++i) {
        if (i >= holeFrom && i < holeTo)
            continue;
        out.push_back({kStart + i * kMinute, 50.0 + 10.0 * std::sin(i / 30.0)});
    }
    return out;
}

ChartSeries series(const QString& name, const QString& unit, std::vector<TelemetryPoint> points)
{
    ChartSeries s;
    s.name = name;
    s.unit = unit;
    s.points = std::move(points);
    s.expectedIntervalMs = kMinute;
    return s;
}

} // namespace

class TstTelemetryChart : public QObject
{
    Q_OBJECT
private slots:
    void gapsBreakTheLine()
    {
        const PlotColumns whole = plotColumns(minutes(100), kMinute);
        QCOMPARE(whole.gapCount, 0);
        QCOMPARE(whole.keys.size(), std::size_t(100));

        // Two missing minutes are within 2.5 intervals: joined. Ten missing are a gap.
        const PlotColumns small = plotColumns(minutes(100, 10, 11), kMinute);
        QCOMPARE(small.gapCount, 0);
        const PlotColumns hole = plotColumns(minutes(100, 40, 50), kMinute);
        QCOMPARE(hole.gapCount, 1);
        QCOMPARE(hole.keys.size(), std::size_t(91));
        const auto nan =
            std::find_if(hole.values.begin(), hole.values.end(), [](double v) { return std::isnan(v); });
        QVERIFY(nan != hole.values.end());
        const auto at = std::size_t(nan - hole.values.begin());
        QVERIFY(hole.keys[at] > hole.keys[at - 1] && hole.keys[at] < hole.keys[at + 1]);
    }

    void seriesGetTheirOwnAxes()
    {
        TelemetryChart chart;
        chart.resize(900, 500);
        std::vector<ChartSeries> s;
        s.push_back(series("Speed", "km/h", minutes(300, 100, 160)));
        s.push_back(series("Fuel level", "%", minutes(300)));
        s.push_back(series("Engine temperature", "°C", minutes(300)));
        s[0].thresholds = {90.0};
        s[2].thresholds = {20.0, 110.0};
        chart.setSeries(std::move(s));
        QCOMPARE(chart.seriesCount(), 3);
        QCOMPARE(chart.valueAxisCount(), 3);
        QCOMPARE(chart.valueAxisLabel(0), QStringLiteral("Speed (km/h)"));
        QCOMPARE(chart.valueAxisLabel(2), QStringLiteral("Engine temperature (°C)"));
        QCOMPARE(chart.gapCount(0), 1);
        QCOMPARE(chart.gapCount(1), 0);
        QCOMPARE(chart.thresholdCount(), 3);
        QCOMPARE(chart.plot()->itemCount(), 3);
        // The threshold is inside the axis range even though the data never reaches it.
        QVERIFY(chart.plot()->graph(0)->valueAxis()->range().contains(90.0));

        // Replacing the series removes the extra axis and the old lines.
        chart.setSeries({series("Speed", "km/h", minutes(10))});
        QCOMPARE(chart.valueAxisCount(), 1);
        QCOMPARE(chart.plot()->axisRect()->axes(QCPAxis::atLeft | QCPAxis::atRight).size(), 2);
        QCOMPARE(chart.thresholdCount(), 0);
    }

    void presetsSetTheRange()
    {
        TelemetryChart chart;
        QSignalSpy spy(&chart, &TelemetryChart::rangeChanged);
        const TimestampMs end = kStart + 400LL * 24 * 3600 * 1000;
        chart.setPreset(RangePreset::Week, end);
        QCOMPARE(chart.preset(), RangePreset::Week);
        QVERIFY(std::llabs(chart.timeRange().toMs - end) < 2);
        QVERIFY(std::llabs(chart.timeRange().length() - 7LL * 24 * 3600 * 1000) < 2);
        QCOMPARE(spy.count(), 1);
        chart.setPreset(RangePreset::Year, end);
        QVERIFY(std::llabs(chart.timeRange().length() - 365LL * 24 * 3600 * 1000) < 2);

        // A drag or zoom makes the range the user's own.
        chart.plot()->xAxis->scaleRange(0.5);
        QCOMPARE(chart.preset(), RangePreset::Custom);
        QCOMPARE(spy.count(), 3);
    }

    void liveModeFollowsNewData()
    {
        TelemetryChart chart;
        chart.setSeries({series("Speed", "km/h", minutes(60))});
        chart.setTimeRange({kStart, kStart + 60 * kMinute});
        chart.setLive(true);
        chart.appendPoints(0, {{kStart + 90 * kMinute, 40.0}});
        QCOMPARE(chart.timeRange().toMs, kStart + 90 * kMinute);
        QCOMPARE(chart.timeRange().length(), 60 * kMinute);
        QCOMPARE(chart.gapCount(0), 1); // 31 minutes without a reading
        // An old reading is not drawn again.
        chart.appendPoints(0, {{kStart, 1.0}});
        QCOMPARE(chart.plot()->graph(0)->dataCount(), 62);
    }

    void redrawsAreCoalesced()
    {
        TelemetryChart chart;
        chart.resize(800, 400);
        chart.setSeries({series("Speed", "km/h", minutes(60))});
        chart.flushReplot();
        const int before = chart.replotCount();
        for (int i = 0; i < 500; ++i)
            chart.appendPoints(0, {{kStart + (60 + i) * kMinute, 45.0}});
        QCOMPARE(chart.replotCount(), before); // nothing drawn yet, however many changes
        QVERIFY(chart.replotPending());
        QTRY_COMPARE_WITH_TIMEOUT(chart.replotCount(), before + 1, 2000);
        QVERIFY(!chart.replotPending());
        chart.flushReplot(); // nothing dirty: no extra drawing
        QCOMPARE(chart.replotCount(), before + 1);
    }

    void exportsPngAndPdf()
    {
        QTemporaryDir dir;
        TelemetryChart chart;
        chart.resize(800, 400);
        chart.setSeries({series("Speed", "km/h", minutes(300, 100, 160))});
        chart.setTimeRange({kStart, kStart + 300 * kMinute});
        const QString png = dir.filePath("chart.png");
        const QString pdf = dir.filePath("chart.pdf");
        QVERIFY(chart.exportPng(png, 800, 400));
        QVERIFY(chart.exportPdf(pdf, 800, 400));
        QVERIFY(QFileInfo(png).size() > 1000);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QImage image(png);
        QCOMPARE(image.size(), QSize(800, 400));
    }
};

QTEST_MAIN(TstTelemetryChart)
#include "tst_telemetry_chart.moc"
