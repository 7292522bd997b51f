// The application scorecard: points a bin from WoE logistic regression, the score of a file, and the
// attributes that cost it most against their best bin (its adverse reasons), in words.
#pragma once

#include "risk_binning.h"
#include "risk_dataset.h"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace saggar::risk {

// Points from odds: score = offset + factor·ln(good:bad odds), with `basePoints` at `baseOdds` and
// `pointsToDoubleOdds` more points each time the odds double. Default: 600 points at 50:1, 20 to double.
struct Scaling
{
    double basePoints = 600;
    double baseOdds = 50;
    double pointsToDoubleOdds = 20;

    double factor() const; // pointsToDoubleOdds / ln 2
    double offset() const; // basePoints − factor·ln(baseOdds): the score at even odds
    double score(double logOddsGood) const;
    double logOddsGood(double score) const;
    double probabilityBad(double score) const;
};

struct ScorecardAttribute
{
    Attribute attribute;
    AttributeBinning binning;
    double coefficient = 0; // on the attribute's WoE in the log-odds of good

    // Derived from the above by the scorecard (never stored): points of each bin, of a value no bin holds
    // (WoE 0), and of the attribute's best bin.
    std::vector<double> points;
    double noBinPoints = 0;
    double bestPoints = 0;
};

// An adverse reason: an attribute whose points fall `shortfall` below its best bin.
struct Reason
{
    std::size_t attribute = 0;
    int bin = AttributeBinning::kNoBin;
    double shortfall = 0;
};

inline constexpr std::size_t kMaxReasons = 3;

struct ScoredFile
{
    double score = 0;
    std::array<Reason, kMaxReasons> reasons{}; // largest shortfall first; ties in attribute order
    std::size_t reasonCount = 0;               // attributes below their best, up to kMaxReasons
};

class Scorecard
{
public:
    Scorecard() = default;
    // Each attribute's points = factor·(coefficient·WoE + intercept/m) + offset/m over its m attributes, so
    // the points add up to the scaled log-odds of the logistic model.
    Scorecard(Scaling scaling, double intercept, std::vector<ScorecardAttribute> attributes);

    const Scaling& scaling() const { return m_scaling; }
    double intercept() const { return m_intercept; }
    const std::vector<ScorecardAttribute>& attributes() const { return m_attributes; }

    // `record` holds exactly one value per attribute, in the scorecard's attribute order.
    double score(const Record& record) const;
    ScoredFile scoreWithReasons(const Record& record) const;
    double pointsOf(std::size_t attribute, int bin) const;

    // "Status of the checking account is below 0 DM: 38 points short of the best (no checking account)".
    std::string reasonWords(const Reason& reason, const Record& record) const;
    std::vector<std::string> reasonWords(const ScoredFile& scored, const Record& record) const;

private:
    Scaling m_scaling;
    double m_intercept = 0;
    std::vector<ScorecardAttribute> m_attributes;
};

// A score as a person reads it: rounded to whole points.
long long displayedScore(double score);

} // namespace saggar::risk
