// Pledging a truck or a kiln to a loan file: the entry form, checked field by field before saving.
#pragma once

#include "core/loan_file_store.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace saggar::ui {

class FormDraft;
class ValidatedForm;

class AssetDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Truck, Kiln };
    AssetDialog(LoanFileStore& store, Kind kind, const LoanFile& file, QWidget* parent = nullptr);

    ValidatedForm* form() const { return m_form; }
    Id savedId() const { return m_savedId; }

public slots:
    void accept() override; // validates and saves; stays open with the reasons when refused

private:
    void buildTruckForm();
    void buildKilnForm();
    QLineEdit* lineEdit(const char* name, int field, const QString& label, const QString& placeholder = {});
    bool saveTruck();
    bool saveKiln();

    LoanFileStore& m_store;
    Kind m_kind;
    LoanFile m_file;
    ValidatedForm* m_form;
    FormDraft* m_draft = nullptr;
    Id m_savedId = 0;
    // truck
    QLineEdit* m_plate = nullptr;
    QLineEdit* m_vin = nullptr;
    QLineEdit* m_brand = nullptr;
    QLineEdit* m_model = nullptr;
    QSpinBox* m_year = nullptr;
    QLineEdit* m_price = nullptr;
    QLineEdit* m_tracker = nullptr;
    // kiln
    QComboBox* m_kilnType = nullptr;
    QDoubleSpinBox* m_length = nullptr;
    QSpinBox* m_capacity = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_fuel = nullptr;
    QSpinBox* m_installed = nullptr;
    QLineEdit* m_cost = nullptr;
    QLineEdit* m_gateway = nullptr;
};

} // namespace saggar::ui
