// The lower-cased text the portfolio filter searches: file number, enterprise names and USCC, and
// the plates and VINs of the file's trucks, kept on loan_files.search_text.
#pragma once

#include "database.h"

#include "core/domain.h"

#include <string>
#include <string_view>

namespace saggar {

// ASCII letters lower-cased, every other byte (Chinese included) unchanged, matching SQLite lower().
std::string asciiLower(std::string_view text);

// Fields are joined with '\n' so a search never matches across two fields.
std::string searchTextFor(const LoanFile& file, const Enterprise& enterprise);
void appendTruckToSearchText(std::string& searchText, const Truck& truck); // plate then VIN

// Recomputes search_text of one file from the stored rows (after a truck or the enterprise changed).
[[nodiscard]] Result<void> refreshSearchText(Database& db, Id fileId);
// Appends one truck to the stored search text of its file: the same as refreshSearchText when the truck
// has the file's highest truck id (a new row), without reading the file's other trucks again.
[[nodiscard]] Result<void> appendTruckSearchText(Database& db, Id fileId, const Truck& truck);

// SQL expression giving the search text of the loan_files row aliased `loan_files`; used by the
// migration that backfills and by refreshSearchText, so both produce what searchTextFor makes.
extern const char* const kSearchTextSqlExpression;

// SQL giving an enum key's position in declaration order ("CASE state WHEN 'draft' THEN 0 … END"),
// for the portfolio sorts; the schema indexes the state one, so both must use this text.
template <typename E> std::string enumOrderSql(const std::string& column)
{
    std::string sql = "CASE " + column;
    int i = 0;
    for (E v : allValues<E>())
        sql += " WHEN '" + std::string(key(v)) + "' THEN " + std::to_string(i++);
    return sql + " END";
}

} // namespace saggar
