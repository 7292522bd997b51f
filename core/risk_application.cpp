#include "risk_application.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace saggar::risk {
namespace {

std::optional<double> ratio(Money numerator, Money denominator)
{
    if (denominator <= Money())
        return std::nullopt;
    return static_cast<double>(numerator.fen()) / static_cast<double>(denominator.fen());
}

Value of(std::optional<double> v)
{
    return v ? Value::of(*v) : Value::absent();
}

std::string points(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", v);
    return buffer;
}

} // namespace

Value applicationValue(const ApplicationFacts& f, const std::string& attribute)
{
    const EnterpriseFinancials& fin = f.financials;
    if (attribute == "ltv")
        return of(ratio(f.loanAmount, f.collateralValue));
    if (attribute == "leverage")
        return of(ratio(fin.totalLiabilities, fin.totalAssets));
    if (attribute == "margin")
        return of(ratio(fin.netProfit, fin.revenue));
    if (attribute == "loan_to_revenue")
        return of(ratio(f.loanAmount, fin.revenue));
    if (attribute == "term")
        return f.termMonths > 0 ? Value::of(f.termMonths) : Value::absent();
    if (attribute == "kiln_days")
        return of(f.operating.kilnOperatingDays);
    if (attribute == "truck_trend")
        return of(f.operating.truckActivityTrendPct);
    if (attribute == "days_past_due")
        return fin.maxDaysPastDue ? Value::of(*fin.maxDaysPastDue) : Value::absent();
    if (attribute == "segment")
        return Value::of(std::string(key(f.segment)));
    if (attribute == "cluster")
        return Value::of(std::string(key(f.cluster)));
    return Value::absent();
}

Result<Record> applicationRecord(const ApplicationFacts& facts, const Scorecard& scorecard)
{
    Record record;
    for (const ScorecardAttribute& a : scorecard.attributes()) {
        bool known = false;
        for (const char* name : kApplicationAttributes)
            known = known || a.attribute.name == name;
        if (!known)
            return makeError("The risk model asks for '" + a.attribute.name +
                                 "', which a loan file does not have; use a model trained with the "
                                 "Saggar application mapping.",
                             ErrorCode::InvalidInput);
        Value v = applicationValue(facts, a.attribute.name);
        if (!v.missing && (a.attribute.kind == AttributeKind::Categorical) == v.category.empty())
            return makeError("The risk model reads '" + a.attribute.name + "' as " +
                                 std::string(key(a.attribute.kind)) + ", which it is not.",
                             ErrorCode::InvalidInput);
        record.push_back(std::move(v));
    }
    return record;
}

PolicyFacts policyFacts(const ApplicationFacts& f, TimestampMs nowMs)
{
    PolicyFacts p;
    p.enterpriseCode = f.enterpriseCode;
    p.licenceExpiresAtMs = f.financials.licenceExpiresAtMs;
    p.nowMs = nowMs;
    p.loanAmount = f.loanAmount;
    p.collateralValue = f.collateralValue;
    p.equity = Money::fromFen(f.financials.totalAssets.fen() - f.financials.totalLiabilities.fen());
    return p;
}

RiskGrade gradeFor(Route route, double score, const ScoreBands& bands)
{
    switch (route) {
    case Route::AutoApprove:
        return score >= bands.approveFrom + 20 ? RiskGrade::A : RiskGrade::B;
    case Route::ManualReview:
        return score >= (bands.declineBelow + bands.approveFrom) / 2 ? RiskGrade::C : RiskGrade::D;
    case Route::AutoDecline:
        return RiskGrade::E;
    }
    return RiskGrade::E;
}

LoanState stateFor(Route route)
{
    switch (route) {
    case Route::AutoApprove:
        return LoanState::AutoApproved;
    case Route::ManualReview:
        return LoanState::ManualReview;
    case Route::AutoDecline:
        return LoanState::Declined;
    }
    return LoanState::ManualReview;
}

std::string valueText(const Value& value)
{
    if (value.missing)
        return "missing";
    if (!value.category.empty())
        return value.category;
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value.number);
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

Result<StoredScore> scoreApplication(const RiskModel& model, const ScoreBands& bands,
                                     const PolicyConfig& policy, const ApplicationFacts& facts,
                                     TimestampMs nowMs)
{
    if (auto ok = bands.check(); !ok)
        return ok.error();
    auto record = applicationRecord(facts, model.scorecard);
    if (!record)
        return record.error();
    const Scorecard& card = model.scorecard;
    const ScoredFile scored = card.scoreWithReasons(*record);
    // The bank's own blacklist flag on the enterprise counts as much as the configured list.
    PolicyConfig effective = policy;
    if (facts.financials.blacklisted)
        effective.blacklist.insert(facts.enterpriseCode);
    const RoutingDecision decision =
        decide(scored.score, bands, checkPolicy(policyFacts(facts, nowMs), effective));

    StoredScore out;
    out.modelVersion = model.version;
    out.score = scored.score;
    out.route = decision.route;
    out.bandRoute = decision.bandRoute;
    out.bands = bands;
    out.grade = gradeFor(decision.route, scored.score, bands);
    out.policyHits = decision.policyHits;
    out.atMs = nowMs;
    for (std::size_t i = 0; i < card.attributes().size(); ++i)
        out.inputs.emplace_back(card.attributes()[i].attribute.name, valueText((*record)[i]));
    for (std::size_t i = 0; i < scored.reasonCount; ++i) {
        const Reason& r = scored.reasons[i];
        out.reasons.push_back(StoredReason{card.attributes()[r.attribute].attribute.name,
                                           valueText((*record)[r.attribute]), r.shortfall,
                                           card.reasonWords(r, *record)});
    }
    return out;
}

std::string rationaleOf(const StoredScore& s)
{
    std::string text = "Score " + points(s.score) + " (model " + s.modelVersion +
                       "): " + std::string(key(s.route)) + ", grade " +
                       std::string(1, static_cast<char>('A' + static_cast<int>(s.grade))) + ".";
    for (const PolicyHit& hit : s.policyHits)
        text += " Policy: " + hit.reason + " (" + std::string(key(hit.effect)) + ").";
    for (const StoredReason& r : s.reasons)
        text += " " + r.words + ".";
    return text;
}

} // namespace saggar::risk
