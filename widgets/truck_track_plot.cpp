#include "truck_track_plot.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>
#include <numbers>

namespace saggar {

TruckTrackPlot::TruckTrackPlot(QWidget* parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(300, 300);
    m_plot->xAxis->setLabel(tr("Longitude (°E)"));
    m_plot->yAxis->setLabel(tr("Latitude (°N)"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->legend->setVisible(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

void TruckTrackPlot::setTrack(const std::vector<GeoPoint>& track, const Geofence& fence)
{
    m_fence = fence;
    m_plot->clearPlottables();

    auto* fenceCurve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    fenceCurve->setName(tr("Geofence (%1 km)").arg(fence.radiusKm, 0, 'f', 0));
    fenceCurve->setPen(QPen(QColor(0x2c, 0xa0, 0x2c), 1.5, Qt::DashLine));
    constexpr int kSteps = 96;
    for (int i = 0; i <= kSteps; ++i) {
        const double a = 2.0 * std::numbers::pi * i / kSteps;
        const GeoPoint p = offsetKm(fence.centre, fence.radiusKm * std::cos(a), fence.radiusKm * std::sin(a));
        fenceCurve->addData(i, p.lon, p.lat);
    }

    auto* path = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    path->setName(tr("Track"));
    path->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.0));
    auto* outside = new QCPGraph(m_plot->xAxis, m_plot->yAxis);
    outside->setName(tr("Outside the fence"));
    outside->setLineStyle(QCPGraph::lsNone);
    outside->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0xd6, 0x27, 0x28), 5));
    m_outside = 0;
    for (std::size_t i = 0; i < track.size(); ++i) {
        path->addData(static_cast<double>(i), track[i].lon, track[i].lat);
        if (!inside(fence, track[i])) {
            outside->addData(track[i].lon, track[i].lat);
            ++m_outside;
        }
    }
    m_trackPoints = static_cast<int>(track.size());
    if (m_outside == 0)
        outside->removeFromLegend();
    keepAspect();
    m_plot->replot();
}

void TruckTrackPlot::keepAspect()
{
    // Everything (fence and track) in view, one kilometre as long both ways.
    bool found = false;
    QCPRange lon(m_fence.centre.lon, m_fence.centre.lon);
    QCPRange lat(m_fence.centre.lat, m_fence.centre.lat);
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        const QCPRange k = m_plot->plottable(i)->getKeyRange(found);
        if (found)
            lon.expand(k);
        const QCPRange v = m_plot->plottable(i)->getValueRange(found);
        if (found)
            lat.expand(v);
    }
    const double cosLat = std::max(0.1, std::cos(m_fence.centre.lat * std::numbers::pi / 180.0));
    const QRect rect = m_plot->axisRect()->rect();
    const double pixelsW = std::max(1, rect.width() > 0 ? rect.width() : m_plot->width());
    const double pixelsH = std::max(1, rect.height() > 0 ? rect.height() : m_plot->height());
    // Degrees of longitude per pixel must be 1/cos(lat) times the degrees of latitude per pixel.
    const double latPerPixel = std::max(lat.size() / pixelsH, lon.size() * cosLat / pixelsW) * 1.05;
    m_plot->yAxis->setRange(lat.center(), latPerPixel * pixelsH, Qt::AlignCenter);
    m_plot->xAxis->setRange(lon.center(), latPerPixel / cosLat * pixelsW, Qt::AlignCenter);
}

void TruckTrackPlot::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_plot->plottableCount() > 0) {
        keepAspect();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

bool TruckTrackPlot::exportPng(const QString& path, int width, int height)
{
    return m_plot->savePng(path, width, height);
}

} // namespace saggar
