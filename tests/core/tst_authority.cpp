// Tests for delegated approval authority: the bank's standard table at its boundaries, custom tables,
// amounts beyond authority, and the checks a table must pass before it is saved.
#include "core/authority.h"

#include <QObject>
#include <QTest>

#include <limits>

using namespace saggar;

Q_DECLARE_METATYPE(saggar::RiskGrade)
Q_DECLARE_METATYPE(saggar::AuthorityTable)

class TestAuthority : public QObject
{
    Q_OBJECT

private slots:
    void standardTable();
    void approversRequired_data();
    void approversRequired();
    void beyondAuthorityIsForbidden();
    void nonPositiveAmountIsInvalid();
    void check_data();
    void check();
};

namespace {

constexpr std::int64_t kMaxFen = std::numeric_limits<std::int64_t>::max();

Money yuan(std::int64_t y)
{
    return Money::fromYuan(y);
}

// Up to ¥1M any grade to D by one manager, up to ¥20M to C by two; nothing covers grade E or more.
AuthorityTable branchTable()
{
    return AuthorityTable{{{yuan(1'000'000), RiskGrade::D, 1}, {yuan(20'000'000), RiskGrade::C, 2}}};
}

} // namespace

void TestAuthority::standardTable()
{
    const AuthorityTable t = AuthorityTable::standard();
    QCOMPARE(t.limits.size(), std::size_t(2));
    QCOMPARE(t.limits[0].maxAmount, yuan(5'000'000));
    QCOMPARE(t.limits[0].worstGrade, RiskGrade::B);
    QCOMPARE(t.limits[0].approvers, 1);
    QCOMPARE(t.limits[1].maxAmount.fen(), kMaxFen);
    QCOMPARE(t.limits[1].worstGrade, RiskGrade::E);
    QCOMPARE(t.limits[1].approvers, 2);
    QVERIFY(t.check().ok());
}

void TestAuthority::approversRequired_data()
{
    QTest::addColumn<AuthorityTable>("table");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<RiskGrade>("grade");
    QTest::addColumn<int>("approvers");

    const AuthorityTable standard = AuthorityTable::standard();
    const qint64 fiveMillion = yuan(5'000'000).fen();
    QTest::newRow("1 fen, A") << standard << qint64(1) << RiskGrade::A << 1;
    QTest::newRow("5M, A") << standard << fiveMillion << RiskGrade::A << 1;
    QTest::newRow("5M, B") << standard << fiveMillion << RiskGrade::B << 1;
    QTest::newRow("5M, C") << standard << fiveMillion << RiskGrade::C << 2;
    QTest::newRow("5M + 1 fen, A") << standard << fiveMillion + 1 << RiskGrade::A << 2;
    QTest::newRow("5M + 1 fen, B") << standard << fiveMillion + 1 << RiskGrade::B << 2;
    QTest::newRow("1M, D") << standard << qint64(yuan(1'000'000).fen()) << RiskGrade::D << 2;
    QTest::newRow("1M, E") << standard << qint64(yuan(1'000'000).fen()) << RiskGrade::E << 2;
    QTest::newRow("max, E") << standard << qint64(kMaxFen) << RiskGrade::E << 2;

    QTest::newRow("branch: 1M, D") << branchTable() << qint64(yuan(1'000'000).fen()) << RiskGrade::D << 1;
    QTest::newRow("branch: 1M + 1 fen, A")
        << branchTable() << qint64(yuan(1'000'000).fen() + 1) << RiskGrade::A << 2;
    QTest::newRow("branch: 20M, C") << branchTable() << qint64(yuan(20'000'000).fen()) << RiskGrade::C << 2;
    // Rows are read in order: a later, looser row does not apply once an earlier one covers the file.
    const AuthorityTable ordered{{{yuan(100), RiskGrade::E, 3}, {yuan(1'000), RiskGrade::E, 1}}};
    QTest::newRow("first covering row wins") << ordered << qint64(yuan(100).fen()) << RiskGrade::A << 3;
    QTest::newRow("next row when the first is too small")
        << ordered << qint64(yuan(101).fen()) << RiskGrade::A << 1;
}

void TestAuthority::approversRequired()
{
    QFETCH(AuthorityTable, table);
    QFETCH(qint64, fen);
    QFETCH(RiskGrade, grade);
    QFETCH(int, approvers);
    const Result<int> required = table.approversRequired(Money::fromFen(fen), grade);
    QVERIFY2(required.ok(), required.ok() ? "" : required.error().message.c_str());
    QCOMPARE(*required, approvers);
}

void TestAuthority::beyondAuthorityIsForbidden()
{
    const AuthorityTable t = branchTable();
    const Result<int> tooBig = t.approversRequired(yuan(20'000'001), RiskGrade::A);
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().code, int(ErrorCode::Forbidden));
    QVERIFY2(tooBig.error().message.find("¥20,000,001") != std::string::npos, tooBig.error().message.c_str());
    const Result<int> tooRisky = t.approversRequired(yuan(10), RiskGrade::E);
    QVERIFY(!tooRisky.ok());
    QCOMPARE(tooRisky.error().code, int(ErrorCode::Forbidden));
    QVERIFY2(tooRisky.error().message.find("grade E") != std::string::npos, tooRisky.error().message.c_str());
    QVERIFY(!AuthorityTable{}.approversRequired(yuan(1), RiskGrade::A).ok());
}

void TestAuthority::nonPositiveAmountIsInvalid()
{
    const AuthorityTable t = AuthorityTable::standard();
    for (const Money amount : {Money(), Money::fromFen(-1)}) {
        const Result<int> r = t.approversRequired(amount, RiskGrade::A);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(ErrorCode::InvalidInput));
    }
}

void TestAuthority::check_data()
{
    QTest::addColumn<AuthorityTable>("table");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("mentions");

    const AuthorityLimit catchAll{Money::fromFen(kMaxFen), RiskGrade::E, 2};
    QTest::newRow("standard") << AuthorityTable::standard() << true << QString();
    QTest::newRow("one catch-all row") << AuthorityTable{{catchAll}} << true << QString();
    QTest::newRow("five approvers") << AuthorityTable{{{Money::fromFen(kMaxFen), RiskGrade::E, 5}}} << true
                                    << QString();
    QTest::newRow("empty") << AuthorityTable{} << false << QStringLiteral("at least one row");
    QTest::newRow("zero amount") << AuthorityTable{{{Money(), RiskGrade::A, 1}, catchAll}} << false
                                 << QStringLiteral("Row 1");
    QTest::newRow("negative amount") << AuthorityTable{{{Money::fromFen(-5), RiskGrade::A, 1}, catchAll}}
                                     << false << QStringLiteral("Row 1");
    QTest::newRow("no approvers") << AuthorityTable{{catchAll, {Money::fromFen(kMaxFen), RiskGrade::E, 0}}}
                                  << false << QStringLiteral("Row 2");
    QTest::newRow("six approvers") << AuthorityTable{{{yuan(10), RiskGrade::A, 6}, catchAll}} << false
                                   << QStringLiteral("Row 1");
    QTest::newRow("last row stops at an amount")
        << AuthorityTable{{{yuan(5'000'000), RiskGrade::E, 1}}} << false << QStringLiteral("last row");
    QTest::newRow("last row stops at a grade") << AuthorityTable{{{Money::fromFen(kMaxFen), RiskGrade::D, 2}}}
                                               << false << QStringLiteral("last row");
}

void TestAuthority::check()
{
    QFETCH(AuthorityTable, table);
    QFETCH(bool, valid);
    QFETCH(QString, mentions);
    const Result<void> r = table.check();
    QCOMPARE(r.ok(), valid);
    if (!valid) {
        QCOMPARE(r.error().code, int(ErrorCode::InvalidInput));
        QVERIFY2(QString::fromStdString(r.error().message).contains(mentions), r.error().message.c_str());
    }
}

QTEST_APPLESS_MAIN(TestAuthority)
#include "tst_authority.moc"
