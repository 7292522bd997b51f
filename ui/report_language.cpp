#include "report_language.h"

#include <QTranslator>

namespace saggar::ui {

ReportLanguage::ReportLanguage(Choice choice)
    : m_choice(choice),
      m_locale(choice == Choice::Chinese
                   ? QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China)
                   : QLocale(QLocale::English, QLocale::UnitedStates)),
      m_translator(std::make_unique<QTranslator>())
{
    // English has a catalogue too: it carries the plural forms.
    const QString name = choice == Choice::Chinese ? QStringLiteral(":/i18n/saggar_zh_CN.qm")
                                                   : QStringLiteral(":/i18n/saggar_en.qm");
    if (!m_translator->load(name))
        m_translator.reset();
}

ReportLanguage::~ReportLanguage() = default;

ReportLanguage::Choice ReportLanguage::uiChoice()
{
    return QLocale().language() == QLocale::Chinese ? Choice::Chinese : Choice::English;
}

QString ReportLanguage::translate(const char* context, const char* source, const char* disambiguation,
                                  int n) const
{
    QString out;
    if (m_translator)
        out = m_translator->translate(context, source, disambiguation, n);
    if (out.isEmpty())
        out = QString::fromUtf8(source);
    if (n >= 0) {
        out.replace(QStringLiteral("%Ln"), m_locale.toString(n));
        out.replace(QStringLiteral("%n"), QString::number(n));
    }
    return out;
}

} // namespace saggar::ui
