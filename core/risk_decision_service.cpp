#include "risk_decision_service.h"

namespace saggar::risk {

RiskDecisionService::RiskDecisionService(WorkflowService& workflow, RiskStore& store, const RiskModel& model,
                                         Clock clock)
    : m_workflow(workflow), m_store(store), m_model(model), m_clock(std::move(clock)),
      m_collateral([](const WorkflowContext& ctx) { return appraisedCollateral(ctx); })
{}

Result<ScoreBands> RiskDecisionService::bandsInForce()
{
    auto saved = m_store.bands();
    if (!saved)
        return saved.error();
    return *saved ? (*saved)->bands : m_model.bands;
}

Result<ApplicationFacts> RiskDecisionService::facts(Id fileId)
{
    auto ctx = m_workflow.context(fileId);
    if (!ctx)
        return ctx.error();
    auto facts = m_store.applicationFacts(fileId);
    if (!facts)
        return facts.error();
    facts->collateralValue = m_collateral(*ctx);
    if (m_signals)
        facts->operating = m_signals(*ctx, m_clock());
    return facts;
}

Result<StoredScore> RiskDecisionService::preview(Id fileId)
{
    auto bands = bandsInForce();
    if (!bands)
        return bands.error();
    auto f = facts(fileId);
    if (!f)
        return f.error();
    return scoreApplication(m_model, *bands, m_policy, *f, m_clock());
}

Result<StoredScore> RiskDecisionService::assess(const Actor& actor, Id fileId)
{
    auto scored = preview(fileId);
    if (!scored)
        return scored;
    WorkflowRequest request;
    request.action = WorkflowAction::AssessRisk;
    request.score = *scored;
    if (auto done = m_workflow.perform(actor, fileId, request); !done)
        return done.error();
    return scored;
}

Result<RoutingRates> RiskDecisionService::previewBands(const ScoreBands& bands)
{
    if (auto ok = bands.check(); !ok)
        return ok.error();
    auto scores = m_store.portfolioScores();
    if (!scores)
        return scores.error();
    return routingRates(bands, *scores);
}

Result<void> RiskDecisionService::saveBands(const Actor& actor, const ScoreBands& bands,
                                            const std::string& justification)
{
    auto rates = previewBands(bands);
    if (!rates)
        return rates.error();
    BandSetting setting;
    setting.bands = bands;
    setting.reviewRate = rates->reviewRate();
    setting.approvalRate = rates->approvalRate();
    setting.files = rates->files;
    setting.justification = justification;
    setting.atMs = m_clock();
    return m_store.saveBands(setting, actor.userId, actor.role);
}

} // namespace saggar::risk
