// Telemetry chart (issue 4): how long a full redraw of 1,000,000 readings takes, and how busy the UI
// thread is in live mode when 200 devices each report once a second. Prints figures; never fails on a
// time. Run (offscreen): QT_QPA_PLATFORM=offscreen build/bench/bench_chart [--points N] [--devices N]
// [--seconds N]
#include "widgets/telemetry_chart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace saggar;

namespace {

int argValue(const QStringList& args, const QString& name, int fallback)
{
    const int at = static_cast<int>(args.indexOf(name));
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

constexpr TimestampMs kStart = 1'767'225'600'000;

double replotMs(TelemetryChart& chart, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int points = argValue(args, "--points", 1'000'000);
    const int devices = argValue(args, "--devices", 200);
    const int seconds = argValue(args, "--seconds", 10);

    // 1. Replot of a million readings (a year at ~30 s), one series, the whole range in view.
    {
        std::mt19937 rng(1);
        std::normal_distribution<double> noise(0.0, 2.0);
        ChartSeries s;
        s.name = "Speed";
        s.unit = "km/h";
        s.expectedIntervalMs = 30'000;
        s.points.reserve(points);
        for (int i = 0; i < points; ++i)
            s.points.push_back(
                {kStart + TimestampMs(i) * 30'000, 60.0 + 20.0 * std::sin(i / 500.0) + noise(rng)});
        TelemetryChart chart;
        chart.resize(1400, 700);
        chart.show();
        QElapsedTimer load;
        load.start();
        chart.setSeries({std::move(s)});
        const double loadMs = static_cast<double>(load.nsecsElapsed()) / 1e6;
        chart.setTimeRange({kStart, kStart + TimestampMs(points) * 30'000});
        const double whole = replotMs(chart, 9);
        chart.setTimeRange({kStart, kStart + 24LL * 3600 * 1000});
        const double day = replotMs(chart, 9);
        std::printf("replot %d points, whole range in view: median %.1f ms (goal <= 40 ms)\n", points, whole);
        std::printf("replot %d points, one day in view:     median %.1f ms\n", points, day);
        std::printf("setSeries (gap scan + copy into the plot): %.1f ms\n", loadMs);
    }

    // 2. Live mode: `devices` series on one chart, each getting one reading a second; the UI thread's
    // busy time is the time spent in appending and drawing, against the wall time.
    {
        TelemetryChart chart;
        chart.resize(1400, 700);
        chart.show();
        std::vector<ChartSeries> series(static_cast<std::size_t>(devices));
        const TimestampMs now = kStart + 3600'000;
        for (int d = 0; d < devices; ++d) {
            series[d].name = QString("Truck %1").arg(d + 1);
            series[d].unit = "km/h";
            series[d].expectedIntervalMs = 1000;
            for (int i = 0; i < 3600; ++i) // an hour already shown
                series[d].points.push_back({kStart + TimestampMs(i) * 1000, 50.0 + (d % 20)});
        }
        chart.setSeries(std::move(series));
        chart.plot()->legend->setVisible(false);
        chart.setTimeRange({kStart, now});
        chart.setLive(true);
        chart.flushReplot();

        std::int64_t busyNs = 0;
        int tick = 0;
        const int startReplots = chart.replotCount();
        QElapsedTimer wall;
        wall.start();
        QTimer feed;
        feed.setInterval(1000);
        QObject::connect(&feed, &QTimer::timeout, [&] {
            QElapsedTimer t;
            t.start();
            ++tick;
            for (int d = 0; d < devices; ++d)
                chart.appendPoints(d, {{now + TimestampMs(tick) * 1000, 50.0 + (d % 20) + (tick % 7)}});
            busyNs += t.nsecsElapsed();
            if (tick >= seconds)
                QTimer::singleShot(100, &app, &QApplication::quit);
        });
        // The coalesced redraw runs from the chart's own timer: time it through the plot's signals.
        QElapsedTimer drawing;
        QObject::connect(chart.plot(), &QCustomPlot::beforeReplot, [&] { drawing.start(); });
        QObject::connect(chart.plot(), &QCustomPlot::afterReplot, [&] { busyNs += drawing.nsecsElapsed(); });
        feed.start();
        app.exec();
        const double wallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;
        std::printf(
            "live: %d devices at 1 Hz for %d s: %d redraws, UI thread busy %.1f ms of %.0f ms (%.2f%%)\n",
            devices, tick, chart.replotCount() - startReplots, static_cast<double>(busyNs) / 1e6, wallMs,
            100.0 * static_cast<double>(busyNs) / 1e6 / wallMs);
    }
    return 0;
}
