// The sync client reads conditions, covenants and appraised values strictly (sync/sync_reply.h): a
// change page whose file carries `covenants` and trucks and kilns with `appraisedValueFen` /
// `appraisedBy` is read whole; every member of a covenant of the wrong type, missing, or an unknown
// key refuses the whole page; a PATCH answer's covenants are read the same way.
#include "sync/sync_reply.h"

#include <QTest>

using namespace saggar;

namespace {

const char* kCovenant = "{\"id\":5,\"kind\":\"condition_precedent\",\"metric\":\"tracker_online_pct\","
                        "\"description\":\"Trackers online\",\"threshold\":95.5,\"status\":\"met\","
                        "\"note\":\"seen\",\"updatedAtMs\":1795100000000}";

std::string page(const std::string& covenants, const std::string& truckExtra = {})
{
    return "{\"changes\":[{\"seq\":3,\"fileId\":17,\"version\":9,\"deleted\":false,\"atMs\":1795100000000,"
           "\"file\":{\"state\":\"appraisal\",\"amountFen\":100000000,\"termMonths\":24,\"annualRatePct\":4."
           "35,"
           "\"purpose\":\"kilns\",\"trucks\":[{\"id\":31,\"vin\":\"LZZ5ELND4PW123456\",\"plate\":\"P\","
           "\"brand\":\"B\","
           "\"model\":\"M\",\"year\":2022,\"purchasePriceFen\":1000,\"trackerId\":\"T-1\"" +
           truckExtra + "}]" + (covenants.empty() ? std::string() : ",\"covenants\":" + covenants) +
           "}}],\"cursor\":3,\"more\":false}";
}

} // namespace

class TestSyncReplyCovenants : public QObject
{
    Q_OBJECT

private slots:
    void aFileWithCovenantsAndAppraisalsIsReadWhole()
    {
        auto p = parseChangePage(
            page(std::string("[") + kCovenant + "]", ",\"appraisedValueFen\":900,\"appraisedBy\":2"), 0);
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
        const RemoteFile& f = *p->changes.at(0).file;
        QVERIFY(f.covenants.has_value());
        QCOMPARE(f.covenants->size(), std::size_t(1));
        const Covenant& c = f.covenants->front();
        QCOMPARE(c.id, Id(5));
        QCOMPARE(c.kind, CovenantKind::ConditionPrecedent);
        QCOMPARE(c.metric, CovenantMetric::TrackerOnlinePct);
        QCOMPARE(c.description, std::string("Trackers online"));
        QCOMPARE(c.threshold, 95.5);
        QCOMPARE(c.status, CovenantStatus::Met);
        QCOMPARE(c.note, std::string("seen"));
        QCOMPARE(c.updatedAtMs, TimestampMs(1795100000000));
        QVERIFY(f.appraisals);
        QCOMPARE(f.truckAppraisals.size(), std::size_t(1));
        QCOMPARE(f.truckAppraisals.front().value, Money::fromFen(900));
        QCOMPARE(f.truckAppraisals.front().by, Id(2));
        // The truck itself is stored first without them, under the server's id when free.
        QCOMPARE(f.trucks.front().appraisedValue, Money());
        QCOMPARE(f.trucks.front().id, Id(31));
    }

    void anOlderServerSendsNeither()
    {
        auto p = parseChangePage(page({}), 0);
        QVERIFY(p.ok());
        QVERIFY(!p->changes.at(0).file->covenants.has_value());
        QVERIFY(!p->changes.at(0).file->appraisals);
        // An empty list is a file with no conditions, not an older server.
        auto empty = parseChangePage(page("[]"), 0);
        QVERIFY(empty.ok());
        QVERIFY(empty->changes.at(0).file->covenants.has_value());
        QVERIFY(empty->changes.at(0).file->covenants->empty());
    }

    void hostileCovenantsRefuseThePage_data()
    {
        QTest::addColumn<QString>("covenants");
        QTest::addColumn<QString>("truckExtra");
        const auto with = [](const char* from, const char* to) {
            std::string c = kCovenant;
            const auto at = c.find(from);
            c.replace(at, std::string(from).size(), to);
            return QString::fromStdString("[" + c + "]");
        };
        QTest::newRow("not a list") << QString(kCovenant) << QString();
        QTest::newRow("not an object") << "[5]" << QString();
        QTest::newRow("id as text") << with("\"id\":5", "\"id\":\"5\"") << QString();
        QTest::newRow("id 0") << with("\"id\":5", "\"id\":0") << QString();
        QTest::newRow("unknown kind") << with("condition_precedent", "promise") << QString();
        QTest::newRow("unknown metric") << with("tracker_online_pct", "mood") << QString();
        QTest::newRow("unknown status") << with("\"met\"", "\"kept\"") << QString();
        QTest::newRow("threshold as text") << with("95.5", "\"95.5\"") << QString();
        QTest::newRow("note as a number") << with("\"seen\"", "7") << QString();
        QTest::newRow("description missing") << with("\"description\":\"Trackers online\",", "") << QString();
        QTest::newRow("time fractional") << with("1795100000000", "1.5") << QString();
        QTest::newRow("appraised value as text")
            << QString() << QString(",\"appraisedValueFen\":\"900\",\"appraisedBy\":2");
        QTest::newRow("appraised by missing") << QString() << QString(",\"appraisedValueFen\":900");
        QTest::newRow("negative value")
            << QString() << QString(",\"appraisedValueFen\":-1,\"appraisedBy\":2");
    }
    void hostileCovenantsRefuseThePage()
    {
        QFETCH(QString, covenants);
        QFETCH(QString, truckExtra);
        auto p = parseChangePage(page(covenants.toStdString(), truckExtra.toStdString()), 0);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, ErrorCode::InvalidInput);
    }

    void aPatchAnswersCovenantsAreReadToo()
    {
        auto ok = parseAcceptedCovenants(std::string("{\"version\":4,\"file\":{\"covenants\":[") + kCovenant +
                                         "]}}");
        QVERIFY(ok.ok());
        QCOMPARE(ok->front().id, Id(5));
        QVERIFY(!parseAcceptedCovenants("{\"version\":4,\"file\":{}}").ok());
        QVERIFY(!parseAcceptedCovenants("{\"version\":4}").ok());
        QVERIFY(!parseAcceptedCovenants("{\"version\":4,\"file\":{\"covenants\":[{\"id\":5}]}}").ok());
    }
};

QTEST_GUILESS_MAIN(TestSyncReplyCovenants)
#include "tst_sync_reply_covenants.moc"
