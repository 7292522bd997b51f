#include "workflow_records.h"

#include "repository_support.h"

namespace saggar {
namespace {

constexpr const char* kSelectException =
    "SELECT id, loan_file_id, kind, subject, justification, granted_by, at_ms FROM policy_exceptions";
constexpr const char* kSelectCovenant =
    "SELECT id, loan_file_id, kind, metric, description, threshold, status, "
    "note, updated_at_ms FROM covenants";
constexpr const char* kSelectMemo =
    "SELECT loan_file_id, version, borrower, purpose, repayment_source, collateral, risk, conditions, "
    "recommendation, author_id, at_ms, frozen FROM credit_memos";
constexpr int kMemoSections = 7;

PolicyException readException(const Statement& s)
{
    PolicyException e;
    e.id = s.columnInt64(0);
    e.loanFileId = s.columnInt64(1);
    e.kind = enumColumn(s, 2, ExceptionKind::WaivedDocument);
    e.subject = s.columnText(3);
    e.justification = s.columnText(4);
    e.grantedBy = idOrZero(s, 5);
    e.atMs = s.columnInt64(6);
    return e;
}

Covenant readCovenant(const Statement& s)
{
    Covenant c;
    c.id = s.columnInt64(0);
    c.loanFileId = s.columnInt64(1);
    c.kind = enumColumn(s, 2, CovenantKind::ConditionPrecedent);
    c.metric = enumColumn(s, 3, CovenantMetric::Custom);
    c.description = s.columnText(4);
    c.threshold = s.columnDouble(5);
    c.status = enumColumn(s, 6, CovenantStatus::Pending);
    c.note = s.columnText(7);
    c.updatedAtMs = s.columnInt64(8);
    return c;
}

CreditMemo readMemo(const Statement& s)
{
    CreditMemo m;
    m.loanFileId = s.columnInt64(0);
    m.version = s.columnInt64(1);
    for (int i = 0; i < kMemoSections; ++i)
        m.sections[static_cast<std::size_t>(i)] = s.columnText(2 + i);
    m.authorId = idOrZero(s, 9);
    m.atMs = s.columnInt64(10);
    m.frozen = s.columnInt(11) != 0;
    return m;
}

// An INSERT whose new id nobody needs.
template <typename Bind>
Result<void> insertOnly(Database& db, std::string_view sql, Bind bind, std::string_view what)
{
    auto id = insertRow(db, sql, bind, what);
    return id ? Result<void>() : Result<void>(id.error());
}

Result<std::int64_t> latestMemoVersion(const Database& db, Id fileId)
{
    return readOne<std::int64_t>(
        db, "SELECT coalesce(max(version), 0) FROM credit_memos WHERE loan_file_id = ?1", fileId,
        [](const Statement& s) { return s.columnInt64(0); }, "No memo version.");
}

} // namespace

Result<void> insertRiskAssessment(Database& db, Id fileId, int round, const RiskAssessment& r)
{
    return insertOnly(
        db,
        "INSERT INTO risk_assessments (loan_file_id, round, grade, rationale, assessed_by, at_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        [&](Statement& s) {
            return s.bindAll(fileId, round, key(r.grade), r.rationale, nullIfZero(r.assessedBy), r.atMs);
        },
        "The risk assessment was not saved");
}

Result<std::optional<RiskAssessment>> latestRiskAssessment(const Database& db, Id fileId, int round)
{
    auto stmt = db.prepare("SELECT grade, rationale, assessed_by, at_ms FROM risk_assessments "
                           "WHERE loan_file_id = ?1 AND round = ?2 ORDER BY id DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(fileId, round); !r)
        return r.error();
    auto rows = readAll<RiskAssessment>(*stmt, [](const Statement& s) {
        return RiskAssessment{enumColumn(s, 0, RiskGrade::E), s.columnText(1), idOrZero(s, 2),
                              s.columnInt64(3)};
    });
    if (!rows)
        return rows.error();
    return rows->empty() ? std::optional<RiskAssessment>() : std::optional<RiskAssessment>(rows->front());
}

Result<void> insertApproval(Database& db, const Approval& a)
{
    return insertOnly(
        db,
        "INSERT INTO approvals (loan_file_id, round, approver_id, comment, memo_version, at_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        [&](Statement& s) {
            return s.bindAll(a.loanFileId, a.round, a.approverId, a.comment, a.memoVersion, a.atMs);
        },
        "The approval was not saved");
}

Result<std::vector<Approval>> listApprovals(const Database& db, Id fileId, int round)
{
    auto stmt = db.prepare("SELECT id, loan_file_id, round, approver_id, comment, memo_version, at_ms "
                           "FROM approvals WHERE loan_file_id = ?1 AND round = ?2 ORDER BY id");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(fileId, round); !r)
        return r.error();
    return readAll<Approval>(*stmt, [](const Statement& s) {
        return Approval{s.columnInt64(0), s.columnInt64(1), s.columnInt(2),  s.columnInt64(3),
                        s.columnText(4),  s.columnInt64(5), s.columnInt64(6)};
    });
}

Result<void> insertPolicyException(Database& db, const PolicyException& e)
{
    return insertOnly(
        db,
        "INSERT INTO policy_exceptions (loan_file_id, kind, subject, justification, granted_by, at_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        [&](Statement& s) {
            return s.bindAll(e.loanFileId, key(e.kind), e.subject, e.justification, nullIfZero(e.grantedBy),
                             e.atMs);
        },
        "The policy exception was not saved");
}

Result<std::vector<PolicyException>> listPolicyExceptions(const Database& db, Id fileId)
{
    return readMany<PolicyException>(
        db, std::string(kSelectException) + " WHERE loan_file_id = ?1 ORDER BY id", fileId, readException);
}

Result<Id> saveCovenant(Database& db, const Covenant& c)
{
    if (c.id == 0)
        return insertRow(
            db,
            "INSERT INTO covenants (loan_file_id, kind, metric, description, threshold, status, note, "
            "updated_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            [&](Statement& s) {
                return s.bindAll(c.loanFileId, key(c.kind), key(c.metric), c.description, c.threshold,
                                 key(c.status), c.note, c.updatedAtMs);
            },
            "The condition or covenant was not saved");
    auto stmt = db.prepare("UPDATE covenants SET kind = ?1, metric = ?2, description = ?3, threshold = ?4, "
                           "status = ?5, note = ?6, updated_at_ms = ?7 WHERE id = ?8 AND loan_file_id = ?9");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(key(c.kind), key(c.metric), c.description, c.threshold, key(c.status), c.note,
                               c.updatedAtMs, c.id, c.loanFileId);
        !r)
        return r.error();
    if (auto r = stmt->run(); !r)
        return withContext("The condition or covenant was not saved", r.error());
    if (db.changes() != 1)
        return makeError(
            "The condition or covenant was not saved: this loan file has no condition or covenant "
            "with id " +
                std::to_string(c.id) + ". Reopen the file to see its current list.",
            ErrorCode::NotFound);
    return c.id;
}

Result<std::vector<Covenant>> listCovenants(const Database& db, Id fileId)
{
    return readMany<Covenant>(db, std::string(kSelectCovenant) + " WHERE loan_file_id = ?1 ORDER BY id",
                              fileId, readCovenant);
}

Result<void> insertCreditMemo(Database& db, const CreditMemo& m)
{
    if (m.sections.size() != kMemoSections)
        return makeError("The credit memo was not saved: it must have its " + std::to_string(kMemoSections) +
                             " sections.",
                         ErrorCode::InvalidInput);
    auto latest = latestMemoVersion(db, m.loanFileId);
    if (!latest)
        return latest.error();
    if (m.version != *latest + 1)
        return makeError("The credit memo was not saved: version " + std::to_string(m.version) +
                             " does not follow the stored version " + std::to_string(*latest) +
                             ". Someone else saved the memo; reopen it.",
                         ErrorCode::Conflict);
    return insertOnly(
        db,
        "INSERT INTO credit_memos (loan_file_id, version, borrower, purpose, repayment_source, collateral, "
        "risk, conditions, recommendation, author_id, at_ms, frozen) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        [&](Statement& s) {
            const auto& t = m.sections;
            return s.bindAll(m.loanFileId, m.version, t[0], t[1], t[2], t[3], t[4], t[5], t[6],
                             nullIfZero(m.authorId), m.atMs, m.frozen);
        },
        "The credit memo was not saved");
}

Result<std::vector<CreditMemo>> listCreditMemos(const Database& db, Id fileId)
{
    return readMany<CreditMemo>(db, std::string(kSelectMemo) + " WHERE loan_file_id = ?1 ORDER BY version",
                                fileId, readMemo);
}

Result<std::optional<CreditMemo>> latestCreditMemo(const Database& db, Id fileId)
{
    auto rows = readMany<CreditMemo>(
        db, std::string(kSelectMemo) + " WHERE loan_file_id = ?1 ORDER BY version DESC LIMIT 1", fileId,
        readMemo);
    if (!rows)
        return rows.error();
    return rows->empty() ? std::optional<CreditMemo>() : std::optional<CreditMemo>(std::move(rows->front()));
}

Result<void> freezeCreditMemo(Database& db, Id fileId, std::int64_t version)
{
    auto found = db.prepare("SELECT count(*) FROM credit_memos WHERE loan_file_id = ?1 AND version = ?2");
    if (!found)
        return found.error();
    if (auto r = found->bindAll(fileId, version); !r)
        return r;
    if (auto row = found->step(); !row)
        return row.error();
    if (found->columnInt64(0) != 1)
        return makeError("The approved memo version " + std::to_string(version) +
                             " is not stored for this file. Reopen the file and approve the memo it shows.",
                         ErrorCode::Conflict);
    for (const char* sql :
         {"UPDATE credit_memos SET frozen = 1 WHERE loan_file_id = ?1 AND version = ?2 AND frozen = 0",
          "UPDATE loan_files SET approved_memo_version = ?2 WHERE id = ?1"}) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return stmt.error();
        if (auto r = stmt->bindAll(fileId, version); !r)
            return r;
        if (auto r = stmt->run(); !r)
            return withContext("The approved memo was not frozen", r.error());
    }
    return {};
}

Result<Id> insertAttachment(Database& db, const Attachment& a)
{
    return insertRow(
        db,
        "INSERT INTO attachments (document_id, file_name, media_type, size_bytes, sha256, added_by, at_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        [&](Statement& s) {
            return s.bindAll(a.documentId, a.fileName, a.mediaType, a.sizeBytes, a.sha256Hex,
                             nullIfZero(a.addedBy), a.atMs);
        },
        "The attachment was not recorded");
}

Result<std::vector<Attachment>> listAttachmentsOfFile(const Database& db, Id fileId)
{
    return readMany<Attachment>(
        db,
        "SELECT a.id, a.document_id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.added_by, a.at_ms "
        "FROM attachments a JOIN documents d ON d.id = a.document_id WHERE d.loan_file_id = ?1 ORDER BY a.id",
        fileId, [](const Statement& s) {
            return Attachment{s.columnInt64(0), s.columnInt64(1), s.columnText(2), s.columnText(3),
                              s.columnInt64(4), s.columnText(5),  idOrZero(s, 6),  s.columnInt64(7)};
        });
}

} // namespace saggar
