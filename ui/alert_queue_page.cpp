#include "alert_queue_page.h"

#include "alert_assign_dialog.h"
#include "alert_notifier.h"
#include "alert_text.h"
#include "dialog_seam.h"
#include "display_names.h"
#include "reason_dialog.h"
#include "tab_support.h"
#include "widgets/money_format.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace saggar::ui {

AlertQueuePage::AlertQueuePage(AlertService& service, const Actor& actor, std::vector<User> staff,
                               QWidget* parent)
    : QWidget(parent), m_service(service), m_actor(actor), m_staff(std::move(staff)),
      m_count(new QLabel(this)), m_showResolved(new QCheckBox(tr("Show resolved"), this)),
      m_description(new QLabel(this)), m_status(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("alertQueuePage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Alerts"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    auto* explanation = new QLabel(
        actor.role == Role::Manager
            ? tr("Early warnings from the telemetry of pledged trucks and kilns and from loan-to-value. "
                 "Answer each within 30 minutes — acknowledge it or assign it — or it is escalated.")
            : tr("Early warnings on the loan files you prepared. Answer each within 30 minutes or it "
                 "is escalated to the managers."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* bar = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("alertCount"));
    m_showResolved->setObjectName(QStringLiteral("showResolvedAlerts"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshAlerts"));
    bar->addWidget(m_count, 1);
    bar->addWidget(m_showResolved);
    bar->addWidget(refreshButton);
    layout->addLayout(bar);

    m_table = makeTable({tr("Severity"), tr("Warning"), tr("File number"), tr("Enterprise"), tr("Asset"),
                         tr("Since"), tr("State"), tr("Response clock"), tr("Assigned to")},
                        this);
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_description->setObjectName(QStringLiteral("alertDescription"));
    m_description->setWordWrap(true);
    detailLayout->addWidget(m_description);
    auto* buttons = new QHBoxLayout;
    m_acknowledge = new QPushButton(tr("Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlert"));
    m_assign = new QPushButton(tr("Assign…"), this);
    m_assign->setObjectName(QStringLiteral("assignAlert"));
    m_resolve = new QPushButton(tr("Resolve…"), this);
    m_resolve->setObjectName(QStringLiteral("resolveAlert"));
    m_openFile = new QPushButton(tr("Open loan file"), this);
    m_openFile->setObjectName(QStringLiteral("openAlertFile"));
    for (QPushButton* b : {m_acknowledge, m_assign, m_resolve, m_openFile})
        buttons->addWidget(b);
    buttons->addStretch(1);
    detailLayout->addLayout(buttons);
    m_status->setObjectName(QStringLiteral("alertStatus"));
    m_status->setWordWrap(true);
    detailLayout->addWidget(m_status);
    detailLayout->addWidget(sectionHeading(tr("Evidence"), this));
    m_evidence = makeTable({tr("What"), tr("Reading"), tr("Time"), tr("Value")}, this);
    m_evidence->setObjectName(QStringLiteral("alertEvidence"));
    detailLayout->addWidget(m_evidence, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(refreshButton, &QPushButton::clicked, this, &AlertQueuePage::refresh);
    connect(m_showResolved, &QCheckBox::toggled, this, &AlertQueuePage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AlertQueuePage::showDetail);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < static_cast<int>(m_alerts.size()))
            emit openFileRequested(m_alerts[static_cast<std::size_t>(row)].finding.loanFileId);
    });
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertQueuePage::acknowledge);
    connect(m_assign, &QPushButton::clicked, this, &AlertQueuePage::assign);
    connect(m_resolve, &QPushButton::clicked, this, &AlertQueuePage::resolve);
    connect(m_openFile, &QPushButton::clicked, this, [this] {
        if (const Alert* a = selected())
            emit openFileRequested(a->finding.loanFileId);
    });
    connect(m_timer, &QTimer::timeout, this, &AlertQueuePage::tick);
    m_timer->start(1000);
    updateButtons();
}

void AlertQueuePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QString AlertQueuePage::personName(Id id) const
{
    for (const User& u : m_staff)
        if (u.id == id)
            return qs(u.displayName);
    return id ? QStringLiteral("#%1").arg(id) : QString();
}

int AlertQueuePage::rowOf(Id alertId) const
{
    for (std::size_t i = 0; i < m_alerts.size(); ++i)
        if (m_alerts[i].id == alertId)
            return static_cast<int>(i);
    return -1;
}

void AlertQueuePage::selectAlert(Id alertId)
{
    if (const int row = rowOf(alertId); row >= 0)
        m_table->selectRow(row);
}

Id AlertQueuePage::selectedAlertId() const
{
    const Alert* a = selected();
    return a ? a->id : 0;
}

const Alert* AlertQueuePage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.front().row();
    return row < static_cast<int>(m_alerts.size()) ? &m_alerts[static_cast<std::size_t>(row)] : nullptr;
}

void AlertQueuePage::refresh()
{
    const Id keep = selectedAlertId();
    AlertFilter filter;
    filter.includeResolved = m_showResolved->isChecked();
    if (m_actor.role != Role::Manager)
        filter.analystId = m_actor.userId;
    auto alerts = m_service.store().alerts(filter);
    if (!alerts) {
        m_count->setText(tr("The alerts could not be listed: %1").arg(DisplayNames::error(alerts.error())));
        return;
    }
    m_alerts = std::move(alerts).value();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_alerts.size()));
    int open = 0;
    for (int i = 0; i < static_cast<int>(m_alerts.size()); ++i) {
        const Alert& a = m_alerts[static_cast<std::size_t>(i)];
        open += a.state != AlertState::Resolved;
        setRow(m_table, i,
               {AlertText::severity(a.finding.severity), AlertText::rule(a.finding.rule), qs(a.fileNo),
                qs(a.enterpriseName), AlertText::subject(a), formatTimestamp(a.finding.startedMs),
                AlertText::state(a.state), QString(), personName(a.assigneeId)});
        if (a.finding.severity == AlertSeverity::High)
            m_table->item(i, SeverityColumn)->setForeground(warningColour());
        if (a.state == AlertState::Escalated)
            m_table->item(i, StateColumn)->setForeground(warningColour());
        m_table->item(i, RuleColumn)->setToolTip(AlertText::description(a.finding));
    }
    updateClocks();
    fitColumns(m_table, 32);
    m_table->horizontalHeader()->setSectionResizeMode(EnterpriseColumn, QHeaderView::Stretch);
    m_count->setText(m_alerts.empty() ? tr("No alerts.")
                                      : tr("%n alert(s) not yet resolved.", nullptr, open));
    if (keep)
        selectAlert(keep);
    showDetail();
    notifyNewHighAlerts();
}

void AlertQueuePage::notifyNewHighAlerts()
{
    QStringList fresh;
    for (const Alert& a : m_alerts) {
        if (a.finding.severity != AlertSeverity::High || a.state == AlertState::Resolved ||
            m_seenHigh.contains(a.id))
            continue;
        m_seenHigh.insert(a.id);
        fresh << tr("%1 — %2, %3").arg(AlertText::rule(a.finding.rule), qs(a.fileNo), AlertText::subject(a));
    }
    if (fresh.isEmpty())
        return;
    const QString title =
        m_loadedOnce ? tr("%n new high-severity alert(s)", nullptr, static_cast<int>(fresh.size()))
                     : tr("%n high-severity alert(s) waiting", nullptr, static_cast<int>(fresh.size()));
    m_loadedOnce = true;
    notifyDesktop(title, fresh.mid(0, 3).join(QLatin1Char('\n')));
}

void AlertQueuePage::updateClocks()
{
    const TimestampMs now = m_service.clock().nowMs();
    for (int i = 0; i < m_table->rowCount() && i < static_cast<int>(m_alerts.size()); ++i) {
        const Alert& a = m_alerts[static_cast<std::size_t>(i)];
        QTableWidgetItem* item = m_table->item(i, ClockColumn);
        if (!item)
            continue;
        item->setText(AlertText::clock(a, now));
        const auto left = responseTimeLeft(a, now);
        item->setForeground(left && *left < 5 * 60 * 1000 ? warningColour() : palette().text().color());
    }
}

void AlertQueuePage::tick()
{
    auto escalated = m_service.escalateOverdue();
    if (escalated && *escalated > 0)
        refresh();
    else
        updateClocks();
}

void AlertQueuePage::showDetail()
{
    const Alert* a = selected();
    m_evidence->setRowCount(0);
    if (!a) {
        m_description->setText(m_alerts.empty() ? QString() : tr("Choose an alert to see its evidence."));
        updateButtons();
        return;
    }
    QString text = QStringLiteral("<b>%1</b> — %2")
                       .arg(AlertText::rule(a->finding.rule).toHtmlEscaped(),
                            AlertText::description(a->finding).toHtmlEscaped());
    if (!a->note.empty())
        text += QStringLiteral("<br>") + tr("Resolution: %1").arg(qs(a->note).toHtmlEscaped());
    m_description->setText(text);
    auto evidence = m_service.store().evidence(a->id);
    if (evidence) {
        m_evidence->setRowCount(static_cast<int>(evidence->size()));
        for (int i = 0; i < static_cast<int>(evidence->size()); ++i) {
            const AlertEvidence& e = (*evidence)[static_cast<std::size_t>(i)];
            const bool money = e.label == "loan" || e.label == "value";
            const bool heard = e.label == "last_heard" || e.label == "heard_again"; // a time, no value
            const QString subject = e.assetId == 0               ? QString()
                                    : e.kind == AssetKind::Truck ? tr("Truck #%1").arg(e.assetId)
                                                                 : tr("Kiln #%1").arg(e.assetId);
            const QString reading = e.channel ? AlertText::channel(e.channel) : subject;
            setRow(m_evidence, i,
                   {AlertText::evidenceLabel(e.label), reading,
                    e.channel ? formatTimestamp(e.tMs) : QString(),
                    heard   ? QString()
                    : money ? formatMoney(Money::fromFen(static_cast<std::int64_t>(e.value * 100.0)))
                            : QString::number(e.value, 'f', e.channel == 1 || e.channel == 2 ? 5 : 1)});
            m_evidence->item(i, 3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        fitColumns(m_evidence);
    } else {
        m_status->setText(DisplayNames::error(evidence.error()));
    }
    updateButtons();
}

void AlertQueuePage::updateButtons()
{
    const Alert* a = selected();
    m_acknowledge->setEnabled(a && mayActOn(*a, AlertAction::Acknowledge, m_actor));
    m_assign->setEnabled(a && mayActOn(*a, AlertAction::Assign, m_actor));
    m_resolve->setEnabled(a && mayActOn(*a, AlertAction::Resolve, m_actor));
    m_openFile->setEnabled(a != nullptr);
    m_assign->setVisible(m_actor.role == Role::Manager);
}

void AlertQueuePage::act(AlertAction action, Id assignee, const std::string& note)
{
    const Alert* a = selected();
    if (!a)
        return;
    const Id id = a->id;
    auto done = m_service.act(id, action, m_actor, assignee, note);
    if (!done) {
        setBanner(m_status, DisplayNames::error(done.error()), true);
        refresh();
        return;
    }
    m_status->clear();
    m_status->setStyleSheet(QString());
    refresh();
    selectAlert(id);
}

void AlertQueuePage::acknowledge()
{
    act(AlertAction::Acknowledge);
}

void AlertQueuePage::assign()
{
    const Alert* a = selected();
    if (!a)
        return;
    AlertAssignDialog dialog(m_staff, a->assigneeId, this);
    if (execDialog(dialog) != QDialog::Accepted || dialog.assignee() == 0)
        return;
    act(AlertAction::Assign, dialog.assignee());
}

void AlertQueuePage::resolve()
{
    const Alert* a = selected();
    if (!a)
        return;
    ReasonRequest request;
    request.title = tr("Resolve the alert");
    request.prompt =
        tr("What did you find, and what was done? The note is kept with the alert and in the file's "
           "history.");
    request.draftKey = QStringLiteral("alert-resolve-%1").arg(a->id);
    ReasonDialog dialog(request, this);
    if (execDialog(dialog) != QDialog::Accepted)
        return;
    const std::string note = dialog.text().toStdString();
    dialog.forgetDraft();
    act(AlertAction::Resolve, 0, note);
}

} // namespace saggar::ui
