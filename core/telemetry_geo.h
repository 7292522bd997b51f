// Geography for truck telemetry: the ceramics clusters' coordinates, great-circle distance, and the
// geofence a pledged truck is expected to stay inside (drawn with its track, checked by monitoring).
#pragma once

#include "domain.h"

namespace saggar {

struct GeoPoint
{
    double lat = 0.0; // degrees north
    double lon = 0.0; // degrees east
};

// A circle around the cluster's centre.
struct Geofence
{
    GeoPoint centre;
    double radiusKm = 0.0;
};

// The city centre of a cluster (Foshan 23.02N 113.12E, Zibo 36.81N 118.05E, …).
GeoPoint clusterCentre(Cluster cluster);
// Trucks carry clay, glaze and ware within about 150 km of their cluster; the fence leaves room.
inline constexpr double kDefaultGeofenceRadiusKm = 200.0;
Geofence clusterGeofence(Cluster cluster);

double distanceKm(GeoPoint a, GeoPoint b); // haversine on a 6,371 km sphere
bool inside(const Geofence& fence, GeoPoint p);
// The point `eastKm` east and `northKm` north of `origin` (flat-earth approximation, fine below 500 km).
GeoPoint offsetKm(GeoPoint origin, double eastKm, double northKm);

} // namespace saggar
