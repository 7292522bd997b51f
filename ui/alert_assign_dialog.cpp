#include "alert_assign_dialog.h"

#include "display_names.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saggar::ui {

AlertAssignDialog::AlertAssignDialog(const std::vector<User>& staff, Id current, QWidget* parent)
    : QDialog(parent), m_person(new QComboBox(this))
{
    setWindowTitle(tr("Assign the alert"));
    auto* layout = new QVBoxLayout(this);
    auto* prompt =
        new QLabel(tr("Who follows this alert up? They see it in their queue and may resolve it."), this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_person->setObjectName(QStringLiteral("assignee"));
    m_person->addItem(tr("Choose a person…"), QVariant::fromValue<qlonglong>(0));
    for (const User& u : staff)
        if (u.active)
            m_person->addItem(tr("%1 (%2)").arg(qs(u.displayName), DisplayNames::role(u.role)),
                              QVariant::fromValue<qlonglong>(u.id));
    if (current)
        m_person->setCurrentIndex(std::max(0, m_person->findData(QVariant::fromValue<qlonglong>(current))));
    auto* form = new QFormLayout;
    form->addRow(tr("Assign to"), m_person);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Assign"));
    ok->setEnabled(assignee() != 0);
    connect(m_person, &QComboBox::currentIndexChanged, this, [this, ok] { ok->setEnabled(assignee() != 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Id AlertAssignDialog::assignee() const
{
    return m_person->currentData().toLongLong();
}

} // namespace saggar::ui
