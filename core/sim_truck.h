// A simulated ceramics maker's truck: each working day it leaves the factory in the morning, fetches
// clay and glaze from suppliers and delivers ware to customers around its cluster, idles while
// loading, burns fuel and refuels, and parks at the factory overnight. Pure and deterministic: the
// places depend on the seed and the enterprise, the day's plan on the seed, the truck and the day.
#pragma once

#include "sim_random.h"
#include "telemetry_assets.h"
#include "telemetry_geo.h"

#include <deque>
#include <set>
#include <vector>

namespace saggar::sim {

// What the tracker reads.
struct TruckReading
{
    GeoPoint position;
    double speedKmh = 0.0;
    double odometerKm = 0.0;
    double fuelPct = 0.0;
    double engineHours = 0.0;
    bool ignition = false;
};

// The readings that carry from one day to the next.
struct TruckCounters
{
    double odometerKm = 0.0;
    double engineHours = 0.0;
    double fuelPct = 80.0;
};

class TruckSim
{
public:
    // The truck as it stands at `startMs`: its day's plan replayed from local midnight, with
    // `counters` (or, when not given, counters that fit its age) at `startMs`. `geofenceExitDays`
    // are the local days (see localDay) on which it makes a long trip beyond its cluster's fence.
    TruckSim(const TelemetryAsset& truck, std::uint64_t seed, TimestampMs startMs,
             std::optional<TruckCounters> counters = std::nullopt,
             std::set<std::int64_t> geofenceExitDays = {});

    // Moves the truck forward to `tMs` (earlier times are ignored) and reads its tracker.
    TruckReading advanceTo(TimestampMs tMs);
    GeoPoint home() const { return m_home; }

private:
    enum class Activity { Park, Idle, Drive, Refuel };
    struct Step
    {
        Activity activity = Activity::Park;
        TimestampMs durationMs = 0;
        std::vector<GeoPoint> path; // Drive: the road, first point where it starts
        std::vector<double> pathKm; // cumulative distance along `path`
        double speedKmh = 0.0;      // Drive: average speed
        double fillToPct = 0.0;     // Refuel: the level the tank is filled to
    };

    void planDay(std::int64_t day);
    void addDrive(const std::vector<GeoPoint>& path, double speedKmh);
    void addStop(Activity activity, TimestampMs durationMs);
    std::vector<GeoPoint> road(GeoPoint from, GeoPoint to);
    void run(TimestampMs durationMs);
    GeoPoint along(const Step& step, double km) const;
    TruckReading read();

    TelemetryAsset m_truck;
    std::uint64_t m_seed;
    std::set<std::int64_t> m_exitDays;
    SimRandom m_sensor; // reading noise, advanced once per reading
    SimRandom m_plan;   // the current day's plan
    GeoPoint m_home;
    std::vector<GeoPoint> m_clay, m_glaze, m_customers;
    double m_tankL, m_burnLPer100Km, m_idleLPerH;

    std::int64_t m_day = 0; // local day being simulated
    TimestampMs m_nowMs = 0;
    std::deque<Step> m_steps;     // the rest of today's plan, the current step first
    TimestampMs m_stepDoneMs = 0; // how much of the current step has passed
    GeoPoint m_position;
    double m_odometerKm = 0.0, m_engineHours = 0.0, m_fuelPct = 0.0;
};

} // namespace saggar::sim
