// Tests for Money: parsing yuan as people type it (grouping, ¥, 万) and plain two-decimal formatting.
#include "core/money.h"

#include <QObject>
#include <QTest>

#include <limits>

using saggar::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
    void arithmeticAndOrder();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("integer") << QByteArray("1234") << true << qint64(123'400);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("one fen") << QByteArray("0.01") << true << qint64(1);
    QTest::newRow("one decimal") << QByteArray("1,234.5") << true << qint64(123'450);
    QTest::newRow("two decimals") << QByteArray("1234.56") << true << qint64(123'456);
    QTest::newRow("half-width yuan sign") << QByteArray("¥1,234.56") << true << qint64(123'456);
    QTest::newRow("full-width yuan sign") << QByteArray("￥88") << true << qint64(8'800);
    QTest::newRow("yuan suffix") << QByteArray("100元") << true << qint64(10'000);
    QTest::newRow("surrounding blanks") << QByteArray(" \t42 ") << true << qint64(4'200);
    QTest::newRow("millions grouped") << QByteArray("1,234,567.89") << true << qint64(123'456'789);
    QTest::newRow("wan") << QByteArray("3万") << true << qint64(3'000'000);
    QTest::newRow("wan yuan") << QByteArray("3万元") << true << qint64(3'000'000);
    QTest::newRow("fractional wan") << QByteArray("12.5万") << true << qint64(12'500'000);
    QTest::newRow("wan to the fen") << QByteArray("1.234567万") << true << qint64(1'234'567);
    QTest::newRow("wan with sign and space") << QByteArray("¥ 1,500 万") << true << qint64(1'500'000'000);
    QTest::newRow("largest in wan") << QByteArray("9,000,000,000万") << true << qint64(9'000'000'000'000'000);
    QTest::newRow("largest accepted")
        << QByteArray("90,000,000,000,000") << true << qint64(9'000'000'000'000'000);

    QTest::newRow("empty") << QByteArray("") << false << qint64(0);
    QTest::newRow("only sign") << QByteArray("¥") << false << qint64(0);
    QTest::newRow("only wan") << QByteArray("万") << false << qint64(0);
    QTest::newRow("letters") << QByteArray("abc") << false << qint64(0);
    QTest::newRow("minus") << QByteArray("-5") << false << qint64(0);
    QTest::newRow("plus") << QByteArray("+5") << false << qint64(0);
    QTest::newRow("three decimals") << QByteArray("1.234") << false << qint64(0);
    QTest::newRow("wan finer than a fen") << QByteArray("1.2345678万") << false << qint64(0);
    QTest::newRow("short group") << QByteArray("1,23") << false << qint64(0);
    QTest::newRow("long leading group") << QByteArray("1234,567") << false << qint64(0);
    QTest::newRow("indian grouping") << QByteArray("12,34,567") << false << qint64(0);
    QTest::newRow("double comma") << QByteArray("1,,234") << false << qint64(0);
    QTest::newRow("leading comma") << QByteArray(",123") << false << qint64(0);
    QTest::newRow("trailing comma") << QByteArray("1,") << false << qint64(0);
    QTest::newRow("comma in decimals") << QByteArray("1.234,5") << false << qint64(0);
    QTest::newRow("two dots") << QByteArray("1.2.3") << false << qint64(0);
    QTest::newRow("exponent") << QByteArray("1e5") << false << qint64(0);
    QTest::newRow("inner space") << QByteArray("1 234") << false << qint64(0);
    QTest::newRow("one fen too many") << QByteArray("90000000000000.01") << false << qint64(0);
    QTest::newRow("overflow") << QByteArray("99999999999999999999") << false << qint64(0);
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << false << qint64(0);
    QTest::newRow("wan overflow") << QByteArray("9000000000.01万") << false << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    QFETCH(qint64, fen);
    const auto money = Money::parseYuan(input.toStdString());
    QCOMPARE(money.has_value(), valid);
    if (valid)
        QCOMPARE(money->fen(), fen);
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("zero") << qint64(0) << QByteArray("0.00");
    QTest::newRow("one fen") << qint64(1) << QByteArray("0.01");
    QTest::newRow("ten fen") << qint64(10) << QByteArray("0.10");
    QTest::newRow("yuan") << qint64(123'456) << QByteArray("1234.56");
    QTest::newRow("negative fen") << qint64(-1) << QByteArray("-0.01");
    QTest::newRow("negative") << qint64(-250'000) << QByteArray("-2500.00");
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << QByteArray("92233720368547758.07");
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << QByteArray("-92233720368547758.08");
}

void TestMoney::format()
{
    QFETCH(qint64, fen);
    QFETCH(QByteArray, plain);
    QCOMPARE(QByteArray::fromStdString(Money::fromFen(fen).toPlainYuan()), plain);
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("odd fen") << qint64(7);
    QTest::newRow("loan") << qint64(300'000'000);
    QTest::newRow("ceiling") << qint64(9'000'000'000'000'000);
}

void TestMoney::roundTrip()
{
    QFETCH(qint64, fen);
    const auto back = Money::parseYuan(Money::fromFen(fen).toPlainYuan());
    QVERIFY(back.has_value());
    QCOMPARE(back->fen(), fen);
}

void TestMoney::arithmeticAndOrder()
{
    const Money a = Money::fromYuan(10);
    const Money b = Money::fromFen(250);
    QCOMPARE((a + b).fen(), qint64(1'250));
    QCOMPARE((b - a).fen(), qint64(-750));
    QVERIFY(b < a);
    QVERIFY(Money::fromYuan(1) == Money::fromFen(100));
    QCOMPARE(Money{}.fen(), qint64(0));
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
