// A loan file as the application scorecard sees it: the facts gathered from the enterprise's accounts,
// the loan terms, the appraised collateral, telemetry-derived operating signals and repayment history,
// turned into the model's record, scored, checked against the policy rules and routed — and the
// stored score (model version, inputs, reasons, policy hits) that makes the decision reproducible.
#pragma once

#include "risk_model_io.h"
#include "risk_policy.h"
#include "risk_routing.h"
#include "workflow_types.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace saggar::risk {

// The enterprise's latest accounts and what the bank knows of it.
struct EnterpriseFinancials
{
    Money totalAssets;
    Money totalLiabilities;
    Money netProfit;                               // of the last year
    Money revenue;                                 // of the last year
    std::optional<TimestampMs> licenceExpiresAtMs; // nothing: a licence without an end date
    bool blacklisted = false;
    std::optional<int> maxDaysPastDue; // worst arrears in the last 24 months; nothing: no history with us
};

// Operating signals read off the pledged assets' telemetry. Nothing means "not known" (no such asset,
// or no readings) and is scored as its own bin, never as zero.
struct OperatingSignals
{
    std::optional<double> kilnOperatingDays;     // firing days per 30, over the last 90 days
    std::optional<double> truckActivityTrendPct; // distance of the last 30 days against the 60 before
};

struct ApplicationFacts
{
    std::string enterpriseCode;
    Segment segment = Segment::BuildingTiles;
    Cluster cluster = Cluster::Foshan;
    EnterpriseFinancials financials;
    Money loanAmount;
    int termMonths = 0;
    Money collateralValue; // appraised value of the pledged assets; 0: not appraised
    OperatingSignals operating;
};

// The application model's attribute names, as in resources/risk/saggar_application.mapping.
inline constexpr const char* kApplicationAttributes[] = {
    "ltv",       "leverage",    "margin",        "loan_to_revenue", "term",
    "kiln_days", "truck_trend", "days_past_due", "segment",         "cluster"};

// The value of one named attribute; absent when the facts do not give it.
Value applicationValue(const ApplicationFacts& facts, const std::string& attribute);
// The record for a model: one value per attribute of the scorecard, in its order. Refuses a model that
// asks for an attribute a loan file does not have.
Result<Record> applicationRecord(const ApplicationFacts& facts, const Scorecard& scorecard);
PolicyFacts policyFacts(const ApplicationFacts& facts, TimestampMs nowMs);

// One adverse reason as stored: the attribute, the file's value (as in `inputs`), the points it is
// short of the attribute's best bin, and the sentence in English.
struct StoredReason
{
    std::string attribute;
    std::string value;
    double shortfall = 0;
    std::string words;
};

struct StoredScore
{
    std::string modelVersion;
    double score = 0;
    Route route = Route::ManualReview;
    Route bandRoute = Route::ManualReview;
    ScoreBands bands;
    RiskGrade grade = RiskGrade::C;
    std::vector<std::pair<std::string, std::string>> inputs; // attribute → value text ("missing" if absent)
    std::vector<StoredReason> reasons;                       // largest shortfall first, at most three
    std::vector<PolicyHit> policyHits;
    TimestampMs atMs = 0;
};

// The grade a route and score give: automatic approval A (20 points or more above the approval band) or
// B; manual review C (upper half of the review band, or referred by policy) or D; automatic decline E.
// decisionForGrade() of the grade is the route's state.
RiskGrade gradeFor(Route route, double score, const ScoreBands& bands);
LoanState stateFor(Route route);

// Scores the file, checks the policy rules and routes it with `bands`.
Result<StoredScore> scoreApplication(const RiskModel& model, const ScoreBands& bands,
                                     const PolicyConfig& policy, const ApplicationFacts& facts,
                                     TimestampMs nowMs);

// "Score 512 (model rm-…): manual review. Policy: …. Reasons: …" — the rationale the audit trail keeps.
std::string rationaleOf(const StoredScore& score);

// The text of a value as stored in `inputs`: the shortest decimal that reads back, a code, or "missing".
std::string valueText(const Value& value);

} // namespace saggar::risk
