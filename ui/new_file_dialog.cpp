#include "new_file_dialog.h"

#include "display_names.h"
#include "form_draft.h"
#include "form_support.h"
#include "message_seam.h"
#include "widgets/validated_form.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace saggar::ui {

NewFileDialog::NewFileDialog(LoanFileStore& store, const User& analyst, QWidget* parent)
    : QDialog(parent), m_store(store), m_analyst(analyst), m_form(new ValidatedForm(this))
{
    setWindowTitle(tr("New loan file"));
    auto* layout = new QVBoxLayout(this);
    auto* borrower =
        new QLabel(tr("<b>Borrower</b> — an enterprise already on file is matched by its credit code"), this);
    borrower->setWordWrap(true);
    layout->addWidget(borrower);
    layout->addWidget(m_form);

    m_nameZh = lineEdit("nameZh", Field::NameZh, tr("e.g. 佛山市南海区宏宇陶瓷有限公司"));
    m_nameEn = lineEdit("nameEn", Field::NameEn, tr("optional"));
    m_uscc = lineEdit("uscc", Field::Uscc, tr("18 characters, e.g. 91350100M000100Y43"));
    m_cluster = new QComboBox(m_form);
    m_cluster->setObjectName(QStringLiteral("cluster"));
    for (Cluster c : allValues<Cluster>())
        m_cluster->addItem(DisplayNames::cluster(c), static_cast<int>(c));
    m_form->addRow(tr("Cluster"), m_cluster);
    m_segment = new QComboBox(m_form);
    m_segment->setObjectName(QStringLiteral("segment"));
    for (Segment s : allValues<Segment>())
        m_segment->addItem(DisplayNames::segment(s), static_cast<int>(s));
    m_form->addRow(tr("Segment"), m_segment);
    m_legalRep = lineEdit("legalRep", Field::LegalRepresentative);
    m_revenue = lineEdit("revenue", Field::AnnualRevenue, tr("yuan, e.g. 350000000 or 35,000万"));
    m_staff = new QSpinBox(m_form);
    m_staff->setObjectName(QStringLiteral("staff"));
    m_staff->setRange(0, 1'000'000);
    m_form->addField(static_cast<int>(Field::Staff), DisplayNames::field(Field::Staff), m_staff);

    m_product = new QComboBox(m_form);
    m_product->setObjectName(QStringLiteral("product"));
    for (Product p : allValues<Product>())
        m_product->addItem(DisplayNames::product(p), static_cast<int>(p));
    m_form->addRow(tr("Product"), m_product);
    m_amount = lineEdit("amount", Field::Amount, tr("yuan, e.g. 8000000 or 800万"));
    m_term = new QSpinBox(m_form);
    m_term->setObjectName(QStringLiteral("term"));
    m_term->setRange(0, 600);
    m_term->setValue(36);
    m_form->addField(static_cast<int>(Field::TermMonths), DisplayNames::field(Field::TermMonths), m_term);
    m_rate = new QDoubleSpinBox(m_form);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setRange(0, 100);
    m_rate->setDecimals(2);
    m_rate->setValue(4.35);
    m_rate->setSuffix(QStringLiteral(" %"));
    m_form->addField(static_cast<int>(Field::Rate), DisplayNames::field(Field::Rate), m_rate);
    m_purpose = new QPlainTextEdit(m_form);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setMaximumHeight(fontMetrics().height() * 4);
    m_form->addField(static_cast<int>(Field::Purpose), DisplayNames::field(Field::Purpose), m_purpose);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Create draft"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewFileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 48);

    m_draft = new FormDraft(QStringLiteral("new-file-%1").arg(analyst.id), m_form, this);
    m_draft->restore();
}

QLineEdit* NewFileDialog::lineEdit(const char* name, Field field, const QString& placeholder)
{
    auto* edit = new QLineEdit(m_form);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    m_form->addField(static_cast<int>(field), DisplayNames::field(field), edit);
    return edit;
}

void NewFileDialog::accept()
{
    std::vector<FieldIssue> issues;
    Enterprise e;
    e.nameZh = m_nameZh->text().trimmed().toStdString();
    e.nameEn = m_nameEn->text().trimmed().toStdString();
    e.uscc = m_uscc->text().trimmed().toStdString();
    e.cluster = static_cast<Cluster>(m_cluster->currentData().toInt());
    e.segment = static_cast<Segment>(m_segment->currentData().toInt());
    e.legalRepresentative = m_legalRep->text().trimmed().toStdString();
    e.staff = m_staff->value();
    const auto revenue = readMoney(m_revenue, Field::AnnualRevenue, issues);
    if (revenue)
        e.annualRevenue = *revenue;

    LoanFile f;
    f.product = static_cast<Product>(m_product->currentData().toInt());
    f.termMonths = m_term->value();
    f.annualRatePct = m_rate->value();
    f.purpose = m_purpose->toPlainText().trimmed().toStdString();
    f.analystId = m_analyst.id;
    f.createdAtMs = f.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    const auto amount = readMoney(m_amount, Field::Amount, issues);
    if (amount)
        f.amount = *amount;

    for (FieldIssue& issue : validateEnterprise(e))
        if (revenue || issue.field != Field::AnnualRevenue)
            issues.push_back(std::move(issue));
    for (FieldIssue& issue : validateLoanFile(f))
        if (amount || issue.field != Field::Amount)
            issues.push_back(std::move(issue));
    if (showIssues(m_form, issues))
        return;

    auto created = m_store.createDraft(e, f);
    if (!created) {
        showMessage(this, MessageKind::Warning, tr("Loan file not created"),
                    DisplayNames::error(created.error()));
        return;
    }
    m_createdId = created.value();
    m_draft->clear();
    QDialog::accept();
}

} // namespace saggar::ui
