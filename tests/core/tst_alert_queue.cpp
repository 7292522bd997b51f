// The alert queue's moves: who may acknowledge, assign, escalate and resolve; the response clock with
// a clock the test moves; automatic escalation; an audit entry for every move.
#include "core/alert_queue.h"

#include <QTest>

#include <map>

using namespace saggar;

namespace {

constexpr TimestampMs kMin = 60'000;
constexpr TimestampMs kStart = 1'790'000'000'000;

const Actor kManager{5, Role::Manager, "张伟"};
const Actor kAnalyst{3, Role::Analyst, "李娜"};
const Actor kOtherAnalyst{4, Role::Analyst, "赵六"};
const Actor kAppraiser{6, Role::Appraiser, "王强"};

Alert openAlert(Id id = 1)
{
    Alert a;
    a.id = id;
    a.finding.rule = AlertRule::GeofenceExit;
    a.finding.loanFileId = 42;
    a.analystId = kAnalyst.userId;
    a.raisedAtMs = kStart;
    a.dueMs = kStart + kAlertResponseMs;
    return a;
}

// The store as a map, recording every audit entry it was asked to write.
class MemoryAlertStore : public AlertStore
{
public:
    std::map<Id, Alert> rows;
    std::vector<AuditEntry> audit;

    Result<std::vector<Alert>> alerts(const AlertFilter& filter) override
    {
        std::vector<Alert> out;
        for (const auto& [id, a] : rows)
            if (filter.includeResolved || a.state != AlertState::Resolved)
                out.push_back(a);
        return out;
    }
    Result<Alert> alert(Id id) override
    {
        auto it = rows.find(id);
        if (it == rows.end())
            return makeError("no alert", ErrorCode::NotFound);
        return it->second;
    }
    Result<std::vector<AlertEvidence>> evidence(Id) override { return std::vector<AlertEvidence>{}; }
    Result<void> apply(const AlertChange& c) override
    {
        Alert& a = rows.at(c.alertId);
        if (a.state != c.from)
            return makeError("moved", ErrorCode::Conflict);
        a.state = c.to;
        a.assigneeId = c.assigneeId;
        a.respondedAtMs = c.respondedAtMs;
        a.note = c.note;
        audit.push_back(c.audit);
        return {};
    }
};

} // namespace

class TestAlertQueue : public QObject
{
    Q_OBJECT

private slots:
    void permissions_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("actor");
        QTest::addColumn<bool>("allowed");
        const auto row = [](const char* name, AlertAction a, int who, bool ok) {
            QTest::newRow(name) << int(a) << who << ok;
        };
        // actor: 0 manager, 1 the file's analyst, 2 another analyst, 3 an appraiser, 4 the system
        row("manager acknowledges", AlertAction::Acknowledge, 0, true);
        row("file's analyst acknowledges", AlertAction::Acknowledge, 1, true);
        row("other analyst acknowledges", AlertAction::Acknowledge, 2, false);
        row("appraiser acknowledges", AlertAction::Acknowledge, 3, false);
        row("manager assigns", AlertAction::Assign, 0, true);
        row("analyst assigns", AlertAction::Assign, 1, false);
        row("system escalates", AlertAction::Escalate, 4, true);
        row("analyst escalates", AlertAction::Escalate, 1, false);
        row("manager resolves", AlertAction::Resolve, 0, true);
        row("file's analyst resolves", AlertAction::Resolve, 1, true);
        row("other analyst resolves", AlertAction::Resolve, 2, false);
    }
    void permissions()
    {
        QFETCH(int, action);
        QFETCH(int, actor);
        QFETCH(bool, allowed);
        const Actor actors[] = {kManager, kAnalyst, kOtherAnalyst, kAppraiser, systemActor()};
        const auto c =
            decideAlertAction(openAlert(), static_cast<AlertAction>(action), actors[actor], kStart + kMin,
                              kAppraiser.userId, "Called the driver; back on route.");
        QCOMPARE(c.ok(), allowed);
        if (!allowed)
            QCOMPARE(c.error().code, int(ErrorCode::Forbidden));
    }

    void movesAndTheirAudit()
    {
        auto ack = decideAlertAction(openAlert(), AlertAction::Acknowledge, kManager, kStart + 5 * kMin);
        QVERIFY(ack);
        QCOMPARE(ack->to, AlertState::Acknowledged);
        QCOMPARE(ack->respondedAtMs, kStart + 5 * kMin);
        QCOMPARE(ack->audit.kind, AuditKind::Alert);
        QCOMPARE(ack->audit.subject, std::string("alert:1"));
        QCOMPARE(ack->audit.before, std::string("open"));
        QCOMPARE(ack->audit.after, std::string("acknowledged"));
        QCOMPARE(ack->audit.loanFileId, Id(42));
        QCOMPARE(ack->audit.actorId, kManager.userId);

        QVERIFY(!decideAlertAction(openAlert(), AlertAction::Assign, kManager, kStart, 0)); // to nobody
        auto assign =
            decideAlertAction(openAlert(), AlertAction::Assign, kManager, kStart, kAppraiser.userId);
        QVERIFY(assign);
        QCOMPARE(assign->assigneeId, kAppraiser.userId);
        QCOMPARE(assign->respondedAtMs, kStart); // an assignment answers the alert too

        // The assignee may now resolve it, with a note.
        Alert assigned = openAlert();
        assigned.state = AlertState::Assigned;
        assigned.assigneeId = kAppraiser.userId;
        assigned.respondedAtMs = kStart;
        const auto noNote =
            decideAlertAction(assigned, AlertAction::Resolve, kAppraiser, kStart, 0, "  ok  ");
        QVERIFY(!noNote);
        QCOMPARE(noNote.error().code, int(ErrorCode::InvalidInput));
        auto resolved = decideAlertAction(assigned, AlertAction::Resolve, kAppraiser, kStart, 0,
                                          "  Inspected: tracker reseated. ");
        QVERIFY(resolved);
        QCOMPARE(resolved->note, std::string("Inspected: tracker reseated."));
        QCOMPARE(resolved->audit.reason, resolved->note);

        Alert done = assigned;
        done.state = AlertState::Resolved;
        for (AlertAction a :
             {AlertAction::Acknowledge, AlertAction::Assign, AlertAction::Escalate, AlertAction::Resolve})
            QVERIFY(!decideAlertAction(done, a, kManager, kStart, 5, "a long enough note"));
    }

    void responseClock()
    {
        Alert a = openAlert();
        QCOMPARE(*responseTimeLeft(a, kStart), kAlertResponseMs);
        QCOMPARE(*responseTimeLeft(a, kStart + 31 * kMin), -kMin);
        QVERIFY(!isOverdue(a, kStart + 29 * kMin));
        QVERIFY(isOverdue(a, kStart + 30 * kMin));
        a.respondedAtMs = kStart + kMin; // answered: the clock stops
        QVERIFY(!responseTimeLeft(a, kStart + 40 * kMin));
        QVERIFY(!isOverdue(a, kStart + 40 * kMin));
    }

    void escalatesWhenTheClockRunsOut()
    {
        MemoryAlertStore store;
        store.rows[1] = openAlert(1);
        store.rows[2] = openAlert(2);
        store.rows[2].raisedAtMs = kStart + 10 * kMin;
        store.rows[2].dueMs = kStart + 40 * kMin;
        store.rows[3] = openAlert(3);
        ManualClock clock(kStart);
        AlertService service(store, clock);
        QVERIFY(service.act(3, AlertAction::Acknowledge, kManager));

        clock.advance(29 * kMin);
        QCOMPARE(*service.escalateOverdue(), 0);
        clock.advance(kMin);
        QCOMPARE(*service.escalateOverdue(), 1);
        QCOMPARE(store.rows[1].state, AlertState::Escalated);
        QCOMPARE(store.rows[2].state, AlertState::Open);
        QCOMPARE(store.rows[3].state, AlertState::Acknowledged); // answered in time
        QCOMPARE(*service.escalateOverdue(), 0);                 // once only
        clock.advance(10 * kMin);
        QCOMPARE(*service.escalateOverdue(), 1);
        QCOMPARE(store.rows[2].state, AlertState::Escalated);

        // Every move left an audit entry: one acknowledgement and two escalations by the system.
        QCOMPARE(store.audit.size(), std::size_t(3));
        QCOMPARE(store.audit[1].actorId, Id(0));
        QCOMPARE(store.audit[1].after, std::string("escalated"));
        QCOMPARE(store.audit[1].reason, std::string("response_clock_expired"));
        QCOMPARE(store.audit[1].atMs, kStart + 30 * kMin);

        // An escalated alert can still be answered and resolved.
        QVERIFY(service.act(1, AlertAction::Assign, kManager, kAnalyst.userId));
        QVERIFY(service.act(1, AlertAction::Resolve, kAnalyst, 0, "Driver confirmed a delivery to Wuhan."));
        QCOMPARE(store.rows[1].state, AlertState::Resolved);
        QCOMPARE(store.audit.size(), std::size_t(5));
    }

    void keys()
    {
        for (AlertRule r : allAlertRules())
            QCOMPARE(fromKey<AlertRule>(key(r)), std::optional<AlertRule>(r));
        QCOMPARE(allAlertRules().size(), std::size_t(7));
        QCOMPARE(fromKey<AlertState>("escalated"), std::optional<AlertState>(AlertState::Escalated));
        QVERIFY(!fromKey<AlertSeverity>("urgent"));
        QCOMPARE(key(AuditKind::Alert), std::string_view("alert"));
    }
};

QTEST_APPLESS_MAIN(TestAlertQueue)
#include "tst_alert_queue.moc"
