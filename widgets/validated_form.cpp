#include "validated_form.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace saggar::ui {

ValidatedForm::ValidatedForm(QWidget* parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

void ValidatedForm::addField(int key, const QString& label, QWidget* editor)
{
    auto* cell = new QWidget(this);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    auto* error = new QLabel(cell);
    error->setObjectName(QStringLiteral("fieldError"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setVisible(false);
    column->addWidget(error);
    m_layout->addRow(label, cell);
    m_fields.insert(key, Entry{editor, error});
    m_order.append(key);
}

void ValidatedForm::addRow(const QString& label, QWidget* widget)
{
    m_layout->addRow(label, widget);
}

void ValidatedForm::setError(int key, const QString& message)
{
    const auto it = m_fields.constFind(key);
    if (it == m_fields.constEnd())
        return;
    it->error->setText(message);
    it->error->setVisible(!message.isEmpty());
    it->editor->setProperty("invalid", !message.isEmpty());
    it->editor->setToolTip(message);
}

void ValidatedForm::clearErrors()
{
    for (int key : std::as_const(m_order))
        setError(key, QString());
}

bool ValidatedForm::hasErrors() const
{
    for (const auto& entry : m_fields)
        if (!entry.error->text().isEmpty())
            return true;
    return false;
}

QString ValidatedForm::errorText(int key) const
{
    const auto it = m_fields.constFind(key);
    return it == m_fields.constEnd() ? QString() : it->error->text();
}

QWidget* ValidatedForm::editor(int key) const
{
    const auto it = m_fields.constFind(key);
    return it == m_fields.constEnd() ? nullptr : it->editor;
}

void ValidatedForm::focusFirstError()
{
    for (int key : std::as_const(m_order)) {
        const Entry& entry = m_fields[key];
        if (!entry.error->text().isEmpty()) {
            entry.editor->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace saggar::ui
