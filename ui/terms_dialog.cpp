#include "terms_dialog.h"

#include "display_names.h"
#include "form_support.h"
#include "message_seam.h"
#include "widgets/validated_form.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace saggar::ui {

TermsDialog::TermsDialog(LoanFileStore& store, const LoanFile& file, Id actorId, QWidget* parent)
    : QDialog(parent), m_store(store), m_file(file), m_actorId(actorId), m_form(new ValidatedForm(this))
{
    setWindowTitle(tr("Terms of %1").arg(QString::fromStdString(file.fileNo)));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Only the terms you change are sent to the bank server; someone else's change "
                               "to another term is kept."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_form);

    m_amount = new QLineEdit(QString::fromStdString(file.amount.toPlainYuan()), m_form);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("yuan, e.g. 8000000 or 800万"));
    m_form->addField(static_cast<int>(Field::Amount), DisplayNames::field(Field::Amount), m_amount);
    m_term = new QSpinBox(m_form);
    m_term->setObjectName(QStringLiteral("term"));
    m_term->setRange(0, 600);
    m_term->setValue(file.termMonths);
    m_form->addField(static_cast<int>(Field::TermMonths), DisplayNames::field(Field::TermMonths), m_term);
    m_rate = new QDoubleSpinBox(m_form);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setRange(0, 100);
    m_rate->setDecimals(2);
    m_rate->setValue(file.annualRatePct);
    m_rate->setSuffix(QStringLiteral(" %"));
    m_form->addField(static_cast<int>(Field::Rate), DisplayNames::field(Field::Rate), m_rate);
    m_purpose = new QPlainTextEdit(QString::fromStdString(file.purpose), m_form);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setMaximumHeight(fontMetrics().height() * 4);
    m_form->addField(static_cast<int>(Field::Purpose), DisplayNames::field(Field::Purpose), m_purpose);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TermsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
}

void TermsDialog::accept()
{
    std::vector<FieldIssue> issues;
    LoanFile f = m_file;
    f.termMonths = m_term->value();
    f.annualRatePct = m_rate->value();
    f.purpose = m_purpose->toPlainText().trimmed().toStdString();
    const auto amount = readMoney(m_amount, Field::Amount, issues);
    if (amount)
        f.amount = *amount;
    for (FieldIssue& issue : validateLoanFile(f))
        if (amount || issue.field != Field::Amount)
            issues.push_back(std::move(issue));
    if (showIssues(m_form, issues))
        return;
    auto saved = m_store.editDraftTerms(
        m_file.id, m_file.version, DraftTerms{f.amount, f.termMonths, f.annualRatePct, f.purpose}, m_actorId);
    if (!saved) {
        showMessage(this, MessageKind::Warning, tr("Terms not saved"), DisplayNames::error(saved.error()));
        return;
    }
    QDialog::accept();
}

} // namespace saggar::ui
