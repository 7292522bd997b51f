// The appraiser's inspection of one pledged truck or kiln: condition grades, surface or glaze wear,
// services due and maintenance records, defects, photos (kept by SHA-256 with the attachments), place,
// position and time, and the signature of the signed-in appraiser, which stores the inspection and
// freezes it. Typing is kept as a draft until signed. Everyone can read the asset's past inspections;
// only an appraiser can record one.
#pragma once

#include "core/valuation_store.h"

#include <QDialog>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace saggar::ui {

class FormDraft;
class ValidatedForm;

struct InspectionSubject
{
    std::string kind; // "truck" | "kiln"
    Id assetId = 0;
    QString assetName;       // "Truck 粤E12345"
    Id userId = 0;           // the signed-in person
    QString userName;        // as their signature shows it
    bool mayInspect = false; // an appraiser
};

class InspectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum Field { Place, Time, Position, Wear, Maintenance, Defects, Photos };

    InspectionDialog(valuation::ValuationStore& store, InspectionSubject subject,
                     std::function<QString(Id)> personName, QWidget* parent = nullptr);
    ~InspectionDialog() override;

    // Checks every field, stores the inspection signed by the signed-in appraiser and freezes the form.
    // Returns the new inspection's id; 0 when something was refused (the reasons are shown by the fields).
    Id sign();
    // Reads image files, keeps them in the workspace and lists them (each refusal is shown).
    void addPhotos(const QStringList& paths);

    ValidatedForm* form() const { return m_form; }
    bool isFrozen() const { return m_frozen; }
    Id signedId() const { return m_signedId; }
    QComboBox* history() const { return m_history; }

private:
    void buildForm();
    void listHistory(bool offerNew);
    void showChosen(int index);
    void fill(const valuation::Inspection& inspection);
    void setFrozen(bool frozen);
    bool read(valuation::Inspection& out);
    void choosePhotos();

    valuation::ValuationStore& m_store;
    InspectionSubject m_subject;
    std::function<QString(Id)> m_personName;
    std::vector<valuation::Inspection> m_past; // newest first
    ValidatedForm* m_form;
    QComboBox* m_history;
    QLineEdit* m_place;
    QLineEdit* m_time;
    QLineEdit* m_position;
    QComboBox* m_overall;
    QComboBox* m_structure;
    QComboBox* m_mechanism;
    QLineEdit* m_wear;
    QSpinBox* m_servicesDue;
    QPlainTextEdit* m_maintenance;
    QPlainTextEdit* m_defects;
    QPlainTextEdit* m_photos;
    QPushButton* m_addPhotos;
    QPushButton* m_clearPhotos;
    QLabel* m_signature;
    QLabel* m_status;
    QPushButton* m_sign = nullptr;
    FormDraft* m_draft = nullptr;
    bool m_frozen = false;
    bool m_showingNew = false;
    Id m_signedId = 0;
};

} // namespace saggar::ui
