// Changing a draft's terms (amount, term, rate, purpose) by its analyst: checked field by field
// before anything is stored; the store queues just the changed terms for the bank server.
#pragma once

#include "core/loan_file_store.h"

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace saggar::ui {

class ValidatedForm;

class TermsDialog : public QDialog
{
    Q_OBJECT
public:
    // `file` as the page shows it: its version is the one the change is made on.
    TermsDialog(LoanFileStore& store, const LoanFile& file, Id actorId, QWidget* parent = nullptr);

    ValidatedForm* form() const { return m_form; }

public slots:
    void accept() override;

private:
    LoanFileStore& m_store;
    LoanFile m_file;
    Id m_actorId;
    ValidatedForm* m_form;
    QLineEdit* m_amount;
    QSpinBox* m_term;
    QDoubleSpinBox* m_rate;
    QPlainTextEdit* m_purpose;
};

} // namespace saggar::ui
