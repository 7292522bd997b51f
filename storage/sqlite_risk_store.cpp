#include "sqlite_risk_store.h"

#include "repository_support.h"
#include "risk_records.h"

#include "core/workflow.h"
#include "core/workflow_support.h"

namespace saggar {
namespace {

constexpr const char* kSelectQueue = R"sql(
SELECT f.id, f.file_no, e.name_zh, e.name_en, f.amount_fen, f.analyst_id,
       (SELECT grade FROM risk_assessments a WHERE a.loan_file_id = f.id AND a.round = f.decision_round
        ORDER BY a.id DESC LIMIT 1),
       s.score, s.reasons, s.policy,
       coalesce((SELECT max(l.at_ms) FROM audit_log l WHERE l.loan_file_id = f.id AND l.subject = 'state'
                 AND l.after = 'manual_review'), s.at_ms, f.updated_at_ms),
       c.claimed_by, u.display_name, c.claimed_at_ms
FROM loan_files f
JOIN enterprises e ON e.id = f.enterprise_id
LEFT JOIN risk_scores s ON s.id = (SELECT max(id) FROM risk_scores r WHERE r.loan_file_id = f.id
                                   AND r.round = f.decision_round)
LEFT JOIN review_claims c ON c.loan_file_id = f.id
LEFT JOIN users u ON u.id = c.claimed_by
WHERE f.state = 'manual_review'
ORDER BY 11, f.id
)sql";

risk::ReviewItem readItem(const Statement& s)
{
    risk::ReviewItem item;
    item.fileId = s.columnInt64(0);
    item.fileNo = s.columnText(1);
    item.enterpriseZh = s.columnText(2);
    item.enterpriseEn = s.columnText(3);
    item.amount = Money::fromFen(s.columnInt64(4));
    item.preparedBy = idOrZero(s, 5);
    if (!s.columnIsNull(6))
        item.grade = fromKey<RiskGrade>(s.columnText(6));
    if (!s.columnIsNull(7)) {
        item.score = s.columnDouble(7);
        item.reasons = decodeReasons(s.columnText(8));
        item.policyHits = decodePolicyHits(s.columnText(9));
    }
    item.waitingSinceMs = s.columnInt64(10);
    item.claimedBy = idOrZero(s, 11);
    item.claimedByName = s.columnIsNull(12) ? std::string() : s.columnText(12);
    item.claimedAtMs = s.columnIsNull(13) ? 0 : s.columnInt64(13);
    return item;
}

} // namespace

Result<risk::ApplicationFacts> SqliteRiskStore::applicationFacts(Id fileId)
{
    struct Row
    {
        risk::ApplicationFacts facts;
        std::string fileNo;
        std::string enterprise;
        bool hasAccounts = false;
    };
    auto row = readOne<Row>(
        m_db,
        "SELECT f.file_no, f.amount_fen, f.term_months, e.uscc, e.segment, e.cluster, e.name_en, "
        "a.total_assets_fen, a.total_liabilities_fen, a.net_profit_fen, a.revenue_fen, "
        "a.licence_expires_at_ms, "
        "a.blacklisted, a.max_days_past_due, a.enterprise_id IS NOT NULL "
        "FROM loan_files f JOIN enterprises e ON e.id = f.enterprise_id "
        "LEFT JOIN enterprise_financials a ON a.enterprise_id = e.id WHERE f.id = ?1",
        fileId,
        [](const Statement& s) {
            Row r;
            r.fileNo = s.columnText(0);
            r.facts.loanAmount = Money::fromFen(s.columnInt64(1));
            r.facts.termMonths = s.columnInt(2);
            r.facts.enterpriseCode = s.columnText(3);
            r.facts.segment = enumColumn(s, 4, Segment::BuildingTiles);
            r.facts.cluster = enumColumn(s, 5, Cluster::Foshan);
            r.enterprise = s.columnText(6);
            r.hasAccounts = s.columnInt(14) != 0;
            risk::EnterpriseFinancials& fin = r.facts.financials;
            fin.totalAssets = Money::fromFen(s.columnInt64(7));
            fin.totalLiabilities = Money::fromFen(s.columnInt64(8));
            fin.netProfit = Money::fromFen(s.columnInt64(9));
            fin.revenue = Money::fromFen(s.columnInt64(10));
            if (!s.columnIsNull(11))
                fin.licenceExpiresAtMs = s.columnInt64(11);
            fin.blacklisted = s.columnInt(12) != 0;
            if (!s.columnIsNull(13))
                fin.maxDaysPastDue = s.columnInt(13);
            return r;
        },
        "There is no loan file with id " + std::to_string(fileId) + ".");
    if (!row)
        return row.error();
    if (!row->hasAccounts)
        return makeError(
            "Loan file " + row->fileNo + " cannot be scored: " + row->enterprise +
                " has no accounts on record (assets, liabilities, profit, revenue). Enter them first.",
            ErrorCode::Conflict);
    return row->facts;
}

Result<void> SqliteRiskStore::setFinancials(Id enterpriseId, const risk::EnterpriseFinancials& f)
{
    if (f.totalAssets < Money() || f.totalLiabilities < Money() || f.revenue < Money() ||
        (f.maxDaysPastDue && *f.maxDaysPastDue < 0))
        return makeError(
            "The accounts were not saved: assets, liabilities, revenue and days past due cannot be "
            "negative.",
            ErrorCode::InvalidInput);
    auto stmt =
        m_db.prepare("INSERT OR REPLACE INTO enterprise_financials (enterprise_id, total_assets_fen, "
                     "total_liabilities_fen, "
                     "net_profit_fen, revenue_fen, licence_expires_at_ms, blacklisted, max_days_past_due) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(enterpriseId, f.totalAssets.fen(), f.totalLiabilities.fen(), f.netProfit.fen(),
                               f.revenue.fen(), f.licenceExpiresAtMs, f.blacklisted, f.maxDaysPastDue);
        !r)
        return r;
    if (auto r = stmt->run(); !r)
        return withContext("The accounts were not saved", r.error());
    return {};
}

Result<std::optional<risk::StoredScore>> SqliteRiskStore::latestScore(Id fileId)
{
    auto round = readOne<int>(
        m_db, "SELECT decision_round FROM loan_files WHERE id = ?1", fileId,
        [](const Statement& s) { return s.columnInt(0); },
        "There is no loan file with id " + std::to_string(fileId) + ".");
    if (!round)
        return round.error();
    return latestRiskScore(m_db, fileId, *round);
}

Result<std::vector<double>> SqliteRiskStore::portfolioScores()
{
    return readMany<double>(m_db,
                            "SELECT score FROM risk_scores WHERE id IN "
                            "(SELECT max(id) FROM risk_scores GROUP BY loan_file_id) ORDER BY id",
                            0, [](const Statement& s) { return s.columnDouble(0); });
}

Result<std::optional<risk::BandSetting>> SqliteRiskStore::bands()
{
    auto rows = readMany<risk::BandSetting>(
        m_db,
        "SELECT b.decline_below, b.approve_from, b.review_rate, b.approval_rate, b.files, b.justification, "
        "b.set_by, coalesce(u.display_name, ''), b.at_ms FROM risk_bands b LEFT JOIN users u ON u.id = "
        "b.set_by "
        "ORDER BY b.id DESC LIMIT 1",
        0, [](const Statement& s) {
            risk::BandSetting b;
            b.bands = risk::ScoreBands{s.columnDouble(0), s.columnDouble(1)};
            b.reviewRate = s.columnDouble(2);
            b.approvalRate = s.columnDouble(3);
            b.files = static_cast<std::size_t>(s.columnInt64(4));
            b.justification = s.columnText(5);
            b.setBy = s.columnInt64(6);
            b.setByName = s.columnText(7);
            b.atMs = s.columnInt64(8);
            return b;
        });
    if (!rows)
        return rows.error();
    return rows->empty() ? std::optional<risk::BandSetting>()
                         : std::optional<risk::BandSetting>(rows->front());
}

Result<void> SqliteRiskStore::saveBands(const risk::BandSetting& b, Id managerId, Role role)
{
    if (role != Role::Manager)
        return makeError("Only a manager sets the routing bands.", ErrorCode::Forbidden);
    if (auto ok = b.bands.check(); !ok)
        return withContext("The bands were not saved", ok.error());
    if (!detail::reasonIsEnough(b.justification))
        return makeError("Say why the bands change, in at least " + std::to_string(kMinReasonChars) +
                             " characters; the reason is kept with them.",
                         ErrorCode::InvalidInput);
    auto id = insertRow(
        m_db,
        "INSERT INTO risk_bands (decline_below, approve_from, review_rate, approval_rate, files, "
        "justification, "
        "set_by, at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        [&](Statement& s) {
            return s.bindAll(b.bands.declineBelow, b.bands.approveFrom, b.reviewRate, b.approvalRate,
                             static_cast<std::int64_t>(b.files), b.justification, managerId, b.atMs);
        },
        "The bands were not saved");
    return id ? Result<void>() : Result<void>(id.error());
}

Result<std::vector<risk::ReviewItem>> SqliteRiskStore::reviewQueue()
{
    return readMany<risk::ReviewItem>(m_db, kSelectQueue, 0, readItem);
}

Result<void> SqliteRiskStore::claim(Id fileId, Id managerId, TimestampMs nowMs)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    struct Holder
    {
        std::string state;
        std::string fileNo;
        Id by = 0;
        std::string name;
        TimestampMs at = 0;
    };
    auto holder = readOne<Holder>(
        m_db,
        "SELECT f.state, f.file_no, coalesce(c.claimed_by, 0), coalesce(u.display_name, ''), "
        "coalesce(c.claimed_at_ms, 0) FROM loan_files f LEFT JOIN review_claims c ON c.loan_file_id = f.id "
        "LEFT JOIN users u ON u.id = c.claimed_by WHERE f.id = ?1",
        fileId,
        [](const Statement& s) {
            return Holder{s.columnText(0), s.columnText(1), s.columnInt64(2), s.columnText(3),
                          s.columnInt64(4)};
        },
        "There is no loan file with id " + std::to_string(fileId) + ".");
    if (!holder)
        return holder.error();
    if (holder->state != key(LoanState::ManualReview))
        return makeError("Loan file " + holder->fileNo + " is no longer waiting for review.",
                         ErrorCode::Conflict);
    if (holder->by != 0 && holder->by != managerId && nowMs - holder->at < risk::kClaimLapseMs)
        return makeError("Loan file " + holder->fileNo + " is held by " + holder->name +
                             "; ask them to release it.",
                         ErrorCode::Conflict);
    auto stmt = m_db.prepare(
        "INSERT OR REPLACE INTO review_claims (loan_file_id, claimed_by, claimed_at_ms) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(fileId, managerId, nowMs); !r)
        return r;
    if (auto r = stmt->run(); !r)
        return r;
    return tx->commit();
}

Result<void> SqliteRiskStore::release(Id fileId, Id managerId, TimestampMs nowMs)
{
    auto stmt = m_db.prepare("DELETE FROM review_claims WHERE loan_file_id = ?1 AND (claimed_by = ?2 OR "
                             "claimed_at_ms <= ?3)");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(fileId, managerId, nowMs - risk::kClaimLapseMs); !r)
        return r;
    if (auto r = stmt->run(); !r)
        return r;
    if (m_db.changes() == 0)
        return makeError("You do not hold this file, so there is nothing to release.", ErrorCode::Conflict);
    return {};
}

} // namespace saggar
