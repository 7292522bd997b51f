#include "decision_tab.h"

#include "audit_text.h"
#include "display_names.h"
#include "file_controller.h"
#include "tab_support.h"
#include "widgets/money_format.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace saggar::ui {

DecisionTab::DecisionTab(FileController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("decisionTab"));
    auto* layout = new QVBoxLayout(this);

    auto* riskBox = new QGroupBox(tr("Risk assessment"), this);
    m_risk = new QFormLayout(riskBox);
    layout->addWidget(riskBox);

    auto* approvalBox = new QGroupBox(tr("Approval"), this);
    auto* approvalLayout = new QVBoxLayout(approvalBox);
    m_approvalSummary = new QLabel(approvalBox);
    m_approvalSummary->setObjectName(QStringLiteral("approvalSummary"));
    QFont bold = m_approvalSummary->font();
    bold.setBold(true);
    m_approvalSummary->setFont(bold);
    m_authority = new QLabel(approvalBox);
    m_authority->setObjectName(QStringLiteral("authorityNeeded"));
    m_authority->setWordWrap(true);
    m_approvals = makeTable({tr("Approver"), tr("When"), tr("Memo version"), tr("Comment")}, approvalBox);
    m_approvals->setObjectName(QStringLiteral("approvalsTable"));
    approvalLayout->addWidget(m_approvalSummary);
    approvalLayout->addWidget(m_authority);
    approvalLayout->addWidget(m_approvals);
    layout->addWidget(approvalBox, 1);

    auto* exceptionBox = new QGroupBox(tr("Policy exceptions"), this);
    auto* exceptionLayout = new QVBoxLayout(exceptionBox);
    m_exceptions = makeTable(
        {tr("Exception"), tr("Concerning"), tr("Justification"), tr("Granted by"), tr("When")}, exceptionBox);
    m_exceptions->setObjectName(QStringLiteral("exceptionsTable"));
    exceptionLayout->addWidget(m_exceptions);
    layout->addWidget(exceptionBox, 1);
}

void DecisionTab::showFile(const FileView& view)
{
    const WorkflowContext& ctx = view.ctx;
    clearForm(m_risk);
    if (ctx.risk) {
        auto* grade = valueLabel(DisplayNames::riskGrade(ctx.risk->grade));
        grade->setObjectName(QStringLiteral("riskGradeValue"));
        m_risk->addRow(tr("Grade"), grade);
        m_risk->addRow(tr("Rationale"), valueLabel(qs(ctx.risk->rationale)));
        m_risk->addRow(tr("Assessed by"),
                       valueLabel(tr("%1, %2").arg(m_controller.personName(ctx.risk->assessedBy),
                                                   formatTimestamp(ctx.risk->atMs))));
        m_risk->addRow(tr("Decision"),
                       valueLabel(DisplayNames::loanState(decisionForGrade(ctx.risk->grade))));
    } else {
        m_risk->addRow(valueLabel(tr("Not assessed yet: the grade is set after the appraisal.")));
    }

    std::vector<Approval> round;
    std::copy_if(ctx.approvals.begin(), ctx.approvals.end(), std::back_inserter(round),
                 [&](const Approval& a) { return a.round == ctx.round; });
    QString needed;
    std::optional<int> required;
    if (ctx.risk) {
        const Result<int> r = ctx.authority.approversRequired(view.detail.file.amount, ctx.risk->grade);
        if (r) {
            required = *r;
            needed =
                *r == 1
                    ? tr("Needs one manager's approval: %1 at grade %2 is within a single manager's "
                         "delegated authority.")
                          .arg(formatMoney(view.detail.file.amount), DisplayNames::riskGrade(ctx.risk->grade))
                    : tr("Needs a committee of %1 managers: %2 at grade %3 is beyond a single manager's "
                         "delegated authority.")
                          .arg(*r)
                          .arg(formatMoney(view.detail.file.amount),
                               DisplayNames::riskGrade(ctx.risk->grade));
        } else {
            needed = DisplayNames::error(r.error());
        }
    } else {
        needed = tr("The authority needed follows from the amount and the risk grade, once assessed.");
    }
    m_authority->setText(joinSentences(
        needed, tr("Nobody approves a file they prepared, a memo they wrote or a value they entered.")));
    const int given = static_cast<int>(round.size());
    m_approvalSummary->setText(
        required ? tr("Decision round %1: %2 of %3 approvals.").arg(ctx.round).arg(given).arg(*required)
                 : tr("Decision round %1: %n approval(s).", nullptr, given).arg(ctx.round));

    m_approvals->setRowCount(given);
    for (int i = 0; i < given; ++i) {
        const Approval& a = round[static_cast<size_t>(i)];
        setRow(m_approvals, i,
               {m_controller.personName(a.approverId), formatTimestamp(a.atMs),
                QString::number(a.memoVersion), qs(a.comment)});
    }
    fitColumns(m_approvals);

    m_exceptions->setRowCount(static_cast<int>(ctx.exceptions.size()));
    for (int i = 0; i < static_cast<int>(ctx.exceptions.size()); ++i) {
        const PolicyException& e = ctx.exceptions[static_cast<size_t>(i)];
        setRow(m_exceptions, i,
               {DisplayNames::exceptionKind(e.kind), AuditText::subject(e.subject, m_controller),
                qs(e.justification), m_controller.personName(e.grantedBy), formatTimestamp(e.atMs)});
    }
    fitColumns(m_exceptions);
}

} // namespace saggar::ui
