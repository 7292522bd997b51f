#include "reason_dialog.h"

#include "display_names.h"
#include "form_draft.h"
#include "tab_support.h"

#include "core/workflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saggar::ui {

int reasonLength(const QString& text)
{
    return static_cast<int>(text.trimmed().toUcs4().size());
}

ReasonDialog::ReasonDialog(const ReasonRequest& request, QWidget* parent)
    : QDialog(parent), m_required(request.required)
{
    setWindowTitle(request.title);
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(request.prompt, this);
    explanation->setObjectName(QStringLiteral("reasonPrompt"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* fields = new QWidget(this); // what the draft keeps
    auto* fieldsLayout = new QFormLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    if (request.askGrade) {
        m_grade = new QComboBox(fields);
        m_grade->setObjectName(QStringLiteral("riskGrade"));
        m_grade->addItem(tr("Choose a grade…"), -1);
        for (RiskGrade g : allValues<RiskGrade>())
            m_grade->addItem(DisplayNames::riskGrade(g), static_cast<int>(g));
        if (request.grade)
            m_grade->setCurrentIndex(m_grade->findData(static_cast<int>(*request.grade)));
        fieldsLayout->addRow(tr("Risk grade"), m_grade);
        connect(m_grade, &QComboBox::currentIndexChanged, this, &ReasonDialog::updateState);
    }
    m_text = new QPlainTextEdit(fields);
    m_text->setObjectName(QStringLiteral("reason"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    fieldsLayout->addRow(m_text);
    layout->addWidget(fields, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("reasonCount"));
    layout->addWidget(m_count);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(request.title);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);

    connect(m_text, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateState);
    m_draft = new FormDraft(request.draftKey, fields, this);
    m_draft->restore();
    updateState();
}

QString ReasonDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

std::optional<RiskGrade> ReasonDialog::grade() const
{
    if (!m_grade || m_grade->currentData().toInt() < 0)
        return std::nullopt;
    return static_cast<RiskGrade>(m_grade->currentData().toInt());
}

void ReasonDialog::forgetDraft()
{
    m_draft->clear();
}

void ReasonDialog::done(int result)
{
    m_draft->saveNow();
    QDialog::done(result);
}

void ReasonDialog::updateState()
{
    const int length = reasonLength(m_text->toPlainText());
    const bool enough = !m_required || length >= kMinReasonChars;
    const bool graded = !m_grade || grade().has_value();
    m_ok->setEnabled(enough && graded);
    if (m_required)
        m_count->setText(
            enough ? tr("%n character(s).", nullptr, length)
                   : tr("%n character(s); at least %1 are needed.", nullptr, length).arg(kMinReasonChars));
    else
        m_count->setText(tr("Optional."));
    QPalette palette = m_count->palette();
    palette.setColor(QPalette::WindowText, enough ? palette.color(QPalette::Text) : warningColour());
    m_count->setPalette(palette);
}

} // namespace saggar::ui
