// The workflow's risk-assessment step and the bands behind it: gathers a file's facts (the store's
// accounts and loan terms, the appraised collateral, telemetry-derived operating signals), scores it
// with the application model, applies the policy rules and the bands in force, and has the workflow
// route it with the score stored. Also previews and saves a manager's new bands.
#pragma once

#include "risk_store.h"
#include "workflow_service.h"

#include <functional>

namespace saggar::risk {

class RiskDecisionService
{
public:
    using Clock = std::function<TimestampMs()>;
    // Seams: the collateral value (the appraised values today; the valuation engine later) and the
    // operating signals (telemetry; nothing known when absent).
    using CollateralValue = std::function<Money(const WorkflowContext&)>;
    using SignalSource = std::function<OperatingSignals(const WorkflowContext&, TimestampMs)>;

    RiskDecisionService(WorkflowService& workflow, RiskStore& store, const RiskModel& model, Clock clock);
    void setCollateralValue(CollateralValue value) { m_collateral = std::move(value); }
    void setSignalSource(SignalSource source) { m_signals = std::move(source); }
    void setPolicy(PolicyConfig policy) { m_policy = std::move(policy); }

    const RiskModel& model() const { return m_model; }
    RiskStore& store() { return m_store; }

    // The bands a manager saved last, or the model's own.
    Result<ScoreBands> bandsInForce();
    // The facts of a file as the score would read them.
    Result<ApplicationFacts> facts(Id fileId);
    // Scores the file without storing anything.
    Result<StoredScore> preview(Id fileId);
    // The risk-assessment step: scores, routes (AssessRisk) and stores the score in one change.
    Result<StoredScore> assess(const Actor& actor, Id fileId);

    // What `bands` would do to the portfolio's latest scores, shown before saving.
    Result<RoutingRates> previewBands(const ScoreBands& bands);
    // Managers only, with a written reason; the rates shown are kept with the bands.
    Result<void> saveBands(const Actor& actor, const ScoreBands& bands, const std::string& justification);

private:
    WorkflowService& m_workflow;
    RiskStore& m_store;
    const RiskModel& m_model;
    Clock m_clock;
    CollateralValue m_collateral;
    SignalSource m_signals;
    PolicyConfig m_policy;
};

} // namespace saggar::risk
