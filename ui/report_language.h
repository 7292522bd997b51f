// The language a printed report is written in, whatever the screens' language: its own translator
// (Saggar's catalogue for that language, loaded from the resources) and locale for numbers, dates and
// money. Strings go through translate(context, source), so they live in the .ts file like any tr().
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace saggar::ui {

class ReportLanguage
{
public:
    enum class Choice { English, Chinese };

    explicit ReportLanguage(Choice choice);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    // The screens' language: Chinese when the default locale is Chinese, else English.
    static Choice uiChoice();

    Choice choice() const { return m_choice; }
    bool chinese() const { return m_choice == Choice::Chinese; }
    const QLocale& locale() const { return m_locale; }
    // The translation in this language, or the source; %n replaced by `n` in the locale when n >= 0.
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const;

private:
    Choice m_choice;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace saggar::ui
