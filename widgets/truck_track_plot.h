// A truck's track drawn as a path on the plane (longitude east, latitude north) with its geofence: the
// circle it is expected to stay inside. Readings outside the fence are marked in red. The scale keeps
// a kilometre east as long as a kilometre north at the fence's latitude.
#pragma once

#include "core/telemetry_geo.h"

#include <QWidget>

#include <vector>

class QCustomPlot;

namespace saggar {

class TruckTrackPlot : public QWidget
{
    Q_OBJECT
public:
    explicit TruckTrackPlot(QWidget* parent = nullptr);

    // The track in time order; an empty track shows the fence alone.
    void setTrack(const std::vector<GeoPoint>& track, const Geofence& fence);

    int trackPointCount() const { return m_trackPoints; }
    int outsideCount() const { return m_outside; }
    bool exportPng(const QString& path, int width, int height);
    QCustomPlot* plot() const { return m_plot; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void keepAspect();

    QCustomPlot* m_plot = nullptr;
    Geofence m_fence;
    int m_trackPoints = 0;
    int m_outside = 0;
};

} // namespace saggar
