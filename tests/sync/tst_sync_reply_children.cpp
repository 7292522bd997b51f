// How the sync client reads a file's documents and workflow children (sync/sync_reply_children.h, through
// parseChangePage and parseFileReply): a well-formed file gives its documents, memo, risk assessment,
// approvals, exceptions and who wrote it; a member of the wrong type, an unknown key, a missing member,
// an unknown enumeration key or a risk assessment of another round refuses the whole page.
#include "sync/sync_reply.h"

#include <QTest>

#include <string>

using namespace saggar;

namespace {

// A feed page with one change whose file carries `children` (JSON members, comma-led) after its fields.
std::string page(const std::string& children)
{
    return R"({"changes":[{"seq":4,"fileId":17,"version":9,"deleted":false,"atMs":1,"file":{)"
           R"("id":17,"version":9,"deleted":false,"state":"manual_review","amountFen":380000000,)"
           R"("termMonths":36,"annualRatePct":4.35,"purpose":"p")" +
           children + R"(}}],"cursor":4,"more":false})";
}

const std::string kDocuments =
    R"(,"documents":[{"id":90,"kind":"business_licence","status":"received","note":"seen","updatedAtMs":5,)"
    R"("attachments":[]}])";

std::string memo(const std::string& extra = {})
{
    return R"({"version":2,"sections":{"borrower":"b","purpose":"p","repayment_source":"r","collateral":"c",)"
           R"("risk":"idle kilns","conditions":"k","recommendation":"approve"},"authorId":1,"atMs":6,)"
           R"("frozen":true)" +
           extra + "}";
}

std::string withChildren(const std::string& memoJson, const std::string& risk, const std::string& approvals,
                         const std::string& exceptions,
                         const std::string& by = R"({"id":3,"displayName":"张伟"})")
{
    return kDocuments + R"(,"decisionRound":2,"memo":)" + memoJson + R"(,"riskAssessment":)" + risk +
           R"(,"approvals":)" + approvals + R"(,"exceptions":)" + exceptions + R"(,"updatedBy":)" + by;
}

const std::string kRisk = R"({"round":2,"grade":"b","rationale":"steady","assessedBy":3,"atMs":7})";
const std::string kApprovals =
    R"([{"id":11,"round":2,"approverId":3,"comment":"ok","memoVersion":2,"atMs":8}])";
const std::string kExceptions = R"([{"id":12,"kind":"waived_document","subject":"tax_certificate",)"
                                R"("justification":"late","grantedBy":3,"atMs":9}])";

bool refused(const std::string& body, const char* mention)
{
    auto p = parseChangePage(body, 0);
    if (p)
        return false;
    if (p.error().message.find(mention) == std::string::npos) {
        qWarning("refused, but with: %s", p.error().message.c_str());
        return false;
    }
    return true;
}

} // namespace

class TestSyncReplyChildren : public QObject
{
    Q_OBJECT

private slots:
    void aWellFormedFileIsReadWhole()
    {
        auto p = parseChangePage(page(withChildren(memo(), kRisk, kApprovals, kExceptions)), 0);
        QVERIFY2(p.ok(), p ? "" : p.error().message.c_str());
        const RemoteFile& f = *p->changes.at(0).file;
        QCOMPARE(f.documents.size(), std::size_t(1));
        QCOMPARE(f.documents[0].id, Id(90));
        QCOMPARE(f.documents[0].status, DocumentStatus::Received);
        QCOMPARE(f.documents[0].note, std::string("seen"));
        QVERIFY(f.children);
        const RemoteChildren& c = *f.children;
        QCOMPARE(c.decisionRound, std::int64_t(2));
        QVERIFY(c.memo);
        QCOMPARE(c.memo->version, std::int64_t(2));
        QCOMPARE(c.memo->section(MemoSection::Risk), std::string("idle kilns"));
        QVERIFY(c.memo->frozen);
        QVERIFY(c.risk);
        QCOMPARE(c.risk->grade, RiskGrade::B);
        QCOMPARE(c.approvals.size(), std::size_t(1));
        QCOMPARE(c.approvals[0].round, 2);
        QCOMPARE(c.approvals[0].approverId, Id(3));
        QCOMPARE(c.exceptions.size(), std::size_t(1));
        QCOMPARE(c.exceptions[0].kind, ExceptionKind::WaivedDocument);
        QCOMPARE(c.updatedById, Id(3));
        QCOMPARE(c.updatedByName, std::string("张伟"));
    }

    void nullsAndAnOlderServer()
    {
        auto p = parseChangePage(page(withChildren("null", "null", "[]", "[]", "null")), 0);
        QVERIFY2(p.ok(), p ? "" : p.error().message.c_str());
        const RemoteChildren& c = *p->changes.at(0).file->children;
        QVERIFY(!c.memo);
        QVERIFY(!c.risk);
        QCOMPARE(c.updatedById, Id(0));
        // A server that sends none of them: no children, the page is still read.
        auto old = parseChangePage(page(""), 0);
        QVERIFY(old.ok());
        QVERIFY(!old->changes.at(0).file->children);
        QVERIFY(old->changes.at(0).file->documents.empty());
    }

    void hostileFilesRefuseThePage_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("mention");
        const auto row = [](const char* name, const std::string& kids, const char* mention) {
            QTest::newRow(name) << QString::fromStdString(page(kids)) << QString(mention);
        };
        row("unknown key in memo", withChildren(memo(R"(,"signedBy":4)"), kRisk, kApprovals, kExceptions),
            "unknown member 'signedBy'");
        row("unknown memo section",
            withChildren(R"({"version":1,"sections":{"borrower":"b","purpose":"p","repayment_source":"r",)"
                         R"("collateral":"c","risk":"x","conditions":"k","recommendation":"r","gossip":"!"},)"
                         R"("authorId":1,"atMs":6,"frozen":false})",
                         kRisk, kApprovals, kExceptions),
            "unknown member 'gossip'");
        row("memo section missing",
            withChildren(R"({"version":1,"sections":{"borrower":"b"},"authorId":1,"atMs":6,"frozen":false})",
                         kRisk, kApprovals, kExceptions),
            "'purpose' is missing");
        row("memo version text",
            withChildren(R"({"version":"2","sections":{},"authorId":1,"atMs":6,"frozen":false})", kRisk,
                         kApprovals, kExceptions),
            "'version' is not an integer");
        row("memo version 0",
            withChildren(R"({"version":0,"sections":{},"authorId":1,"atMs":6,"frozen":false})", kRisk,
                         kApprovals, kExceptions),
            "'version' is below 1");
        row("frozen as number",
            withChildren(R"({"version":1,"sections":{},"authorId":1,"atMs":6,"frozen":1})", kRisk, kApprovals,
                         kExceptions),
            "'frozen' is not true/false");
        row("memo a list", withChildren("[]", kRisk, kApprovals, kExceptions), "'memo' is not an object");
        row("unknown grade",
            withChildren(memo(), R"({"round":2,"grade":"z","rationale":"","assessedBy":3,"atMs":7})",
                         kApprovals, kExceptions),
            "unknown value 'z'");
        row("risk of another round",
            withChildren(memo(), R"({"round":1,"grade":"b","rationale":"","assessedBy":3,"atMs":7})",
                         kApprovals, kExceptions),
            "round 1 is not the file's 2");
        row("approvals an object", withChildren(memo(), kRisk, "{}", kExceptions),
            "'approvals' is not a list");
        row("approval not an object", withChildren(memo(), kRisk, "[3]", kExceptions),
            "approval 1: not an object");
        row("approval without approver",
            withChildren(memo(), kRisk, R"([{"id":11,"round":2,"comment":"","memoVersion":2,"atMs":8}])",
                         kExceptions),
            "'approverId' is missing");
        row("approval with extra",
            withChildren(
                memo(), kRisk,
                R"([{"id":11,"round":2,"approverId":3,"comment":"","memoVersion":2,"atMs":8,"x":1}])",
                kExceptions),
            "unknown member 'x'");
        row("exception of unknown kind",
            withChildren(
                memo(), kRisk, kApprovals,
                R"([{"id":12,"kind":"bribe","subject":"","justification":"","grantedBy":3,"atMs":9}])"),
            "unknown value 'bribe'");
        row("exception id negative",
            withChildren(
                memo(), kRisk, kApprovals,
                R"([{"id":-1,"kind":"waived_document","subject":"","justification":"","grantedBy":3,"atMs":9}])"),
            "'id' is below 1");
        row("decisionRound missing",
            kDocuments + R"(,"memo":null,"riskAssessment":null,"approvals":[],)"
                         R"("exceptions":[],"updatedBy":null)",
            "'decisionRound' is missing");
        row("updatedBy without name", withChildren(memo(), kRisk, kApprovals, kExceptions, R"({"id":3})"),
            "'displayName' is missing");
        row("document status unknown",
            R"(,"documents":[{"id":90,"kind":"business_licence","status":"lost","note":"","updatedAtMs":5,)"
            R"("attachments":[]}])",
            "unknown value 'lost'");
        row("document unknown key",
            R"(,"documents":[{"id":90,"kind":"business_licence","status":"received","note":"","updatedAtMs":5,)"
            R"("attachments":[],"owner":"me"}])",
            "unknown member 'owner'");
        row("document note a number",
            R"(,"documents":[{"id":90,"kind":"business_licence","status":"received","note":7,"updatedAtMs":5,)"
            R"("attachments":[]}])",
            "'note' is not text");
        row("documents an object", R"(,"documents":{})", "'documents' is not a list");
    }

    void hostileFilesRefuseThePage()
    {
        QFETCH(QString, body);
        QFETCH(QString, mention);
        QVERIFY(refused(body.toStdString(), mention.toUtf8().constData()));
    }

    void theFileReplyReadsThemToo()
    {
        const std::string file =
            R"({"id":17,"version":9,"deleted":false,"state":"manual_review",)"
            R"("amountFen":380000000,"termMonths":36,"annualRatePct":4.35,"purpose":"p")" +
            withChildren(memo(), kRisk, kApprovals, kExceptions) + "}";
        auto r = parseFileReply(file, 17);
        QVERIFY2(r.ok(), r ? "" : r.error().message.c_str());
        QVERIFY(r->file->children);
        QCOMPARE(r->file->children->approvals.size(), std::size_t(1));
        auto bad =
            parseFileReply(R"({"id":17,"version":9,"deleted":false,"state":"manual_review",)"
                           R"("amountFen":380000000,"termMonths":36,"annualRatePct":4.35,"purpose":"p")" +
                               withChildren(memo(R"(,"x":1)"), kRisk, kApprovals, kExceptions) + "}",
                           17);
        QVERIFY(!bad.ok());
    }
};

QTEST_GUILESS_MAIN(TestSyncReplyChildren)
#include "tst_sync_reply_children.moc"
