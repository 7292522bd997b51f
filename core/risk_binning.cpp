#include "risk_binning.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <numeric>

namespace saggar::risk {
namespace {

double rows(const Bin& b)
{
    return b.goods + b.bads;
}

double badRate(const Bin& b)
{
    return rows(b) > 0 ? b.bads / rows(b) : 0.0;
}

void absorb(Bin& into, const Bin& from)
{
    into.goods += from.goods;
    into.bads += from.bads;
    into.lower = std::min(into.lower, from.lower);
    into.upper = std::max(into.upper, from.upper);
    into.categories.insert(into.categories.end(), from.categories.begin(), from.categories.end());
}

// Merges bins smaller than `minRows` into the neighbour whose bad rate is closer (the smaller neighbour on a
// tie), smallest first, until every bin is large enough or one bin is left. `bins` are in a meaningful order
// (ascending values, or categories by bad rate), which merging keeps.
void mergeSmall(std::vector<Bin>& bins, double minRows)
{
    while (bins.size() > 1) {
        std::size_t small = 0;
        for (std::size_t i = 1; i < bins.size(); ++i)
            if (rows(bins[i]) < rows(bins[small]))
                small = i;
        if (rows(bins[small]) >= minRows)
            return;
        std::size_t other = small == 0 ? 1 : small - 1;
        if (small > 0 && small + 1 < bins.size()) {
            const double left = std::abs(badRate(bins[small - 1]) - badRate(bins[small]));
            const double right = std::abs(badRate(bins[small + 1]) - badRate(bins[small]));
            if (right < left || (right == left && rows(bins[small + 1]) < rows(bins[small - 1])))
                other = small + 1;
        }
        const std::size_t keep = std::min(small, other);
        absorb(bins[keep], bins[std::max(small, other)]);
        bins.erase(bins.begin() + static_cast<std::ptrdiff_t>(std::max(small, other)));
    }
}

// Pool-adjacent-violators: merges neighbours until the bad rate never falls (rising) or never rises.
std::vector<Bin> monotoneMerge(const std::vector<Bin>& bins, bool rising)
{
    std::vector<Bin> pooled;
    for (const Bin& b : bins) {
        pooled.push_back(b);
        while (pooled.size() > 1) {
            const Bin& prev = pooled[pooled.size() - 2];
            const Bin& last = pooled.back();
            const bool violates = rising ? badRate(prev) > badRate(last) : badRate(prev) < badRate(last);
            if (!violates)
                break;
            Bin merged = prev;
            absorb(merged, last);
            pooled.pop_back();
            pooled.back() = std::move(merged);
        }
    }
    return pooled;
}

std::string number(double v)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

} // namespace

int AttributeBinning::binOf(const Value& v) const
{
    if (v.missing) {
        for (std::size_t i = 0; i < bins.size(); ++i)
            if (bins[i].missing)
                return static_cast<int>(i);
        return kNoBin;
    }
    if (kind == AttributeKind::Numeric) {
        for (std::size_t i = 0; i < bins.size(); ++i)
            if (!bins[i].missing && v.number <= bins[i].upper)
                return static_cast<int>(i);
        return kNoBin; // only for NaN, which the reader refuses
    }
    for (std::size_t i = 0; i < bins.size(); ++i)
        if (std::binary_search(bins[i].categories.begin(), bins[i].categories.end(), v.category))
            return static_cast<int>(i);
    return kNoBin;
}

double AttributeBinning::woeOf(const Value& v) const
{
    const int b = binOf(v);
    return b == kNoBin ? 0.0 : bins[static_cast<std::size_t>(b)].woe;
}

double weightOfEvidence(double goods, double bads, double totalGoods, double totalBads, double smoothing,
                        std::size_t binCount)
{
    const double k = static_cast<double>(binCount);
    const double goodShare = (goods + smoothing) / (totalGoods + smoothing * k);
    const double badShare = (bads + smoothing) / (totalBads + smoothing * k);
    return std::log(goodShare / badShare);
}

double assignWeightsOfEvidence(std::vector<Bin>& bins, double smoothing)
{
    double totalGoods = 0;
    double totalBads = 0;
    for (const Bin& b : bins) {
        totalGoods += b.goods;
        totalBads += b.bads;
    }
    double iv = 0;
    for (Bin& b : bins) {
        // With no goods or no bads at all the attribute says nothing: WoE 0 everywhere.
        if (totalGoods <= 0 || totalBads <= 0) {
            b.woe = 0;
            continue;
        }
        b.woe = weightOfEvidence(b.goods, b.bads, totalGoods, totalBads, smoothing, bins.size());
        if (std::isfinite(b.woe))
            iv += (b.goods / totalGoods - b.bads / totalBads) * b.woe;
    }
    return iv;
}

AttributeBinning binAttribute(AttributeKind kind, std::span<const Value> values,
                              std::span<const std::uint8_t> bad, const BinningOptions& options)
{
    AttributeBinning result;
    result.kind = kind;
    Bin missing;
    missing.missing = true;
    missing.lower = missing.upper = 0;
    std::vector<Bin> bins;
    double present = 0;

    if (kind == AttributeKind::Numeric) {
        // Distinct values with their counts, ascending.
        std::map<double, Bin> distinct;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (values[i].missing) {
                (bad[i] ? missing.bads : missing.goods) += 1;
                continue;
            }
            Bin& d = distinct[values[i].number];
            d.lower = d.upper = values[i].number;
            (bad[i] ? d.bads : d.goods) += 1;
            present += 1;
        }
        // Quantile bins: close a bin once the running count passes the next 1/initialBins of the rows.
        const double per = present / std::max(1, options.initialBins);
        double running = 0;
        double nextCut = per;
        for (const auto& [value, d] : distinct) {
            if (bins.empty() || running >= nextCut - 1e-9) {
                bins.push_back(d);
                while (nextCut <= running + 1e-9)
                    nextCut += per;
            } else {
                absorb(bins.back(), d);
            }
            running += rows(d);
        }
        mergeSmall(bins, std::ceil(options.minBinShare * present));
        if (options.monotone && bins.size() > 2) {
            std::vector<Bin> rising = monotoneMerge(bins, true);
            std::vector<Bin> falling = monotoneMerge(bins, false);
            const double ivRising = assignWeightsOfEvidence(rising, options.smoothing);
            const double ivFalling = assignWeightsOfEvidence(falling, options.smoothing);
            bins = ivFalling > ivRising ? std::move(falling) : std::move(rising);
        }
        // Ranges: (previous upper, own largest value]; open at both ends.
        for (std::size_t i = 0; i < bins.size(); ++i) {
            bins[i].lower = i == 0 ? -std::numeric_limits<double>::infinity() : bins[i - 1].upper;
            if (i + 1 == bins.size())
                bins[i].upper = std::numeric_limits<double>::infinity();
        }
    } else {
        std::map<std::string, Bin> categories;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (values[i].missing) {
                (bad[i] ? missing.bads : missing.goods) += 1;
                continue;
            }
            Bin& c = categories[values[i].category];
            if (c.categories.empty())
                c.categories.push_back(values[i].category);
            (bad[i] ? c.bads : c.goods) += 1;
            present += 1;
        }
        for (auto& [code, c] : categories)
            bins.push_back(std::move(c));
        // Worst first, so that small categories join the neighbour with the nearest bad rate.
        std::stable_sort(bins.begin(), bins.end(),
                         [](const Bin& a, const Bin& b) { return badRate(a) > badRate(b); });
        mergeSmall(bins, std::ceil(options.minBinShare * present));
        for (Bin& b : bins) {
            std::sort(b.categories.begin(), b.categories.end());
            b.lower = b.upper = 0;
        }
    }
    if (rows(missing) > 0)
        bins.push_back(missing);
    result.informationValue = assignWeightsOfEvidence(bins, options.smoothing);
    if (kind == AttributeKind::Categorical)
        std::stable_sort(bins.begin(), bins.end(), [](const Bin& a, const Bin& b) {
            return a.missing != b.missing ? b.missing : a.woe < b.woe;
        });
    result.bins = std::move(bins);
    return result;
}

std::string describeBin(const Bin& bin, const Attribute& attribute)
{
    if (bin.missing)
        return "not known";
    if (attribute.kind == AttributeKind::Categorical) {
        std::string out;
        for (const std::string& code : bin.categories) {
            if (!out.empty())
                out += " or ";
            out += attribute.categoryWords(code);
        }
        return out;
    }
    const bool lowerOpen = std::isinf(bin.lower);
    const bool upperOpen = std::isinf(bin.upper);
    if (lowerOpen && upperOpen)
        return "any value";
    if (lowerOpen)
        return "up to " + number(bin.upper);
    if (upperOpen)
        return "over " + number(bin.lower);
    return "over " + number(bin.lower) + " and up to " + number(bin.upper);
}

} // namespace saggar::risk
