#include "telemetry_view.h"

#include "chart_loader.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

namespace saggar {

TelemetryView::TelemetryView(std::shared_ptr<TelemetryChartSource> source, QWidget* parent) : QWidget(parent)
{
    m_chart = new TelemetryChart(this);
    m_loader = new ChartLoader(std::move(source), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart);
    connect(m_chart, &TelemetryChart::rangeChanged, this, &TelemetryView::reload);
    connect(m_loader, &ChartLoader::loaded, this, &TelemetryView::channelLoaded);
    connect(m_loader, &ChartLoader::failed, this, &TelemetryView::channelFailed);
}

void TelemetryView::setChannels(std::vector<ChartChannel> channels)
{
    m_channels = std::move(channels);
    reload(m_chart->timeRange());
}

void TelemetryView::reload(TimeRange range)
{
    m_series.assign(m_channels.size(), ChartSeries{});
    m_waiting = static_cast<int>(m_channels.size());
    m_error.clear();
    // About two buckets a pixel: min and max of a bucket stay visible without drawing every reading.
    const int budget = std::max(200, 2 * m_chart->plot()->axisRect()->width());
    for (std::size_t i = 0; i < m_channels.size(); ++i)
        m_loader->request(static_cast<int>(i), m_channels[i].key, range, budget);
}

void TelemetryView::channelLoaded(int slot, const ChartLoad& load)
{
    if (slot < 0 || slot >= static_cast<int>(m_channels.size()))
        return;
    const ChartChannel& c = m_channels[static_cast<std::size_t>(slot)];
    ChartSeries& s = m_series[static_cast<std::size_t>(slot)];
    s.name = c.name;
    s.unit = c.unit;
    s.thresholds = c.thresholds;
    s.points = load.linePoints();
    s.expectedIntervalMs =
        load.downsampled ? std::max(load.bucketMs, c.expectedIntervalMs) : c.expectedIntervalMs;
    answered();
}

void TelemetryView::channelFailed(int slot, const QString& message)
{
    if (slot < 0 || slot >= static_cast<int>(m_channels.size()))
        return;
    m_error = message;
    m_series[static_cast<std::size_t>(slot)].name = m_channels[static_cast<std::size_t>(slot)].name;
    m_series[static_cast<std::size_t>(slot)].unit = m_channels[static_cast<std::size_t>(slot)].unit;
    answered();
}

void TelemetryView::answered()
{
    if (--m_waiting > 0)
        return;
    m_chart->setSeries(m_series);
    ++m_roundsShown;
    emit dataShown();
}

} // namespace saggar
