// Loan files in the store: insert (validated, with their search text), get, list per enterprise,
// and the next free file number.
#pragma once

#include "database.h"

#include "core/domain.h"

#include <string>
#include <vector>

namespace saggar {

// Refuses invalid fields and an empty file number (InvalidInput), an enterprise that is not stored
// (NotFound) and a file number already used (Conflict).
[[nodiscard]] Result<Id> insertLoanFile(Database& db, const LoanFile& file);
[[nodiscard]] Result<LoanFile> getLoanFile(const Database& db, Id id);
[[nodiscard]] Result<std::vector<LoanFile>> listLoanFilesOfEnterprise(const Database& db, Id enterpriseId);

// "SG-<year>-<6 digits>", one more than the highest number stored for that year.
[[nodiscard]] Result<std::string> nextFileNo(const Database& db, int year);

// For bulk writers: the INSERT and the binding of one row with its precomputed search text and the
// head of its audit chain (none yet by default).
extern const char* const kInsertLoanFileSql;
[[nodiscard]] Result<void> bindLoanFile(Statement& stmt, const LoanFile& file, const std::string& searchText,
                                        std::int64_t auditHeadSeq = 0, const std::string& auditHeadHash = {});

} // namespace saggar
