// Installs the translators for the chosen language: Saggar's own and Qt's standard dialogs.
#pragma once

#include <QString>

namespace saggar::app {

// `language` is "" for the system locale, or a locale name ("en", "zh_CN"). Replaces any translators
// installed before and sets the default QLocale used for numbers, dates and money.
void applyLanguage(const QString& language);

// Chinese text (enterprise names, addresses, the Chinese screens) drawn with the Simplified Chinese
// forms of the CJK font when it is installed, rather than whichever regional variant fontconfig finds
// first (often the Japanese one). Latin text keeps the default family.
void preferSimplifiedChineseGlyphs();

QString storedLanguage(); // from the settings, "" when never chosen
void storeLanguage(const QString& language);

} // namespace saggar::app
