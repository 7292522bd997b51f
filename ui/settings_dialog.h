// Workstation settings: the language of the screens (system default, English, Simplified Chinese).
#pragma once

#include <QDialog>

class QComboBox;

namespace saggar::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `language` is "" for the system default, or a locale name such as "en" or "zh_CN".
    SettingsDialog(const QString& language, const QString& workspacePath, QWidget* parent = nullptr);
    QString language() const;
    QComboBox* languageBox() const { return m_language; }

private:
    QComboBox* m_language;
};

} // namespace saggar::ui
