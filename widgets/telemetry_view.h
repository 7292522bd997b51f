// A TelemetryChart fed by a TelemetryChartSource: whenever the shown range changes (picker, drag,
// zoom) every channel is loaded again through a ChartLoader on the thread pool, raw for short ranges
// and as bucket means for long ones, and the chart is redrawn once all of them have answered.
#pragma once

#include "telemetry_chart.h"

#include <memory>

namespace saggar {

class ChartLoader;
class TelemetryChartSource;
struct ChartLoad;

struct ChartChannel
{
    SeriesKey key;
    QString name;
    QString unit;
    TimestampMs expectedIntervalMs = 0;
    std::vector<double> thresholds;
};

class TelemetryView : public QWidget
{
    Q_OBJECT
public:
    explicit TelemetryView(std::shared_ptr<TelemetryChartSource> source, QWidget* parent = nullptr);

    void setChannels(std::vector<ChartChannel> channels); // loads the current range
    TelemetryChart* chart() const { return m_chart; }
    int roundsShown() const { return m_roundsShown; }
    QString lastError() const { return m_error; }

signals:
    void dataShown(); // every channel of the latest range has answered and is drawn

private:
    void reload(TimeRange range);
    void channelLoaded(int slot, const ChartLoad& load);
    void channelFailed(int slot, const QString& message);
    void answered();

    TelemetryChart* m_chart = nullptr;
    ChartLoader* m_loader = nullptr;
    std::vector<ChartChannel> m_channels;
    std::vector<ChartSeries> m_series;
    int m_waiting = 0;
    int m_roundsShown = 0;
    QString m_error;
};

} // namespace saggar
