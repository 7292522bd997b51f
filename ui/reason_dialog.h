// Asks for the written words a step needs: a reason (a return, a rejection, a default), a
// justification (a waiver, an override), an approver's comment, or a risk grade with its rationale.
// What is typed is kept as it is typed, so a cancelled dialog or a crash loses nothing.
#pragma once

#include "core/workflow_types.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace saggar::ui {

class FormDraft;

struct ReasonRequest
{
    QString title;                  // also the OK button's text
    QString prompt;                 // what to write, above the text box
    QString draftKey;               // names the autosaved draft, e.g. "reason-reject-42"
    bool required = true;           // at least kMinReasonChars characters; otherwise optional
    bool askGrade = false;          // a risk-grade choice above the text (the text is its rationale)
    std::optional<RiskGrade> grade; // preselected
};

class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReasonDialog(const ReasonRequest& request, QWidget* parent = nullptr);

    QString text() const; // trimmed
    std::optional<RiskGrade> grade() const;
    QPlainTextEdit* textEdit() const { return m_text; }
    QComboBox* gradeBox() const { return m_grade; }
    QPushButton* okButton() const { return m_ok; }
    void forgetDraft();             // the step was taken: the typed text is no longer needed
    void done(int result) override; // keeps what was typed, even when cancelled

private:
    void updateState();

    bool m_required;
    QComboBox* m_grade = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_ok = nullptr;
    FormDraft* m_draft = nullptr;
};

// Characters as a person counts them (not UTF-16 units), once surrounding white space is dropped.
int reasonLength(const QString& text);

} // namespace saggar::ui
