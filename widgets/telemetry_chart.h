// The telemetry chart: several channels, each on its own value axis with its unit, against a date axis
// in local time; wheel zoom and drag pan on the time axis; a range picker (day, week, month, year,
// custom); readings missing beyond the expected interval drawn as breaks; threshold lines; a live mode
// that keeps the newest data at the right edge; PNG and PDF export. Redraws are coalesced: however many
// changes arrive, the plot is drawn at most once per kReplotIntervalMs.
#pragma once

#include "telemetry_chart_data.h"

#include <QWidget>

class QCustomPlot;
class QCPAxis;
class QComboBox;
class QDateTimeEdit;
class QTimer;

namespace saggar {

class TelemetryChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kReplotIntervalMs = 40;

    explicit TelemetryChart(QWidget* parent = nullptr);

    // Replaces every series; the time range stays.
    void setSeries(std::vector<ChartSeries> series);
    // Live data: appends readings (newer than the series' last) to one series; in live mode the range
    // follows the newest reading.
    void appendPoints(int seriesIndex, const std::vector<TelemetryPoint>& points);

    void setTimeRange(TimeRange range); // shown range; emits rangeChanged
    TimeRange timeRange() const;
    void setPreset(RangePreset preset, TimestampMs endMs);
    RangePreset preset() const;

    void setLive(bool live);
    bool isLive() const { return m_live; }

    int seriesCount() const { return static_cast<int>(m_series.size()); }
    int gapCount(int seriesIndex) const;
    int thresholdCount() const;
    int valueAxisCount() const;
    QString valueAxisLabel(int seriesIndex) const;

    // Coalesced redraw: marks the plot dirty; the drawing happens once on the next timer tick.
    void requestReplot();
    int replotCount() const { return m_replots; }
    bool replotPending() const;
    void flushReplot(); // draws now if dirty (tests, export)

    bool exportPng(const QString& path, int width, int height);
    bool exportPdf(const QString& path, int width, int height);

    QCustomPlot* plot() const { return m_plot; }

signals:
    // The user picked or dragged to a new range; the page loads data for it (on a worker).
    void rangeChanged(saggar::TimeRange range);

private:
    void rebuild();
    void presetPicked(int index);
    void customEdited();
    void axisRangeMoved();
    QCPAxis* axisFor(int seriesIndex);

    QCustomPlot* m_plot = nullptr;
    QComboBox* m_presets = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QTimer* m_replotTimer = nullptr;
    std::vector<ChartSeries> m_series;
    std::vector<int> m_gaps;
    std::vector<QCPAxis*> m_axes;
    int m_thresholds = 0;
    int m_replots = 0;
    bool m_dirty = false;
    bool m_live = false;
    bool m_settingRange = false;
};

} // namespace saggar
