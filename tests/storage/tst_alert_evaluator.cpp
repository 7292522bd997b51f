// The evaluator on a real workspace and telemetry store: only assets pledged to monitored files are
// watched, findings become alerts with a "raised" audit entry, evaluating again raises nothing, new
// and late readings update the same alert, and the LTV of the file is checked.
#include "storage_test_data.h"

#include "core/telemetry_geo.h"
#include "storage/alert_evaluator.h"
#include "storage/audit_repository.h"
#include "storage/portfolio_writer.h"
#include "storage/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace saggar;
using namespace saggar::testdata;

namespace {

constexpr TimestampMs kStep = 5 * 60 * 1000;

// A truck's fixes from `from`: `inside` reports near home, then `outside` reports 260 km east.
std::vector<Sample> trip(Id truck, TimestampMs from, int inside, int outside, int backInside = 0)
{
    std::vector<Sample> out;
    const GeoPoint home = clusterCentre(Cluster::Foshan);
    for (int i = 0; i < inside + outside + backInside; ++i) {
        const bool away = i >= inside && i < inside + outside;
        const GeoPoint p = away ? offsetKm(home, 260.0, 0.0) : offsetKm(home, 5.0, 5.0);
        const TimestampMs t = from + i * kStep;
        out.push_back({{AssetKind::Truck, truck, ChannelId::Latitude}, t, p.lat, 0});
        out.push_back({{AssetKind::Truck, truck, ChannelId::Longitude}, t, p.lon, 0});
    }
    return out;
}

} // namespace

class TestAlertEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void evaluatesIncrementallyAndOnce()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path().toStdString(), true);
        QVERIFY(ws);
        PortfolioSnapshot s;
        s.users = {user(1, "analyst", "李娜", Role::Analyst)};
        s.enterprises = {enterprise(1, 1, "佛山测试陶瓷有限公司", "Foshan Test Ceramics")};
        s.files = {file(1, "SG-2026-000001", 1, Money::fromYuan(900'000), LoanState::Monitoring),
                   file(2, "SG-2026-000002", 1, Money::fromYuan(100'000), LoanState::Draft)};
        s.trucks = {truck(1, 1, 1, 1), truck(2, 2, 1, 2)};
        s.trucks[0].appraisedValue = Money::fromYuan(1'000'000); // LTV 90 %
        QVERIFY(savePortfolio((*ws)->db(), s));
        auto telemetry = TelemetryStore::openInWorkspace(dir.path().toStdString(), OpenMode::CreateReadWrite);
        QVERIFY(telemetry);
        // Both trucks leave the fence for 2 h and are still outside; truck 2's file is a draft.
        QVERIFY((*telemetry)->write(trip(1, kBaseMs, 12, 24)));
        QVERIFY((*telemetry)->write(trip(2, kBaseMs, 12, 24)));

        Database& db = (*ws)->db();
        auto head = readAuditHead(db, 1);
        QVERIFY(head);
        const std::int64_t seqBefore = head->seq;
        AlertEvaluator evaluator(db, **telemetry);
        const TimestampMs now = kBaseMs + 36 * kStep;
        auto first = evaluator.evaluate(now);
        QVERIFY(first);
        QCOMPARE(first->assetsWatched, 1);
        QCOMPARE(first->stored.raised, 2); // the geofence exit of truck 1 and the file's LTV
        SqliteAlertStore store(db);
        auto alerts = store.alerts({});
        QVERIFY(alerts);
        QCOMPARE(alerts->size(), std::size_t(2));
        for (const Alert& a : *alerts) {
            QCOMPARE(a.finding.loanFileId, Id(1));
            QCOMPARE(a.dueMs, now + kAlertResponseMs);
            QCOMPARE(a.state, AlertState::Open);
        }
        head = readAuditHead(db, 1);
        QCOMPARE(head->seq, seqBefore + 2); // a "raised" entry each

        // Again, nothing new: nothing raised, the watermark skips the readings.
        auto second = evaluator.evaluate(now);
        QVERIFY(second);
        QCOMPARE(second->stored.raised, 0);
        QCOMPARE(second->assetsEvaluated, 0);

        // More readings (still outside, then back), some of them late and repeated: the same alert.
        auto later = trip(1, kBaseMs + 36 * kStep, 0, 6, 4);
        const auto repeat = trip(1, kBaseMs + 20 * kStep, 0, 4);
        later.insert(later.end(), repeat.begin(), repeat.end());
        QVERIFY((*telemetry)->write(later));
        auto third = evaluator.evaluate(now + 10 * kStep);
        QVERIFY(third);
        QCOMPARE(third->stored.raised, 0);
        QVERIFY(third->stored.updated >= 1);
        alerts = store.alerts({});
        QCOMPARE(alerts->size(), std::size_t(2));
        const Alert& exit =
            alerts->front().finding.rule == AlertRule::GeofenceExit ? alerts->front() : alerts->back();
        QCOMPARE(exit.finding.rule, AlertRule::GeofenceExit);
        QVERIFY(!exit.finding.active); // back inside
        QCOMPARE(exit.finding.startedMs, kBaseMs + 12 * kStep);
        auto evidence = store.evidence(exit.id);
        QVERIFY(evidence);
        QVERIFY(std::any_of(evidence->begin(), evidence->end(),
                            [](const AlertEvidence& e) { return e.label == "back_inside"; }));
        QCOMPARE(readAuditHead(db, 1)->seq, seqBefore + 2); // updates are not new alerts
    }
};

QTEST_APPLESS_MAIN(TestAlertEvaluator)
#include "tst_alert_evaluator.moc"
