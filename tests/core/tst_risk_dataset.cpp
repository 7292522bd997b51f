// Column mappings and the CSV reader: mapping statements and their refusals (by mapping line), values read by
// number or header name, quotes, missing values, and bad data refused with the line, column and expectation.
#include "core/risk_dataset.h"

#include <QObject>
#include <QTest>

using namespace saggar::risk;

namespace {

constexpr const char* kMapping = "# a comment\n"
                                 "delimiter comma\n"
                                 "header no\n"
                                 "missing NA ?\n"
                                 "target 4 bad default good ok   # trailing comment\n"
                                 "numeric 1 ltv   Loan-to-value ratio\n"
                                 "categorical 2 segment Segment of the business\n"
                                 "numeric 3 age\n"
                                 "value segment d haulage firms\n";

ColumnMapping mapping(const char* text = kMapping)
{
    auto m = parseColumnMapping(text);
    if (!m)
        qFatal("%s", m.error().message.c_str());
    return *m;
}

std::string readError(const std::string& csv, const char* mappingText = kMapping)
{
    auto t = readTrainingTable(csv, mapping(mappingText));
    return t ? std::string("(read)") : t.error().message;
}

} // namespace

class TestRiskDataset : public QObject
{
    Q_OBJECT

private slots:
    void mappingStatements()
    {
        const ColumnMapping m = mapping();
        QCOMPARE(m.delimiter, Delimiter::Comma);
        QVERIFY(!m.header);
        QCOMPARE(m.missingTokens, (std::vector<std::string>{"NA", "?"}));
        QCOMPARE(m.target.number, std::size_t(4));
        QCOMPARE(m.badValue, std::string("default"));
        QCOMPARE(m.goodValue, std::string("ok"));
        QCOMPARE(m.attributes.size(), std::size_t(3));
        QCOMPARE(m.attributes[0].attribute.label, std::string("Loan-to-value ratio"));
        QCOMPARE(m.attributes[1].attribute.kind, AttributeKind::Categorical);
        QCOMPARE(m.attributes[1].attribute.categoryWords("d"), std::string("haulage firms"));
        QCOMPARE(m.attributes[1].attribute.categoryWords("a"), std::string("a"));
        QCOMPARE(m.attributes[2].attribute.words(), std::string("age"));
        QCOMPARE(m.attributes[2].column.number, std::size_t(3));
    }

    void mappingRefusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString ok = "target 3 bad 1 good 0\nnumeric 1 a\n";
        QTest::newRow("delimiter")
            << "delimiter colon\n" + ok
            << "mapping line 1: delimiter takes one of whitespace, comma, semicolon, tab, pipe";
        QTest::newRow("header") << "header maybe\n" + ok << "mapping line 1: header takes yes or no";
        QTest::newRow("target without good")
            << "numeric 1 a\ntarget 3 bad 1\n"
            << "mapping line 2: write the target as: target COLUMN bad VALUE good VALUE";
        QTest::newRow("same good and bad")
            << "target 3 bad 1 good 1\n"
            << "mapping line 1: the bad and good values of the target must differ";
        QTest::newRow("name without header") << "target status bad 1 good 0\n"
                                             << "mapping line 1: 'status' is not a column number (columns "
                                                "count from 1; names need 'header yes' first)";
        QTest::newRow("column zero") << ok + "numeric 0 b\n"
                                     << "mapping line 3: '0' is not a column number (columns count from 1; "
                                        "names need 'header yes' first)";
        QTest::newRow("attribute without name")
            << ok + "categorical 2\n"
            << "mapping line 3: write an attribute as: categorical COLUMN NAME [LABEL WORDS]";
        QTest::newRow("unknown statement")
            << ok + "weight 2 w\n"
            << "mapping line 3: unknown statement 'weight' (use delimiter, header, missing, target, numeric, "
               "categorical, value)";
        QTest::newRow("no target") << "numeric 1 a\n"
                                   << "mapping: no target line (write: target COLUMN bad VALUE good VALUE)";
        QTest::newRow("no attributes")
            << "target 3 bad 1 good 0\n"
            << "mapping: no attributes (write: numeric COLUMN NAME or categorical COLUMN NAME)";
        QTest::newRow("column twice") << ok + "categorical 1 b\n"
                                      << "mapping: column 1 is used twice (attribute 'b')";
        QTest::newRow("target column as attribute") << ok + "numeric 3 c\n"
                                                    << "mapping: column 3 is used twice (attribute 'c')";
        QTest::newRow("name twice") << ok + "numeric 2 a\n"
                                    << "mapping line 3: attribute 'a' is named twice";
        QTest::newRow("words for unknown attribute") << ok + "value zz x words\n"
                                                     << "mapping line 3: no attribute named 'zz'";
        QTest::newRow("words for a number")
            << ok + "value a 1 one\n"
            << "mapping line 3: 'a' is numeric; category words are for categorical attributes";
    }

    void mappingRefusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto m = parseColumnMapping(text.toStdString());
        QVERIFY(!m.ok());
        QCOMPARE(QString::fromStdString(m.error().message), message);
    }

    void readsRows()
    {
        const std::string csv = "0.5,a,40,ok\r\n"
                                "\n"
                                "0.9, \"d\" ,NA,default\n"
                                "+1.25,\"x,\"\"y\"\"\",,ok";
        auto t = readTrainingTable(csv, mapping());
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
        QCOMPARE(t->rows.size(), std::size_t(3));
        QCOMPARE(t->bad, (std::vector<std::uint8_t>{0, 1, 0}));
        QCOMPARE(t->lineOf, (std::vector<std::size_t>{1, 3, 4}));
        QCOMPARE(t->badCount(), std::size_t(1));
        QCOMPARE(t->rows[0][0].number, 0.5);
        QCOMPARE(t->rows[0][1].category, std::string("a"));
        QCOMPARE(t->rows[1][1].category, std::string("d"));
        QVERIFY(t->rows[1][2].missing);
        QCOMPARE(t->rows[2][0].number, 1.25);
        QCOMPARE(t->rows[2][1].category, std::string("x,\"y\""));
        QVERIFY(t->rows[2][2].missing);
        QCOMPARE(t->dataHash, sha256Tag(csv));
        QCOMPARE(sha256Tag("abc"),
                 std::string("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(t->attributes[1].categoryWords("d"), std::string("haulage firms"));
    }

    void readsByHeaderNameWithWhitespace()
    {
        const char* m = "delimiter whitespace\nheader yes\ntarget class bad 2 good 1\n"
                        "categorical status A1 Checking account\nnumeric months A2\n";
        auto t = readTrainingTable("months  status class\n6 A11 1\n\t48   A12 2\n", mapping(m));
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
        QCOMPARE(t->rows.size(), std::size_t(2));
        QCOMPARE(t->rows[1][0].category, std::string("A12"));
        QCOMPARE(t->rows[1][1].number, 48.0);
        QCOMPARE(t->bad, (std::vector<std::uint8_t>{0, 1}));
        QCOMPARE(t->lineOf, (std::vector<std::size_t>{2, 3}));
        QCOMPARE(splitFields("a;b; c ;", Delimiter::Semicolon),
                 (std::vector<std::string>{"a", "b", "c", ""}));
        QCOMPARE(splitFields("a|b", Delimiter::Pipe), (std::vector<std::string>{"a", "b"}));
        QCOMPARE(splitFields("a\tb c", Delimiter::Tab), (std::vector<std::string>{"a", "b c"}));
    }

    void badDataRefused_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number") << "0.5,a,40,ok\n0.6,b,forty,ok\n"
                                      << "line 2: column 3 (attribute 'age') is 'forty', not a number";
        QTest::newRow("infinite") << "inf,a,40,ok\n"
                                  << "line 1: column 1 (attribute 'ltv') is 'inf', not a number";
        QTest::newRow("short line") << "0.5,a,40,ok\n\n0.5,a\n"
                                    << "line 3: 2 columns; attribute 'age' is in column 3";
        QTest::newRow("no target") << "0.5,a,40\n"
                                   << "line 1: 3 columns; the target is in column 4";
        QTest::newRow("bad target")
            << "0.5,a,40,ok\n0.5,a,40,ok\n0.5,a,40,ok\n0.5,a,40,maybe\n"
            << "line 4: the target (column 4) is 'maybe'; expected 'default' (bad) or 'ok' (good)";
        QTest::newRow("empty") << "\n\n"
                               << "the file has no data lines";
    }

    void badDataRefused()
    {
        QFETCH(QString, csv);
        QFETCH(QString, message);
        QCOMPARE(QString::fromStdString(readError(csv.toStdString())), message);
    }

    void headerMustNameTheColumns()
    {
        const char* m = "header yes\ntarget status bad 1 good 0\nnumeric ltv ltv\n";
        QCOMPARE(readError("ltv,state\n0.5,1\n", m),
                 std::string("line 1: the header has no column 'status' (the target)"));
        QCOMPARE(readError("\nltv,state\n0.5,1\n", m),
                 std::string("line 2: the header has no column 'status' (the target)"));
        QCOMPARE(readError("LTV,status\n0.5,1\n", m),
                 std::string("line 1: the header has no column 'ltv' (attribute 'ltv')"));
    }

    void scoringFilesMayLackTheTarget()
    {
        auto t = readTrainingTable("0.5,a,40\n0.7,b,41\n", mapping(), TargetUse::IfPresent);
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
        QCOMPARE(t->bad, (std::vector<std::uint8_t>{0, 0}));
        // Once the first line has the target, every line must.
        auto mixed = readTrainingTable("0.5,a,40,ok\n0.7,b,41\n", mapping(), TargetUse::IfPresent);
        QVERIFY(!mixed.ok());
        QCOMPARE(mixed.error().message, std::string("line 2: 3 columns; the target is in column 4"));
    }
};

QTEST_APPLESS_MAIN(TestRiskDataset)
#include "tst_risk_dataset.moc"
