// Tests for the value checks (money text, dates, text length, ranges) and the whole-record validators
// that combine them, including that a record reports every bad field rather than the first.
#include "validity_compare.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <limits>
#include <set>

using namespace saggar;
using saggar::test::bytes;
using saggar::test::problemName;
using saggar::test::text;
using saggar::test::verifyValidity;

class TestFieldChecks : public QObject
{
    Q_OBJECT

private slots:
    void moneyText_data();
    void moneyText();
    void calendarDate_data();
    void calendarDate();
    void textLength_data();
    void textLength();
    void intRange_data();
    void intRange();
    void validEnterprise();
    void enterpriseReportsEveryField();
    void loanFileBounds_data();
    void loanFileBounds();
    void validTruck();
    void truckReportsEveryField();
    void truckYearFollowsCurrentYear();
    void trackerId_data();
    void trackerId();
    void kilnReportsEveryField();
    void fieldKeysAreDistinct();
};

namespace {

constexpr int kYear = 2026;

Enterprise goodEnterprise()
{
    Enterprise e;
    e.nameZh = "佛山市南海区恒泰陶瓷有限公司";
    e.uscc = "91350100M000100Y43";
    e.legalRepresentative = "陈建国";
    e.annualRevenue = Money::fromYuan(85'000'000);
    e.staff = 420;
    return e;
}

LoanFile goodLoanFile()
{
    LoanFile f;
    f.amount = Money::fromYuan(3'000'000);
    f.termMonths = 36;
    f.annualRatePct = 4.35;
    f.purpose = "Replace two roller kilns";
    return f;
}

Truck goodTruck()
{
    Truck t;
    t.vin = "LZZ5ELSDXJW123456";
    t.plate = "粤E·A1234";
    t.brand = "Sinotruk";
    t.model = "HOWO T7H";
    t.year = 2022;
    t.purchasePrice = Money::fromYuan(420'000);
    t.trackerId = "GT06-000123";
    return t;
}

Kiln goodKiln()
{
    Kiln k;
    k.lengthM = 320.5;
    k.dailyCapacity = 18'000;
    k.yearInstalled = 2019;
    k.purchaseCost = Money::fromYuan(12'000'000);
    k.gatewayId = "KGW-88";
    return k;
}

QList<QByteArray> fieldsOf(const std::vector<FieldIssue>& issues)
{
    QList<QByteArray> out;
    for (const auto& i : issues)
        out << QByteArray(fieldKey(i.field).data(), static_cast<qsizetype>(fieldKey(i.field).size())) + ":" +
                   problemName(i.issue.problem);
    return out;
}

} // namespace

void TestFieldChecks::moneyText_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("problem");
    QTest::addColumn<qint64>("minFen");
    QTest::addColumn<qint64>("maxFen");
    const qint64 min = Money::fromYuan(10'000).fen();
    const qint64 max = Money::fromYuan(500'000'000).fen();
    QTest::newRow("plain") << QByteArray("250000") << QByteArray() << min << max;
    QTest::newRow("grouped with yuan sign") << QByteArray("¥1,234,567.89") << QByteArray() << min << max;
    QTest::newRow("wan") << QByteArray("300万") << QByteArray() << min << max;
    QTest::newRow("lower bound") << QByteArray("1万元") << QByteArray() << min << max;
    QTest::newRow("upper bound") << QByteArray("500,000,000.00") << QByteArray() << min << max;
    QTest::newRow("empty") << QByteArray("") << QByteArray("Required") << qint64(0) << qint64(0);
    QTest::newRow("blank") << QByteArray("  ") << QByteArray("Required") << qint64(0) << qint64(0);
    QTest::newRow("one fen below") << QByteArray("9999.99") << QByteArray("OutOfRange") << min << max;
    QTest::newRow("one fen above") << QByteArray("500000000.01") << QByteArray("OutOfRange") << min << max;
    QTest::newRow("three decimals") << QByteArray("12345.678") << QByteArray("TooManyDecimals") << qint64(0)
                                    << qint64(0);
    QTest::newRow("wan finer than fen")
        << QByteArray("1.2345678万") << QByteArray("TooManyDecimals") << qint64(0) << qint64(0);
    QTest::newRow("overflow") << QByteArray("99999999999999999999") << QByteArray("OutOfRange") << min << max;
    QTest::newRow("overflow grouped")
        << QByteArray("999,999,999,999,999,999") << QByteArray("OutOfRange") << min << max;
    QTest::newRow("letters") << QByteArray("twelve") << QByteArray("NotANumber") << qint64(0) << qint64(0);
    QTest::newRow("negative") << QByteArray("-20000") << QByteArray("NotANumber") << qint64(0) << qint64(0);
    QTest::newRow("bad grouping") << QByteArray("12,34,567") << QByteArray("NotANumber") << qint64(0)
                                  << qint64(0);
    QTest::newRow("two dots") << QByteArray("1.2.3") << QByteArray("NotANumber") << qint64(0) << qint64(0);
}

void TestFieldChecks::moneyText()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, problem);
    QFETCH(qint64, minFen);
    QFETCH(qint64, maxFen);
    const auto v = checkMoneyText(text(input), Money::fromYuan(10'000), Money::fromYuan(500'000'000));
    verifyValidity(v, problem);
    if (v && v->problem == Problem::OutOfRange) {
        QCOMPARE(v->min, minFen); // money bounds are reported in fen
        QCOMPARE(v->max, maxFen);
    }
}

void TestFieldChecks::calendarDate_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ordinary") << QByteArray("2026-03-31") << true;
    QTest::newRow("leap day") << QByteArray("2024-02-29") << true;
    QTest::newRow("leap day, 400-year rule") << QByteArray("2000-02-29") << true;
    QTest::newRow("new year's eve") << QByteArray("1999-12-31") << true;
    QTest::newRow("not a leap year") << QByteArray("2023-02-29") << false;
    QTest::newRow("100-year rule") << QByteArray("1900-02-29") << false;
    QTest::newRow("april 31") << QByteArray("2026-04-31") << false;
    QTest::newRow("day 32") << QByteArray("2026-01-32") << false;
    QTest::newRow("day 0") << QByteArray("2026-01-00") << false;
    QTest::newRow("month 13") << QByteArray("2026-13-01") << false;
    QTest::newRow("month 0") << QByteArray("2026-00-10") << false;
    QTest::newRow("year 0") << QByteArray("0000-01-01") << false;
    QTest::newRow("no padding") << QByteArray("2026-1-5") << false;
    QTest::newRow("slashes") << QByteArray("2026/01/05") << false;
    QTest::newRow("two-digit year") << QByteArray("26-01-05") << false;
    QTest::newRow("trailing text") << QByteArray("2026-01-05T00:00") << false;
    QTest::newRow("empty") << QByteArray("") << false;
}

void TestFieldChecks::calendarDate()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    verifyValidity(checkDate(text(input)), valid ? QByteArray() : QByteArray("NotADate"),
                   valid ? QByteArray() : input, valid ? QByteArray() : QByteArray("YYYY-MM-DD"));
}

void TestFieldChecks::textLength_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("required");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QByteArray>("problem");
    QTest::addColumn<QByteArray>("found");
    QTest::newRow("chinese at limit") << QByteArray("陶瓷") << true << 2 << QByteArray() << QByteArray();
    QTest::newRow("chinese over limit")
        << QByteArray("陶瓷厂") << true << 2 << QByteArray("TooLong") << QByteArray("3");
    QTest::newRow("ascii over limit")
        << QByteArray("abcdef") << false << 5 << QByteArray("TooLong") << QByteArray("6");
    QTest::newRow("optional empty") << QByteArray("") << false << 5 << QByteArray() << QByteArray();
    QTest::newRow("required empty") << QByteArray("") << true << 5 << QByteArray("Required") << QByteArray();
    QTest::newRow("required blank") << QByteArray(" \t ") << true << 5 << QByteArray("Required")
                                    << QByteArray();
    QTest::newRow("broken utf-8") << QByteArray("ab\xff") << false << 5 << QByteArray("InvalidCharacter")
                                  << QByteArray("\xff");
    QTest::newRow("overlong utf-8") << QByteArray("\xc0\xaf") << false << 5 << QByteArray("InvalidCharacter")
                                    << QByteArray("\xc0");
}

void TestFieldChecks::textLength()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, required);
    QFETCH(int, maxChars);
    QFETCH(QByteArray, problem);
    QFETCH(QByteArray, found);
    const auto v = checkText(text(input), required, maxChars);
    verifyValidity(v, problem, found);
    if (v && v->problem == Problem::TooLong)
        QCOMPARE(v->max, qint64(maxChars));
}

void TestFieldChecks::intRange_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("min") << qint64(1) << true;
    QTest::newRow("max") << qint64(120) << true;
    QTest::newRow("below") << qint64(0) << false;
    QTest::newRow("above") << qint64(121) << false;
    QTest::newRow("very negative") << std::numeric_limits<qint64>::min() << false;
}

void TestFieldChecks::intRange()
{
    QFETCH(qint64, value);
    QFETCH(bool, valid);
    const auto v = checkIntRange(value, 1, 120);
    verifyValidity(v, valid ? QByteArray() : QByteArray("OutOfRange"),
                   valid ? QByteArray() : QByteArray::number(value));
    if (v) {
        QCOMPARE(v->min, qint64(1));
        QCOMPARE(v->max, qint64(120));
    }
}

void TestFieldChecks::validEnterprise()
{
    const auto issues = validateEnterprise(goodEnterprise());
    QVERIFY2(issues.empty(), issues.empty() ? "" : issues.front().issue.message.c_str());
}

void TestFieldChecks::enterpriseReportsEveryField()
{
    Enterprise e;
    e.nameEn = std::string(121, 'x');
    e.uscc = "91350100M000100Y44";
    e.annualRevenue = Money::fromFen(-1);
    e.staff = 200'001;
    const auto issues = validateEnterprise(e);
    QCOMPARE(fieldsOf(issues),
             (QList<QByteArray>{"name_zh:Required", "name_en:TooLong", "uscc:CheckCharacterMismatch",
                                "legal_representative:Required", "annual_revenue:OutOfRange",
                                "staff:OutOfRange"}));
    // Record messages name the field so they stand alone in a log.
    QVERIFY2(issues[5].issue.message.rfind("Staff: ", 0) == 0, issues[5].issue.message.c_str());
    QCOMPARE(issues[5].issue.max, qint64(200'000));
}

void TestFieldChecks::loanFileBounds_data()
{
    QTest::addColumn<qint64>("amountFen");
    QTest::addColumn<int>("term");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("purposeChars");
    QTest::addColumn<QList<QByteArray>>("issues");
    const qint64 min = Money::fromYuan(10'000).fen();
    const qint64 max = Money::fromYuan(500'000'000).fen();
    QTest::newRow("all at lower bounds") << min << 1 << 0.5 << 1 << QList<QByteArray>{};
    QTest::newRow("all at upper bounds") << max << 120 << 24.0 << 500 << QList<QByteArray>{};
    QTest::newRow("amount just below")
        << min - 1 << 36 << 4.0 << 10 << QList<QByteArray>{"amount:OutOfRange"};
    QTest::newRow("amount just above")
        << max + 1 << 36 << 4.0 << 10 << QList<QByteArray>{"amount:OutOfRange"};
    QTest::newRow("term 0, rate low")
        << min << 0 << 0.49 << 10 << QList<QByteArray>{"term_months:OutOfRange", "rate:OutOfRange"};
    QTest::newRow("term 121, rate high, long purpose")
        << min << 121 << 24.01 << 501
        << QList<QByteArray>{"term_months:OutOfRange", "rate:OutOfRange", "purpose:TooLong"};
    QTest::newRow("rate not a number")
        << min << 12 << std::nan("") << 10 << QList<QByteArray>{"rate:NotANumber"};
    QTest::newRow("no purpose") << min << 12 << 5.0 << 0 << QList<QByteArray>{"purpose:Required"};
}

void TestFieldChecks::loanFileBounds()
{
    QFETCH(qint64, amountFen);
    QFETCH(int, term);
    QFETCH(double, rate);
    QFETCH(int, purposeChars);
    QFETCH(QList<QByteArray>, issues);
    LoanFile f = goodLoanFile();
    f.amount = Money::fromFen(amountFen);
    f.termMonths = term;
    f.annualRatePct = rate;
    f.purpose.clear();
    for (int i = 0; i < purposeChars; ++i)
        f.purpose += "窑"; // multi-byte on purpose: the limit is in characters, not bytes
    QCOMPARE(fieldsOf(validateLoanFile(f)), issues);
}

void TestFieldChecks::validTruck()
{
    const auto issues = validateTruck(goodTruck(), kYear);
    QVERIFY2(issues.empty(), issues.empty() ? "" : issues.front().issue.message.c_str());
}

void TestFieldChecks::truckReportsEveryField()
{
    const auto issues = validateTruck(Truck{}, kYear);
    QCOMPARE(fieldsOf(issues),
             (QList<QByteArray>{"vin:Required", "plate:Required", "brand:Required", "model:Required",
                                "year:OutOfRange", "purchase_price:OutOfRange", "tracker_id:Required"}));
}

void TestFieldChecks::truckYearFollowsCurrentYear()
{
    Truck t = goodTruck();
    t.year = kYear + 1; // next year's models are sold from the autumn
    QVERIFY(validateTruck(t, kYear).empty());
    t.year = kYear + 2;
    QCOMPARE(fieldsOf(validateTruck(t, kYear)), QList<QByteArray>{"year:OutOfRange"});
    t.year = 1989;
    const auto issues = validateTruck(t, kYear);
    QCOMPARE(fieldsOf(issues), QList<QByteArray>{"year:OutOfRange"});
    QCOMPARE(issues.front().issue.min, qint64(1990));
    QCOMPARE(issues.front().issue.max, qint64(kYear + 1));
}

void TestFieldChecks::trackerId_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("problem");
    QTest::addColumn<int>("position");
    QTest::newRow("shortest") << QByteArray("ab-1") << QByteArray() << 0;
    QTest::newRow("longest") << QByteArray(32, 'Z') << QByteArray() << 0;
    QTest::newRow("too short") << QByteArray("ab1") << QByteArray("WrongLength") << 0;
    QTest::newRow("too long") << QByteArray(33, 'Z') << QByteArray("WrongLength") << 0;
    QTest::newRow("underscore") << QByteArray("GPS_001") << QByteArray("InvalidCharacter") << 4;
    QTest::newRow("space") << QByteArray("GPS 001") << QByteArray("InvalidCharacter") << 4;
}

void TestFieldChecks::trackerId()
{
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, problem);
    QFETCH(int, position);
    Truck t = goodTruck();
    t.trackerId = text(id);
    Kiln k = goodKiln();
    k.gatewayId = text(id);
    const auto truckIssues = validateTruck(t, kYear);
    const auto kilnIssues = validateKiln(k, kYear);
    if (problem.isEmpty()) {
        QVERIFY(truckIssues.empty());
        QVERIFY(kilnIssues.empty());
        return;
    }
    QCOMPARE(fieldsOf(truckIssues), QList<QByteArray>{"tracker_id:" + problem});
    QCOMPARE(fieldsOf(kilnIssues), QList<QByteArray>{"gateway_id:" + problem});
    QCOMPARE(truckIssues.front().issue.position, position);
}

void TestFieldChecks::kilnReportsEveryField()
{
    QVERIFY(validateKiln(goodKiln(), kYear).empty());
    Kiln k;
    k.lengthM = 4.9;
    k.yearInstalled = kYear + 1;
    const auto issues = validateKiln(k, kYear);
    QCOMPARE(fieldsOf(issues), (QList<QByteArray>{"kiln_length:OutOfRange", "daily_capacity:OutOfRange",
                                                  "year_installed:OutOfRange", "purchase_cost:OutOfRange",
                                                  "gateway_id:Required"}));
    QCOMPARE(issues.front().issue.min, qint64(5));
    QCOMPARE(issues.front().issue.max, qint64(600));
}

void TestFieldChecks::fieldKeysAreDistinct()
{
    std::set<std::string_view> keys;
    for (int f = static_cast<int>(Field::NameZh); f <= static_cast<int>(Field::GatewayId); ++f) {
        const auto k = fieldKey(static_cast<Field>(f));
        QVERIFY(!k.empty());
        keys.insert(k);
    }
    QCOMPARE(keys.size(), std::size_t(22));
}

QTEST_APPLESS_MAIN(TestFieldChecks)
#include "tst_field_checks.moc"
