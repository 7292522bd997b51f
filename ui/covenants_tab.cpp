#include "covenants_tab.h"

#include "covenant_dialog.h"
#include "dialog_seam.h"
#include "display_names.h"
#include "file_controller.h"
#include "ltv_panel.h"
#include "reason_dialog.h"
#include "tab_support.h"
#include "widgets/money_format.h"

#include "core/workflow.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saggar::ui {
namespace {

QString thresholdText(const Covenant& c)
{
    const QString number =
        QLocale().toString(c.threshold, 'f', c.threshold == static_cast<int>(c.threshold) ? 0 : 1);
    switch (c.metric) {
    case CovenantMetric::Custom:
        return {};
    case CovenantMetric::TrackerOnlinePct:
        return QStringLiteral("≥ %1 %").arg(number);
    case CovenantMetric::KilnOperatingDaysPerMonth:
        return CovenantsTab::tr("≥ %1 days").arg(number);
    case CovenantMetric::LoanToValuePct:
        return QStringLiteral("≤ %1 %").arg(number);
    }
    return {};
}

} // namespace

CovenantsTab::CovenantsTab(FileController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("covenantsTab"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("covenantSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = makeTable({tr("Kind"), tr("Description"), tr("Measured by"), tr("Threshold"), tr("Status"),
                         tr("Note"), tr("Updated")},
                        this);
    m_table->setObjectName(QStringLiteral("covenantsTable"));
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add…"), this);
    m_add->setObjectName(QStringLiteral("addCovenant"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editCovenant"));
    m_waive = new QPushButton(tr("Waive…"), this);
    m_waive->setObjectName(QStringLiteral("waiveCovenant"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_waive);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_ltv = new LtvPanel(this);
    layout->addWidget(m_ltv, 2);

    connect(m_add, &QPushButton::clicked, this, &CovenantsTab::addCovenant);
    connect(m_edit, &QPushButton::clicked, this, &CovenantsTab::editSelected);
    connect(m_waive, &QPushButton::clicked, this, &CovenantsTab::waiveSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CovenantsTab::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &CovenantsTab::editSelected);
}

void CovenantsTab::showFile(const FileView& view)
{
    const WorkflowContext& ctx = view.ctx;
    const auto keep = selected() ? selected()->id : 0;
    m_ltv->showFile(m_controller.valuations(), view.detail.file.id, QDateTime::currentMSecsSinceEpoch());
    const auto& ltvNow = m_ltv->current();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(ctx.covenants.size()));
    int open = 0;
    for (int i = 0; i < static_cast<int>(ctx.covenants.size()); ++i) {
        const Covenant& c = ctx.covenants[static_cast<size_t>(i)];
        if (c.kind == CovenantKind::ConditionPrecedent && c.status != CovenantStatus::Met &&
            c.status != CovenantStatus::Waived)
            ++open;
        setRow(m_table, i,
               {DisplayNames::covenantKind(c.kind), qs(c.description), DisplayNames::covenantMetric(c.metric),
                thresholdText(c), DisplayNames::covenantStatus(c.status), qs(c.note),
                formatDate(c.updatedAtMs)});
        m_table->item(i, 0)->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(c.id));
        // An LTV covenant the LTV now exceeds is breached, whatever status was last recorded by hand.
        if (c.metric == CovenantMetric::LoanToValuePct && c.kind == CovenantKind::Covenant &&
            c.status != CovenantStatus::Waived && ltvNow && ltvNow->ltvPct > c.threshold) {
            m_table->item(i, 4)->setText(
                (ltvNow->typedValued == 0   ? tr("Breached: LTV %1 % on model valuations")
                 : ltvNow->modelValued == 0 ? tr("Breached: LTV %1 % on typed appraised values")
                                            : tr("Breached: LTV %1 % on model and typed values"))
                    .arg(QLocale().toString(ltvNow->ltvPct, 'f', 1)));
            m_table->item(i, 4)->setForeground(warningColour());
        }
        if (c.status == CovenantStatus::Breached)
            m_table->item(i, 4)->setForeground(warningColour());
        if (c.id == keep)
            m_table->selectRow(i);
    }
    fitColumns(m_table);
    if (ctx.covenants.empty())
        m_summary->setText(tr("No condition or covenant yet."));
    else if (open > 0)
        m_summary->setText(
            tr("%n condition(s) precedent still to be met or waived before disbursement.", nullptr, open));
    else
        m_summary->setText(tr("Every condition precedent is met or waived."));

    // A well-formed new condition, so the rules answer whether one may be added at all.
    Covenant blank;
    blank.loanFileId = view.detail.file.id;
    blank.description = "?";
    m_definitionsOpen =
        notForbidden(evaluateCovenant(ctx, m_controller.actor(), CovenantRequest{blank, {}}, 0));
    m_add->setVisible(m_definitionsOpen);
    // Status updates outlive definitions (after disbursement): probe with a changed note.
    bool canUpdate = m_definitionsOpen;
    if (!ctx.covenants.empty()) {
        Covenant probe = ctx.covenants.front();
        probe.note += " ";
        canUpdate = notForbidden(evaluateCovenant(ctx, m_controller.actor(), CovenantRequest{probe, {}}, 0));
    }
    m_edit->setVisible(canUpdate);
    m_waive->setVisible(canUpdate && m_controller.actor().role == Role::Manager);
    updateButtons();
}

const Covenant* CovenantsTab::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_controller.isOpen())
        return nullptr;
    const Id id = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    for (const Covenant& c : m_controller.view().ctx.covenants)
        if (c.id == id)
            return &c;
    return nullptr;
}

void CovenantsTab::updateButtons()
{
    const Covenant* c = selected();
    m_edit->setEnabled(c != nullptr);
    if (!c || c->status == CovenantStatus::Waived) {
        m_waive->setEnabled(false);
        m_waive->setToolTip(QString());
        return;
    }
    CovenantRequest probe{*c, {}};
    probe.covenant.status = CovenantStatus::Waived;
    const auto evaluated = evaluateCovenant(m_controller.view().ctx, m_controller.actor(), probe, 0);
    m_waive->setEnabled(notForbidden(evaluated));
    m_waive->setToolTip(notForbidden(evaluated) ? QString() : DisplayNames::error(evaluated.error()));
}

void CovenantsTab::addCovenant()
{
    if (!m_controller.isOpen())
        return;
    Covenant fresh;
    fresh.loanFileId = m_controller.fileId();
    edit(fresh);
}

void CovenantsTab::editSelected()
{
    if (const Covenant* c = selected(); c && m_edit->isVisibleTo(this))
        edit(*c);
}

void CovenantsTab::edit(const Covenant& covenant)
{
    CovenantDialog dialog(covenant, m_definitionsOpen, this);
    dialog.setObjectName(QStringLiteral("covenantDialog"));
    if (execDialog(dialog) != QDialog::Accepted)
        return;
    CovenantRequest request;
    request.covenant = dialog.covenant();
    if (m_controller.report(
            this, tr("Condition not saved"),
            m_controller.workflow().saveCovenant(m_controller.actor(), m_controller.fileId(), request)))
        dialog.forgetDraft();
}

void CovenantsTab::waiveSelected()
{
    const Covenant* c = selected();
    if (!c)
        return;
    CovenantRequest request;
    request.covenant = *c;
    request.covenant.status = CovenantStatus::Waived;
    ReasonRequest ask;
    ask.title = tr("Waive condition");
    ask.prompt = tr("Waiving “%1” is a policy exception recorded with your name. Write why the loan can "
                    "proceed without it.")
                     .arg(qs(c->description));
    ask.draftKey = QStringLiteral("waive-covenant-%1").arg(c->id);
    ReasonDialog dialog(ask, this);
    dialog.setObjectName(QStringLiteral("reasonDialog"));
    if (execDialog(dialog) != QDialog::Accepted)
        return;
    request.justification = dialog.text().toStdString();
    if (m_controller.report(
            this, tr("Condition not waived"),
            m_controller.workflow().saveCovenant(m_controller.actor(), m_controller.fileId(), request)))
        dialog.forgetDraft();
}

} // namespace saggar::ui
