// The truck track plot offscreen: the path and the fence are drawn, readings outside are counted and
// marked, the view holds everything at an equal kilometre scale, and the PNG export produces a picture.
#include "widgets/truck_track_plot.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>

using namespace saggar;

class TstTruckTrackPlot : public QObject
{
    Q_OBJECT
private slots:
    void drawsTrackAndFence()
    {
        const Geofence fence = clusterGeofence(Cluster::Foshan);
        std::vector<GeoPoint> track;
        for (int i = 0; i < 50; ++i) // eastward 5 km a step: the last 10 leave the 200 km fence
            track.push_back(offsetKm(fence.centre, 5.0 * i, 0.0));
        TruckTrackPlot plot;
        plot.resize(700, 600);
        plot.show();
        plot.setTrack(track, fence);
        QCOMPARE(plot.trackPointCount(), 50);
        QCOMPARE(plot.outsideCount(), 9); // 205 … 245 km
        QCOMPARE(plot.plot()->plottableCount(), 3);
        QCOMPARE(plot.plot()->legend->itemCount(), 3);
        // The whole fence is in view.
        const GeoPoint north = offsetKm(fence.centre, 0.0, fence.radiusKm);
        QVERIFY(plot.plot()->yAxis->range().contains(north.lat));
        QVERIFY(plot.plot()->xAxis->range().contains(track.back().lon));

        // A track inside the fence marks nothing and has no legend entry for it.
        plot.setTrack({fence.centre, offsetKm(fence.centre, 10, 10)}, fence);
        QCOMPARE(plot.outsideCount(), 0);
        QCOMPARE(plot.plot()->legend->itemCount(), 2);

        QTemporaryDir dir;
        const QString png = dir.filePath("track.png");
        QVERIFY(plot.exportPng(png, 600, 600));
        QVERIFY(QFileInfo(png).size() > 1000);
    }
};

QTEST_MAIN(TstTruckTrackPlot)
#include "tst_truck_track_plot.moc"
