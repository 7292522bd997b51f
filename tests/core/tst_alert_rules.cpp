// The early-warning rules on crafted telemetry: each fires where it should and stays quiet where it
// should not, and late, duplicated or shuffled readings give the same findings as clean ones.
#include "core/alert_rules.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace saggar;

namespace {

constexpr TimestampMs kMin = 60'000;
constexpr TimestampMs kHour = 60 * kMin;
constexpr TimestampMs kDay = 24 * kHour;
constexpr TimestampMs kStep = 5 * kMin;
constexpr TimestampMs kBase = 1'790'000'000'000;

AssetTelemetry truck()
{
    AssetTelemetry t;
    t.asset.kind = AssetKind::Truck;
    t.asset.id = 7;
    t.asset.cluster = Cluster::Foshan;
    t.loanFileId = 42;
    return t;
}

AssetTelemetry kiln(KilnType type = KilnType::Roller)
{
    AssetTelemetry t;
    t.asset.kind = AssetKind::Kiln;
    t.asset.id = 3;
    t.asset.kilnType = type;
    t.loanFileId = 42;
    return t;
}

// A track: `minutesOutside[i]` says whether the i-th five-minute fix is outside the Foshan fence.
void addTrack(AssetTelemetry& t, const std::vector<bool>& outside)
{
    std::vector<TelemetryPoint> lat, lon, odo;
    const GeoPoint home = clusterCentre(Cluster::Foshan);
    for (std::size_t i = 0; i < outside.size(); ++i) {
        const GeoPoint p = outside[i] ? offsetKm(home, 260.0, 0.0) : offsetKm(home, 10.0, 5.0);
        const TimestampMs at = kBase + static_cast<TimestampMs>(i) * kStep;
        lat.push_back({at, p.lat});
        lon.push_back({at, p.lon});
        odo.push_back({at, 1000.0 + static_cast<double>(i)});
    }
    t.channels = {{ChannelId::Latitude, lat}, {ChannelId::Longitude, lon}, {ChannelId::Odometer, odo}};
}

std::vector<bool> trip(int insideBefore, int outside, int insideAfter)
{
    std::vector<bool> v(static_cast<std::size_t>(insideBefore), false);
    v.insert(v.end(), static_cast<std::size_t>(outside), true);
    v.insert(v.end(), static_cast<std::size_t>(insideAfter), false);
    return v;
}

// Every reading twice, the order shuffled, and a late copy of a few appended at the end.
AssetTelemetry messedUp(AssetTelemetry t, unsigned seed)
{
    std::mt19937 rng(seed);
    for (auto& [ch, points] : t.channels) {
        auto doubled = points;
        doubled.insert(doubled.end(), points.begin(), points.end());
        std::shuffle(doubled.begin(), doubled.end(), rng);
        for (std::size_t i = 0; i < points.size(); i += 7)
            doubled.push_back(points[i]);
        points = doubled;
    }
    return t;
}

void compareFindings(const std::vector<AlertFinding>& a, const std::vector<AlertFinding>& b)
{
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].rule, b[i].rule);
        QCOMPARE(a[i].startedMs, b[i].startedMs);
        QCOMPARE(a[i].lastSeenMs, b[i].lastSeenMs);
        QCOMPARE(a[i].active, b[i].active);
        QCOMPARE(a[i].severity, b[i].severity);
        QCOMPARE(a[i].measure, b[i].measure);
        QVERIFY(a[i].evidence == b[i].evidence);
    }
}

std::vector<TelemetryPoint> ramp(double from, double step, int n, TimestampMs start = kBase)
{
    std::vector<TelemetryPoint> out;
    for (int i = 0; i < n; ++i)
        out.push_back({start + i * kStep, from + step * i});
    return out;
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private slots:
    void geofence_data()
    {
        QTest::addColumn<std::vector<bool>>("track");
        QTest::addColumn<int>("alerts");
        QTest::addColumn<bool>("active");
        QTest::addColumn<int>("severity");
        QTest::newRow("never leaves") << trip(100, 0, 0) << 0 << false << 0;
        QTest::newRow("out 20 min: within the dwell time") << trip(10, 5, 10) << 0 << false << 0;
        QTest::newRow("out 3 h and back") << trip(10, 37, 10) << 1 << false << int(AlertSeverity::High);
        QTest::newRow("out 1 h and back") << trip(10, 13, 10) << 1 << false << int(AlertSeverity::Medium);
        QTest::newRow("still outside") << trip(10, 40, 0) << 1 << true << int(AlertSeverity::High);
        auto twice = trip(5, 20, 5);
        const auto again = trip(0, 20, 5);
        twice.insert(twice.end(), again.begin(), again.end());
        QTest::newRow("two trips: two alerts") << twice << 2 << false << int(AlertSeverity::Medium);
    }
    void geofence()
    {
        QFETCH(std::vector<bool>, track);
        QFETCH(int, alerts);
        QFETCH(bool, active);
        QFETCH(int, severity);
        AssetTelemetry t = truck();
        addTrack(t, track);
        const auto found = geofenceFindings(t, AlertRuleConfig{});
        QCOMPARE(int(found.size()), alerts);
        if (alerts == 0)
            return;
        const AlertFinding& f = found.back();
        QCOMPARE(f.rule, AlertRule::GeofenceExit);
        QCOMPARE(f.active, active);
        QCOMPARE(int(f.severity), severity);
        QCOMPARE(f.loanFileId, Id(42));
        QVERIFY(f.asset && f.asset->id == 7);
        QVERIFY(f.measure > 250.0 && f.measure < 270.0);
        const auto firstOut = std::find(track.begin(), track.end(), true) - track.begin();
        QCOMPARE(found.front().startedMs, kBase + firstOut * kStep);
        QVERIFY(std::any_of(f.evidence.begin(), f.evidence.end(),
                            [](const AlertEvidence& e) { return e.label == "first_outside"; }));
        QCOMPARE(std::any_of(f.evidence.begin(), f.evidence.end(),
                             [](const AlertEvidence& e) { return e.label == "back_inside"; }),
                 !active);
        compareFindings(geofenceFindings(messedUp(t, 1), AlertRuleConfig{}), found);
    }

    void geofenceUpdatesWhenTheTruckReturns()
    {
        AssetTelemetry out = truck();
        addTrack(out, trip(10, 40, 0));
        AssetTelemetry back = truck();
        addTrack(back, trip(10, 40, 6));
        const auto before = geofenceFindings(out, {});
        const auto after = geofenceFindings(back, {});
        QCOMPARE(before.size(), std::size_t(1));
        QCOMPARE(after.size(), std::size_t(1));
        QCOMPARE(after[0].startedMs, before[0].startedMs); // the same episode: one alert in the store
        QVERIFY(before[0].active);
        QVERIFY(!after[0].active);
        QVERIFY(after[0].lastSeenMs >= before[0].lastSeenMs);
    }

    void silence()
    {
        AssetTelemetry t = truck();
        auto lat = ramp(23.0, 0.0, 24);                                        // 2 h of reports
        const auto more = ramp(23.0, 0.0, 24, kBase + 24 * kStep + 3 * kHour); // then 3 h of silence
        lat.insert(lat.end(), more.begin(), more.end());
        t.channels = {{ChannelId::Latitude, lat}};
        const TimestampMs end = lat.back().tMs;
        auto found = silenceFindings(t, end + kStep, {});
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].rule, AlertRule::TrackerSilent);
        QVERIFY(!found[0].active);
        QCOMPARE(found[0].startedMs, kBase + 23 * kStep);
        QCOMPARE(found[0].severity, AlertSeverity::High);
        compareFindings(silenceFindings(messedUp(t, 2), end + kStep, {}), found);

        // Silent since the last report, still at `now`.
        found = silenceFindings(t, end + 45 * kMin, {});
        QCOMPARE(found.size(), std::size_t(2));
        QVERIFY(found[1].active);
        QCOMPARE(found[1].severity, AlertSeverity::Medium);
        // A short pause is no silence.
        QCOMPARE(silenceFindings(t, end + 20 * kMin, {}).size(), std::size_t(1));
        // A late reading that fills the gap ends it.
        AssetTelemetry filled = t;
        filled.channels.emplace_back(ChannelId::Latitude, ramp(23.0, 0.0, 40, kBase + 24 * kStep));
        QCOMPARE(silenceFindings(filled, end + kStep, {}).size(), std::size_t(0));
    }

    void kilnShutdown_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("coldHours");
        QTest::addColumn<bool>("covenant");
        QTest::addColumn<int>("alerts");
        QTest::newRow("roller cold 8 h, covenant") << int(KilnType::Roller) << 8 << true << 1;
        QTest::newRow("roller cold 8 h, no covenant") << int(KilnType::Roller) << 8 << false << 1;
        QTest::newRow("roller cold 4 h: a short stop") << int(KilnType::Roller) << 4 << true << 0;
        QTest::newRow("shuttle cold 8 h between batches") << int(KilnType::Shuttle) << 8 << true << 0;
        QTest::newRow("shuttle cold 4 days") << int(KilnType::Shuttle) << 96 << true << 1;
    }
    void kilnShutdown()
    {
        QFETCH(int, type);
        QFETCH(int, coldHours);
        QFETCH(bool, covenant);
        QFETCH(int, alerts);
        AssetTelemetry k = kiln(static_cast<KilnType>(type));
        k.operatingCovenant = covenant;
        std::vector<TelemetryPoint> z3, z4;
        const int hot = 24, cold = coldHours * 12;
        for (int i = 0; i < hot + cold + hot; ++i) {
            const bool isCold = i >= hot && i < hot + cold;
            z3.push_back({kBase + i * kStep, isCold ? 150.0 : 1180.0});
            z4.push_back({kBase + i * kStep, isCold ? 160.0 : 1210.0});
        }
        k.channels = {{ChannelId::Zone3Temp, z3}, {ChannelId::Zone4Temp, z4}};
        const auto found = kilnShutdownFindings(k, {});
        QCOMPARE(int(found.size()), alerts);
        if (!alerts)
            return;
        QCOMPARE(found[0].rule, AlertRule::KilnShutdown);
        QCOMPARE(found[0].severity, covenant ? AlertSeverity::High : AlertSeverity::Medium);
        QCOMPARE(found[0].startedMs, kBase + hot * kStep);
        QVERIFY(!found[0].active);
        QCOMPARE(found[0].evidence.front().label, std::string("last_firing"));
        QCOMPARE(found[0].evidence.front().value, 1210.0); // the hotter firing zone
        compareFindings(kilnShutdownFindings(messedUp(k, 3), {}), found);
        QVERIFY(truck().asset.kind == AssetKind::Truck && kilnShutdownFindings(truck(), {}).empty());
    }

    void utilisation_data()
    {
        QTest::addColumn<double>("lastWeekKm");
        QTest::addColumn<int>("alerts");
        QTest::newRow("steady") << 200.0 << 0;
        QTest::newRow("a quieter week") << 150.0 << 0;
        QTest::newRow("a quarter of before") << 50.0 << 1;
        QTest::newRow("stopped") << 0.0 << 1;
    }
    void utilisation()
    {
        QFETCH(double, lastWeekKm);
        QFETCH(int, alerts);
        AssetTelemetry t = truck();
        double odo = 10'000.0;
        for (int d = 0; d < 28; ++d) {
            const double km = d < 21 ? 200.0 : lastWeekKm;
            t.dailyActivity.push_back({kBase + d * kDay, odo, odo + km, odo + km / 2, 288});
            odo += km;
        }
        t.dailyActivity.push_back(t.dailyActivity.back()); // a day read twice
        std::reverse(t.dailyActivity.begin(), t.dailyActivity.end());
        const auto found = utilisationFindings(t, {});
        QCOMPARE(int(found.size()), alerts);
        if (alerts) {
            QCOMPARE(found[0].rule, AlertRule::UtilisationFalling);
            QVERIFY(found[0].active);
            QVERIFY(found[0].measure < 50.0);
        }
        // Too little history: no judgement.
        t.dailyActivity.resize(8);
        QVERIFY(utilisationFindings(t, {}).empty());
    }

    void odometer()
    {
        AssetTelemetry t = truck();
        t.channels = {{ChannelId::Odometer, ramp(5000.0, 1.0, 50)}};
        QVERIFY(odometerFindings(t, {}).empty());
        QVERIFY(odometerFindings(messedUp(t, 4), {}).empty()); // duplicates and late copies are no rollback

        auto rolled = ramp(5000.0, 1.0, 50);
        const auto after = ramp(2500.0, 1.0, 10, rolled.back().tMs + kStep);
        rolled.insert(rolled.end(), after.begin(), after.end());
        t.channels = {{ChannelId::Odometer, rolled}};
        const auto found = odometerFindings(t, {});
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].severity, AlertSeverity::High);
        QCOMPARE(found[0].measure, 5049.0 - 2500.0);
        QCOMPARE(found[0].startedMs, after.front().tMs);
        compareFindings(odometerFindings(messedUp(t, 5), {}), found);

        // Refused by the store: only the tally remains.
        AssetTelemetry refused = truck();
        refused.odometerRefused = 12;
        refused.odometerRefusedLastMs = kBase + 2 * kHour;
        refused.odometerLastStored = TelemetryPoint{kBase, 5049.0};
        const auto tallied = odometerFindings(refused, {});
        QCOMPARE(tallied.size(), std::size_t(1));
        QCOMPARE(tallied[0].startedMs, kBase);
        QCOMPARE(tallied[0].measure, 12.0);
    }

    void fuelDrop_data()
    {
        QTest::addColumn<double>("drop");
        QTest::addColumn<double>("kmDriven");
        QTest::addColumn<int>("alerts");
        QTest::newRow("siphoned 30 points standing") << 30.0 << 0.0 << 1;
        QTest::newRow("10 points standing") << 10.0 << 0.0 << 0;
        QTest::newRow("30 points while driving 25 km") << 30.0 << 25.0 << 0;
        QTest::newRow("a refill") << -40.0 << 0.0 << 0;
    }
    void fuelDrop()
    {
        QFETCH(double, drop);
        QFETCH(double, kmDriven);
        QFETCH(int, alerts);
        AssetTelemetry t = truck();
        std::vector<TelemetryPoint> fuel, odo;
        for (int i = 0; i < 30; ++i) {
            const double share = i < 10 ? 0.0 : i >= 14 ? 1.0 : (i - 10) / 4.0; // over 20 minutes
            fuel.push_back({kBase + i * kStep, 50.0 - drop * share});
            odo.push_back({kBase + i * kStep, 800.0 + kmDriven * share});
        }
        t.channels = {{ChannelId::FuelLevel, fuel}, {ChannelId::Odometer, odo}};
        const auto found = fuelDropFindings(t, {});
        QCOMPARE(int(found.size()), alerts);
        if (alerts) {
            QCOMPARE(found[0].rule, AlertRule::FuelDrop);
            QCOMPARE(found[0].startedMs, kBase + 10 * kStep); // the last reading at the full level
            QCOMPARE(found[0].measure, drop);
            compareFindings(fuelDropFindings(messedUp(t, 6), {}), found);
        }
    }

    void ltv()
    {
        LtvInput in;
        in.loanFileId = 9;
        in.loan = Money::fromYuan(900'000);
        in.collateral = {{{AssetKind::Truck, 1}, Money::fromYuan(600'000)},
                         {{AssetKind::Kiln, 2}, Money::fromYuan(400'000)}};
        auto f = ltvFinding(in, kBase, {});
        QVERIFY(f);
        QCOMPARE(f->rule, AlertRule::LtvBreach);
        QVERIFY(!f->asset);
        QCOMPARE(f->loanFileId, Id(9));
        QCOMPARE(f->measure, 90.0);
        QCOMPARE(f->limit, 80.0);
        QCOMPARE(f->severity, AlertSeverity::Medium);
        QCOMPARE(f->evidence.size(), std::size_t(3)); // the loan and both values

        in.loan = Money::fromYuan(750'000);
        QVERIFY(!ltvFinding(in, kBase, {}));
        in.covenantLimitPct = 70.0; // the file's covenant is stricter
        QVERIFY(ltvFinding(in, kBase, {}));
        // The valuation seam: a model that values the kiln at nothing.
        in.covenantLimitPct.reset();
        const auto f2 = ltvFinding(in, kBase, {}, [](const PledgedValue& p) {
            return p.asset.kind == AssetKind::Kiln ? Money() : p.appraised;
        });
        QVERIFY(f2);
        QCOMPARE(f2->measure, 125.0);
        QCOMPARE(f2->severity, AlertSeverity::High);
        in.collateral.clear(); // nothing valued yet: no figure to judge
        QVERIFY(!ltvFinding(in, kBase, {}));
    }

    void evaluateAssetIsIdempotent()
    {
        AssetTelemetry t = truck();
        addTrack(t, trip(10, 40, 10));
        const auto once = evaluateAsset(t, kBase + 60 * kStep, {});
        const auto again = evaluateAsset(messedUp(t, 7), kBase + 60 * kStep, {});
        QVERIFY(!once.empty());
        compareFindings(once, again);
    }
};

QTEST_APPLESS_MAIN(TestAlertRules)
#include "tst_alert_rules.moc"
