// The alert queue on a real workspace store with a clock the test moves: alerts listed highest
// severity first with their response clock, evidence shown, acknowledge, assign and resolve through
// the seams, automatic escalation when the clock runs out, a notification for high severity, and an
// audit entry on the loan file for every change.
#include "seam_answers.h"
#include "test_workspace.h"

#include "core/alert_queue.h"
#include "core/audit_chain.h"
#include "storage/audit_repository.h"
#include "storage/sqlite_alert_store.h"
#include "ui/alert_assign_dialog.h"
#include "ui/alert_notifier.h"
#include "ui/alert_queue_page.h"
#include "ui/reason_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace saggar;

namespace {

constexpr TimestampMs kMin = 60'000;
constexpr TimestampMs kStart = 1'790'000'000'000;

AlertFinding geofence(Id fileId, Id truckId)
{
    AlertFinding f;
    f.rule = AlertRule::GeofenceExit;
    f.severity = AlertSeverity::High;
    f.asset = AssetRef{AssetKind::Truck, truckId};
    f.loanFileId = fileId;
    f.startedMs = kStart - 3 * 60 * kMin;
    f.lastSeenMs = kStart - 10 * kMin;
    f.measure = 312.0;
    f.limit = 200.0;
    f.detail = "outside";
    f.evidence = {{"first_outside", AssetKind::Truck, truckId, 1, f.startedMs, 25.9},
                  {"first_outside", AssetKind::Truck, truckId, 2, f.startedMs, 113.1}};
    return f;
}

AlertFinding ltv(Id fileId)
{
    AlertFinding f;
    f.rule = AlertRule::LtvBreach;
    f.severity = AlertSeverity::Medium;
    f.loanFileId = fileId;
    f.startedMs = f.lastSeenMs = kStart;
    f.measure = 86.0;
    f.limit = 80.0;
    f.evidence = {{"loan", AssetKind::Truck, 0, 0, kStart, 860'000.0}};
    return f;
}

} // namespace

class TestAlertQueuePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<test::TestWorkspace>();
        QVERIFY(m_ws->ok());
        const LoanFile& file = m_ws->snapshot.files.front();
        m_fileId = file.id;
        m_analyst = file.analystId;
        for (const User& u : m_ws->snapshot.users) {
            if (u.role == Role::Manager && !m_manager.userId)
                m_manager = Actor{u.id, u.role, u.displayName};
            if (u.role == Role::Appraiser && !m_appraiser)
                m_appraiser = u.id;
        }
        QVERIFY(m_manager.userId && m_appraiser && m_analyst);
        ui::setNotifyHandler(
            [this](const QString& title, const QString& text) { m_notes << title + "|" + text; });
    }
    void cleanupTestCase() { ui::setNotifyHandler({}); }

    void workTheQueue()
    {
        Database& db = m_ws->workspace->db();
        SqliteAlertStore store(db);
        const AlertFinding findings[] = {ltv(m_fileId), geofence(m_fileId, 1)};
        auto stored = store.upsert(findings, kStart);
        QVERIFY(stored);
        QCOMPARE(stored->raised, 2);
        auto again = store.upsert(findings, kStart + kMin); // the same findings: no new alerts
        QVERIFY(again);
        QCOMPARE(again->raised, 0);

        auto history = readStoredHistory(db, m_fileId);
        QVERIFY(history);
        const std::size_t before = history->entries.size();
        QCOMPARE(history->entries.back().kind, AuditKind::Alert);
        QCOMPARE(history->entries.back().after, std::string("open"));

        ManualClock clock(kStart + 5 * kMin);
        AlertService service(store, clock);
        testing_support::SeamAnswers answers;
        answers.install();
        std::vector<User> staff = m_ws->snapshot.users;
        ui::AlertQueuePage page(service, m_manager, staff);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QCOMPARE(page.table()->rowCount(), 2);
        QCOMPARE(page.alerts()[0].finding.rule, AlertRule::GeofenceExit); // high before medium
        QCOMPARE(page.table()->item(0, ui::AlertQueuePage::ClockColumn)->text(),
                 QStringLiteral("25:00 left"));
        QCOMPARE(m_notes.size(), 1); // the high-severity alert, once
        QVERIFY(m_notes[0].contains(QStringLiteral("Left its geofence")));

        // Evidence of the selected alert.
        page.selectAlert(page.alerts()[0].id);
        QCOMPARE(page.evidenceTable()->rowCount(), 2);
        QCOMPARE(page.evidenceTable()->item(0, 0)->text(), QStringLiteral("First outside"));
        const Id geofenceId = page.alerts()[0].id, ltvId = page.alerts()[1].id;

        // Acknowledge: the clock stops.
        auto* ack = page.findChild<QPushButton*>(QStringLiteral("acknowledgeAlert"));
        QVERIFY(ack->isEnabled());
        QTest::mouseClick(ack, Qt::LeftButton);
        QCOMPARE(page.alerts()[page.rowOf(geofenceId)].state, AlertState::Acknowledged);
        QCOMPARE(page.table()->item(page.rowOf(geofenceId), ui::AlertQueuePage::ClockColumn)->text(),
                 QStringLiteral("Answered"));

        // The clock runs out on the other one: escalated and shown so.
        clock.advance(26 * kMin);
        page.tick();
        QCOMPARE(page.table()->item(page.rowOf(ltvId), ui::AlertQueuePage::StateColumn)->text(),
                 QStringLiteral("Escalated"));
        QVERIFY(page.table()
                    ->item(page.rowOf(ltvId), ui::AlertQueuePage::ClockColumn)
                    ->text()
                    .startsWith("Overdue"));
        QCOMPARE(page.alerts()[page.rowOf(geofenceId)].state, AlertState::Acknowledged); // answered in time

        // Assign the escalated one to the appraiser.
        page.selectAlert(ltvId);
        answers.dialogs.push_back([this](QDialog& d) {
            auto& dialog = dynamic_cast<ui::AlertAssignDialog&>(d);
            dialog.personBox()->setCurrentIndex(
                dialog.personBox()->findData(QVariant::fromValue<qlonglong>(m_appraiser)));
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("assignAlert")), Qt::LeftButton);
        QCOMPARE(page.alerts()[page.rowOf(ltvId)].state, AlertState::Assigned);
        QCOMPARE(page.alerts()[page.rowOf(ltvId)].assigneeId, m_appraiser);

        // Resolve with a note; a too-short note is not accepted by the dialog's OK.
        page.selectAlert(geofenceId);
        answers.dialogs.push_back([](QDialog& d) {
            auto& dialog = dynamic_cast<ui::ReasonDialog&>(d);
            dialog.textEdit()->setPlainText(QStringLiteral("ok"));
            if (dialog.okButton()->isEnabled())
                return int(QDialog::Rejected); // would let an empty resolution through
            dialog.textEdit()->setPlainText(
                QStringLiteral("Driver delivered to a customer in Ganzhou; back."));
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("resolveAlert")), Qt::LeftButton);
        QCOMPARE(answers.unexpectedDialogs, 0);
        QCOMPARE(page.rowOf(geofenceId), -1); // resolved alerts leave the queue…
        page.findChild<QCheckBox*>(QStringLiteral("showResolvedAlerts"))->setChecked(true);
        QVERIFY(page.rowOf(geofenceId) >= 0); // …unless asked for
        auto resolved = store.alert(geofenceId);
        QVERIFY(resolved);
        QCOMPARE(resolved->state, AlertState::Resolved);
        QCOMPARE(resolved->note, std::string("Driver delivered to a customer in Ganzhou; back."));

        // Every change is on the file's audit chain: acknowledge, escalate, assign, resolve.
        history = readStoredHistory(db, m_fileId);
        QVERIFY(history);
        QCOMPARE(history->entries.size(), before + 4);
        const auto& e = history->entries;
        QCOMPARE(e[before].after, std::string("acknowledged"));
        QCOMPARE(e[before].actorId, m_manager.userId);
        QCOMPARE(e[before + 1].after, std::string("escalated"));
        QCOMPARE(e[before + 1].actorId, Id(0));
        QCOMPARE(e[before + 2].after, std::string("assigned"));
        QCOMPARE(e[before + 3].after, std::string("resolved"));
        QCOMPARE(e[before + 3].reason, resolved->note);
        QCOMPARE(verifyAuditChain(e, history->head.seq, history->head.hashHex).problem, ChainProblem::None);

        // Double-click opens the loan file.
        QSignalSpy open(&page, &ui::AlertQueuePage::openFileRequested);
        emit page.table()->cellActivated(0, 0);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open[0][0].value<Id>(), m_fileId);
        testing_support::SeamAnswers::uninstall();
    }

    void analystSeesOnlyTheirFiles()
    {
        SqliteAlertStore store(m_ws->workspace->db());
        ManualClock clock(kStart);
        AlertService service(store, clock);
        ui::AlertQueuePage own(service, Actor{m_analyst, Role::Analyst, "a"}, m_ws->snapshot.users);
        own.refresh();
        QVERIFY(own.table()->rowCount() >= 1);
        Id other = 0;
        for (const User& u : m_ws->snapshot.users)
            if (u.role == Role::Analyst && u.id != m_analyst)
                other = u.id;
        QVERIFY(other);
        ui::AlertQueuePage theirs(service, Actor{other, Role::Analyst, "b"}, m_ws->snapshot.users);
        theirs.refresh();
        for (const Alert& a : theirs.alerts())
            QCOMPARE(a.analystId, other);
        QVERIFY(!own.findChild<QPushButton*>(QStringLiteral("assignAlert"))->isVisibleTo(&own));
    }

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    Id m_fileId = 0, m_analyst = 0, m_appraiser = 0;
    Actor m_manager;
    QStringList m_notes;
};

QTEST_MAIN(TestAlertQueuePage)
#include "tst_alert_queue_page.moc"
