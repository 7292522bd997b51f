#include "language.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace saggar::app {
namespace {

std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

void install(const QLocale& locale, const QString& name, const QString& dir)
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(locale, name, QStringLiteral("_"), dir)) {
        QCoreApplication::installTranslator(translator.get());
        installed().push_back(std::move(translator));
    }
}

} // namespace

void applyLanguage(const QString& language)
{
    for (auto& t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::C)
        return;
    // English has a catalogue too: it only carries the plural forms ("1 loan file", "2 loan files").
    install(locale, QStringLiteral("saggar"), QStringLiteral(":/i18n"));
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

void preferSimplifiedChineseGlyphs()
{
    const QString simplified = QStringLiteral("Noto Sans CJK SC");
    if (!QFontDatabase::families().contains(simplified))
        return;
    QFont font = QGuiApplication::font();
    QStringList families = font.families();
    if (families.isEmpty())
        families.append(font.family());
    if (families.contains(simplified))
        return;
    families.append(simplified);
    font.setFamilies(families);
    QGuiApplication::setFont(font);
}

QString storedLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void storeLanguage(const QString& language)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), language);
}

} // namespace saggar::app
