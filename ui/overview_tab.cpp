#include "overview_tab.h"

#include "dialog_seam.h"
#include "display_names.h"
#include "file_controller.h"
#include "tab_support.h"
#include "terms_dialog.h"
#include "widgets/money_format.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace saggar::ui {

OverviewTab::OverviewTab(FileController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("overviewTab"));
}

void OverviewTab::showFile(const FileView& view)
{
    clearForm(m_form);
    const LoanFileDetail& d = view.detail;
    const LoanFile& f = d.file;
    const WorkflowContext& ctx = view.ctx;
    m_form->addRow(tr("File number"), valueLabel(qs(f.fileNo)));
    m_form->addRow(tr("State"), valueLabel(DisplayNames::loanState(f.state)));
    m_form->addRow(tr("Product"), valueLabel(DisplayNames::product(f.product)));
    const QString shortAmount = formatMoney(f.amount);
    const QString exactAmount = formatMoneyExact(f.amount);
    m_form->addRow(tr("Amount"), valueLabel(shortAmount == exactAmount ? exactAmount
                                                                       : shortAmount + QStringLiteral("  (") +
                                                                             exactAmount + QLatin1Char(')')));
    m_form->addRow(tr("Term"), valueLabel(tr("%n month(s)", nullptr, f.termMonths)));
    m_form->addRow(tr("Annual rate"),
                   valueLabel(QLocale().toString(f.annualRatePct, 'f', 2) + QLatin1Char('%')));
    m_form->addRow(tr("Purpose"), valueLabel(qs(f.purpose)));
    if (f.state == LoanState::Draft && f.analystId == m_controller.actor().userId) {
        auto* edit = new QPushButton(tr("Change terms…"));
        edit->setObjectName(QStringLiteral("changeTerms"));
        edit->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // as wide as its text
        connect(edit, &QPushButton::clicked, this, [this, file = f] {
            TermsDialog dialog(m_controller.files(), file, m_controller.actor().userId, this);
            // Queued: reloading the page removes this button, which is still in its signal.
            if (execDialog(dialog) == QDialog::Accepted)
                QMetaObject::invokeMethod(
                    &m_controller, [controller = &m_controller] { controller->changed(); },
                    Qt::QueuedConnection);
        });
        m_form->addRow(QString(), edit);
    }
    m_form->addRow(tr("Credit analyst"), valueLabel(qs(d.analystName)));
    m_form->addRow(tr("Appraiser"),
                   valueLabel(d.appraiserName.empty() ? tr("Not assigned") : qs(d.appraiserName)));
    m_form->addRow(tr("Manager"), valueLabel(d.managerName.empty() ? tr("Not assigned") : qs(d.managerName)));

    auto* grade = valueLabel(ctx.risk ? DisplayNames::riskGrade(ctx.risk->grade) : tr("Not assessed yet"));
    grade->setObjectName(QStringLiteral("overviewGrade"));
    m_form->addRow(tr("Risk grade"), grade);
    m_form->addRow(tr("Decision round"), valueLabel(QString::number(ctx.round)));
    const Money collateral = appraisedCollateral(ctx);
    const std::optional<double> ltv = loanToValuePct(ctx);
    m_form->addRow(tr("Appraised collateral"),
                   valueLabel(collateral > Money() ? formatMoney(collateral) : tr("Not valued yet")));
    QString ltvText = tr("Known once every pledged asset is valued");
    if (ltv) {
        ltvText = QLocale().toString(*ltv, 'f', 1) + QStringLiteral(" %");
        if (*ltv > ctx.ltvLimitPct)
            ltvText += QLatin1Char(' ') + tr("(above the %1 % limit: approval is a policy exception)")
                                              .arg(QLocale().toString(ctx.ltvLimitPct, 'f', 0));
    }
    auto* ltvLabel = valueLabel(ltvText);
    ltvLabel->setObjectName(QStringLiteral("overviewLtv"));
    if (ltv && *ltv > ctx.ltvLimitPct) {
        QPalette p = ltvLabel->palette();
        p.setColor(QPalette::WindowText, warningColour());
        ltvLabel->setPalette(p);
    }
    ltvLabel->setToolTip(tr("On the appraisers' values, as the approval policy reads it. The Covenants tab "
                            "follows the LTV over time on the model's valuations."));
    m_form->addRow(tr("Loan-to-value (appraised)"), ltvLabel);

    m_form->addRow(tr("Created"), valueLabel(formatTimestamp(f.createdAtMs)));
    m_form->addRow(tr("Last updated"), valueLabel(formatTimestamp(f.updatedAtMs)));
    m_form->addRow(tr("Version"), valueLabel(QString::number(f.version)));
}

} // namespace saggar::ui
