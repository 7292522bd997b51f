// Money and time on screen: ¥ amounts, with 万元 where that is how a Chinese reader counts.
#pragma once

#include "core/domain.h"
#include "core/money.h"

#include <QLocale>
#include <QString>

namespace saggar::ui {

// Chinese: "1,250.00万元" from ten thousand yuan up, "¥8,500.00" below.
// Other languages: "¥12,500,000.00".
QString formatMoney(Money amount, const QLocale& locale = QLocale());
// The exact amount in yuan with fen, for tooltips and editing: "¥12,500,000.00".
QString formatMoneyExact(Money amount, const QLocale& locale = QLocale());
// Local date and time of a UTC timestamp, short form.
QString formatTimestamp(TimestampMs utcMs, const QLocale& locale = QLocale());
QString formatDate(TimestampMs utcMs, const QLocale& locale = QLocale());

} // namespace saggar::ui
