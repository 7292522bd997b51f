#include "loan_file_repository.h"

#include "enterprise_repository.h"
#include "repository_support.h"
#include "search_text.h"

#include <string>

namespace saggar {
namespace {

constexpr const char* kSelectLoanFile =
    "SELECT id, file_no, enterprise_id, product, amount_fen, term_months, annual_rate_pct, purpose, state, "
    "analyst_id, appraiser_id, manager_id, version, created_at_ms, updated_at_ms FROM loan_files";

LoanFile readLoanFile(const Statement& s)
{
    LoanFile f;
    f.id = s.columnInt64(0);
    f.fileNo = s.columnText(1);
    f.enterpriseId = s.columnInt64(2);
    f.product = enumColumn(s, 3, Product::EquipmentMortgage);
    f.amount = Money::fromFen(s.columnInt64(4));
    f.termMonths = s.columnInt(5);
    f.annualRatePct = s.columnDouble(6);
    f.purpose = s.columnText(7);
    f.state = enumColumn(s, 8, LoanState::Draft);
    f.analystId = idOrZero(s, 9);
    f.appraiserId = idOrZero(s, 10);
    f.managerId = idOrZero(s, 11);
    f.version = s.columnInt64(12);
    f.createdAtMs = s.columnInt64(13);
    f.updatedAtMs = s.columnInt64(14);
    return f;
}

} // namespace

const char* const kInsertLoanFileSql =
    "INSERT INTO loan_files (id, file_no, enterprise_id, product, amount_fen, term_months, annual_rate_pct, "
    "purpose, state, analyst_id, appraiser_id, manager_id, version, created_at_ms, updated_at_ms, "
    "search_text, audit_head_seq, audit_head_hash) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";

Result<void> bindLoanFile(Statement& stmt, const LoanFile& f, const std::string& searchText,
                          std::int64_t auditHeadSeq, const std::string& auditHeadHash)
{
    return stmt.bindAll(nullIfZero(f.id), f.fileNo, f.enterpriseId, key(f.product), f.amount.fen(),
                        f.termMonths, f.annualRatePct, f.purpose, key(f.state), nullIfZero(f.analystId),
                        nullIfZero(f.appraiserId), nullIfZero(f.managerId), f.version, f.createdAtMs,
                        f.updatedAtMs, searchText, auditHeadSeq, auditHeadHash);
}

Result<Id> insertLoanFile(Database& db, const LoanFile& file)
{
    if (auto r = refuseIfInvalid("The loan file", validateLoanFile(file)); !r)
        return r.error();
    if (file.fileNo.empty())
        return makeError("The loan file was not saved: file number: a file number is required.",
                         ErrorCode::InvalidInput);
    auto enterprise = getEnterprise(db, file.enterpriseId);
    if (!enterprise)
        return withContext("The loan file " + file.fileNo + " was not saved", enterprise.error());
    const std::string search = searchTextFor(file, *enterprise);
    return insertRow(
        db, kInsertLoanFileSql, [&](Statement& s) { return bindLoanFile(s, file, search); },
        "The loan file " + file.fileNo + " was not saved");
}

Result<LoanFile> getLoanFile(const Database& db, Id id)
{
    return readOne<LoanFile>(db, std::string(kSelectLoanFile) + " WHERE id = ?1", id, readLoanFile,
                             "There is no loan file with id " + std::to_string(id) + ".");
}

Result<std::vector<LoanFile>> listLoanFilesOfEnterprise(const Database& db, Id enterpriseId)
{
    return readMany<LoanFile>(db, std::string(kSelectLoanFile) + " WHERE enterprise_id = ?1 ORDER BY id",
                              enterpriseId, readLoanFile);
}

Result<std::string> nextFileNo(const Database& db, int year)
{
    const std::string prefix = "SG-" + std::to_string(year) + "-";
    // The range keeps the lookup on the unique index of file_no.
    auto stmt = db.prepare("SELECT max(file_no) FROM loan_files WHERE file_no BETWEEN ?1 AND ?2 "
                           "AND file_no GLOB ?3");
    if (!stmt)
        return stmt.error();
    if (auto r =
            stmt->bindAll(prefix + "000000", prefix + "999999", prefix + "[0-9][0-9][0-9][0-9][0-9][0-9]");
        !r)
        return r.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    long next = 1;
    if (*row && !stmt->columnIsNull(0))
        next = std::stol(stmt->columnText(0).substr(prefix.size())) + 1;
    if (next > 999999)
        return makeError("All file numbers of " + std::to_string(year) + " are used.", ErrorCode::Conflict);
    const std::string digits = std::to_string(next);
    return prefix + std::string(6 - digits.size(), '0') + digits;
}

} // namespace saggar
