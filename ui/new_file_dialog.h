// Opening a new loan file as a draft: the borrower (new or already known by its credit code) and
// the loan asked for, checked field by field before anything is stored.
#pragma once

#include "core/loan_file_store.h"
#include "core/validation.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace saggar::ui {

class FormDraft;
class ValidatedForm;

class NewFileDialog : public QDialog
{
    Q_OBJECT
public:
    NewFileDialog(LoanFileStore& store, const User& analyst, QWidget* parent = nullptr);

    ValidatedForm* form() const { return m_form; }
    Id createdFileId() const { return m_createdId; }

public slots:
    void accept() override;

private:
    QLineEdit* lineEdit(const char* name, Field field, const QString& placeholder = {});

    LoanFileStore& m_store;
    User m_analyst;
    ValidatedForm* m_form;
    FormDraft* m_draft = nullptr;
    Id m_createdId = 0;
    QLineEdit* m_nameZh;
    QLineEdit* m_nameEn;
    QLineEdit* m_uscc;
    QComboBox* m_cluster;
    QComboBox* m_segment;
    QLineEdit* m_legalRep;
    QLineEdit* m_revenue;
    QSpinBox* m_staff;
    QComboBox* m_product;
    QLineEdit* m_amount;
    QSpinBox* m_term;
    QDoubleSpinBox* m_rate;
    QPlainTextEdit* m_purpose;
};

} // namespace saggar::ui
