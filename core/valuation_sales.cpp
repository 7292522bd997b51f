#include "valuation_sales.h"

#include "validation.h"
#include "valuation_text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace saggar::valuation {

namespace {

constexpr std::array<std::string_view, 3> kChannelKeys{"judicial_auction", "negotiated", "dealer"};

constexpr std::array<std::string_view, 10> kColumns{"asset_kind", "asset_id", "type_code", "sale_date",
                                                    "price_yuan", "channel",  "cluster",   "age_years",
                                                    "usage",      "source"};
constexpr std::size_t kRequiredColumns = 7; // asset_kind … cluster

Error invalid(std::string message)
{
    return Error{std::move(message), InvalidInput, nullptr};
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// One CSV record's fields; double quotes enclose fields with commas, "" is a quote inside them.
Result<std::vector<std::string>> splitCsv(std::string_view line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    if (quoted)
        return invalid("a quoted field is not closed");
    for (auto& f : fields)
        f = std::string(trim(f));
    return fields;
}

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\n") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

std::string plainNumber(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

} // namespace

std::string_view key(SaleChannel c)
{
    return kChannelKeys[static_cast<std::size_t>(c)];
}

std::optional<SaleChannel> saleChannelFromKey(std::string_view text)
{
    for (std::size_t i = 0; i < kChannelKeys.size(); ++i)
        if (kChannelKeys[i] == text)
            return static_cast<SaleChannel>(i);
    return std::nullopt;
}

Result<void> validate(const RealisedSale& sale)
{
    if (!sale.assetKind.empty() && sale.assetKind != "truck" && sale.assetKind != "kiln")
        return invalid("asset_kind must be truck, kiln or empty (an outside comparable), not \"" +
                       sale.assetKind + "\"");
    if (sale.assetKind.empty() && sale.assetId != 0)
        return invalid("asset_id must be empty for an outside comparable (no asset_kind)");
    if (!sale.assetKind.empty() && sale.assetId <= 0)
        return invalid("asset_id must be a positive number for a " + sale.assetKind);
    if (sale.typeCode.empty() || sale.typeCode.size() > 80)
        return invalid("type_code is required (a library type code)");
    if (checkDate(sale.saleDate))
        return invalid("sale_date \"" + sale.saleDate + "\" is not a date written YYYY-MM-DD");
    if (sale.price.fen() <= 0)
        return invalid("price_yuan must be more than zero");
    if (sale.ageYears && (!std::isfinite(*sale.ageYears) || *sale.ageYears < 0 || *sale.ageYears > 80))
        return invalid("age_years must be between 0 and 80");
    if (sale.usage && (!std::isfinite(*sale.usage) || *sale.usage < 0 || *sale.usage > 1e8))
        return invalid("usage must be zero or more");
    if (sale.source.size() > 500)
        return invalid("source must be under 500 characters");
    return {};
}

Result<std::vector<RealisedSale>> parseSalesCsv(std::string_view text)
{
    std::vector<RealisedSale> sales;
    std::map<std::string, std::size_t> column; // name → position
    int lineNo = 0;
    bool header = false;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        const std::string_view line = trim(text.substr(pos, end - pos));
        pos = end + 1;
        ++lineNo;
        if (line.empty() || line.front() == '#') {
            if (end == text.size())
                break;
            continue;
        }
        const auto at = [&](std::string message) {
            return invalid("line " + std::to_string(lineNo) + ": " + std::move(message));
        };
        auto fields = splitCsv(line);
        if (!fields)
            return at(fields.error().message);
        if (!header) {
            for (std::size_t i = 0; i < fields->size(); ++i) {
                const std::string& name = (*fields)[i];
                if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end())
                    return at("unknown column \"" + name + "\"");
                if (!column.emplace(name, i).second)
                    return at("column \"" + name + "\" appears twice");
            }
            for (std::size_t i = 0; i < kRequiredColumns; ++i)
                if (!column.contains(std::string(kColumns[i])))
                    return at("the header lacks the column \"" + std::string(kColumns[i]) + "\"");
            header = true;
            if (end == text.size())
                break;
            continue;
        }
        if (fields->size() != column.size())
            return at(std::to_string(fields->size()) + " fields, the header has " +
                      std::to_string(column.size()));
        const auto get = [&](std::string_view name) -> std::string {
            const auto it = column.find(std::string(name));
            return it == column.end() ? std::string() : (*fields)[it->second];
        };
        RealisedSale s;
        s.assetKind = get("asset_kind");
        const std::string id = get("asset_id");
        if (!id.empty()) {
            char* stop = nullptr;
            const long long v = std::strtoll(id.c_str(), &stop, 10);
            if (*stop != '\0' || v <= 0)
                return at("asset_id \"" + id + "\" is not a positive whole number");
            s.assetId = v;
        }
        s.typeCode = get("type_code");
        s.saleDate = get("sale_date");
        const std::string price = get("price_yuan");
        const auto money = Money::parseYuan(price);
        if (!money)
            return at("price_yuan \"" + price + "\" is not an amount in yuan (at most two decimals)");
        s.price = *money;
        const std::string channel = get("channel");
        const auto ch = saleChannelFromKey(channel);
        if (!ch)
            return at("channel \"" + channel + "\" is not judicial_auction, negotiated or dealer");
        s.channel = *ch;
        const std::string cluster = get("cluster");
        const auto cl = fromKey<Cluster>(cluster);
        if (!cl)
            return at("cluster \"" + cluster + "\" is not a known cluster (foshan, jingdezhen, zibo, …)");
        s.cluster = *cl;
        for (const auto& [name, target] :
             {std::pair{"age_years", &s.ageYears}, std::pair{"usage", &s.usage}}) {
            const std::string v = get(name);
            if (v.empty())
                continue;
            double d = 0;
            if (!readNumber(v, d))
                return at(std::string(name) + " \"" + v + "\" is not a number");
            *target = d;
        }
        s.source = get("source");
        if (auto ok = validate(s); !ok)
            return at(ok.error().message);
        sales.push_back(std::move(s));
        if (end == text.size())
            break;
    }
    if (!header)
        return invalid("the file is empty: it needs a header line and at least one sale");
    if (sales.empty())
        return invalid("the file holds no sales, only its header");
    return sales;
}

std::string writeSalesCsv(const std::vector<RealisedSale>& sales)
{
    std::string out;
    const auto line = [&out](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += fields[i];
        }
        out += '\n';
    };
    line(std::vector<std::string>(kColumns.begin(), kColumns.end()));
    for (const RealisedSale& s : sales)
        line({s.assetKind, s.assetId ? std::to_string(s.assetId) : std::string(), csvField(s.typeCode),
              s.saleDate, s.price.toPlainYuan(), std::string(key(s.channel)), std::string(key(s.cluster)),
              s.ageYears ? plainNumber(*s.ageYears) : std::string(),
              s.usage ? plainNumber(*s.usage) : std::string(), csvField(s.source)});
    return out;
}

std::string saleAssetKey(const RealisedSale& sale)
{
    return sale.outside() ? std::string() : sale.assetKind + ':' + std::to_string(sale.assetId);
}

} // namespace saggar::valuation
