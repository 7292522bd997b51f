#include "decision_tab.h"

#include "audit_text.h"
#include "display_names.h"
#include "file_controller.h"
#include "risk_text.h"
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

void DecisionTab::showScore(const risk::StoredScore& score)
{
    auto* points = valueLabel(tr("%1 points (model %2; bands: decline below %3, approve from %4)")
                                  .arg(RiskText::score(score.score), qs(score.modelVersion),
                                       RiskText::score(score.bands.declineBelow),
                                       RiskText::score(score.bands.approveFrom)));
    points->setObjectName(QStringLiteral("riskScoreValue"));
    QStringList inputs;
    for (const auto& [name, value] : score.inputs)
        inputs << tr("%1: %2").arg(RiskText::attribute(name), RiskText::value(name, value));
    points->setToolTip(tr("Inputs of the score:\n%1").arg(inputs.join(QLatin1Char('\n'))));
    m_risk->addRow(tr("Score"), points);
    m_risk->addRow(tr("Route"),
                   valueLabel(score.route == score.bandRoute ? RiskText::route(score.route)
                                                             : tr("%1 (the score alone: %2)")
                                                                   .arg(RiskText::route(score.route),
                                                                        RiskText::route(score.bandRoute))));
    QStringList hits;
    for (const risk::PolicyHit& hit : score.policyHits)
        hits << RiskText::policyHit(hit);
    auto* policy = valueLabel(hits.isEmpty() ? tr("None fired") : hits.join(QLatin1Char('\n')));
    policy->setObjectName(QStringLiteral("riskPolicyValue"));
    m_risk->addRow(tr("Policy rules"), policy);
    QStringList reasons;
    for (const risk::StoredReason& r : score.reasons)
        reasons << tr("%1. %2").arg(reasons.size() + 1).arg(RiskText::reason(r));
    auto* why = valueLabel(reasons.isEmpty() ? tr("Every input is in its best band")
                                             : reasons.join(QLatin1Char('\n')));
    why->setObjectName(QStringLiteral("riskReasonsValue"));
    m_risk->addRow(tr("Top reasons"), why);
}

void DecisionTab::showFile(const FileView& view)
{
    const WorkflowContext& ctx = view.ctx;
    clearForm(m_risk);
    if (ctx.risk) {
        auto* grade = valueLabel(DisplayNames::riskGrade(ctx.risk->grade));
        grade->setObjectName(QStringLiteral("riskGradeValue"));
        m_risk->addRow(tr("Grade"), grade);
        if (ctx.score)
            showScore(*ctx.score);
        else
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
