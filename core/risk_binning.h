// Weight-of-evidence binning: numeric attributes in quantile bins merged until their bad rate is monotone,
// categorical attributes one bin a category (small ones merged); each bin's WoE = ln(good share / bad share).
#pragma once

#include "risk_dataset.h"

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

namespace saggar::risk {

struct Bin
{
    // Numeric: the values in (lower, upper]; the first bin starts at -inf and the last ends at +inf.
    double lower = -std::numeric_limits<double>::infinity();
    double upper = std::numeric_limits<double>::infinity();
    std::vector<std::string> categories; // categorical: the codes in this bin, sorted
    bool missing = false;                // the bin of missing values (no range, no categories)
    double goods = 0;                    // training rows in the bin
    double bads = 0;
    double woe = 0; // ln((goods/G) / (bads/B)), smoothed: positive = better than average
};

struct BinningOptions
{
    int initialBins = 10;      // numeric: quantile bins before merging
    double minBinShare = 0.05; // a bin holds at least this share of the rows, or joins a neighbour
    double smoothing = 0.5;    // added to every bin's good and bad count before the logarithm
    bool monotone = true;      // numeric: merge neighbours until the bad rate only rises or only falls
};

// One attribute's bins. Values no bin holds (an unseen category, a missing value when training saw none)
// get WoE 0: the population's own odds, neither better nor worse.
struct AttributeBinning
{
    AttributeKind kind = AttributeKind::Numeric;
    std::vector<Bin>
        bins; // numeric: ascending ranges, then the missing bin if any; categorical: worst WoE first
    double informationValue = 0;

    static constexpr int kNoBin = -1;
    int binOf(const Value& v) const; // index into bins, or kNoBin
    double woeOf(const Value& v) const;
};

// WoE of one bin holding `goods` and `bads` of `totalGoods` and `totalBads`, with `smoothing` added to the
// counts of each of `binCount` bins: ln(((g + s) / (G + s·k)) / ((b + s) / (B + s·k))).
double weightOfEvidence(double goods, double bads, double totalGoods, double totalBads, double smoothing,
                        std::size_t binCount);

// Fills each bin's WoE from its counts and returns the information value Σ (g/G − b/B)·WoE.
double assignWeightsOfEvidence(std::vector<Bin>& bins, double smoothing);

// Bins one attribute over the given training rows (values[i] with bad[i]).
AttributeBinning binAttribute(AttributeKind kind, std::span<const Value> values,
                              std::span<const std::uint8_t> bad, const BinningOptions& options);

// A bin in words: "up to 12", "over 12 and up to 24", "over 24", "not known", or its categories' words.
std::string describeBin(const Bin& bin, const Attribute& attribute);

} // namespace saggar::risk
