#include "telemetry_geo.h"

#include <cmath>
#include <numbers>

namespace saggar {
namespace {

constexpr double kEarthRadiusKm = 6371.0;
constexpr double kRad = std::numbers::pi / 180.0;

} // namespace

GeoPoint clusterCentre(Cluster cluster)
{
    switch (cluster) {
    case Cluster::Foshan:
        return {23.02, 113.12};
    case Cluster::Jingdezhen:
        return {29.27, 117.18};
    case Cluster::Zibo:
        return {36.81, 118.05};
    case Cluster::Jinjiang:
        return {24.78, 118.55};
    case Cluster::Gaoan:
        return {28.42, 115.37};
    case Cluster::Dehua:
        return {25.49, 118.24};
    case Cluster::Liling:
        return {27.65, 113.50};
    case Cluster::Tangshan:
        return {39.63, 118.18};
    }
    return {23.02, 113.12};
}

Geofence clusterGeofence(Cluster cluster)
{
    return {clusterCentre(cluster), kDefaultGeofenceRadiusKm};
}

double distanceKm(GeoPoint a, GeoPoint b)
{
    const double dLat = (b.lat - a.lat) * kRad;
    const double dLon = (b.lon - a.lon) * kRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(a.lat * kRad) *
                                                                   std::cos(b.lat * kRad) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

bool inside(const Geofence& fence, GeoPoint p)
{
    return distanceKm(fence.centre, p) <= fence.radiusKm;
}

GeoPoint offsetKm(GeoPoint origin, double eastKm, double northKm)
{
    const double lat = origin.lat + northKm / (kEarthRadiusKm * kRad);
    const double lon = origin.lon + eastKm / (kEarthRadiusKm * kRad * std::cos(origin.lat * kRad));
    return {lat, lon};
}

} // namespace saggar
