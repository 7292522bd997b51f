// Adding or editing one condition precedent or covenant: kind, what it measures, threshold, status
// and note. Once the loan is disbursed only the status and the note can change.
#pragma once

#include "core/workflow_types.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace saggar::ui {

class FormDraft;

class CovenantDialog : public QDialog
{
    Q_OBJECT
public:
    // `definitionEditable`: kind, metric, description and threshold may change (before disbursement).
    CovenantDialog(const Covenant& covenant, bool definitionEditable, QWidget* parent = nullptr);

    Covenant covenant() const; // as edited (the id and file are kept)
    void forgetDraft();
    void done(int result) override; // keeps what was typed, even when cancelled

private:
    void onMetricChanged();

    Covenant m_original;
    QComboBox* m_kind;
    QComboBox* m_metric;
    QLineEdit* m_description;
    QDoubleSpinBox* m_threshold;
    QComboBox* m_status;
    QLineEdit* m_note;
    FormDraft* m_draft;
};

} // namespace saggar::ui
