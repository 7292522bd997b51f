#include "money_format.h"

#include <QDateTime>

#include <cstdlib>

namespace saggar::ui {
namespace {

bool isChinese(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese;
}

// Whole and fractional parts of a fen amount in `unitFen` units, rounded half away from zero to
// two decimals, as digits only (sign handled by the caller).
QString groupedDecimal(std::int64_t fen, std::int64_t unitFen, const QLocale& locale)
{
    const std::int64_t magnitude = std::llabs(fen);
    // hundredths of the unit, rounded
    const std::int64_t hundredths = (magnitude * 100 + unitFen / 2) / unitFen;
    const QString whole = locale.toString(static_cast<qlonglong>(hundredths / 100));
    const int cents = static_cast<int>(hundredths % 100);
    return whole + locale.decimalPoint() + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
}

} // namespace

QString formatMoneyExact(Money amount, const QLocale& locale)
{
    const QString sign = amount.fen() < 0 ? QStringLiteral("-") : QString();
    return sign + QStringLiteral("¥") + groupedDecimal(amount.fen(), 100, locale);
}

QString formatMoney(Money amount, const QLocale& locale)
{
    constexpr std::int64_t kWanFen = 10'000 * 100;
    if (isChinese(locale) && std::llabs(amount.fen()) >= kWanFen) {
        const QString sign = amount.fen() < 0 ? QStringLiteral("-") : QString();
        return sign + groupedDecimal(amount.fen(), kWanFen, locale) + QStringLiteral("万元");
    }
    return formatMoneyExact(amount, locale);
}

QString formatTimestamp(TimestampMs utcMs, const QLocale& locale)
{
    if (utcMs <= 0)
        return {};
    // Four-digit years in both languages: a two-digit "11/17/26" is ambiguous on a credit file.
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(),
                           QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatDate(TimestampMs utcMs, const QLocale& locale)
{
    if (utcMs <= 0)
        return {};
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().date(),
                           QStringLiteral("yyyy-MM-dd"));
}

} // namespace saggar::ui
