// The audit log in the store: append-only through the application's connections (the schema's
// triggers refuse UPDATE and DELETE), and every kind of tampering done with raw SQL after dropping
// those triggers — an edited field, a deleted entry, a reordering, a re-hashed entry — is reported
// by history() with the matching ChainProblem, for that file only.
#include "storage/audit_repository.h"
#include "storage_test_data.h"
#include "workflow_fixture.h"

#include "core/audit_chain.h"

#include <QTest>

using namespace saggar;
namespace td = saggar::testdata;

Q_DECLARE_METATYPE(saggar::ChainProblem)

namespace {

constexpr int kAppendChained = -1; // instead of re-hashing: append a correctly chained forged entry

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<td::WorkflowFixture> m_f;
    Id m_otherFile = 0;
    int m_n = 0;

    td::WorkflowFixture& f() { return *m_f; }
    std::string file() const { return std::to_string(m_f->fileId); }
    std::int64_t count()
    {
        return *f().db().queryInt64("SELECT count(*) FROM audit_log WHERE loan_file_id = " + file());
    }
    void sql(const std::string& statement) { SAGGAR_VERIFY_OK(f().db().exec(statement)); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_f = std::make_unique<td::WorkflowFixture>(m_dir, "ws-" + std::to_string(++m_n));
        // Six entries: created, truck, kiln (the fixture), then three moves.
        for (LoanState to : {LoanState::Submitted, LoanState::Appraisal, LoanState::RiskAssessment}) {
            SAGGAR_VERIFY_OK(
                f().store().apply(f().move(to, to == LoanState::Submitted ? td::kAnalyst : td::kAppraiser)));
        }
        QCOMPARE(count(), 6);
        // A second file, whose history must stay intact whatever happens to the first one's.
        LoanFile other = td::file(0, "", 0);
        auto id = f().files().createDraft(td::enterprise(0, 2, "淄博陶瓷", "Zibo Ceramics"), other);
        QVERIFY(id.ok());
        m_otherFile = *id;
    }
    void cleanup() { m_f.reset(); }

    void intactHistoryVerifies()
    {
        auto h = f().store().history(f().fileId);
        QVERIFY(h.ok());
        QCOMPARE(h->entries.size(), std::size_t(6));
        QVERIFY2(h->verdict.ok(), h->verdict.message.c_str());
    }

    void logIsAppendOnlyThroughTheApplication_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("update a field") << "UPDATE audit_log SET after = 'approved' WHERE seq = 4";
        QTest::newRow("update the hash") << "UPDATE audit_log SET hash = prev_hash WHERE seq = 2";
        QTest::newRow("renumber") << "UPDATE audit_log SET seq = seq + 10";
        QTest::newRow("delete the last") << "DELETE FROM audit_log WHERE seq = 6";
        QTest::newRow("delete everything") << "DELETE FROM audit_log";
        QTest::newRow("replace an entry")
            << "INSERT OR REPLACE INTO audit_log (loan_file_id, seq, actor_id, actor_role, at_ms, kind, "
               "subject, "
               "before, after, reason, prev_hash, hash) SELECT loan_file_id, seq, actor_id, actor_role, "
               "at_ms, "
               "kind, subject, before, 'approved', reason, prev_hash, hash FROM audit_log WHERE seq = 4";
        QTest::newRow("replace an entry by id")
            << "REPLACE INTO audit_log SELECT id, loan_file_id, 99, actor_id, actor_role, at_ms, kind, "
               "subject, "
               "before, 'approved', reason, prev_hash, hash FROM audit_log WHERE seq = 4";
    }
    void logIsAppendOnlyThroughTheApplication()
    {
        QFETCH(QString, statement);
        const std::string before = f().dump();
        for (bool freshConnection : {false, true}) {
            auto r = freshConnection ? Database::open(f().db().path(), OpenMode::ExistingReadWrite)
                                           .value()
                                           .exec(statement.toStdString())
                                     : f().db().exec(statement.toStdString());
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, int(ErrorCode::Forbidden));
            QVERIFY2(r.error().message.find("append-only") != std::string::npos, r.error().message.c_str());
        }
        QCOMPARE(f().dump(), before);
    }

    void savedMemoVersionsCannotBeRewritten()
    {
        CreditMemo memo;
        memo.version = 1;
        memo.section(MemoSection::Borrower) = "A tile maker";
        memo.authorId = td::kAnalyst.userId;
        SAGGAR_VERIFY_OK(f().store().apply(MemoChange{m_otherFile, 1, memo, {}}));
        QVERIFY(f().db().exec("UPDATE credit_memos SET frozen = 1").ok()); // freezing is allowed
        for (const char* statement : {"UPDATE credit_memos SET borrower = 'someone else'",
                                      "UPDATE credit_memos SET frozen = 0", "DELETE FROM credit_memos"}) {
            auto refused = f().db().exec(statement);
            QVERIFY2(!refused.ok(), statement);
            QCOMPARE(refused.error().code, int(ErrorCode::Forbidden));
        }
        QCOMPARE(*f().db().queryText("SELECT borrower FROM credit_memos"), std::string("A tile maker"));
    }

    void tamperingIsReported_data()
    {
        QTest::addColumn<QString>("statement"); // raw SQL on this file's entries, triggers dropped
        QTest::addColumn<int>("rehashSeq");     // then: edit this entry and recompute its hash (0: no)
        QTest::addColumn<saggar::ChainProblem>("problem");
        QTest::addColumn<qint64>("seq");

        QTest::newRow("edit a field") << "UPDATE audit_log SET after = 'approved' WHERE seq = 4" << 0
                                      << ChainProblem::EditedEntry << qint64(4);
        QTest::newRow("edit the actor") << "UPDATE audit_log SET actor_id = 3 WHERE seq = 2" << 0
                                        << ChainProblem::EditedEntry << qint64(2);
        QTest::newRow("edit the time") << "UPDATE audit_log SET at_ms = at_ms - 86400000 WHERE seq = 5" << 0
                                       << ChainProblem::EditedEntry << qint64(5);
        QTest::newRow("a role this build does not know")
            << "UPDATE audit_log SET actor_role = 'director' WHERE seq = 3" << 0 << ChainProblem::EditedEntry
            << qint64(3);
        QTest::newRow("delete a middle entry")
            << "DELETE FROM audit_log WHERE seq = 3" << 0 << ChainProblem::MissingEntry << qint64(3);
        QTest::newRow("delete the first entry")
            << "DELETE FROM audit_log WHERE seq = 1" << 0 << ChainProblem::MissingEntry << qint64(1);
        QTest::newRow("delete the last entry")
            << "DELETE FROM audit_log WHERE seq = 6" << 0 << ChainProblem::HeadMismatch << qint64(6);
        QTest::newRow("delete every entry")
            << "DELETE FROM audit_log" << 0 << ChainProblem::HeadMismatch << qint64(6);
        // Entries 3 and 4 trade places in the table (their ids), each keeping its own content.
        QTest::newRow("swap two entries' places")
            << "UPDATE audit_log SET id = -1 WHERE seq = 3; UPDATE audit_log SET id = {id3} WHERE seq = 4; "
               "UPDATE audit_log SET id = {id4} WHERE id = -1"
            << 0 << ChainProblem::Reordered << qint64(4);
        // Entries 3 and 4 trade seq numbers, staying where they are.
        QTest::newRow("swap two seqs") << "UPDATE audit_log SET seq = -3 WHERE seq = 3; "
                                          "UPDATE audit_log SET seq = 3 WHERE seq = 4; "
                                          "UPDATE audit_log SET seq = 4 WHERE seq = -3"
                                       << 0 << ChainProblem::EditedEntry << qint64(3);
        QTest::newRow("edit and re-hash a middle entry") << "" << 3 << ChainProblem::BrokenLink << qint64(4);
        QTest::newRow("edit and re-hash the first entry") << "" << 1 << ChainProblem::BrokenLink << qint64(2);
        QTest::newRow("edit and re-hash the last entry")
            << "" << 6 << ChainProblem::HeadMismatch << qint64(6);
        QTest::newRow("append a copied entry")
            << "INSERT INTO audit_log (loan_file_id, seq, actor_id, actor_role, at_ms, kind, subject, "
               "before, "
               "after, reason, prev_hash, hash) SELECT loan_file_id, 7, actor_id, actor_role, at_ms, kind, "
               "subject, 'risk_assessment', 'approved', '', hash, hash FROM audit_log WHERE seq = 6"
            << 0 << ChainProblem::EditedEntry << qint64(7);
        QTest::newRow("append a well-chained entry outside the workflow")
            << "" << kAppendChained << ChainProblem::HeadMismatch << qint64(7);
        QTest::newRow("move the recorded head back") << "UPDATE loan_files SET audit_head_seq = 5, "
                                                        "audit_head_hash = (SELECT hash FROM audit_log WHERE "
                                                        "seq = 5 AND loan_file_id = {f}) WHERE id = {f}"
                                                     << 0 << ChainProblem::HeadMismatch << qint64(6);
    }
    void tamperingIsReported()
    {
        QFETCH(QString, statement);
        QFETCH(int, rehashSeq);
        QFETCH(saggar::ChainProblem, problem);
        QFETCH(qint64, seq);

        // What a tamperer with the sqlite3 shell does first.
        sql("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
        const std::string id3 =
            *f().db().queryText("SELECT id FROM audit_log WHERE seq = 3 AND loan_file_id = " + file());
        const std::string id4 =
            *f().db().queryText("SELECT id FROM audit_log WHERE seq = 4 AND loan_file_id = " + file());
        std::string text = statement.toStdString();
        for (const auto& [from, to] :
             {std::pair<std::string, std::string>{"{f}", file()}, {"{id3}", id3}, {"{id4}", id4}})
            for (auto at = text.find(from); at != std::string::npos; at = text.find(from))
                text.replace(at, from.size(), to);
        // Only this file's entries: restrict every statement on audit_log to it.
        for (auto at = text.find("WHERE seq"); at != std::string::npos; at = text.find("WHERE seq", at + 1))
            text.replace(at, 9, "WHERE loan_file_id = " + file() + " AND seq");
        if (text == "DELETE FROM audit_log")
            text += " WHERE loan_file_id = " + file();
        if (!text.empty())
            sql(text);
        if (rehashSeq == kAppendChained) {
            auto h = f().store().history(f().fileId);
            std::vector<AuditEntry> forged{h->entries.back()};
            forged.front().after = "approved";
            chainAuditEntries(forged, h->entries.back().seq, h->entries.back().hashHex);
            auto stmt = f().db().prepare(kInsertAuditEntrySql);
            QVERIFY(stmt.ok());
            QVERIFY(bindAuditEntry(*stmt, forged.front()).ok());
            QVERIFY(stmt->run().ok());
        }
        if (rehashSeq > 0) {
            auto h = f().store().history(f().fileId);
            QVERIFY(h.ok());
            AuditEntry e = h->entries[static_cast<std::size_t>(rehashSeq - 1)];
            e.after = "approved";
            e.hashHex = auditEntryHash(e);
            auto stmt = f().db().prepare(
                "UPDATE audit_log SET after = ?1, hash = ?2 WHERE loan_file_id = ?3 AND seq = ?4");
            QVERIFY(stmt.ok());
            QVERIFY(stmt->bindAll(e.after, e.hashHex, f().fileId, e.seq).ok());
            QVERIFY(stmt->run().ok());
        }

        auto h = f().store().history(f().fileId);
        QVERIFY(h.ok());
        QVERIFY(!h->verdict.ok());
        QCOMPARE(h->verdict.problem, problem);
        QCOMPARE(h->verdict.seq, seq);
        QVERIFY(!h->verdict.message.empty());
        auto other = f().store().history(m_otherFile);
        QVERIFY(other.ok());
        QVERIFY2(other->verdict.ok(), other->verdict.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
