#include "alert_rules.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace saggar {
namespace {

constexpr TimestampMs kHourMs = 3600 * 1000;
constexpr TimestampMs kDayMs = 24 * kHourMs;

std::string format(const char* pattern, double a, double b = 0.0)
{
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, pattern, a, b);
    return buffer;
}

std::vector<TelemetryPoint> channel(const AssetTelemetry& a, ChannelId id)
{
    std::vector<TelemetryPoint> all;
    for (const auto& [ch, points] : a.channels)
        if (ch == id)
            all.insert(all.end(), points.begin(), points.end());
    return normalisedPoints(std::move(all));
}

AlertFinding finding(const AssetTelemetry& a, AlertRule rule)
{
    AlertFinding f;
    f.rule = rule;
    f.asset = AssetRef{a.asset.kind, a.asset.id};
    f.loanFileId = a.loanFileId;
    return f;
}

AlertEvidence evidence(const AssetTelemetry& a, std::string label, ChannelId ch, TelemetryPoint p)
{
    return AlertEvidence{std::move(label), a.asset.kind, a.asset.id, static_cast<std::uint16_t>(ch), p.tMs,
                         p.value};
}

// Runs of consecutive points for which `bad(i)` holds: [first, last] index pairs.
template <typename Pred> std::vector<std::pair<std::size_t, std::size_t>> runs(std::size_t n, Pred bad)
{
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t i = 0; i < n; ++i) {
        if (!bad(i))
            continue;
        std::size_t j = i;
        while (j + 1 < n && bad(j + 1))
            ++j;
        out.emplace_back(i, j);
        i = j;
    }
    return out;
}

struct Fix
{
    TimestampMs tMs;
    GeoPoint at;
};

std::vector<Fix> positions(const AssetTelemetry& a)
{
    const auto lat = channel(a, ChannelId::Latitude);
    const auto lon = channel(a, ChannelId::Longitude);
    std::vector<Fix> out;
    std::size_t j = 0;
    for (const TelemetryPoint& p : lat) {
        while (j < lon.size() && lon[j].tMs < p.tMs)
            ++j;
        if (j < lon.size() && lon[j].tMs == p.tMs)
            out.push_back({p.tMs, {p.value, lon[j].value}});
    }
    return out;
}

} // namespace

std::vector<TelemetryPoint> normalisedPoints(std::vector<TelemetryPoint> points)
{
    std::stable_sort(points.begin(), points.end(),
                     [](const TelemetryPoint& x, const TelemetryPoint& y) { return x.tMs < y.tMs; });
    points.erase(std::unique(points.begin(), points.end(),
                             [](const TelemetryPoint& x, const TelemetryPoint& y) { return x.tMs == y.tMs; }),
                 points.end());
    return points;
}

std::vector<AlertFinding> geofenceFindings(const AssetTelemetry& a, const AlertRuleConfig& c)
{
    std::vector<AlertFinding> out;
    if (a.asset.kind != AssetKind::Truck)
        return out;
    const Geofence fence = clusterGeofence(a.asset.cluster);
    const auto fixes = positions(a);
    for (const auto& [first, last] :
         runs(fixes.size(), [&](std::size_t i) { return !inside(fence, fixes[i].at); })) {
        const TimestampMs dwell = fixes[last].tMs - fixes[first].tMs;
        if (dwell < c.geofenceDwellMs)
            continue;
        AlertFinding f = finding(a, AlertRule::GeofenceExit);
        f.startedMs = fixes[first].tMs;
        f.lastSeenMs = fixes[last].tMs;
        f.active = last + 1 == fixes.size();
        f.severity = dwell >= c.geofenceHighMs ? AlertSeverity::High : AlertSeverity::Medium;
        f.limit = fence.radiusKm;
        std::size_t farthest = first;
        for (std::size_t i = first; i <= last; ++i)
            if (distanceKm(fence.centre, fixes[i].at) > distanceKm(fence.centre, fixes[farthest].at))
                farthest = i;
        f.measure = distanceKm(fence.centre, fixes[farthest].at);
        const auto addFix = [&](const char* label, const Fix& fix) {
            f.evidence.push_back(evidence(a, label, ChannelId::Latitude, {fix.tMs, fix.at.lat}));
            f.evidence.push_back(evidence(a, label, ChannelId::Longitude, {fix.tMs, fix.at.lon}));
        };
        if (first > 0)
            addFix("last_inside", fixes[first - 1]);
        addFix("first_outside", fixes[first]);
        addFix("farthest", fixes[farthest]);
        addFix("latest_outside", fixes[last]);
        if (!f.active)
            addFix("back_inside", fixes[last + 1]);
        f.detail = format("outside the %.0f km geofence for %.1f h", fence.radiusKm,
                          static_cast<double>(dwell) / kHourMs) +
                   format(", up to %.0f km from the cluster centre", f.measure) +
                   (f.active ? "; still outside" : "; back inside");
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<AlertFinding> silenceFindings(const AssetTelemetry& a, TimestampMs nowMs,
                                          const AlertRuleConfig& c)
{
    // The device is heard when any channel reports.
    std::vector<TelemetryPoint> heard; // value: the channel heard
    for (const auto& [ch, points] : a.channels)
        for (const TelemetryPoint& p : points)
            heard.push_back({p.tMs, static_cast<double>(ch)});
    std::sort(heard.begin(), heard.end(), [](const TelemetryPoint& x, const TelemetryPoint& y) {
        return x.tMs != y.tMs ? x.tMs < y.tMs : x.value < y.value;
    });
    heard = normalisedPoints(std::move(heard));
    std::vector<AlertFinding> out;
    const auto add = [&](const TelemetryPoint& before, const TelemetryPoint* after, TimestampMs until) {
        const TimestampMs silent = until - before.tMs;
        if (silent <= c.silentAfterMs)
            return;
        AlertFinding f = finding(a, AlertRule::TrackerSilent);
        f.startedMs = before.tMs;
        f.lastSeenMs = until;
        f.active = after == nullptr;
        f.severity = silent >= c.silentHighMs ? AlertSeverity::High : AlertSeverity::Medium;
        f.measure = static_cast<double>(silent) / kHourMs;
        f.limit = static_cast<double>(c.silentAfterMs) / kHourMs;
        const ChannelId ch = static_cast<ChannelId>(before.value);
        f.evidence.push_back(evidence(a, "last_heard", ch, {before.tMs, 0.0}));
        if (after)
            f.evidence.push_back(
                evidence(a, "heard_again", static_cast<ChannelId>(after->value), {after->tMs, 0.0}));
        f.detail = format("no reading for %.1f h (expected every %.0f min)", f.measure,
                          static_cast<double>(kDefaultReportIntervalMs) / 60000.0) +
                   (f.active ? "; still silent" : "");
        out.push_back(std::move(f));
    };
    for (std::size_t i = 1; i < heard.size(); ++i)
        add(heard[i - 1], &heard[i], heard[i].tMs);
    if (!heard.empty() && nowMs > heard.back().tMs)
        add(heard.back(), nullptr, nowMs);
    return out;
}

std::vector<AlertFinding> kilnShutdownFindings(const AssetTelemetry& a, const AlertRuleConfig& c)
{
    std::vector<AlertFinding> out;
    if (a.asset.kind != AssetKind::Kiln)
        return out;
    // The hotter of the two firing zones at each time.
    auto heat = channel(a, ChannelId::Zone3Temp);
    for (const TelemetryPoint& p : channel(a, ChannelId::Zone4Temp)) {
        auto it = std::lower_bound(heat.begin(), heat.end(), p.tMs,
                                   [](const TelemetryPoint& x, TimestampMs t) { return x.tMs < t; });
        if (it != heat.end() && it->tMs == p.tMs)
            it->value = std::max(it->value, p.value);
        else
            heat.insert(it, p);
    }
    const TimestampMs minCold = a.asset.kilnType == KilnType::Shuttle ? c.shuttleKilnColdMs : c.kilnColdMs;
    for (const auto& [first, last] :
         runs(heat.size(), [&](std::size_t i) { return heat[i].value < c.kilnColdC; })) {
        const TimestampMs cold = heat[last].tMs - heat[first].tMs;
        if (cold < minCold)
            continue;
        AlertFinding f = finding(a, AlertRule::KilnShutdown);
        f.startedMs = heat[first].tMs;
        f.lastSeenMs = heat[last].tMs;
        f.active = last + 1 == heat.size();
        f.severity = a.operatingCovenant ? AlertSeverity::High : AlertSeverity::Medium;
        f.measure = static_cast<double>(cold) / kHourMs;
        f.limit = c.kilnColdC;
        if (first > 0)
            f.evidence.push_back(evidence(a, "last_firing", ChannelId::Zone3Temp, heat[first - 1]));
        f.evidence.push_back(evidence(a, "first_cold", ChannelId::Zone3Temp, heat[first]));
        f.evidence.push_back(evidence(a, "latest_cold", ChannelId::Zone3Temp, heat[last]));
        if (!f.active)
            f.evidence.push_back(evidence(a, "firing_again", ChannelId::Zone3Temp, heat[last + 1]));
        f.detail = format("firing zones below %.0f °C for %.1f h", c.kilnColdC, f.measure) +
                   (a.operatingCovenant ? " while its covenant requires it to operate" : "") +
                   (f.active ? "; still cold" : "; firing again");
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<AlertFinding> utilisationFindings(const AssetTelemetry& a, const AlertRuleConfig& c)
{
    std::vector<AlertFinding> out;
    const ChannelId counter =
        a.asset.kind == AssetKind::Truck ? ChannelId::Odometer : ChannelId::FiringCycles;
    std::vector<TelemetryBucket> days = a.dailyActivity;
    std::stable_sort(days.begin(), days.end(), [](const TelemetryBucket& x, const TelemetryBucket& y) {
        return x.startMs < y.startMs;
    });
    // A day counts when it has most of its readings; its activity is the counter's rise.
    std::vector<std::pair<TimestampMs, double>> activity;
    for (const TelemetryBucket& d : days)
        if (d.count >= 144 && (activity.empty() || activity.back().first != d.startMs))
            activity.emplace_back(d.startMs, d.max - d.min);
    const auto mean = [&](TimestampMs from, TimestampMs to, int& n) {
        double sum = 0.0;
        n = 0;
        for (const auto& [t, v] : activity)
            if (t >= from && t < to) {
                sum += v;
                ++n;
            }
        return n > 0 ? sum / n : 0.0;
    };
    struct Day
    {
        TimestampMs startMs;
        double recent, baseline;
        bool falling;
    };
    std::vector<Day> judged;
    for (const auto& [day, v] : activity) {
        int nRecent = 0, nBase = 0;
        const double recent = mean(day - 6 * kDayMs, day + kDayMs, nRecent);
        const double baseline = mean(day - 27 * kDayMs, day - 6 * kDayMs, nBase);
        if (nRecent < 5 || nBase < c.utilisationMinBaselineDays || baseline <= 0.0)
            continue;
        judged.push_back({day, recent, baseline, recent < c.utilisationDropRatio * baseline});
    }
    for (const auto& [first, last] : runs(judged.size(), [&](std::size_t i) { return judged[i].falling; })) {
        AlertFinding f = finding(a, AlertRule::UtilisationFalling);
        f.startedMs = judged[first].startMs;
        f.lastSeenMs = judged[last].startMs + kDayMs;
        f.active = last + 1 == judged.size();
        f.severity = AlertSeverity::Medium;
        f.measure = 100.0 * judged[last].recent / judged[last].baseline;
        f.limit = 100.0 * c.utilisationDropRatio;
        f.evidence.push_back(evidence(a, "week_mean", counter, {judged[last].startMs, judged[last].recent}));
        f.evidence.push_back(
            evidence(a, "baseline_mean", counter, {judged[last].startMs, judged[last].baseline}));
        f.detail = format("last 7 days' activity at %.0f%% of the 3 weeks before (limit %.0f%%)", f.measure,
                          f.limit);
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<AlertFinding> odometerFindings(const AssetTelemetry& a, const AlertRuleConfig& c)
{
    std::vector<AlertFinding> out;
    if (a.asset.kind != AssetKind::Truck)
        return out;
    const auto odo = channel(a, ChannelId::Odometer);
    std::size_t highest = 0;
    for (std::size_t i = 1; i < odo.size(); ++i) {
        if (odo[i].value + c.odometerToleranceKm < odo[highest].value) {
            AlertFinding f = finding(a, AlertRule::OdometerRollback);
            f.startedMs = f.lastSeenMs = odo[i].tMs;
            f.active = true;
            f.severity = AlertSeverity::High;
            f.measure = odo[highest].value - odo[i].value;
            f.evidence.push_back(evidence(a, "before", ChannelId::Odometer, odo[highest]));
            f.evidence.push_back(evidence(a, "after", ChannelId::Odometer, odo[i]));
            f.detail = format("odometer went back %.1f km", f.measure);
            out.push_back(std::move(f));
            highest = i; // a second rollback from here is a second alert
        } else if (odo[i].value > odo[highest].value) {
            highest = i;
        }
    }
    // Readings the store refused because the counter went back are gone, but they were counted.
    if (a.odometerRefused > 0) {
        AlertFinding f = finding(a, AlertRule::OdometerRollback);
        const TimestampMs since = a.odometerLastStored ? a.odometerLastStored->tMs : a.odometerRefusedLastMs;
        f.startedMs = since;
        f.lastSeenMs = std::max(since, a.odometerRefusedLastMs);
        f.active = true;
        f.severity = AlertSeverity::High;
        f.measure = static_cast<double>(a.odometerRefused);
        if (a.odometerLastStored)
            f.evidence.push_back(evidence(a, "last_accepted", ChannelId::Odometer, *a.odometerLastStored));
        f.evidence.push_back(evidence(a, "refused_readings", ChannelId::Odometer,
                                      {a.odometerRefusedLastMs, static_cast<double>(a.odometerRefused)}));
        f.detail = format("%.0f odometer readings below the last accepted one were refused", f.measure);
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<AlertFinding> fuelDropFindings(const AssetTelemetry& a, const AlertRuleConfig& c)
{
    std::vector<AlertFinding> out;
    if (a.asset.kind != AssetKind::Truck)
        return out;
    const auto fuel = channel(a, ChannelId::FuelLevel);
    const auto odo = channel(a, ChannelId::Odometer);
    const auto odometerAt = [&](TimestampMs t) -> std::optional<double> {
        auto it = std::upper_bound(odo.begin(), odo.end(), t,
                                   [](TimestampMs x, const TelemetryPoint& p) { return x < p.tMs; });
        if (it == odo.begin())
            return std::nullopt;
        return std::prev(it)->value;
    };
    for (std::size_t i = 0; i < fuel.size(); ++i) {
        std::size_t worst = i;
        for (std::size_t j = i + 1; j < fuel.size() && fuel[j].tMs - fuel[i].tMs <= c.fuelDropWindowMs; ++j)
            if (fuel[j].value < fuel[worst].value)
                worst = j;
        // The drop starts at the last reading still at the level it fell from.
        std::size_t start = i;
        for (std::size_t k = i; k < worst; ++k)
            if (fuel[k].value >= fuel[start].value)
                start = k;
        for (std::size_t j = start + 1;
             j < fuel.size() && fuel[j].tMs - fuel[start].tMs <= c.fuelDropWindowMs; ++j)
            if (fuel[j].value < fuel[worst].value)
                worst = j; // the whole of the drop, measured from where it starts
        const double drop = fuel[start].value - fuel[worst].value;
        if (worst == i || drop < c.fuelDropPct)
            continue;
        const auto from = odometerAt(fuel[start].tMs), to = odometerAt(fuel[worst].tMs);
        if (!from || !to || *to - *from > c.fuelDropMaxKm)
            continue; // driving burns fuel; only a standing truck losing it is suspicious
        if (!out.empty() && out.back().lastSeenMs >= fuel[start].tMs)
            continue; // the same drop, seen from a later reading
        AlertFinding f = finding(a, AlertRule::FuelDrop);
        f.startedMs = fuel[start].tMs;
        f.lastSeenMs = fuel[worst].tMs;
        f.active = false;
        f.severity = AlertSeverity::High;
        f.measure = drop;
        f.limit = c.fuelDropPct;
        f.evidence.push_back(evidence(a, "before", ChannelId::FuelLevel, fuel[start]));
        f.evidence.push_back(evidence(a, "after", ChannelId::FuelLevel, fuel[worst]));
        f.evidence.push_back(evidence(a, "odometer", ChannelId::Odometer, {fuel[worst].tMs, *to}));
        f.detail = format("fuel fell %.0f points of the tank in %.0f min while standing", drop,
                          static_cast<double>(fuel[worst].tMs - fuel[start].tMs) / 60000.0);
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<AlertFinding> evaluateAsset(const AssetTelemetry& a, TimestampMs nowMs, const AlertRuleConfig& c)
{
    std::vector<AlertFinding> out;
    const auto take = [&out](std::vector<AlertFinding> found) {
        for (AlertFinding& f : found)
            out.push_back(std::move(f));
    };
    take(geofenceFindings(a, c));
    take(silenceFindings(a, nowMs, c));
    take(kilnShutdownFindings(a, c));
    take(utilisationFindings(a, c));
    take(odometerFindings(a, c));
    take(fuelDropFindings(a, c));
    return out;
}

Money appraisedValue(const PledgedValue& p)
{
    return p.appraised;
}

std::optional<AlertFinding> ltvFinding(const LtvInput& in, TimestampMs nowMs, const AlertRuleConfig& c,
                                       const CollateralValuer& valuer)
{
    std::int64_t valueFen = 0;
    AlertFinding f;
    f.rule = AlertRule::LtvBreach;
    f.loanFileId = in.loanFileId;
    f.evidence.push_back({"loan", AssetKind::Truck, 0, 0, nowMs, static_cast<double>(in.loan.fen()) / 100.0});
    int modelValued = 0;
    int valued = 0;
    for (const PledgedValue& p : in.collateral) {
        const Money v = valuer(p);
        if (v.fen() <= 0)
            continue;
        valueFen += v.fen();
        ++valued;
        modelValued += p.model ? 1 : 0;
        f.evidence.push_back({p.model ? "model_value" : "value", p.asset.kind, p.asset.id, 0, nowMs,
                              static_cast<double>(v.fen()) / 100.0});
    }
    if (valueFen <= 0)
        return std::nullopt;
    const double ltv = 100.0 * static_cast<double>(in.loan.fen()) / static_cast<double>(valueFen);
    const double limit = in.covenantLimitPct.value_or(c.ltvLimitPct);
    if (ltv <= limit)
        return std::nullopt;
    f.severity = ltv > limit + 10.0 ? AlertSeverity::High : AlertSeverity::Medium;
    f.startedMs = f.lastSeenMs = nowMs;
    f.active = true;
    f.measure = ltv;
    f.limit = limit;
    f.detail = format("loan-to-value %.1f%% above the %.0f%% limit", ltv, limit) + " (" +
               (modelValued == valued ? "model valuations, fair market"
                : modelValued == 0    ? "typed appraised values"
                                      : "model valuations where made, typed appraised values otherwise") +
               ")";
    return f;
}

} // namespace saggar
