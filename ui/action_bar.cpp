#include "action_bar.h"

#include "dialog_seam.h"
#include "display_names.h"
#include "file_controller.h"
#include "message_seam.h"
#include "reason_dialog.h"
#include "tab_support.h"

#include "core/workflow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace saggar::ui {
namespace {

// Approving above the LTV limit is a policy exception, so the approver's comment becomes a
// required justification.
bool approvalNeedsJustification(const WorkflowContext& ctx)
{
    const std::optional<double> ltv = loanToValuePct(ctx);
    return ltv && *ltv > ctx.ltvLimitPct;
}

} // namespace

ActionBar::ActionBar(FileController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_buttons(new QHBoxLayout), m_none(new QLabel(this))
{
    setObjectName(QStringLiteral("actionBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Actions:"), this);
    layout->addWidget(label);
    layout->addLayout(m_buttons);
    m_none->setObjectName(QStringLiteral("noActions"));
    m_none->setText(tr("Nothing for you to do on this file in its present state."));
    m_none->setEnabled(false);
    layout->addWidget(m_none);
    layout->addStretch(1);
}

void ActionBar::showFile(const FileView& view)
{
    // Buttons go later, not now: this may run inside the click handler of one of them.
    for (QPushButton* old : findChildren<QPushButton*>(Qt::FindDirectChildrenOnly)) {
        m_buttons->removeWidget(old);
        old->hide();
        old->setObjectName(QString());
        old->deleteLater();
    }
    m_offered.clear();
    for (WorkflowAction action : offeredActions(view.ctx, m_controller.actor())) {
        auto* b = new QPushButton(DisplayNames::workflowAction(action), this);
        b->setObjectName(QStringLiteral("action_") + QString::fromLatin1(key(action)));
        if (workflowRule(action).needsReason || action == WorkflowAction::AssessRisk ||
            action == WorkflowAction::Approve)
            b->setText(b->text() + QStringLiteral("…"));
        connect(b, &QPushButton::clicked, this, [this, action] { run(action); });
        m_buttons->addWidget(b);
        m_offered << action;
    }
    const LoanFile& file = view.detail.file;
    const Actor& me = m_controller.actor();
    const bool mayDelete =
        file.state == LoanState::Draft &&
        (me.role == Role::Manager || (me.role == Role::Analyst && me.userId == file.analystId));
    if (mayDelete) {
        auto* b = new QPushButton(tr("Delete draft…"), this);
        b->setObjectName(QStringLiteral("deleteDraft"));
        b->setToolTip(tr("Deletes this draft. It is kept as a record, leaves the lists and is deleted on the "
                         "bank's server at the next synchronisation."));
        connect(b, &QPushButton::clicked, this, &ActionBar::deleteDraft);
        m_buttons->addWidget(b);
    }
    m_none->setVisible(m_offered.isEmpty() && !mayDelete);
}

void ActionBar::deleteDraft()
{
    if (!m_controller.isOpen())
        return;
    const LoanFile& file = m_controller.view().detail.file;
    const Id fileId = file.id;
    const QString title = tr("Delete draft");
    const QString question =
        tr("Delete the draft loan file %1 (%2)? It leaves the lists on this workstation and is deleted on "
           "the bank's server at the next synchronisation. If someone changed it on the server meanwhile, "
           "the delete is refused and shown in File > Sync queue.")
            .arg(qs(file.fileNo), qs(m_controller.view().detail.enterprise.nameZh));
    if (showMessage(this, MessageKind::Question, title, question, QMessageBox::Yes | QMessageBox::No) !=
        QMessageBox::Yes)
        return;
    if (m_controller.report(this, title,
                            m_controller.files().deleteDraft(fileId, m_controller.actor().userId)))
        emit draftDeleted(fileId);
}

QPushButton* ActionBar::button(WorkflowAction action) const
{
    return findChild<QPushButton*>(QStringLiteral("action_") + QString::fromLatin1(key(action)),
                                   Qt::FindDirectChildrenOnly);
}

QString ActionBar::prompt(WorkflowAction action, const FileView& view) const
{
    switch (action) {
    case WorkflowAction::AssessRisk:
        return tr("Choose the risk grade and explain it. Grades A and B are approved automatically "
                  "(still confirmed by a manager), C and D go to manual review, E is declined.");
    case WorkflowAction::Approve: {
        const QString base =
            tr("You approve on credit memo version %1.").arg(view.ctx.memo ? view.ctx.memo->version : 0);
        if (!approvalNeedsJustification(view.ctx))
            return joinSentences(base, tr("A comment for the file is optional."));
        return joinSentences(
            base, tr("The loan is %1 % of the appraised collateral, above the %2 % limit: approving it is a "
                     "policy exception. Write your justification.")
                      .arg(QLocale().toString(loanToValuePct(view.ctx).value_or(0.0), 'f', 1),
                           QLocale().toString(view.ctx.ltvLimitPct, 'f', 0)));
    }
    case WorkflowAction::Reject:
        return tr("Write why the file is rejected; the analyst and the record will read it.");
    case WorkflowAction::OverrideDecline:
        return tr("Overriding an automatic decline is a policy exception. Write your justification; the "
                  "file goes to manual review.");
    case WorkflowAction::ReturnForRework:
        return tr("Write what has to be reworked; the file goes back to its preparer as a draft and a new "
                  "decision round starts.");
    case WorkflowAction::DeclareDefault:
        return tr("Write why the borrower is in default.");
    default:
        break;
    }
    return tr("Write why.");
}

void ActionBar::run(WorkflowAction action)
{
    if (!m_controller.isOpen())
        return;
    const FileView& view = m_controller.view();
    const Id fileId = view.detail.file.id;
    const QString title = DisplayNames::workflowAction(action);
    WorkflowRequest request;
    request.action = action;

    if (action == WorkflowAction::AssessRisk && m_controller.riskDecisions()) {
        risk::RiskDecisionService& risk = *m_controller.riskDecisions();
        const QString question =
            tr("Score loan file %1 with the application model %2? The policy rules and the score bands then "
               "route it to automatic approval, manual review or automatic decline.")
                .arg(qs(view.detail.file.fileNo), qs(risk.model().version));
        if (showMessage(this, MessageKind::Question, title, question, QMessageBox::Yes | QMessageBox::No) !=
            QMessageBox::Yes)
            return;
        const auto scored = risk.assess(m_controller.actor(), fileId);
        m_controller.report(this, title, scored ? Result<void>() : Result<void>(scored.error()));
        return;
    }
    const bool asks = workflowRule(action).needsReason || action == WorkflowAction::AssessRisk ||
                      action == WorkflowAction::Approve;
    if (!asks) {
        const QString question =
            tr("%1: loan file %2, now %3. Go ahead?")
                .arg(title, qs(view.detail.file.fileNo), DisplayNames::loanState(view.detail.file.state));
        if (showMessage(this, MessageKind::Question, title, question, QMessageBox::Yes | QMessageBox::No) !=
            QMessageBox::Yes)
            return;
        m_controller.report(this, title,
                            m_controller.workflow().perform(m_controller.actor(), fileId, request));
        return;
    }

    ReasonRequest ask;
    ask.title = title;
    ask.prompt = prompt(action, view);
    ask.draftKey = QStringLiteral("action-%1-%2").arg(QString::fromLatin1(key(action))).arg(fileId);
    ask.required = action != WorkflowAction::Approve || approvalNeedsJustification(view.ctx);
    ask.askGrade = action == WorkflowAction::AssessRisk;
    if (view.ctx.risk)
        ask.grade = view.ctx.risk->grade;
    ReasonDialog dialog(ask, this);
    dialog.setObjectName(QStringLiteral("reasonDialog"));
    if (execDialog(dialog) != QDialog::Accepted)
        return;
    if (action == WorkflowAction::AssessRisk) {
        request.grade = dialog.grade();
        request.rationale = dialog.text().toStdString();
    } else {
        request.reason = dialog.text().toStdString();
    }
    if (m_controller.report(this, title,
                            m_controller.workflow().perform(m_controller.actor(), fileId, request)))
        dialog.forgetDraft();
}

} // namespace saggar::ui
