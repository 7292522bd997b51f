// Tests for the identifier checks: unified social credit codes, VINs and Chinese plates, with real codes
// and every kind of mistake a person makes typing them.
#include "validity_compare.h"

#include <QObject>
#include <QTest>

using namespace saggar;
using saggar::test::bytes;
using saggar::test::text;
using saggar::test::verifyValidity;

class TestValidators : public QObject
{
    Q_OBJECT

private slots:
    void uscc_data();
    void uscc();
    void usccMessages();
    void usccCheckCharacters_data();
    void usccCheckCharacters();
    void vin_data();
    void vin();
    void vinCheckDigit_data();
    void vinCheckDigit();
    void plate_data();
    void plate();
    void normalisePlate_data();
    void normalisePlate();
};

namespace {

void addCodeColumns()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("problem"); // empty: valid
    QTest::addColumn<QByteArray>("found");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("position");
}

void runCodeRow(Validity (*check)(std::string_view))
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, problem);
    QFETCH(QByteArray, found);
    QFETCH(QByteArray, expected);
    QFETCH(int, position);
    verifyValidity(check(text(input)), problem, found, expected, position);
}

} // namespace

void TestValidators::uscc_data()
{
    addCodeColumns();
    const QByteArray ok;
    // Published codes (Fuzhou, Beijing, Huawei, Tencent, Alibaba, Moutai).
    QTest::newRow("real fuzhou") << QByteArray("91350100M000100Y43") << ok << ok << ok << 0;
    QTest::newRow("real beijing") << QByteArray("91110000600037341L") << ok << ok << ok << 0;
    QTest::newRow("real huawei") << QByteArray("914403001922038216") << ok << ok << ok << 0;
    QTest::newRow("real tencent") << QByteArray("91440300708461136T") << ok << ok << ok << 0;
    QTest::newRow("real alibaba") << QByteArray("91330100716105852F") << ok << ok << ok << 0;
    QTest::newRow("real moutai") << QByteArray("91520000214434146R") << ok << ok << ok << 0;
    // Computed with an independent script: other authorities and entity kinds.
    QTest::newRow("individual business 92") << QByteArray("92440606MA4W9X8K7K") << ok << ok << ok << 0;
    QTest::newRow("public institution 12") << QByteArray("12100000400010398P") << ok << ok << ok << 0;
    QTest::newRow("social organisation 52") << QByteArray("52110000500021676T") << ok << ok << ok << 0;
    QTest::newRow("authority Y") << QByteArray("Y1350100M000100Y4D") << ok << ok << ok << 0;
    QTest::newRow("authority A") << QByteArray("A1350100M000100Y42") << ok << ok << ok << 0;
    QTest::newRow("authority N") << QByteArray("N2350100M000100Y4J") << ok << ok << ok << 0;

    QTest::newRow("empty") << QByteArray("") << QByteArray("Required") << ok << ok << 0;
    QTest::newRow("17 characters") << QByteArray("91350100M000100Y4") << QByteArray("WrongLength")
                                   << QByteArray("17") << QByteArray("18") << 0;
    QTest::newRow("19 characters") << QByteArray("91350100M000100Y433") << QByteArray("WrongLength")
                                   << QByteArray("19") << QByteArray("18") << 0;
    QTest::newRow("lower case") << QByteArray("91350100m000100Y43") << QByteArray("InvalidCharacter")
                                << QByteArray("m") << ok << 9;
    QTest::newRow("letter I") << QByteArray("91350100I000100Y43") << QByteArray("InvalidCharacter")
                              << QByteArray("I") << ok << 9;
    QTest::newRow("letter O for zero")
        << QByteArray("91350100M0O0100Y43") << QByteArray("InvalidCharacter") << QByteArray("O") << ok << 11;
    QTest::newRow("letter Z") << QByteArray("91350100M000100Z43") << QByteArray("InvalidCharacter")
                              << QByteArray("Z") << ok << 16;
    QTest::newRow("full-width digit")
        << QByteArray("9135010０M000100Y43") << QByteArray("InvalidCharacter") << QByteArray("０") << ok << 8;
    QTest::newRow("hyphen") << QByteArray("91350100-000100Y43") << QByteArray("InvalidCharacter")
                            << QByteArray("-") << ok << 9;
    QTest::newRow("unknown authority B") << QByteArray("B1350100M000100Y41") << QByteArray("InvalidCharacter")
                                         << QByteArray("B") << QByteArray("1-9, A, N or Y") << 1;
    QTest::newRow("authority 0") << QByteArray("01350100M000100Y41") << QByteArray("InvalidCharacter")
                                 << QByteArray("0") << QByteArray("1-9, A, N or Y") << 1;
    QTest::newRow("entity kind letter") << QByteArray("9A350100M000100Y43") << QByteArray("InvalidCharacter")
                                        << QByteArray("A") << QByteArray("1-9") << 2;
    QTest::newRow("entity kind 0") << QByteArray("90350100M000100Y43") << QByteArray("InvalidCharacter")
                                   << QByteArray("0") << QByteArray("1-9") << 2;
    QTest::newRow("letter in division code")
        << QByteArray("9135A100M000100Y43") << QByteArray("InvalidCharacter") << QByteArray("A")
        << QByteArray("0-9") << 5;
    QTest::newRow("wrong check character")
        << QByteArray("91350100M000100Y44") << QByteArray("CheckCharacterMismatch") << QByteArray("4")
        << QByteArray("3") << 18;
    QTest::newRow("transposed digits")
        << QByteArray("91350100M000010Y43") << QByteArray("CheckCharacterMismatch") << QByteArray("3")
        << QByteArray("J") << 18;
    QTest::newRow("real code, one digit off")
        << QByteArray("91110000600037342L") << QByteArray("CheckCharacterMismatch") << QByteArray("L")
        << QByteArray("P") << 18;
    // Overall check recomputed so only the embedded GB 11714 organisation code check is wrong.
    QTest::newRow("organisation code check")
        << QByteArray("91350100M000100Y56") << QByteArray("CheckCharacterMismatch") << QByteArray("5")
        << QByteArray("4") << 17;
}

void TestValidators::uscc()
{
    runCodeRow(&checkUscc);
}

void TestValidators::usccMessages()
{
    const auto lower = checkUscc("91350100m000100Y43");
    QVERIFY(lower);
    QVERIFY2(lower->message.find("capital letters") != std::string::npos, lower->message.c_str());
    const auto check = checkUscc("91350100M000100Y44");
    QVERIFY(check);
    QCOMPARE(bytes(check->message).left(41), QByteArray("Check character is '4' but should be '3';"));
    const auto excluded = checkUscc("91350100I000100Y43");
    QVERIFY(excluded);
    QVERIFY2(excluded->message.find("never use I, O, S, V or Z") != std::string::npos,
             excluded->message.c_str());
}

void TestValidators::usccCheckCharacters_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("uscc");    // expected check character for usccCheckCharacter, "" = nothing
    QTest::addColumn<QByteArray>("orgCode"); // expected for organisationCodeCheckCharacter on input[8..16)
    QTest::newRow("fuzhou") << QByteArray("91350100M000100Y4") << QByteArray("3") << QByteArray("4");
    QTest::newRow("beijing") << QByteArray("91110000600037341") << QByteArray("L") << QByteArray("1");
    QTest::newRow("huawei") << QByteArray("91440300192203821") << QByteArray("6") << QByteArray("1");
    QTest::newRow("bad character") << QByteArray("9135010IM000100Y4") << QByteArray("") << QByteArray("4");
    QTest::newRow("lower case") << QByteArray("91350100m000100Y4") << QByteArray("") << QByteArray("");
    QTest::newRow("too short") << QByteArray("9135010") << QByteArray("") << QByteArray("");
}

void TestValidators::usccCheckCharacters()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, uscc);
    QFETCH(QByteArray, orgCode);
    const auto check = usccCheckCharacter(text(input));
    QCOMPARE(check ? QByteArray(1, *check) : QByteArray(""), uscc);
    const auto org =
        input.size() >= 16 ? organisationCodeCheckCharacter(text(input.mid(8, 8))) : std::nullopt;
    QCOMPARE(org ? QByteArray(1, *org) : QByteArray(""), orgCode);
}

void TestValidators::vin_data()
{
    addCodeColumns();
    const QByteArray ok;
    QTest::newRow("textbook example, check X") << QByteArray("1M8GDM9AXKP042788") << ok << ok << ok << 0;
    QTest::newRow("all ones") << QByteArray("11111111111111111") << ok << ok << ok << 0;
    QTest::newRow("SAIC-VW style") << QByteArray("LSVAU218XN2183294") << ok << ok << ok << 0;
    QTest::newRow("Great Wall style") << QByteArray("LGWEF4A51NF000123") << ok << ok << ok << 0;
    QTest::newRow("Sinotruk style") << QByteArray("LZZ5ELSDXJW123456") << ok << ok << ok << 0;
    QTest::newRow("FAW-VW style") << QByteArray("LFV2A21K6A3123456") << ok << ok << ok << 0;

    QTest::newRow("empty") << QByteArray("") << QByteArray("Required") << ok << ok << 0;
    QTest::newRow("16 characters") << QByteArray("LFV2A21K6A312345") << QByteArray("WrongLength")
                                   << QByteArray("16") << QByteArray("17") << 0;
    QTest::newRow("18 characters") << QByteArray("LFV2A21K6A31234567") << QByteArray("WrongLength")
                                   << QByteArray("18") << QByteArray("17") << 0;
    QTest::newRow("lower case") << QByteArray("lfv2a21k6a3123456") << QByteArray("InvalidCharacter")
                                << QByteArray("l") << ok << 1;
    QTest::newRow("letter I") << QByteArray("LFV2A21K6A3I23456") << QByteArray("InvalidCharacter")
                              << QByteArray("I") << ok << 12;
    QTest::newRow("letter O") << QByteArray("LFV2A21K6A3O23456") << QByteArray("InvalidCharacter")
                              << QByteArray("O") << ok << 12;
    QTest::newRow("letter Q") << QByteArray("LFV2A21K6A3Q23456") << QByteArray("InvalidCharacter")
                              << QByteArray("Q") << ok << 12;
    QTest::newRow("hyphen") << QByteArray("LFV2A21K6A3123-56") << QByteArray("InvalidCharacter")
                            << QByteArray("-") << ok << 15;
    QTest::newRow("Chinese character")
        << QByteArray("LFV2A21K6A312345车") << QByteArray("InvalidCharacter") << QByteArray("车") << ok << 17;
    QTest::newRow("transposed serial")
        << QByteArray("LFV2A21K6A3123465") << QByteArray("CheckCharacterMismatch") << QByteArray("6")
        << QByteArray("7") << 9;
    QTest::newRow("transposed model")
        << QByteArray("LFV2A12K6A3123456") << QByteArray("CheckCharacterMismatch") << QByteArray("6")
        << QByteArray("5") << 9;
    QTest::newRow("European VIN without check digit")
        << QByteArray("WP0ZZZ99ZTS392124") << QByteArray("CheckCharacterMismatch") << QByteArray("Z")
        << QByteArray("8") << 9;
}

void TestValidators::vin()
{
    runCodeRow(&checkVin);
}

void TestValidators::vinCheckDigit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digit"); // "" = nothing
    QTest::newRow("remainder 10 is X") << QByteArray("1M8GDM9A0KP042788") << QByteArray("X");
    QTest::newRow("placeholder in position 9") << QByteArray("LFVZA21K?A3123456") << QByteArray("8");
    QTest::newRow("digit") << QByteArray("LGWEF4A5XNF000123") << QByteArray("1");
    QTest::newRow("letter I") << QByteArray("IFV2A21K6A3123456") << QByteArray("");
    QTest::newRow("lower case") << QByteArray("lFV2A21K6A3123456") << QByteArray("");
    QTest::newRow("too short") << QByteArray("LFV2A21K6A312345") << QByteArray("");
}

void TestValidators::vinCheckDigit()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digit);
    const auto check = saggar::vinCheckDigit(text(input));
    QCOMPARE(check ? QByteArray(1, *check) : QByteArray(""), digit);
}

void TestValidators::plate_data()
{
    addCodeColumns();
    const QByteArray ok;
    QTest::newRow("ordinary") << QByteArray("粤E12345") << ok << ok << ok << 0;
    QTest::newRow("ordinary with dot and letter") << QByteArray("粤E·A1234") << ok << ok << ok << 0;
    QTest::newRow("bullet separator") << QByteArray("京A•12345") << ok << ok << ok << 0;
    QTest::newRow("new energy small, spaced") << QByteArray("鲁C D12345") << ok << ok << ok << 0;
    QTest::newRow("new energy small") << QByteArray("鲁CD12345") << ok << ok << ok << 0;
    QTest::newRow("new energy small F, letter") << QByteArray("沪AFK1234") << ok << ok << ok << 0;
    QTest::newRow("new energy small 2021 letter") << QByteArray("浙AA12345") << ok << ok << ok << 0;
    QTest::newRow("new energy large") << QByteArray("赣H12345D") << ok << ok << ok << 0;
    QTest::newRow("new energy large F") << QByteArray("冀B12345F") << ok << ok << ok << 0;
    QTest::newRow("letters in serial") << QByteArray("闽C8K9Q2") << ok << ok << ok << 0;
    QTest::newRow("trailer") << QByteArray("粤X5023挂") << ok << ok << ok << 0;
    QTest::newRow("trailer, spaced") << QByteArray(" 粤X 5023挂 ") << ok << ok << ok << 0;

    QTest::newRow("empty") << QByteArray("") << QByteArray("Required") << ok << ok << 0;
    QTest::newRow("only spaces") << QByteArray("   ") << QByteArray("Required") << ok << ok << 0;
    QTest::newRow("no province") << QByteArray("XX12345") << QByteArray("UnknownProvince") << QByteArray("X")
                                 << ok << 1;
    QTest::newRow("not a province") << QByteArray("中A12345") << QByteArray("UnknownProvince")
                                    << QByteArray("中") << ok << 1;
    QTest::newRow("city letter I") << QByteArray("粤I12345") << QByteArray("InvalidCharacter")
                                   << QByteArray("I") << ok << 2;
    QTest::newRow("city letter O") << QByteArray("粤O12345") << QByteArray("InvalidCharacter")
                                   << QByteArray("O") << ok << 2;
    QTest::newRow("city lower case") << QByteArray("粤e12345") << QByteArray("InvalidCharacter")
                                     << QByteArray("e") << ok << 2;
    QTest::newRow("city digit") << QByteArray("粤112345") << QByteArray("InvalidCharacter") << QByteArray("1")
                                << ok << 2;
    QTest::newRow("province only") << QByteArray("粤") << QByteArray("WrongLength") << QByteArray("1")
                                   << QByteArray("7 or 8") << 0;
    QTest::newRow("too short") << QByteArray("粤E1234") << QByteArray("WrongLength") << QByteArray("6")
                               << QByteArray("7 or 8") << 0;
    QTest::newRow("too long") << QByteArray("粤E1234567") << QByteArray("WrongLength") << QByteArray("9")
                              << QByteArray("7 or 8") << 0;
    QTest::newRow("letter O at the end")
        << QByteArray("粤E1234O") << QByteArray("InvalidCharacter") << QByteArray("O") << ok << 7;
    QTest::newRow("letter I in serial")
        << QByteArray("粤E12I34") << QByteArray("InvalidCharacter") << QByteArray("I") << ok << 5;
    QTest::newRow("lower case serial")
        << QByteArray("粤E1234a") << QByteArray("InvalidCharacter") << QByteArray("a") << ok << 7;
    QTest::newRow("trailer mark not last")
        << QByteArray("粤X502挂3") << QByteArray("InvalidCharacter") << QByteArray("挂") << ok << 6;
    QTest::newRow("dot inside serial")
        << QByteArray("粤E12·345") << QByteArray("InvalidCharacter") << QByteArray("·") << ok << 5;
    QTest::newRow("new energy small, letter late")
        << QByteArray("粤ED1234A") << QByteArray("BadFormat") << QByteArray("D1234A") << ok << 3;
    QTest::newRow("new energy large, wrong suffix")
        << QByteArray("粤E12345X") << QByteArray("BadFormat") << QByteArray("12345X") << ok << 3;
    QTest::newRow("new energy, letter Z first")
        << QByteArray("粤EZ12345") << QByteArray("BadFormat") << QByteArray("Z12345") << ok << 3;
    QTest::newRow("trailer mark in 8 characters")
        << QByteArray("粤X50231挂") << QByteArray("InvalidCharacter") << QByteArray("挂") << ok << 8;
}

void TestValidators::plate()
{
    runCodeRow(&checkPlate);
}

void TestValidators::normalisePlate_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("already normal") << QByteArray("粤E12345") << QByteArray("粤E12345");
    QTest::newRow("middle dot") << QByteArray("粤E·A1234") << QByteArray("粤EA1234");
    QTest::newRow("bullet") << QByteArray("京A•12345") << QByteArray("京A12345");
    QTest::newRow("space") << QByteArray("鲁C D12345") << QByteArray("鲁CD12345");
    QTest::newRow("spaces around") << QByteArray(" 赣H 12345D ") << QByteArray("赣H12345D");
    QTest::newRow("ideographic space") << QByteArray("粤X　5023挂") << QByteArray("粤X5023挂");
    QTest::newRow("not a plate: unchanged") << QByteArray("粤I 12345") << QByteArray("粤I 12345");
    QTest::newRow("dot in wrong place: unchanged") << QByteArray("粤E12·345") << QByteArray("粤E12·345");
}

void TestValidators::normalisePlate()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, stored);
    QCOMPARE(bytes(saggar::normalisePlate(text(input))), stored);
}

QTEST_APPLESS_MAIN(TestValidators)
#include "tst_validators.moc"
