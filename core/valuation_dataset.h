// Comparable transactions for the valuation model: a table of numeric and categorical columns with a
// price, read from CSV through a column mapping (real listings) or built from assets (the demo history).
#pragma once

#include "result.h"
#include "risk_dataset.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace saggar::valuation {

// One sale or listing. `numbers` follow ComparableTable::numericNames (NaN = not known), `categories`
// follow categoricalNames ("" = not known). `target` is what the model learns: the natural log of the
// price (real listings) or of the price over the type's new price (assets).
struct Comparable
{
    std::vector<double> numbers;
    std::vector<std::string> categories;
    double target = 0;
};

struct ComparableTable
{
    std::vector<std::string> numericNames;
    std::vector<std::string> categoricalNames;
    // Per categorical column: true when its value is a list of words separated by spaces (the words of a
    // model name, each encoded on its own), false for a single category.
    std::vector<bool> wordColumn;
    std::vector<Comparable> rows;
    std::vector<std::size_t> lineOf; // CSV line of each row (1-based); empty for generated tables
    std::string dataHash;            // "sha256:<hex>" of the source text
    std::size_t withoutPrice = 0;    // rows skipped because their price was missing
};

// What a CSV file of transactions means. Text format (one statement a line, '#' starts a comment):
//   delimiter comma|semicolon|tab|pipe|whitespace    (default comma)
//   header yes|no                                    (default yes)
//   missing TOKEN…                                   (an empty field is always missing)
//   price COLUMN                                     (required: the price, > 0, in any one currency)
//   numeric COLUMN NAME
//   categorical COLUMN NAME                          (compared case-insensitively)
//   family COLUMN NAME                               (the first word of the column's text, as a category)
//   words COLUMN NAME                                (every word of the column's text: "TGX 18.440 4x2")
//   ratio NAME NUMERATOR DENOMINATOR                 (NUMERATOR / max(DENOMINATOR, 0.5) of two numeric NAMEs)
//   combine NAME FIRST SECOND                        (a category joining two NAMEs: "actros|2018",
//   comparables)
// COLUMN is a header name (with `header yes`) or a 1-based column number.
struct DerivedRatio
{
    std::string name, numerator, denominator;
};

struct TransactionMapping
{
    risk::Delimiter delimiter = risk::Delimiter::Comma;
    bool header = true;
    std::vector<std::string> missingTokens;
    risk::ColumnRef price;
    std::vector<std::pair<risk::ColumnRef, std::string>> numeric;
    std::vector<std::pair<risk::ColumnRef, std::string>> categorical;
    std::vector<std::pair<risk::ColumnRef, std::string>> family;
    std::vector<std::pair<risk::ColumnRef, std::string>> words;
    std::vector<DerivedRatio> ratios;
    std::vector<DerivedRatio> combinations; // name, first, second
};

Result<TransactionMapping> parseTransactionMapping(std::string_view text);

// Reads every row; refuses the file on the first bad line (naming line and column). Target = ln(price).
Result<ComparableTable> readTransactions(std::string_view csvText, const TransactionMapping& mapping);

} // namespace saggar::valuation
