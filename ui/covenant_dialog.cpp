#include "covenant_dialog.h"

#include "display_names.h"
#include "form_draft.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace saggar::ui {

CovenantDialog::CovenantDialog(const Covenant& covenant, bool definitionEditable, QWidget* parent)
    : QDialog(parent), m_original(covenant)
{
    setWindowTitle(covenant.id == 0 ? tr("Add a condition or covenant") : tr("Edit a condition or covenant"));
    auto* layout = new QVBoxLayout(this);
    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);

    m_kind = new QComboBox(fields);
    m_kind->setObjectName(QStringLiteral("covenantKind"));
    for (CovenantKind k : allValues<CovenantKind>())
        m_kind->addItem(DisplayNames::covenantKind(k), static_cast<int>(k));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(covenant.kind)));
    form->addRow(tr("Kind"), m_kind);

    m_description = new QLineEdit(qs(covenant.description), fields);
    m_description->setObjectName(QStringLiteral("covenantDescription"));
    m_description->setPlaceholderText(tr("e.g. Trackers online at least 95 % of the time"));
    form->addRow(tr("Description"), m_description);

    m_metric = new QComboBox(fields);
    m_metric->setObjectName(QStringLiteral("covenantMetric"));
    for (CovenantMetric m : allValues<CovenantMetric>())
        m_metric->addItem(DisplayNames::covenantMetric(m), static_cast<int>(m));
    m_metric->setCurrentIndex(m_metric->findData(static_cast<int>(covenant.metric)));
    form->addRow(tr("Measured by"), m_metric);

    m_threshold = new QDoubleSpinBox(fields);
    m_threshold->setObjectName(QStringLiteral("covenantThreshold"));
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(1);
    m_threshold->setValue(covenant.threshold);
    form->addRow(tr("Threshold"), m_threshold);

    // Waiving is a policy exception with its own justification (the Waive… button), not a status pick.
    m_status = new QComboBox(fields);
    m_status->setObjectName(QStringLiteral("covenantStatus"));
    for (CovenantStatus s : allValues<CovenantStatus>())
        if (s != CovenantStatus::Waived || covenant.status == CovenantStatus::Waived)
            m_status->addItem(DisplayNames::covenantStatus(s), static_cast<int>(s));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(covenant.status)));
    form->addRow(tr("Status"), m_status);

    m_note = new QLineEdit(qs(covenant.note), fields);
    m_note->setObjectName(QStringLiteral("covenantNote"));
    m_note->setPlaceholderText(tr("What was checked, and when"));
    form->addRow(tr("Note"), m_note);
    layout->addWidget(fields);

    for (QWidget* w : {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_description),
                       static_cast<QWidget*>(m_metric), static_cast<QWidget*>(m_threshold)})
        w->setEnabled(definitionEditable);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &CovenantDialog::onMetricChanged);
    onMetricChanged();
    m_draft = new FormDraft(QStringLiteral("covenant-%1-%2").arg(covenant.loanFileId).arg(covenant.id),
                            fields, this);
    m_draft->restore();
}

void CovenantDialog::onMetricChanged()
{
    const auto metric = static_cast<CovenantMetric>(m_metric->currentData().toInt());
    if (auto* form = qobject_cast<QFormLayout*>(m_threshold->parentWidget()->layout()))
        form->setRowVisible(m_threshold, metric != CovenantMetric::Custom);
    m_threshold->setMaximum(metric == CovenantMetric::KilnOperatingDaysPerMonth ? 31 : 100);
    m_threshold->setSuffix(metric == CovenantMetric::KilnOperatingDaysPerMonth ? tr(" days")
                                                                               : QStringLiteral(" %"));
}

Covenant CovenantDialog::covenant() const
{
    Covenant c = m_original;
    c.kind = static_cast<CovenantKind>(m_kind->currentData().toInt());
    c.metric = static_cast<CovenantMetric>(m_metric->currentData().toInt());
    c.description = m_description->text().trimmed().toStdString();
    c.threshold = c.metric == CovenantMetric::Custom ? 0.0 : m_threshold->value();
    c.status = static_cast<CovenantStatus>(m_status->currentData().toInt());
    c.note = m_note->text().trimmed().toStdString();
    return c;
}

void CovenantDialog::done(int result)
{
    m_draft->saveNow();
    QDialog::done(result);
}

void CovenantDialog::forgetDraft()
{
    m_draft->clear();
}

} // namespace saggar::ui
