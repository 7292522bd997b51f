// A form layout whose fields can each show an error under the editor, so a refused value is
// explained where it was typed and nothing typed is cleared.
#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace saggar::ui {

class ValidatedForm : public QWidget
{
    Q_OBJECT
public:
    explicit ValidatedForm(QWidget* parent = nullptr);

    // `key` identifies the field for setError (callers use their own enum values).
    void addField(int key, const QString& label, QWidget* editor);
    void addRow(const QString& label, QWidget* widget); // a row without validation
    void setError(int key, const QString& message);
    void clearErrors();
    bool hasErrors() const;
    QString errorText(int key) const;
    QWidget* editor(int key) const;
    // Focuses the first field (in insertion order) that shows an error.
    void focusFirstError();

private:
    struct Entry
    {
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
    };
    QFormLayout* m_layout;
    QHash<int, Entry> m_fields;
    QList<int> m_order;
};

} // namespace saggar::ui
