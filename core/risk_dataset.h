// Training data for the risk model: a column mapping (which CSV column is the target, which are numeric or
// categorical attributes, delimiter, header) and the reader that turns CSV text into a training table.
#pragma once

#include "result.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace saggar::risk {

enum class AttributeKind { Numeric, Categorical };

std::string_view key(AttributeKind kind); // "numeric" | "categorical"

// One input of the scorecard, with the words a person reads in the reasons.
struct Attribute
{
    std::string name; // short, unique: "A1", "ltv"
    AttributeKind kind = AttributeKind::Numeric;
    std::string label;                              // "Status of the checking account"; the name when empty
    std::map<std::string, std::string> valueLabels; // categorical code → words ("A11" → "below 0 DM")

    const std::string& words() const { return label.empty() ? name : label; }
    // A category in words ("below 0 DM"), or the code itself when the mapping gives no words for it.
    const std::string& categoryWords(const std::string& code) const;
};

// One attribute's value in one file: a number (numeric) or a category code (categorical); `missing`
// when the field was empty or one of the mapping's missing tokens.
struct Value
{
    double number = 0;
    std::string category;
    bool missing = false;

    static Value of(double n) { return Value{n, {}, false}; }
    static Value of(std::string code) { return Value{0, std::move(code), false}; }
    static Value absent() { return Value{0, {}, true}; }
};

using Record = std::vector<Value>; // one Value per attribute, in the attributes' order

struct TrainingTable
{
    std::vector<Attribute> attributes;
    std::vector<Record> rows;
    std::vector<std::uint8_t> bad;   // 1 = bad (the target's bad value), 0 = good; one per row
    std::vector<std::size_t> lineOf; // the CSV line each row came from (1-based), for messages
    std::string dataHash;            // "sha256:<hex>" of the CSV text the table was read from

    std::size_t badCount() const;
};

enum class Delimiter { Whitespace, Comma, Semicolon, Tab, Pipe };

// Where a value comes from: a 1-based column number, or a header name when the file has a header.
struct ColumnRef
{
    std::size_t number = 0; // 1-based; 0 when named
    std::string name;
};

struct MappedAttribute
{
    ColumnRef column;
    Attribute attribute;
};

// What a CSV file means to the risk model. Text format (one statement a line, '#' starts a comment):
//   delimiter whitespace|comma|semicolon|tab|pipe     (default comma; whitespace = runs of spaces/tabs)
//   header yes|no                                     (default no)
//   missing TOKEN…                                    (values that mean "not known"; an empty field always
//   does) target COLUMN bad VALUE good VALUE                (required; any other target value is refused)
//   numeric COLUMN NAME [LABEL WORDS…]
//   categorical COLUMN NAME [LABEL WORDS…]
//   value NAME CODE WORDS…                            (words for one category of a categorical attribute)
// COLUMN is a 1-based number, or a header name when `header yes`.
struct ColumnMapping
{
    Delimiter delimiter = Delimiter::Comma;
    bool header = false;
    std::vector<std::string> missingTokens;
    ColumnRef target;
    std::string badValue;
    std::string goodValue;
    std::vector<MappedAttribute> attributes;

    std::vector<Attribute> attributeList() const;
};

// Parses mapping text; errors name the mapping line ("mapping line 4: …").
Result<ColumnMapping> parseColumnMapping(std::string_view text);

enum class TargetUse { Required, IfPresent };

// Reads CSV text into a table. Refuses the whole file on the first bad line, naming the line, the column
// and what was expected. With TargetUse::IfPresent a file without the target column is read for scoring
// (every row's `bad` is then 0).
Result<TrainingTable> readTrainingTable(std::string_view csvText, const ColumnMapping& mapping,
                                        TargetUse target = TargetUse::Required);

// Splits one line by the delimiter (comma-like delimiters honour double quotes; "" is a quote).
std::vector<std::string> splitFields(std::string_view line, Delimiter delimiter);

// The text up to the next newline (without it); `text` moves past it.
std::string_view takeLine(std::string_view& text);

// "sha256:<64 hex digits>" of the bytes.
std::string sha256Tag(std::string_view bytes);

} // namespace saggar::risk
