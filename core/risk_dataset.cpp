#include "risk_dataset.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <set>
#include <utility>

namespace saggar::risk {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string> words(std::string_view line)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isSpace(line[i]))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && !isSpace(line[i]))
            ++i;
        if (i > start)
            out.emplace_back(line.substr(start, i - start));
    }
    return out;
}

// The rest of a mapping line after its first `skip` words, as written (label words keep their spacing).
std::string restAfterWords(std::string_view line, std::size_t skip)
{
    std::size_t i = 0;
    for (std::size_t w = 0; w < skip; ++w) {
        while (i < line.size() && isSpace(line[i]))
            ++i;
        while (i < line.size() && !isSpace(line[i]))
            ++i;
    }
    return std::string(trim(line.substr(std::min(i, line.size()))));
}

std::optional<std::size_t> parsePositive(const std::string& text)
{
    std::size_t value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value == 0)
        return std::nullopt;
    return value;
}

std::optional<double> parseNumber(std::string_view text)
{
    double value = 0;
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

ColumnRef columnRef(const std::string& word, bool header)
{
    if (auto n = parsePositive(word))
        return ColumnRef{*n, {}};
    return ColumnRef{0, header ? word : std::string()};
}

std::string describe(const ColumnRef& c)
{
    return c.number > 0 ? "column " + std::to_string(c.number) : "column '" + c.name + "'";
}

Error mappingError(std::size_t line, const std::string& what)
{
    return makeError("mapping line " + std::to_string(line) + ": " + what, ErrorCode::InvalidInput);
}

std::optional<Delimiter> delimiterNamed(const std::string& word)
{
    static const std::array<std::pair<const char*, Delimiter>, 6> names{
        {{"whitespace", Delimiter::Whitespace},
         {"space", Delimiter::Whitespace},
         {"comma", Delimiter::Comma},
         {"semicolon", Delimiter::Semicolon},
         {"tab", Delimiter::Tab},
         {"pipe", Delimiter::Pipe}}};
    for (const auto& [name, d] : names)
        if (word == name)
            return d;
    return std::nullopt;
}

char delimiterChar(Delimiter d)
{
    switch (d) {
    case Delimiter::Comma:
        return ',';
    case Delimiter::Semicolon:
        return ';';
    case Delimiter::Tab:
        return '\t';
    case Delimiter::Pipe:
        return '|';
    case Delimiter::Whitespace:
        break;
    }
    return ' ';
}

// A statement about one attribute or the target, checked for the shape of its words.
Result<void>
parseStatement(ColumnMapping& m, const std::vector<std::string>& w, std::string_view line, std::size_t lineNo,
               std::vector<std::tuple<std::size_t, std::string, std::string, std::string>>& pendingValues)
{
    const std::string& verb = w[0];
    if (verb == "delimiter") {
        const auto d = w.size() == 2 ? delimiterNamed(w[1]) : std::nullopt;
        if (!d)
            return mappingError(lineNo, "delimiter takes one of whitespace, comma, semicolon, tab, pipe");
        m.delimiter = *d;
    } else if (verb == "header") {
        if (w.size() != 2 || (w[1] != "yes" && w[1] != "no"))
            return mappingError(lineNo, "header takes yes or no");
        m.header = w[1] == "yes";
    } else if (verb == "missing") {
        if (w.size() < 2)
            return mappingError(lineNo, "missing takes one or more values that mean 'not known'");
        m.missingTokens.insert(m.missingTokens.end(), w.begin() + 1, w.end());
    } else if (verb == "target") {
        if (w.size() != 6 || w[2] != "bad" || w[4] != "good")
            return mappingError(lineNo, "write the target as: target COLUMN bad VALUE good VALUE");
        if (w[3] == w[5])
            return mappingError(lineNo, "the bad and good values of the target must differ");
        m.target = columnRef(w[1], m.header);
        if (m.target.number == 0 && m.target.name.empty())
            return mappingError(lineNo, "'" + w[1] +
                                            "' is not a column number (columns count from 1; names "
                                            "need 'header yes' first)");
        m.badValue = w[3];
        m.goodValue = w[5];
    } else if (verb == "numeric" || verb == "categorical") {
        if (w.size() < 3)
            return mappingError(lineNo, "write an attribute as: " + verb + " COLUMN NAME [LABEL WORDS]");
        MappedAttribute a;
        a.column = columnRef(w[1], m.header);
        if (a.column.number == 0 && a.column.name.empty())
            return mappingError(lineNo, "'" + w[1] +
                                            "' is not a column number (columns count from 1; names "
                                            "need 'header yes' first)");
        a.attribute.name = w[2];
        a.attribute.kind = verb == "numeric" ? AttributeKind::Numeric : AttributeKind::Categorical;
        a.attribute.label = restAfterWords(line, 3);
        for (const auto& other : m.attributes)
            if (other.attribute.name == a.attribute.name)
                return mappingError(lineNo, "attribute '" + a.attribute.name + "' is named twice");
        m.attributes.push_back(std::move(a));
    } else if (verb == "value") {
        if (w.size() < 4)
            return mappingError(lineNo, "write category words as: value NAME CODE WORDS");
        pendingValues.emplace_back(lineNo, w[1], w[2], restAfterWords(line, 3));
    } else {
        return mappingError(lineNo,
                            "unknown statement '" + verb +
                                "' (use delimiter, header, missing, target, numeric, categorical, value)");
    }
    return {};
}

std::string sameColumnKey(const ColumnRef& c)
{
    std::string out(1, c.number > 0 ? '#' : '=');
    out += c.number > 0 ? std::to_string(c.number) : c.name;
    return out;
}

} // namespace

std::string_view key(AttributeKind kind)
{
    return kind == AttributeKind::Numeric ? "numeric" : "categorical";
}

const std::string& Attribute::categoryWords(const std::string& code) const
{
    const auto it = valueLabels.find(code);
    return it == valueLabels.end() ? code : it->second;
}

std::size_t TrainingTable::badCount() const
{
    return static_cast<std::size_t>(std::count(bad.begin(), bad.end(), std::uint8_t{1}));
}

std::vector<Attribute> ColumnMapping::attributeList() const
{
    std::vector<Attribute> out;
    out.reserve(attributes.size());
    for (const auto& a : attributes)
        out.push_back(a.attribute);
    return out;
}

Result<ColumnMapping> parseColumnMapping(std::string_view text)
{
    ColumnMapping m;
    std::vector<std::tuple<std::size_t, std::string, std::string, std::string>> pendingValues;
    std::size_t lineNo = 0;
    std::size_t targetLine = 0;
    while (!text.empty()) {
        std::string_view line = takeLine(text);
        ++lineNo;
        if (const std::size_t hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);
        const auto w = words(line);
        if (w.empty())
            continue;
        if (w[0] == "target")
            targetLine = lineNo;
        if (auto ok = parseStatement(m, w, line, lineNo, pendingValues); !ok)
            return ok.error();
    }
    if (targetLine == 0)
        return makeError("mapping: no target line (write: target COLUMN bad VALUE good VALUE)",
                         ErrorCode::InvalidInput);
    if (m.attributes.empty())
        return makeError("mapping: no attributes (write: numeric COLUMN NAME or categorical COLUMN NAME)",
                         ErrorCode::InvalidInput);
    std::set<std::string> used{sameColumnKey(m.target)};
    for (const auto& a : m.attributes)
        if (!used.insert(sameColumnKey(a.column)).second)
            return makeError("mapping: " + describe(a.column) + " is used twice (attribute '" +
                                 a.attribute.name + "')",
                             ErrorCode::InvalidInput);
    for (auto& [line, name, code, label] : pendingValues) {
        auto it = std::find_if(m.attributes.begin(), m.attributes.end(),
                               [&n = name](const MappedAttribute& a) { return a.attribute.name == n; });
        if (it == m.attributes.end())
            return mappingError(line, "no attribute named '" + name + "'");
        if (it->attribute.kind != AttributeKind::Categorical)
            return mappingError(line,
                                "'" + name + "' is numeric; category words are for categorical attributes");
        it->attribute.valueLabels[code] = label;
    }
    return m;
}

std::vector<std::string> splitFields(std::string_view line, Delimiter delimiter)
{
    std::vector<std::string> fields;
    if (delimiter == Delimiter::Whitespace) {
        fields = words(line);
        return fields;
    }
    const char sep = delimiterChar(delimiter);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field.push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.push_back(c);
            }
        } else if (c == '"' && trim(field).empty()) {
            field.clear();
            quoted = true;
        } else if (c == sep) {
            fields.emplace_back(trim(field));
            field.clear();
        } else {
            field.push_back(c);
        }
    }
    fields.emplace_back(trim(field));
    return fields;
}

std::string_view takeLine(std::string_view& text)
{
    const std::size_t nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    return line;
}

std::string sha256Tag(std::string_view bytes)
{
    static const bool ready = sodium_init() >= 0; // libsodium asks for it once before any use
    (void)ready;
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return "sha256:" + std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

Result<TrainingTable> readTrainingTable(std::string_view csvText, const ColumnMapping& mapping,
                                        TargetUse target)
{
    TrainingTable table;
    table.attributes = mapping.attributeList();
    table.dataHash = sha256Tag(csvText);

    // 0-based field index of every attribute and of the target; resolved from the header when named.
    std::vector<std::size_t> index(mapping.attributes.size());
    std::optional<std::size_t> targetIndex;
    bool resolved = false;
    const auto resolve = [&](const std::vector<std::string>& header, std::size_t headerLine) -> Result<void> {
        const std::string where = "line " + std::to_string(headerLine) + ": ";
        const auto find = [&](const ColumnRef& c) -> std::optional<std::size_t> {
            if (c.number > 0)
                return c.number - 1;
            const auto it = std::find(header.begin(), header.end(), c.name);
            if (it == header.end())
                return std::nullopt;
            return static_cast<std::size_t>(it - header.begin());
        };
        for (std::size_t a = 0; a < mapping.attributes.size(); ++a) {
            const auto i = find(mapping.attributes[a].column);
            if (!i)
                return makeError(where + "the header has no " + describe(mapping.attributes[a].column) +
                                     " (attribute '" + mapping.attributes[a].attribute.name + "')",
                                 ErrorCode::InvalidInput);
            index[a] = *i;
        }
        targetIndex = find(mapping.target);
        if (!targetIndex && target == TargetUse::Required)
            return makeError(where + "the header has no " + describe(mapping.target) + " (the target)",
                             ErrorCode::InvalidInput);
        resolved = true;
        return {};
    };
    if (!mapping.header)
        if (auto ok = resolve({}, 0); !ok)
            return ok.error();

    const auto isMissing = [&](const std::string& field) {
        return field.empty() || std::find(mapping.missingTokens.begin(), mapping.missingTokens.end(),
                                          field) != mapping.missingTokens.end();
    };

    std::optional<bool> wantTarget;
    std::size_t lineNo = 0;
    while (!csvText.empty()) {
        std::string_view line = takeLine(csvText);
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (trim(line).empty())
            continue;
        const std::vector<std::string> fields = splitFields(line, mapping.delimiter);
        if (!resolved) {
            if (auto ok = resolve(fields, lineNo); !ok)
                return ok.error();
            continue;
        }
        const std::string where = "line " + std::to_string(lineNo) + ": ";
        // A file read for scoring may lack the target column altogether (decided on its first data line),
        // but not only on some lines.
        if (!wantTarget)
            wantTarget = targetIndex && (target == TargetUse::Required || *targetIndex < fields.size());
        Record record(mapping.attributes.size());
        for (std::size_t a = 0; a < mapping.attributes.size(); ++a) {
            const Attribute& attr = mapping.attributes[a].attribute;
            if (index[a] >= fields.size())
                return makeError(where + std::to_string(fields.size()) + " columns; attribute '" + attr.name +
                                     "' is in " + describe(mapping.attributes[a].column),
                                 ErrorCode::InvalidInput);
            const std::string& field = fields[index[a]];
            if (isMissing(field)) {
                record[a] = Value::absent();
            } else if (attr.kind == AttributeKind::Categorical) {
                record[a] = Value::of(field);
            } else if (const auto n = parseNumber(field)) {
                record[a] = Value::of(*n);
            } else {
                return makeError(where + "column " + std::to_string(index[a] + 1) + " (attribute '" +
                                     attr.name + "') is '" + field + "', not a number",
                                 ErrorCode::InvalidInput);
            }
        }
        std::uint8_t isBad = 0;
        if (*wantTarget) {
            if (*targetIndex >= fields.size())
                return makeError(where + std::to_string(fields.size()) + " columns; the target is in " +
                                     describe(mapping.target),
                                 ErrorCode::InvalidInput);
            const std::string& t = fields[*targetIndex];
            if (t == mapping.badValue)
                isBad = 1;
            else if (t != mapping.goodValue)
                return makeError(where + "the target (column " + std::to_string(*targetIndex + 1) + ") is '" +
                                     t + "'; expected '" + mapping.badValue + "' (bad) or '" +
                                     mapping.goodValue + "' (good)",
                                 ErrorCode::InvalidInput);
        }
        table.rows.push_back(std::move(record));
        table.bad.push_back(isBad);
        table.lineOf.push_back(lineNo);
    }
    if (table.rows.empty())
        return makeError("the file has no data lines", ErrorCode::InvalidInput);
    return table;
}

} // namespace saggar::risk
