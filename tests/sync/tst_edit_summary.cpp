// summarizeEdit: every kind of outbox body the workstation writes is read into what the queue view
// says, and a body it cannot read is "other", never an error.
#include "sync/edit_summary.h"

#include <QTest>

using namespace saggar;

Q_DECLARE_METATYPE(saggar::EditKind)

class TestEditSummary : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<EditKind>("kind");
        QTest::addColumn<QString>("detail");
        QTest::newRow("truck") << R"({"add":{"trucks":[{"vin":"LZZ5ELND4PW123456","plate":"粤E12345"}]}})"
                               << EditKind::PledgeTruck << "粤E12345";
        QTest::newRow("truck without plate")
            << R"({"add":{"trucks":[{"vin":"LZZ5ELND4PW123456","plate":""}]}})" << EditKind::PledgeTruck
            << "LZZ5ELND4PW123456";
        QTest::newRow("kiln") << R"({"add":{"kilns":[{"type":"roller","gatewayId":"G-000008"}]}})"
                              << EditKind::PledgeKiln << "G-000008";
        QTest::newRow("condition")
            << R"({"add":{"covenants":[{"kind":"covenant","description":"LTV ≤ 70%"}]}})"
            << EditKind::AddCovenant << "LTV ≤ 70%";
        QTest::newRow("move") << R"({"action":"approve","reason":"","comment":"ok"})" << EditKind::Move
                              << "approve";
        QTest::newRow("delete") << R"({"delete":true})" << EditKind::Delete << "";
        QTest::newRow("attach") << R"({"attach":90,"body":{"fileName":"licence.pdf","sizeBytes":10}})"
                                << EditKind::Attach << "licence.pdf";
        QTest::newRow("new file")
            << R"({"product":"equipment_mortgage","amountFen":1,"enterprise":{"nameZh":"佛山金砖","nameEn":"x"}})"
            << EditKind::CreateFile << "佛山金砖";
        QTest::newRow("not json") << "{\"set\":" << EditKind::Other << "";
        QTest::newRow("array") << "[1,2]" << EditKind::Other << "";
        QTest::newRow("empty add") << R"({"add":{"trucks":[]}})" << EditKind::Other << "";
        QTest::newRow("attach body not an object") << R"({"attach":90,"body":7})" << EditKind::Attach << "";
    }

    void kinds()
    {
        QFETCH(QString, body);
        QFETCH(EditKind, kind);
        QFETCH(QString, detail);
        const EditSummary s = summarizeEdit(body.toStdString());
        QCOMPARE(s.kind, kind);
        QCOMPARE(QString::fromStdString(s.detail), detail);
    }

    void fieldsInTheBodysOrder()
    {
        const EditSummary s =
            summarizeEdit(R"({"set":{"purpose":"三台","amountFen":400000000,"memo/sections/risk":"…"}})");
        QCOMPARE(s.kind, EditKind::Fields);
        QCOMPARE(s.paths, (std::vector<std::string>{"purpose", "amountFen", "memo/sections/risk"}));
    }
};

QTEST_GUILESS_MAIN(TestEditSummary)
#include "tst_edit_summary.moc"
