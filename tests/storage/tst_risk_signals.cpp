// Telemetry-derived operating signals in the risk score: firing days and truck trend computed from
// simulated readings in the workspace's telemetry store over the last 90 days, passed when the file is
// assessed and stored with the score's inputs. A kiln idle for weeks lowers the score and names the
// reason; a silent device or a workspace without telemetry is "not known".
#include "risk_test_accounts.h"
#include "workflow_fixture.h"

#include "core/risk_decision_service.h"
#include "core/risk_default_model.h"
#include "core/risk_operating_signals.h"
#include "storage/risk_signal_reader.h"
#include "storage/sqlite_risk_store.h"
#include "storage_test_data.h"

using namespace saggar;
using namespace saggar::testdata;
using namespace saggar::risk;

namespace {

constexpr TimestampMs kHourMs = 3600LL * 1000;
constexpr TimestampMs kDayMs = 24 * kHourMs;

struct Scene
{
    QTemporaryDir dir;
    WorkflowFixture fx{dir, "ws"};
    std::string workspaceDir = dir.filePath("ws").toStdString();
    SqliteRiskStore riskStore{fx.db()};
    TimestampMs now = kBaseMs;
    WorkflowService workflow{fx.store(), [this] { return now; }};
    RiskDecisionService service{workflow, riskStore, defaultApplicationModel().value(),
                                [this] { return now; }};

    Scene()
    {
        for (LoanState s : {LoanState::Submitted, LoanState::Appraisal, LoanState::RiskAssessment})
            orFail(fx.store().apply(fx.move(s, kAnalyst)));
        orFail(fx.db().exec("UPDATE trucks SET appraised_value_fen = 300000000;"
                            " UPDATE kilns SET appraised_value_fen = 300000000;"));
        orFail(riskStore.setFinancials(fx.context().file.enterpriseId, soundAccounts()));
        service.setSignalSource(workspaceSignalSource(workspaceDir));
    }
    static void orFail(const Result<void>& r)
    {
        if (!r)
            qFatal("%s", r.error().message.c_str());
    }
};

// Hourly readings over the 90 days before `now`: the kiln's firing zone at 1,150 °C for 16 h a day
// (40 °C when idle), stopping `idleDays` before `now`; the truck's odometer `kmPerDay` a day,
// `recentKmPerDay` in the last 30 days.
void simulate(const std::string& workspaceDir, Id kilnId, Id truckId, TimestampMs now, int idleDays,
              double kmPerDay, double recentKmPerDay)
{
    auto store = TelemetryStore::openInWorkspace(workspaceDir, OpenMode::CreateReadWrite);
    QVERIFY(store);
    std::vector<Sample> samples;
    const TimestampMs start = now - 91 * kDayMs;
    double odometer = 120'000.0;
    for (TimestampMs t = start; t < now; t += kHourMs) {
        const TimestampMs daysBefore = (now - t) / kDayMs;
        const bool firing = daysBefore >= idleDays && (t / kHourMs) % 24 < 16;
        samples.push_back(
            Sample{{AssetKind::Kiln, kilnId, ChannelId::Zone3Temp}, t, firing ? 1150.0 : 40.0, 0});
        odometer += (daysBefore < 30 ? recentKmPerDay : kmPerDay) / 24.0;
        samples.push_back(Sample{{AssetKind::Truck, truckId, ChannelId::Odometer}, t, odometer, 0});
    }
    QVERIFY((*store)->write(samples));
}

std::string input(const StoredScore& s, const std::string& name)
{
    for (const auto& [n, v] : s.inputs)
        if (n == name)
            return v;
    return "?";
}

bool hasReason(const StoredScore& s, const std::string& attribute)
{
    for (const StoredReason& r : s.reasons)
        if (r.attribute == attribute)
            return true;
    return false;
}

} // namespace

class TestRiskSignals : public QObject
{
    Q_OBJECT

private slots:
    void firingDaysCountOnlyDaysWithReadings()
    {
        const TimeRange window = signalWindow(kBaseMs);
        QCOMPARE(window.length(), 90 * kDayMs);
        QCOMPARE(window.toMs % kHourMs, TimestampMs(0));
        std::vector<TelemetryBucket> hours;
        // 20 days with readings, 5 of them firing: 7.5 days a month; the silent 70 days are not idle.
        for (int day = 0; day < 20; ++day)
            hours.push_back(
                {window.fromMs + day * kDayMs + 5 * kHourMs, 30, day < 5 ? 1100.0 : 60.0, 50, 12});
        QCOMPARE(*kilnFiringDaysPer30(hours, window, 1000.0), 7.5);
        hours.resize(kMinDaysWithReadings - 1);
        QVERIFY(!kilnFiringDaysPer30(hours, window, 1000.0));
    }

    void truckTrendAgainstTheEarlierMonthlyRate()
    {
        const std::vector<TruckDistances> trucks{{3000, 8000}, {1000, 0}};
        QCOMPARE(*truckActivityTrendPct(trucks), 0.0); // 4,000 km against 8,000 / 2
        const std::vector<TruckDistances> stopped{{0, 0}};
        QVERIFY(!truckActivityTrendPct(stopped));
        QVERIFY(!truckActivityTrendPct({}));
        const std::vector<TelemetryBucket> odometer{{0, 100, 110, 105, 12}, {kHourMs, 110, 130, 120, 12}};
        QCOMPARE(*distanceIn(odometer, 0, 2 * kHourMs), 30.0);
        QVERIFY(!distanceIn(odometer, 2 * kHourMs, 3 * kHourMs));
    }

    void noTelemetryIsNotKnown()
    {
        Scene sc;
        const auto scored = sc.service.preview(sc.fx.fileId);
        SAGGAR_VERIFY_OK(scored);
        QCOMPARE(input(*scored, "kiln_days"), std::string("missing"));
        QCOMPARE(input(*scored, "truck_trend"), std::string("missing"));
    }

    void busyAssetsAreReadAndStored()
    {
        Scene sc;
        simulate(sc.workspaceDir, sc.fx.kilnId, sc.fx.truckId, sc.now, 0, 300.0, 330.0);
        const auto scored = sc.service.assess(kAnalyst, sc.fx.fileId);
        SAGGAR_VERIFY_OK(scored);
        QCOMPARE(input(*scored, "kiln_days"), std::string("30"));
        const double trend = std::stod(input(*scored, "truck_trend")); // 330 km a day against 300
        QVERIFY2(trend > 9.0 && trend < 11.0, input(*scored, "truck_trend").c_str());
        // Stored with the score's inputs.
        const auto stored = sc.riskStore.latestScore(sc.fx.fileId);
        QVERIFY(stored && *stored);
        QCOMPARE(input(**stored, "kiln_days"), std::string("30"));
        QVERIFY(!hasReason(**stored, "kiln_days"));
    }

    void kilnIdleForWeeksLowersTheScoreWithTheReason()
    {
        Scene busy;
        simulate(busy.workspaceDir, busy.fx.kilnId, busy.fx.truckId, busy.now, 0, 300.0, 300.0);
        const auto busyScore = busy.service.preview(busy.fx.fileId);
        SAGGAR_VERIFY_OK(busyScore);

        Scene idle;
        simulate(idle.workspaceDir, idle.fx.kilnId, idle.fx.truckId, idle.now, 63, 300.0, 300.0);
        const auto idleScore = idle.service.assess(kAnalyst, idle.fx.fileId);
        SAGGAR_VERIFY_OK(idleScore);
        // 27 of 90 days fired (28 when the hour boundary splits a day): about 9 days a month.
        const double days = std::stod(input(*idleScore, "kiln_days"));
        QVERIFY2(days >= 9.0 && days < 9.5, input(*idleScore, "kiln_days").c_str());
        QVERIFY2(idleScore->score < busyScore->score - 20, "an idle kiln costs points");
        QVERIFY(hasReason(*idleScore, "kiln_days"));
        const auto stored = idle.riskStore.latestScore(idle.fx.fileId);
        QVERIFY(stored && *stored && hasReason(**stored, "kiln_days"));
    }
};

QTEST_GUILESS_MAIN(TestRiskSignals)
#include "tst_risk_signals.moc"
