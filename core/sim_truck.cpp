#include "sim_truck.h"

#include "sim_calendar.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace saggar::sim {
namespace {

constexpr TimestampMs kMinute = kMsPerMinute;
constexpr double kMsPerHourD = static_cast<double>(kMsPerHour);
constexpr double kGpsNoiseDeg = 0.00003; // about 3 m

TimestampMs minutes(double m)
{
    return static_cast<TimestampMs>(std::llround(m * static_cast<double>(kMinute)));
}

GeoPoint around(SimRandom& random, GeoPoint centre, double minKm, double maxKm)
{
    const double bearing = random.uniform(0.0, 2.0 * std::numbers::pi);
    const double km = random.uniform(minKm, maxKm);
    return offsetKm(centre, km * std::sin(bearing), km * std::cos(bearing));
}

double round1(double v, double step)
{
    return std::round(v / step) * step;
}

} // namespace

TruckSim::TruckSim(const TelemetryAsset& truck, std::uint64_t seed, TimestampMs startMs,
                   std::optional<TruckCounters> counters, std::set<std::int64_t> geofenceExitDays)
    : m_truck(truck), m_seed(seed), m_exitDays(std::move(geofenceExitDays)),
      m_sensor(
          mixSeed(seed, 0x7E1E, static_cast<std::uint64_t>(truck.id), static_cast<std::uint64_t>(startMs))),
      m_plan(0)
{
    // The places are the enterprise's: every truck of a firm serves the same suppliers and customers.
    SimRandom places(mixSeed(seed, 0x91ACE, static_cast<std::uint64_t>(truck.enterpriseId)));
    const GeoPoint centre = clusterCentre(truck.cluster);
    m_home = around(places, centre, 3.0, 18.0);
    for (int i = 0; i < 3; ++i)
        m_clay.push_back(around(places, m_home, 15.0, 70.0));
    for (int i = 0; i < 2; ++i)
        m_glaze.push_back(around(places, m_home, 8.0, 40.0));
    for (int i = 0; i < 7; ++i)
        m_customers.push_back(around(places, centre, 10.0, 140.0));

    SimRandom own(mixSeed(seed, 0x0DD0, static_cast<std::uint64_t>(truck.id)));
    if (truck.lightTruck) {
        m_tankL = 90.0, m_burnLPer100Km = own.uniform(11.0, 14.0), m_idleLPerH = 1.0;
        // City trucks deliver nearby.
        for (auto& c : m_customers)
            c = around(own, m_home, 5.0, 50.0);
    } else {
        m_tankL = 400.0, m_burnLPer100Km = own.uniform(30.0, 38.0), m_idleLPerH = 3.0;
    }

    if (!counters) {
        const int startYear = civilFromDays(localDay(startMs)).year;
        const double ageYears = std::max(0.3, startYear - truck.year + 0.5);
        const double kmPerYear =
            truck.lightTruck ? own.uniform(35'000, 55'000) : own.uniform(70'000, 110'000);
        TruckCounters c;
        c.odometerKm = std::round(ageYears * kmPerYear);
        c.engineHours = std::round(c.odometerKm / own.uniform(38.0, 46.0));
        c.fuelPct = own.uniform(55.0, 95.0);
        counters = c;
    }
    m_odometerKm = counters->odometerKm;
    m_engineHours = counters->engineHours;
    m_fuelPct = counters->fuelPct;

    // Replay the day from local midnight so the truck is where its plan puts it at startMs, then
    // restore the counters the caller gave for that moment.
    m_day = localDay(startMs);
    m_nowMs = localDayStart(m_day);
    m_position = m_home;
    planDay(m_day);
    run(startMs - m_nowMs);
    m_odometerKm = counters->odometerKm;
    m_engineHours = counters->engineHours;
    m_fuelPct = counters->fuelPct;
}

std::vector<GeoPoint> TruckSim::road(GeoPoint from, GeoPoint to)
{
    // A straight line bent through a few waypoints: roads are 10–30 % longer than the crow flies.
    std::vector<GeoPoint> path{from};
    const double km = distanceKm(from, to);
    const int bends = static_cast<int>(m_plan.between(2, 4));
    for (int i = 1; i <= bends; ++i) {
        const double f = static_cast<double>(i) / (bends + 1);
        const GeoPoint onLine{from.lat + (to.lat - from.lat) * f, from.lon + (to.lon - from.lon) * f};
        const double side = m_plan.noise(km * 0.08);
        // Perpendicular to the line: swap the components.
        const double dNorth = (to.lat - from.lat), dEast = (to.lon - from.lon);
        const double norm = std::max(1e-9, std::hypot(dNorth, dEast));
        path.push_back(offsetKm(onLine, side * dNorth / norm, -side * dEast / norm));
    }
    path.push_back(to);
    return path;
}

void TruckSim::addDrive(const std::vector<GeoPoint>& path, double speedKmh)
{
    Step step;
    step.activity = Activity::Drive;
    step.path = path;
    step.pathKm.push_back(0.0);
    for (std::size_t i = 1; i < path.size(); ++i)
        step.pathKm.push_back(step.pathKm.back() + distanceKm(path[i - 1], path[i]));
    step.speedKmh = speedKmh;
    step.durationMs = static_cast<TimestampMs>(std::llround(step.pathKm.back() / speedKmh * kMsPerHourD));
    m_steps.push_back(std::move(step));
}

void TruckSim::addStop(Activity activity, TimestampMs durationMs)
{
    if (durationMs <= 0)
        return;
    Step step;
    step.activity = activity;
    step.durationMs = durationMs;
    m_steps.push_back(std::move(step));
}

void TruckSim::planDay(std::int64_t day)
{
    m_plan =
        SimRandom(mixSeed(m_seed, static_cast<std::uint64_t>(m_truck.id), static_cast<std::uint64_t>(day)));
    m_steps.clear();
    m_stepDoneMs = 0;
    const TimestampMs dayStart = localDayStart(day);
    const TimestampMs dayEnd = dayStart + kMsPerDay;
    TimestampMs clock = m_nowMs;
    const auto sumPlanned = [&] {
        TimestampMs sum = 0;
        for (const Step& s : m_steps)
            sum += s.durationMs;
        return clock + sum;
    };

    const bool exitDay = m_exitDays.count(day) > 0;
    const double workChance = inSpringFestivalBreak(day) ? 0.03 : weekday(day) == 6 ? 0.25 : 0.9;
    if (!exitDay && !m_plan.chance(workChance)) {
        addStop(Activity::Park, std::max(dayEnd - clock, kMinute));
        return;
    }

    const TimestampMs depart = dayStart + (exitDay ? 5 * kMsPerHour : minutes(m_plan.uniform(330, 480)));
    addStop(Activity::Park, depart - clock);
    addStop(Activity::Idle, minutes(m_plan.uniform(6, 15))); // warm-up and checks

    const auto trip = [&](GeoPoint to, double speedKmh) {
        const auto out = road(m_home, to);
        addDrive(out, speedKmh);
        addStop(Activity::Idle, minutes(m_plan.uniform(5, 15)));
        addStop(Activity::Park, minutes(m_plan.uniform(15, 45))); // loading or unloading, engine off
        addStop(Activity::Idle, minutes(m_plan.uniform(4, 10)));
        addDrive(std::vector<GeoPoint>(out.rbegin(), out.rend()), speedKmh * m_plan.uniform(0.95, 1.05));
        addStop(Activity::Idle, minutes(m_plan.uniform(5, 15)));
        addStop(Activity::Park, minutes(m_plan.uniform(10, 40)));
    };

    if (exitDay) {
        // A delivery far beyond the fence and back the same day.
        const double bearing = m_plan.uniform(0.0, 2.0 * std::numbers::pi);
        const double km = m_plan.uniform(kDefaultGeofenceRadiusKm + 60.0, kDefaultGeofenceRadiusKm + 140.0);
        trip(offsetKm(clusterCentre(m_truck.cluster), km * std::sin(bearing), km * std::cos(bearing)),
             m_plan.uniform(70.0, 82.0));
    } else {
        const int maxTrips = m_truck.lightTruck ? 5 : 3;
        bool lunched = false;
        for (int trips = 0; trips < maxTrips; ++trips) {
            const TimestampMs now = sumPlanned() - dayStart;
            if (now > 16 * kMsPerHour + 30 * kMinute)
                break;
            if (!lunched && now > 11 * kMsPerHour + 30 * kMinute) {
                addStop(Activity::Park, minutes(m_plan.uniform(40, 70)));
                lunched = true;
            }
            const double r = m_plan.unit();
            const auto& places = m_truck.lightTruck || r >= 0.5 ? m_customers : r < 0.35 ? m_clay : m_glaze;
            const GeoPoint to = places[static_cast<std::size_t>(m_plan.between(0, std::ssize(places) - 1))];
            const double km = distanceKm(m_home, to) * 1.15;
            const double speed = m_truck.lightTruck ? std::clamp(28.0 + km * 0.3, 28.0, 55.0)
                                                    : std::clamp(38.0 + km * 0.35, 38.0, 72.0);
            const double legHours = km / speed;
            if (sumPlanned() - dayStart + static_cast<TimestampMs>((2 * legHours + 1.5) * kMsPerHourD) >
                20 * kMsPerHour)
                break;
            trip(to, speed * m_plan.uniform(0.9, 1.1));
        }
    }
    addStop(Activity::Park, std::max(dayEnd - sumPlanned(), kMinute)); // the night at the factory
}

GeoPoint TruckSim::along(const Step& step, double km) const
{
    const auto& cum = step.pathKm;
    if (km <= 0)
        return step.path.front();
    if (km >= cum.back())
        return step.path.back();
    const auto i = static_cast<std::size_t>(std::upper_bound(cum.begin(), cum.end(), km) - cum.begin());
    const double f = (km - cum[i - 1]) / std::max(1e-9, cum[i] - cum[i - 1]);
    const GeoPoint a = step.path[i - 1], b = step.path[i];
    return {a.lat + (b.lat - a.lat) * f, a.lon + (b.lon - a.lon) * f};
}

void TruckSim::run(TimestampMs durationMs)
{
    while (durationMs > 0) {
        if (m_steps.empty()) {
            m_day = localDay(m_nowMs);
            planDay(m_day);
        }
        Step& step = m_steps.front();
        if (step.activity == Activity::Drive && m_stepDoneMs == 0 && m_fuelPct < 18.0) {
            // Refuel before setting off; the station is on the way.
            Step refuel;
            refuel.activity = Activity::Refuel;
            refuel.durationMs = minutes(m_plan.uniform(10, 16));
            refuel.fillToPct = m_plan.uniform(92.0, 99.5);
            m_steps.push_front(std::move(refuel));
            continue;
        }
        const TimestampMs dt = std::min(durationMs, step.durationMs - m_stepDoneMs);
        const double hours = static_cast<double>(dt) / kMsPerHourD;
        switch (step.activity) {
        case Activity::Park:
            break;
        case Activity::Idle:
            m_engineHours += hours;
            m_fuelPct -= m_idleLPerH * hours / m_tankL * 100.0;
            break;
        case Activity::Refuel:
            m_fuelPct += (step.fillToPct - m_fuelPct) * static_cast<double>(dt) /
                         static_cast<double>(step.durationMs - m_stepDoneMs);
            break;
        case Activity::Drive: {
            const double km = step.speedKmh * hours;
            const double doneKm = step.speedKmh * static_cast<double>(m_stepDoneMs + dt) / kMsPerHourD;
            m_position = along(step, doneKm);
            m_odometerKm += km;
            m_engineHours += hours;
            m_fuelPct -= km * m_burnLPer100Km / m_tankL;
            break;
        }
        }
        m_fuelPct = std::clamp(m_fuelPct, 0.5, 100.0);
        m_stepDoneMs += dt;
        m_nowMs += dt;
        durationMs -= dt;
        if (m_stepDoneMs >= step.durationMs) {
            if (step.activity == Activity::Drive)
                m_position = step.path.back();
            m_steps.pop_front();
            m_stepDoneMs = 0;
        }
    }
}

TruckReading TruckSim::advanceTo(TimestampMs tMs)
{
    if (tMs > m_nowMs)
        run(tMs - m_nowMs);
    return read();
}

TruckReading TruckSim::read()
{
    TruckReading r;
    const Step* step = m_steps.empty() ? nullptr : &m_steps.front();
    const Activity activity = step ? step->activity : Activity::Park;
    r.ignition = activity == Activity::Idle || activity == Activity::Drive;
    if (activity == Activity::Drive) {
        const double limit = m_truck.lightTruck ? 100.0 : 89.0; // heavy trucks are governed to 89
        double speed = std::min(limit, step->speedKmh * m_sensor.uniform(0.72, 1.22));
        if (step->speedKmh < 50.0 && m_sensor.chance(0.1))
            speed = 0.0; // lights and jams in town
        r.speedKmh = round1(speed, 0.1);
    } else {
        m_sensor.unit(); // keep the noise stream in step whatever the activity
        m_sensor.unit();
    }
    r.position = {std::round((m_position.lat + m_sensor.noise(kGpsNoiseDeg)) * 1e6) / 1e6,
                  std::round((m_position.lon + m_sensor.noise(kGpsNoiseDeg)) * 1e6) / 1e6};
    // Counters are truncated, as the instruments do, so a reading never runs ahead of the truth.
    r.odometerKm = truncated(m_odometerKm, 1);
    r.engineHours = truncated(m_engineHours, 2);
    r.fuelPct = std::clamp(round1(m_fuelPct + m_sensor.noise(0.3), 0.1), 0.0, 100.0);
    return r;
}

} // namespace saggar::sim
