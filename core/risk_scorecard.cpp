#include "risk_scorecard.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <numbers>

namespace saggar::risk {
namespace {

// Shortfalls below this are rounding, not a reason.
constexpr double kReasonEpsilon = 1e-9;

std::string valueWords(const Value& v, const Attribute& a)
{
    if (v.missing)
        return "not known";
    if (a.kind == AttributeKind::Categorical)
        return a.categoryWords(v.category);
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v.number);
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

} // namespace

double Scaling::factor() const
{
    return pointsToDoubleOdds / std::numbers::ln2;
}

double Scaling::offset() const
{
    return basePoints - factor() * std::log(baseOdds);
}

double Scaling::score(double logOddsGood) const
{
    return offset() + factor() * logOddsGood;
}

double Scaling::logOddsGood(double score) const
{
    return (score - offset()) / factor();
}

double Scaling::probabilityBad(double score) const
{
    return 1.0 / (1.0 + std::exp(logOddsGood(score)));
}

Scorecard::Scorecard(Scaling scaling, double intercept, std::vector<ScorecardAttribute> attributes)
    : m_scaling(scaling), m_intercept(intercept), m_attributes(std::move(attributes))
{
    const double m = static_cast<double>(std::max<std::size_t>(1, m_attributes.size()));
    const double factor = m_scaling.factor();
    const double shared = factor * m_intercept / m + m_scaling.offset() / m;
    for (ScorecardAttribute& a : m_attributes) {
        a.points.clear();
        for (const Bin& b : a.binning.bins)
            a.points.push_back(factor * a.coefficient * b.woe + shared);
        a.noBinPoints = shared;
        a.bestPoints = a.points.empty() ? shared : *std::max_element(a.points.begin(), a.points.end());
    }
}

double Scorecard::pointsOf(std::size_t attribute, int bin) const
{
    const ScorecardAttribute& a = m_attributes[attribute];
    return bin == AttributeBinning::kNoBin ? a.noBinPoints : a.points[static_cast<std::size_t>(bin)];
}

double Scorecard::score(const Record& record) const
{
    assert(record.size() == m_attributes.size());
    double total = 0;
    for (std::size_t j = 0; j < m_attributes.size(); ++j)
        total += pointsOf(j, m_attributes[j].binning.binOf(record[j]));
    return total;
}

ScoredFile Scorecard::scoreWithReasons(const Record& record) const
{
    assert(record.size() == m_attributes.size());
    ScoredFile out;
    for (std::size_t j = 0; j < m_attributes.size(); ++j) {
        const int bin = m_attributes[j].binning.binOf(record[j]);
        const double points = pointsOf(j, bin);
        out.score += points;
        const double shortfall = m_attributes[j].bestPoints - points;
        if (shortfall <= kReasonEpsilon)
            continue;
        // Insert into the short sorted list; an equal shortfall keeps the earlier attribute first.
        std::size_t at = out.reasonCount;
        while (at > 0 && out.reasons[at - 1].shortfall < shortfall)
            --at;
        if (at >= kMaxReasons)
            continue;
        const std::size_t last = std::min(out.reasonCount, kMaxReasons - 1);
        for (std::size_t k = last; k > at; --k)
            out.reasons[k] = out.reasons[k - 1];
        out.reasons[at] = Reason{j, bin, shortfall};
        out.reasonCount = std::min(out.reasonCount + 1, kMaxReasons);
    }
    return out;
}

std::string Scorecard::reasonWords(const Reason& reason, const Record& record) const
{
    const ScorecardAttribute& a = m_attributes[reason.attribute];
    const auto best = std::max_element(a.points.begin(), a.points.end());
    std::string words = a.attribute.words() + " is " + valueWords(record[reason.attribute], a.attribute) +
                        ": " + std::to_string(std::llround(reason.shortfall)) + " points short of the best";
    if (best != a.points.end())
        words += " (" +
                 describeBin(a.binning.bins[static_cast<std::size_t>(best - a.points.begin())], a.attribute) +
                 ")";
    return words;
}

std::vector<std::string> Scorecard::reasonWords(const ScoredFile& scored, const Record& record) const
{
    std::vector<std::string> out;
    for (std::size_t k = 0; k < scored.reasonCount; ++k)
        out.push_back(reasonWords(scored.reasons[k], record));
    return out;
}

long long displayedScore(double score)
{
    return std::llround(score);
}

} // namespace saggar::risk
