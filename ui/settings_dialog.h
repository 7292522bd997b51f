// Workstation settings: the language of the screens (system default, English, Simplified Chinese) and
// the bank server to synchronise with (empty: sync off).
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace saggar::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `language` is "" for the system default, or a locale name such as "en" or "zh_CN".
    SettingsDialog(const QString& language, const QString& workspacePath, const QString& serverAddress = {},
                   QWidget* parent = nullptr);
    QString language() const;
    // "host:port", trimmed; empty turns sync off. accept() refuses an address it cannot read.
    QString serverAddress() const;
    void accept() override;
    QComboBox* languageBox() const { return m_language; }

private:
    QComboBox* m_language;
    QLineEdit* m_server;
    QLabel* m_serverError;
};

} // namespace saggar::ui
