#include "valuation_dataset.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace saggar::valuation {
namespace {

using risk::ColumnRef;
using risk::Delimiter;

Error mappingError(std::size_t line, const std::string& what)
{
    return makeError("mapping line " + std::to_string(line) + ": " + what, ErrorCode::InvalidInput);
}

ColumnRef columnRef(const std::string& word)
{
    ColumnRef ref;
    if (!word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
        ref.number = static_cast<std::size_t>(std::stoul(word));
    else
        ref.name = word;
    return ref;
}

std::string describe(const ColumnRef& c)
{
    return c.number > 0 ? "column " + std::to_string(c.number) : "column '" + c.name + "'";
}

std::optional<double> parseNumber(std::string_view text)
{
    double v = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || p != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::string lower(std::string s)
{
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return std::string(s);
}

std::string firstWord(const std::string& text)
{
    const std::string t = trim(text);
    const auto end = t.find_first_of(" -/,");
    return lower(t.substr(0, end));
}

// Lower-case words of letters and digits ("TGS 26.400 / 6x2" → "tgs 26 400 6x2"), one space apart.
std::string wordsOf(const std::string& text)
{
    std::string out, word;
    auto flush = [&] {
        if (!word.empty())
            out += (out.empty() ? "" : " ") + word;
        word.clear();
    };
    for (char c : lower(text)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80))
            word += c;
        else
            flush();
    }
    flush();
    return out;
}

// A row's value of a named column as text (a number without decimals); "" when not known.
std::string valueNamed(const ComparableTable& table, const Comparable& row, const std::string& name)
{
    for (std::size_t i = 0; i < table.numericNames.size() && i < row.numbers.size(); ++i)
        if (table.numericNames[i] == name)
            return std::isnan(row.numbers[i]) ? std::string() : std::to_string(std::llround(row.numbers[i]));
    for (std::size_t i = 0; i < table.categoricalNames.size() && i < row.categories.size(); ++i)
        if (table.categoricalNames[i] == name)
            return row.categories[i];
    return {};
}

} // namespace

Result<TransactionMapping> parseTransactionMapping(std::string_view text)
{
    TransactionMapping m;
    std::set<std::string> names;
    std::size_t lineNo = 0;
    bool havePrice = false;
    while (!text.empty()) {
        const std::string_view line = risk::takeLine(text);
        ++lineNo;
        std::istringstream in{std::string(line.substr(0, line.find('#')))};
        std::vector<std::string> w;
        for (std::string word; in >> word;)
            w.push_back(word);
        if (w.empty())
            continue;
        const std::string& verb = w[0];
        auto newName = [&](const std::string& name) { return names.insert(name).second; };
        if (verb == "delimiter" && w.size() == 2) {
            static const std::map<std::string, Delimiter> kNames{{"comma", Delimiter::Comma},
                                                                 {"semicolon", Delimiter::Semicolon},
                                                                 {"tab", Delimiter::Tab},
                                                                 {"pipe", Delimiter::Pipe},
                                                                 {"whitespace", Delimiter::Whitespace}};
            auto it = kNames.find(w[1]);
            if (it == kNames.end())
                return mappingError(lineNo, "delimiter takes comma, semicolon, tab, pipe or whitespace");
            m.delimiter = it->second;
        } else if (verb == "header" && w.size() == 2 && (w[1] == "yes" || w[1] == "no")) {
            m.header = w[1] == "yes";
        } else if (verb == "missing" && w.size() >= 2) {
            m.missingTokens.insert(m.missingTokens.end(), w.begin() + 1, w.end());
        } else if (verb == "price" && w.size() == 2) {
            m.price = columnRef(w[1]);
            havePrice = true;
        } else if ((verb == "numeric" || verb == "categorical" || verb == "family" || verb == "words") &&
                   w.size() == 3) {
            if (!newName(w[2]))
                return mappingError(lineNo, "the name '" + w[2] + "' is used twice");
            auto& list = verb == "numeric"       ? m.numeric
                         : verb == "categorical" ? m.categorical
                         : verb == "family"      ? m.family
                                                 : m.words;
            list.emplace_back(columnRef(w[1]), w[2]);
        } else if (verb == "combine" && w.size() == 4) {
            if (!newName(w[1]) || !names.count(w[2]) || !names.count(w[3]))
                return mappingError(lineNo, "combine needs a new name and two names given above it");
            m.combinations.push_back(DerivedRatio{w[1], w[2], w[3]});
        } else if (verb == "ratio" && w.size() == 4) {
            if (!newName(w[1]))
                return mappingError(lineNo, "the name '" + w[1] + "' is used twice");
            m.ratios.push_back(DerivedRatio{w[1], w[2], w[3]});
        } else {
            return mappingError(lineNo,
                                "cannot read '" + trim(line) +
                                    "' (expected delimiter, header, missing, price, numeric, categorical, "
                                    "family, words, ratio or combine with its words)");
        }
    }
    if (!havePrice)
        return makeError("The mapping names no price column ('price COLUMN').", ErrorCode::InvalidInput);
    for (const DerivedRatio& r : m.ratios)
        for (const std::string& part : {r.numerator, r.denominator})
            if (std::none_of(m.numeric.begin(), m.numeric.end(),
                             [&](const auto& n) { return n.second == part; }))
                return makeError("The ratio '" + r.name + "' uses '" + part +
                                     "', which is no numeric column.",
                                 ErrorCode::InvalidInput);
    if (!m.header) {
        auto named = [](const auto& list) {
            return std::any_of(list.begin(), list.end(), [](const auto& c) { return c.first.number == 0; });
        };
        if (m.price.number == 0 || named(m.numeric) || named(m.categorical) || named(m.family) ||
            named(m.words))
            return makeError("Without a header line, columns must be given by number.",
                             ErrorCode::InvalidInput);
    }
    return m;
}

Result<ComparableTable> readTransactions(std::string_view csvText, const TransactionMapping& m)
{
    ComparableTable table;
    table.dataHash = risk::sha256Tag(csvText);
    for (const auto& [ref, name] : m.numeric)
        table.numericNames.push_back(name);
    for (const DerivedRatio& r : m.ratios)
        table.numericNames.push_back(r.name);
    for (const auto& [ref, name] : m.categorical)
        table.categoricalNames.push_back(name);
    for (const auto& [ref, name] : m.family)
        table.categoricalNames.push_back(name);
    table.wordColumn.assign(table.categoricalNames.size(), false);
    for (const auto& [ref, name] : m.words) {
        table.categoricalNames.push_back(name);
        table.wordColumn.push_back(true);
    }
    for (const DerivedRatio& c : m.combinations) {
        table.categoricalNames.push_back(c.name);
        table.wordColumn.push_back(false);
    }

    std::size_t lineNo = 0;
    std::map<std::string, std::size_t> headerIndex;
    std::size_t width = 0;
    auto resolve = [&](const ColumnRef& ref) -> std::optional<std::size_t> {
        if (ref.number > 0)
            return ref.number <= width ? std::optional<std::size_t>(ref.number - 1) : std::nullopt;
        auto it = headerIndex.find(ref.name);
        return it == headerIndex.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    };
    std::optional<std::size_t> priceAt;
    std::vector<std::size_t> numericAt, categoricalAt, familyAt, wordsAt;
    bool ready = false;
    auto isMissing = [&](const std::string& v) {
        return v.empty() ||
               std::find(m.missingTokens.begin(), m.missingTokens.end(), v) != m.missingTokens.end();
    };
    while (!csvText.empty()) {
        std::string_view line = risk::takeLine(csvText);
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (trim(line).empty())
            continue;
        auto fields = risk::splitFields(line, m.delimiter);
        for (auto& f : fields)
            f = trim(f);
        if (!ready) {
            width = fields.size();
            if (m.header)
                for (std::size_t i = 0; i < fields.size(); ++i)
                    headerIndex.emplace(fields[i], i);
            priceAt = resolve(m.price);
            if (!priceAt)
                return makeError("The file has no price " + describe(m.price) + ".", ErrorCode::InvalidInput);
            for (auto [list, at] :
                 {std::pair{&m.numeric, &numericAt}, std::pair{&m.categorical, &categoricalAt},
                  std::pair{&m.family, &familyAt}, std::pair{&m.words, &wordsAt}})
                for (const auto& [ref, name] : *list) {
                    auto i = resolve(ref);
                    if (!i)
                        return makeError("The file has no " + describe(ref) + " (for '" + name + "').",
                                         ErrorCode::InvalidInput);
                    at->push_back(*i);
                }
            ready = true;
            if (m.header)
                continue;
        }
        if (fields.size() != width)
            return makeError("line " + std::to_string(lineNo) + ": " + std::to_string(fields.size()) +
                                 " fields where the file has " + std::to_string(width) + ".",
                             ErrorCode::InvalidInput);
        if (isMissing(fields[*priceAt])) {
            ++table.withoutPrice; // a listing without a price teaches nothing; it is counted, not refused
            continue;
        }
        const auto price = parseNumber(fields[*priceAt]);
        if (!price || *price <= 0)
            return makeError("line " + std::to_string(lineNo) + ": the price '" + fields[*priceAt] +
                                 "' is not a positive number.",
                             ErrorCode::InvalidInput);
        Comparable row;
        row.target = std::log(*price);
        for (std::size_t k = 0; k < numericAt.size(); ++k) {
            const std::string& v = fields[numericAt[k]];
            if (isMissing(v)) {
                row.numbers.push_back(std::numeric_limits<double>::quiet_NaN());
                continue;
            }
            const auto n = parseNumber(v);
            if (!n)
                return makeError("line " + std::to_string(lineNo) + ", " + describe(m.numeric[k].first) +
                                     ": '" + v + "' is not a number.",
                                 ErrorCode::InvalidInput);
            row.numbers.push_back(*n);
        }
        for (const DerivedRatio& r : m.ratios) {
            auto at = [&](const std::string& name) {
                for (std::size_t k = 0; k < m.numeric.size(); ++k)
                    if (m.numeric[k].second == name)
                        return row.numbers[k];
                return std::numeric_limits<double>::quiet_NaN();
            };
            row.numbers.push_back(at(r.numerator) / std::max(at(r.denominator), 0.5));
        }
        for (std::size_t at : categoricalAt)
            row.categories.push_back(isMissing(fields[at]) ? std::string() : lower(fields[at]));
        for (std::size_t at : familyAt)
            row.categories.push_back(isMissing(fields[at]) ? std::string() : firstWord(fields[at]));
        for (std::size_t at : wordsAt)
            row.categories.push_back(isMissing(fields[at]) ? std::string() : wordsOf(fields[at]));
        for (const DerivedRatio& c : m.combinations) {
            const std::string a = valueNamed(table, row, c.numerator),
                              b = valueNamed(table, row, c.denominator);
            row.categories.push_back(a.empty() || b.empty() ? std::string() : a + "|" + b);
        }
        table.rows.push_back(std::move(row));
        table.lineOf.push_back(lineNo);
    }
    if (table.rows.empty())
        return makeError("The file holds no transactions.", ErrorCode::InvalidInput);
    return table;
}

} // namespace saggar::valuation
