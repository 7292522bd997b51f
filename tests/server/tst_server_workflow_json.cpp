// The workflow children of a loan file as the server sends them (server/file_workflow_json.h), over real
// loopback HTTP: GET /api/v1/files/{id} carries decisionRound, the latest memo (frozen or not), the
// current round's risk assessment only, every round's approvals in order, the exceptions and updatedBy
// (the person of the field log at the current version); a file with none of them has null / empty
// members; the change feed's file carries the same; the sync client reads both.
#include "server_client.h"

#include "sync/sync_reply.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <QTemporaryDir>
#include <QtTest>

#include <mutex>

using namespace saggar;
using saggar::test::Answer;
using saggar::test::TestApiServer;

namespace {

constexpr TimestampMs kStart = 1795100000000;

} // namespace

class TstServerWorkflowJson : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{kStart};
    TestApiServer m_api;
    Id m_full = 0, m_bare = 0, m_manager = 0, m_analyst = 0;

    Answer get(const std::string& path)
    {
        return test::httpCall(m_api.port(), "GET", path, {},
                              {{"Authorization", "Bearer " + m_api.token("manager")}}, test::noBody());
    }
    void exec(const std::string& sql) { QVERIFY2(m_api.db().exec(sql).ok(), sql.c_str()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_api.open(m_dir.path().toStdString()).ok());
        m_manager = m_api.userId("manager");
        m_analyst = m_api.userId("analyst");
        m_full = m_api.db().queryInt64("SELECT min(id) FROM loan_files").value();
        m_bare = m_api.db().queryInt64("SELECT max(id) FROM loan_files").value();
        const std::string full = std::to_string(m_full), bare = std::to_string(m_bare);
        const std::string manager = std::to_string(m_manager), analyst = std::to_string(m_analyst);
        for (const char* table : {"credit_memos", "risk_assessments", "approvals", "policy_exceptions"})
            exec(std::string("DELETE FROM ") + table + " WHERE loan_file_id IN (" + full + ", " + bare + ")");
        exec("UPDATE loan_files SET decision_round = 2, approved_memo_version = NULL WHERE id = " + full);
        exec("UPDATE loan_files SET version = 3 WHERE id = " + bare); // no field log entry at version 3
        for (int v : {1, 2})
            exec("INSERT INTO credit_memos (loan_file_id, version, borrower, purpose, repayment_source, "
                 "collateral, risk, conditions, recommendation, author_id, at_ms, frozen) VALUES (" +
                 full + ", " + std::to_string(v) + ", 'b', 'p', 'r', 'c', 'risk v" + std::to_string(v) +
                 "', 'k', 'approve', " + analyst + ", " + std::to_string(kStart + v) + ", " +
                 (v == 2 ? "1" : "0") + ")");
        exec(
            "INSERT INTO risk_assessments (loan_file_id, round, grade, rationale, assessed_by, at_ms) VALUES "
            "(" +
            full + ", 1, 'd', 'first round', " + manager + ", 1), (" + full + ", 2, 'b', 'second round', " +
            manager + ", 2)");
        exec("INSERT INTO approvals (loan_file_id, round, approver_id, comment, memo_version, at_ms) VALUES "
             "(" +
             full + ", 2, " + manager + ", 'again', 2, 20), (" + full + ", 1, " + manager +
             ", 'first', 1, 10)");
        exec("INSERT INTO policy_exceptions (loan_file_id, kind, subject, justification, granted_by, at_ms) "
             "VALUES (" +
             full + ", 'waived_document', 'document:tax_certificate', 'filed late', " + manager + ", 30)");
        QVERIFY(m_api.start(m_clock).ok());
        std::lock_guard lock(m_api.mutex()); // the field log exists once the server's sync tables do
        exec("INSERT INTO server_field_log (file_id, version, path, before_json, after_json, user_id, at_ms) "
             "SELECT id, version, 'state', '\"a\"', '\"b\"', " +
             manager + ", 40 FROM loan_files WHERE id = " + full);
    }

    void cleanupTestCase() { m_api.stop(); }

    void aFileCarriesItsChildren()
    {
        const Answer a = get("/api/v1/files/" + std::to_string(m_full));
        QCOMPARE(a.status, 200);
        const auto o = a.json();
        QCOMPARE(o->getValue<std::int64_t>("decisionRound"), std::int64_t(2));
        const auto memo = o->getObject("memo");
        QVERIFY(memo);
        QCOMPARE(memo->getValue<std::int64_t>("version"), std::int64_t(2));
        QCOMPARE(memo->getValue<bool>("frozen"), true);
        QCOMPARE(memo->getObject("sections")->getValue<std::string>("risk"), std::string("risk v2"));
        QCOMPARE(memo->getObject("sections")->size(), std::size_t(7));
        const auto risk = o->getObject("riskAssessment");
        QVERIFY(risk);
        QCOMPARE(risk->getValue<std::string>("grade"), std::string("b"));
        QCOMPARE(risk->getValue<std::int64_t>("round"), std::int64_t(2));
        const auto approvals = o->getArray("approvals");
        QCOMPARE(approvals->size(), std::size_t(2));
        QCOMPARE(approvals->getObject(0)->getValue<std::string>("comment"), std::string("first"));
        QCOMPARE(approvals->getObject(1)->getValue<std::int64_t>("round"), std::int64_t(2));
        const auto exceptions = o->getArray("exceptions");
        QCOMPARE(exceptions->size(), std::size_t(1));
        QCOMPARE(exceptions->getObject(0)->getValue<std::string>("kind"), std::string("waived_document"));
        const auto by = o->getObject("updatedBy");
        QVERIFY(by);
        QCOMPARE(by->getValue<Id>("id"), m_manager);
        QVERIFY(!by->getValue<std::string>("displayName").empty());

        auto read = parseFileReply(a.body, m_full);
        QVERIFY2(read.ok(), read ? "" : read.error().message.c_str());
        QVERIFY(read->file->children);
        QCOMPARE(read->file->children->approvals.size(), std::size_t(2));
        QVERIFY(!read->file->documents.empty());
    }

    void aFileWithoutThemHasNulls()
    {
        const Answer a = get("/api/v1/files/" + std::to_string(m_bare));
        QCOMPARE(a.status, 200);
        const auto o = a.json();
        QVERIFY(o->isNull("memo"));
        QVERIFY(o->isNull("riskAssessment"));
        QVERIFY(o->isNull("updatedBy"));
        QCOMPARE(o->getArray("approvals")->size(), std::size_t(0));
        QCOMPARE(o->getArray("exceptions")->size(), std::size_t(0));
        auto read = parseFileReply(a.body, m_bare);
        QVERIFY2(read.ok(), read ? "" : read.error().message.c_str());
        QVERIFY(!read->file->children->memo);
    }

    void atVersionOneTheAnalystCreatedIt()
    {
        const Id fresh =
            m_api.scalar("SELECT min(id) FROM loan_files WHERE version = 1 AND analyst_id IS NOT NULL "
                         "AND id NOT IN (SELECT file_id FROM server_field_log)");
        QVERIFY(fresh > 0);
        const Answer a = get("/api/v1/files/" + std::to_string(fresh));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()->getObject("updatedBy")->getValue<Id>("id"),
                 m_api.scalar("SELECT analyst_id FROM loan_files WHERE id = " + std::to_string(fresh)));
    }

    void theFeedCarriesTheSame()
    {
        const Answer a = get("/api/v1/changes?cursor=0&limit=1000");
        QCOMPARE(a.status, 200);
        auto page = parseChangePage(a.body, 0);
        QVERIFY2(page.ok(), page ? "" : page.error().message.c_str());
        bool seen = false;
        for (const FeedChange& c : page->changes)
            if (c.loanFileId == m_full) {
                seen = true;
                QVERIFY(c.file && c.file->children);
                QCOMPARE(c.file->children->memo->version, std::int64_t(2));
                QCOMPARE(c.file->children->risk->grade, RiskGrade::B);
                QCOMPARE(c.file->children->updatedById, m_manager);
            }
        QVERIFY(seen);
    }
};

QTEST_GUILESS_MAIN(TstServerWorkflowJson)
#include "tst_server_workflow_json.moc"
