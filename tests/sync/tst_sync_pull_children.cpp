// Documents, the credit memo, risk assessments, approvals and policy exceptions written on one
// workstation reach the others through the real saggar-server on loopback (through the fault proxy):
// on A (the analyst) a document received and a memo section written, on M (a manager) a document waived
// (an exception) and a file approved (an approval, the memo frozen); B (another manager's workstation)
// pulls and then holds exactly what the server's GET /api/v1/files/{id} says — documents' statuses and
// notes, the memo, the risk assessment, approvals and exceptions — with nothing queued back. A file
// created on C arrives on B with its document checklist under the server's ids. B's audit chain of each
// file has the pulled entries (what, which versions, by whom) and verifies. Workstations start from
// copies of the server's database (tests/support/sync_workstation.h).
#include "sync_workstation.h"

#include "core/validation.h"
#include "core/workflow_service.h"
#include "server/demo_seed.h"
#include "storage/document_repository.h"
#include "storage/sync_file_ids.h"
#include "storage/workflow_records.h"
#include "sync/sync_reply.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <sstream>

using namespace saggar;
using saggar::test::SyncTestServer;
using saggar::test::Workstation;

namespace {

// One request straight to the server (past the proxy): the status and the body.
std::pair<int, std::string> call(std::uint16_t port, const std::string& method, const std::string& path,
                                 const std::string& body, const std::string& token)
{
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token.empty())
        request.set("Authorization", "Bearer " + token);
    if (!body.empty()) {
        request.setContentType("application/json");
        request.setContentLength(static_cast<std::streamsize>(body.size()));
    }
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    std::string answer;
    Poco::StreamCopier::copyToString(in, answer);
    return {static_cast<int>(response.getStatus()), answer};
}

// What the server's GET says of a file, read as the workstation reads it.
RemoteFile serverFile(std::uint16_t port, const std::string& token, Id id)
{
    const auto [status, body] = call(port, "GET", "/api/v1/files/" + std::to_string(id), {}, token);
    if (status != 200)
        qFatal("GET file %lld: %d %s", static_cast<long long>(id), status, body.c_str());
    auto reply = parseFileReply(body, id);
    if (!reply || !reply->file || !reply->file->children)
        qFatal("GET file %lld did not read: %s", static_cast<long long>(id),
               reply ? "no children" : reply.error().message.c_str());
    return *reply->file;
}

} // namespace

class TestSyncPullChildren : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncTestServer m_server;
    Workstation m_a{"analyst"}, m_m{"manager"}, m_b{"manager", 11}, m_c{"analyst", 13};
    std::map<std::string, Actor> m_people;
    Id m_draft = 0;      // the analyst's draft: a document received, a memo, a document waived
    Id m_decide = 0;     // auto-approved on the server: M approves it
    std::string m_token; // the manager's, for the server's GET

    WorkflowService service(Workstation& w)
    {
        return WorkflowService(*w.workflow, [&w] { return w.now; });
    }

    static bool ok(const Result<void>& r)
    {
        if (!r)
            qWarning("%s", r.error().message.c_str());
        return r.ok();
    }

    // On the server's database before the copies: `id` prepared by the demo analyst and appraiser up to
    // auto-approved through core's workflow (the server's own store, nothing queued).
    void prepareForApproval(Database& db, Id id)
    {
        const std::string file = std::to_string(id);
        QVERIFY(db.exec("UPDATE loan_files SET state = 'draft', appraiser_id = NULL, manager_id = NULL, "
                        "analyst_id = " +
                        std::to_string(m_people["analyst"].userId) + " WHERE id = " + file)
                    .ok());
        QVERIFY(db.exec("UPDATE documents SET status = 'missing' WHERE loan_file_id = " + file).ok());
        QVERIFY(
            db.exec("UPDATE trucks SET appraised_value_fen = 0, appraised_by = NULL WHERE loan_file_id = " +
                    file)
                .ok());
        QVERIFY(
            db.exec("UPDATE kilns SET appraised_value_fen = 0, appraised_by = NULL WHERE loan_file_id = " +
                    file)
                .ok());
        SqliteWorkflowStore store(db, m_dir.filePath("prepare").toStdString());
        store.setQueueForSync(false);
        WorkflowService s(store, [] { return saggar::test::kSyncTestStart; });
        const Actor& analyst = m_people["analyst"];
        const Actor& appraiser = m_people["appraiser"];
        const std::vector<Document> documents = s.context(id).value().documents;
        for (const Document& d : documents)
            QVERIFY(
                ok(s.updateDocument(analyst, id, DocumentRequest{d.id, DocumentStatus::Received, "", ""})));
        CreditMemo memo;
        for (MemoSection section : allValues<MemoSection>())
            memo.section(section) = "Kiln upgrade, export orders: " + std::string(key(section));
        memo.authorId = analyst.userId;
        QVERIFY(ok(s.saveMemo(analyst, id, memo)));
        QVERIFY(ok(s.perform(analyst, id, WorkflowRequest{WorkflowAction::Submit, "", {}, ""})));
        QVERIFY(ok(s.perform(appraiser, id, WorkflowRequest{WorkflowAction::StartAppraisal, "", {}, ""})));
        const WorkflowContext ctx = s.context(id).value();
        for (const Truck& t : ctx.trucks)
            QVERIFY(ok(s.enterValuation(appraiser, id, ValuationRequest{true, t.id, t.purchasePrice})));
        for (const Kiln& k : ctx.kilns)
            QVERIFY(ok(s.enterValuation(appraiser, id, ValuationRequest{false, k.id, k.purchaseCost})));
        QVERIFY(ok(s.perform(appraiser, id, WorkflowRequest{WorkflowAction::CompleteAppraisal, "", {}, ""})));
        QVERIFY(ok(s.perform(
            analyst, id,
            WorkflowRequest{WorkflowAction::AssessRisk, "", RiskGrade::B, "Steady export orders"})));
        QCOMPARE(s.context(id).value().file.state, LoanState::AutoApproved);
        // Half the appraised collateral: within the loan-to-value limit and the manager's authority.
        QVERIFY(db.exec("UPDATE loan_files SET amount_fen = (SELECT (coalesce(sum(appraised_value_fen), 0) + "
                        "(SELECT coalesce(sum(appraised_value_fen), 0) FROM kilns WHERE loan_file_id = " +
                        file + ")) / 200 * 100 FROM trucks WHERE loan_file_id = " + file +
                        ") WHERE id = " + file)
                    .ok());
    }

    // B holds exactly what the server's GET says of the file.
    void sameAsServer(Id id)
    {
        const RemoteFile s = serverFile(m_server.directPort(), m_token, id);
        const WorkflowContext b = m_b.workflow->context(id).value();
        QCOMPARE(b.documents.size(), s.documents.size());
        for (std::size_t i = 0; i < s.documents.size(); ++i) {
            QCOMPARE(b.documents[i].id, s.documents[i].id);
            QCOMPARE(key(b.documents[i].status), key(s.documents[i].status));
            QCOMPARE(b.documents[i].note, s.documents[i].note);
        }
        const RemoteChildren& c = *s.children;
        const auto memo = latestCreditMemo(m_b.db(), id).value();
        QCOMPARE(memo.has_value(), c.memo.has_value());
        if (memo) {
            QCOMPARE(memo->version, c.memo->version);
            QCOMPARE(memo->sections, c.memo->sections);
            QCOMPARE(memo->frozen, c.memo->frozen);
        }
        QCOMPARE(std::int64_t(b.round), c.decisionRound);
        QCOMPARE(b.risk.has_value(), c.risk.has_value());
        if (b.risk) {
            QCOMPARE(key(b.risk->grade), key(c.risk->grade));
            QCOMPARE(b.risk->rationale, c.risk->rationale);
        }
        const auto approvals = m_b.db().queryText(
            "SELECT coalesce(group_concat(round || ':' || approver_id || ':' || comment || ':' || "
            "memo_version, '|'), '') FROM (SELECT * FROM approvals WHERE loan_file_id = " +
            std::to_string(id) + " ORDER BY round, id)");
        std::string expected;
        for (const Approval& a : c.approvals)
            expected += (expected.empty() ? "" : "|") + std::to_string(a.round) + ":" +
                        std::to_string(a.approverId) + ":" + a.comment + ":" + std::to_string(a.memoVersion);
        QCOMPARE(approvals.value(), expected);
        const auto exceptions = listPolicyExceptions(m_b.db(), id).value();
        QCOMPARE(exceptions.size(), c.exceptions.size());
        for (std::size_t i = 0; i < exceptions.size(); ++i) {
            QCOMPARE(key(exceptions[i].kind), key(c.exceptions[i].kind));
            QCOMPARE(exceptions[i].subject, c.exceptions[i].subject);
            QCOMPARE(exceptions[i].grantedBy, c.exceptions[i].grantedBy);
        }
        QCOMPARE(m_b.file(id).version,
                 m_server.count("SELECT version FROM loan_files WHERE id = " + std::to_string(id)));
    }

    // B's chain of `id`: its entries of kind sync, as "subject before→after by actor"; and it verifies.
    std::vector<std::string> pulledEntries(Id id)
    {
        const FileHistory h = m_b.workflow->history(id).value();
        if (!h.verdict.ok())
            qWarning("chain of %lld: %s", static_cast<long long>(id), h.verdict.message.c_str());
        std::vector<std::string> out;
        for (const AuditEntry& e : h.entries)
            if (e.kind == AuditKind::Sync)
                out.push_back(e.subject + " " + e.before + "→" + e.after + " by " +
                              std::to_string(e.actorId));
        return h.verdict.ok() ? out : std::vector<std::string>{"chain broken"};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.open(m_dir.path().toStdString()).ok());
        Database& db = m_server.db();
        for (const auto& [login, role] : {std::pair{"analyst", Role::Analyst},
                                          {"appraiser", Role::Appraiser},
                                          {"manager", Role::Manager}})
            m_people[login] = {
                db.queryInt64(std::string("SELECT id FROM users WHERE login = '") + login + "'").value(),
                role, login};
        const std::string pledged =
            "SELECT f.id FROM loan_files f WHERE EXISTS (SELECT 1 FROM trucks t WHERE "
            "t.loan_file_id = f.id) ORDER BY f.id LIMIT 1 OFFSET ";
        m_draft = db.queryInt64(pledged + "0").value();
        m_decide = db.queryInt64(pledged + "1").value();
        const std::string draft = std::to_string(m_draft);
        QVERIFY(db.exec("UPDATE loan_files SET state = 'draft', analyst_id = " +
                        std::to_string(m_people["analyst"].userId) + " WHERE id = " + draft)
                    .ok());
        QVERIFY(
            db.exec("UPDATE documents SET status = 'missing', note = '' WHERE loan_file_id = " + draft).ok());
        QVERIFY(db.exec("DELETE FROM credit_memos WHERE loan_file_id = " + draft).ok());
        QVERIFY(db.exec("DELETE FROM policy_exceptions WHERE loan_file_id = " + draft).ok());
        prepareForApproval(db, m_decide);
        int n = 0;
        for (Workstation* w : {&m_a, &m_m, &m_b, &m_c})
            QVERIFY(m_server.copyTo(*w, "ws" + std::to_string(++n)).ok());
        QVERIFY(m_server.start().ok());
        const auto [status, body] =
            call(m_server.directPort(), "POST", "/api/v1/auth/sign-in",
                 std::string(R"({"login":"manager","password":")") + server::kDemoPassword + "\"}", {});
        QCOMPARE(status, 200);
        m_token = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>(
            "token");
    }

    void cleanupTestCase() { m_server.stop(); }

    void whatOthersWroteArrivesOnB()
    {
        auto a = m_a.engine(m_server.proxy().port());
        auto m = m_m.engine(m_server.proxy().port());
        auto b = m_b.engine(m_server.proxy().port());
        m_b.settle(*b);
        const std::int64_t draftBefore = m_b.file(m_draft).version;
        const std::int64_t decideBefore = m_b.file(m_decide).version;

        // A: the first document received with a note, a memo section written.
        const std::vector<Document> docs = m_a.workflow->context(m_draft).value().documents;
        QVERIFY(docs.size() >= 2);
        QVERIFY(ok(service(m_a).updateDocument(
            m_people["analyst"], m_draft,
            DocumentRequest{docs[0].id, DocumentStatus::Received, "original seen at the branch", ""})));
        CreditMemo memo;
        memo.section(MemoSection::Risk) = "Two kilns idle in the winter months";
        memo.authorId = m_people["analyst"].userId;
        QVERIFY(ok(service(m_a).saveMemo(m_people["analyst"], m_draft, memo)));
        m_a.drain(*a);
        QCOMPARE(m_a.pending(), std::int64_t(0));
        QCOMPARE(m_a.conflicts(), std::int64_t(0));

        // M: a document of the draft waived (a policy exception), the other file approved.
        m_m.settle(*m);
        QVERIFY(
            ok(service(m_m).updateDocument(m_people["manager"], m_draft,
                                           DocumentRequest{docs[1].id, DocumentStatus::Waived, "",
                                                           "Filed with the tax bureau, copy to follow"})));
        QVERIFY(ok(
            m_m.perform(m_decide, m_people["manager"],
                        WorkflowRequest{WorkflowAction::Approve, "Within limit, ample collateral", {}, ""})));
        m_m.drain(*m);
        QCOMPARE(m_m.pending(), std::int64_t(0));
        QCOMPARE(m_m.conflicts(), std::int64_t(0));
        QCOMPARE(m_server.text("SELECT state FROM loan_files WHERE id = " + std::to_string(m_decide)),
                 std::string("approved"));
        QCOMPARE(m_server.count("SELECT count(*) FROM policy_exceptions WHERE loan_file_id = " +
                                std::to_string(m_draft)),
                 std::int64_t(1));

        // B pulls: exactly the server's documents, memo, risk, approvals and exceptions; nothing queued.
        m_b.settle(*b);
        QCOMPARE(m_b.pending(), std::int64_t(0));
        QCOMPARE(m_b.conflicts(), std::int64_t(0));
        sameAsServer(m_draft);
        sameAsServer(m_decide);
        const WorkflowContext draft = m_b.workflow->context(m_draft).value();
        QCOMPARE(draft.documents[0].status, DocumentStatus::Received);
        QCOMPARE(draft.documents[0].note, std::string("original seen at the branch"));
        QCOMPARE(draft.documents[1].status, DocumentStatus::Waived);
        QCOMPARE(latestCreditMemo(m_b.db(), m_draft).value()->section(MemoSection::Risk),
                 std::string("Two kilns idle in the winter months"));
        const WorkflowContext decided = m_b.workflow->context(m_decide).value();
        QCOMPARE(decided.file.state, LoanState::Approved);
        QCOMPARE(decided.approvals.size(), std::size_t(1));
        QCOMPARE(decided.approvals[0].approverId, m_people["manager"].userId);
        QVERIFY(latestCreditMemo(m_b.db(), m_decide).value()->frozen);

        // B's chains: one entry per version B took, by whom, and they verify.
        const auto draftEntries = pulledEntries(m_draft);
        QVERIFY(!draftEntries.empty());
        QCOMPARE(draftEntries.front().rfind("sync:updated " + std::to_string(draftBefore) + "→", 0),
                 std::size_t(0));
        // The last one reaches B's version and names the manager, whose waiver made it.
        QCOMPARE(draftEntries.back().substr(draftEntries.back().find("→")),
                 "→" + std::to_string(m_b.file(m_draft).version) + " by " +
                     std::to_string(m_people["manager"].userId));
        const auto decideEntries = pulledEntries(m_decide);
        QCOMPARE(decideEntries.size(), std::size_t(1));
        QCOMPARE(decideEntries[0], "sync:updated " + std::to_string(decideBefore) + "→" +
                                       std::to_string(m_b.file(m_decide).version) + " by " +
                                       std::to_string(m_people["manager"].userId));
    }

    void aFileCreatedElsewhereArrivesWithItsChecklist()
    {
        m_c.files->setQueueForSync(true);
        auto c = m_c.engine(m_server.proxy().port());
        auto b = m_b.engine(m_server.proxy().port());
        const Enterprise e = test::newEnterprise();
        const LoanFile f =
            test::kilnUpgradeDraft(m_people["analyst"].userId, Money::fromYuan(1'200'000), m_c.now);
        auto local = m_c.files->createDraft(e, f);
        QVERIFY2(local.ok(), local ? "" : local.error().message.c_str());
        m_c.drain(*c);
        QCOMPARE(m_c.pending(), std::int64_t(0));
        const Id id = m_server.count("SELECT max(id) FROM loan_files");
        const std::int64_t onServer =
            m_server.count("SELECT count(*) FROM documents WHERE loan_file_id = " + std::to_string(id));
        QVERIFY(onServer > 0);

        m_b.settle(*b);
        const auto docs = listDocumentsOfFile(m_b.db(), id).value();
        QCOMPARE(std::int64_t(docs.size()), onServer);
        for (const Document& d : docs) // under the server's ids, of the same kind
            QCOMPARE(m_server.text("SELECT kind FROM documents WHERE loan_file_id = " + std::to_string(id) +
                                   " AND id = " + std::to_string(d.id)),
                     std::string(key(d.kind)));
        sameAsServer(id);
        const auto entries = pulledEntries(id);
        QCOMPARE(entries.size(), std::size_t(1));
        // Created at version 1 by the analyst (the server names the file's analyst at version 1).
        QCOMPARE(entries[0], "sync:created →" + std::to_string(m_b.file(id).version) + " by " +
                                 std::to_string(m_people["analyst"].userId));
        QCOMPARE(m_b.pending(), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSyncPullChildren)
#include "tst_sync_pull_children.moc"
