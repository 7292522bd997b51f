// Keeps what a person has typed into a form in the settings file as they type, so it survives a
// crash or a cancelled dialog; cleared once the form has been saved.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace saggar::ui {

class FormDraft : public QObject
{
    Q_OBJECT
public:
    // Tracks every named line edit, text edit, combo box and spin box under `form`.
    FormDraft(const QString& key, QWidget* form, QObject* parent = nullptr);

    bool restore();  // fills the form from a saved draft; false when there was none
    void clear();    // the form was saved: forget the draft
    void saveNow();

private:
    QString m_key;
    QWidget* m_form;
    QTimer m_debounce;
    bool m_restoring = false;
};

} // namespace saggar::ui
