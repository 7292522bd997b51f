// How amounts read on screen in English and in Chinese (with 万元).
#include "widgets/money_format.h"

#include <QDateTime>
#include <QTest>

using saggar::Money;
using saggar::TimestampMs;

class TestMoneyFormat : public QObject
{
    Q_OBJECT
private slots:
    void format_data()
    {
        QTest::addColumn<qlonglong>("fen");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en large") << 1'250'000'000LL << "en_US" << QStringLiteral("¥12,500,000.00");
        QTest::newRow("en small") << 850'050LL << "en_US" << QStringLiteral("¥8,500.50");
        QTest::newRow("en zero") << 0LL << "en_US" << QStringLiteral("¥0.00");
        QTest::newRow("en negative") << -12'345LL << "en_US" << QStringLiteral("-¥123.45");
        QTest::newRow("zh wan") << 1'250'000'000LL << "zh_CN" << QStringLiteral("1,250.00万元");
        QTest::newRow("zh wan rounds") << 1'234'567'890LL << "zh_CN" << QStringLiteral("1,234.57万元");
        QTest::newRow("zh exactly one wan") << 1'000'000LL << "zh_CN" << QStringLiteral("1.00万元");
        QTest::newRow("zh below one wan") << 999'999LL << "zh_CN" << QStringLiteral("¥9,999.99");
        QTest::newRow("zh negative wan") << -5'000'000LL << "zh_CN" << QStringLiteral("-5.00万元");
    }
    void format()
    {
        QFETCH(qlonglong, fen);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(saggar::ui::formatMoney(Money::fromFen(fen), QLocale(locale)), expected);
    }
    void exactIgnoresWan()
    {
        QCOMPARE(
            saggar::ui::formatMoneyExact(Money::fromFen(1'250'000'000), QLocale(QStringLiteral("zh_CN"))),
            QStringLiteral("¥12,500,000.00"));
    }
    void timestampsEmptyWhenUnset()
    {
        QVERIFY(saggar::ui::formatTimestamp(0).isEmpty());
        QVERIFY(!saggar::ui::formatTimestamp(1'795'000'000'000).isEmpty());
    }
    void datesHaveFourDigitYearsInBothLanguages()
    {
        const TimestampMs noonUtc = 1'795'000'000'000 - 1'795'000'000'000 % 86'400'000 + 43'200'000;
        const QString day =
            QDateTime::fromMSecsSinceEpoch(noonUtc).toLocalTime().date().toString(Qt::ISODate);
        for (const char* name : {"en_US", "zh_CN"}) {
            const QLocale locale{QLatin1String(name)};
            QCOMPARE(saggar::ui::formatDate(noonUtc, locale), day);
            QVERIFY(saggar::ui::formatTimestamp(noonUtc, locale).startsWith(day + QLatin1Char(' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "tst_money_format.moc"
