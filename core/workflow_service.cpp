#include "workflow_service.h"

#include <utility>

namespace saggar {
namespace {

// Load, decide, write: the store is touched only when the rules accept the change.
template <typename Request, typename Evaluate>
Result<void> loadDecideWrite(WorkflowStore& store, const WorkflowService::Clock& clock, Id fileId,
                             const Actor& actor, const Request& request, Evaluate evaluate)
{
    Result<WorkflowContext> ctx = store.context(fileId);
    if (!ctx)
        return ctx.error();
    auto change = evaluate(*ctx, actor, request, clock());
    if (!change)
        return change.error();
    return store.apply(*change);
}

} // namespace

WorkflowService::WorkflowService(WorkflowStore& store, Clock clock)
    : m_store(store), m_clock(std::move(clock))
{}

Result<void> WorkflowService::perform(const Actor& actor, Id fileId, const WorkflowRequest& request)
{
    return loadDecideWrite(m_store, m_clock, fileId, actor, request, &evaluateAction);
}

Result<void> WorkflowService::updateDocument(const Actor& actor, Id fileId, const DocumentRequest& request)
{
    return loadDecideWrite(m_store, m_clock, fileId, actor, request, &evaluateDocument);
}

Result<void> WorkflowService::saveMemo(const Actor& actor, Id fileId, const CreditMemo& draft)
{
    return loadDecideWrite(m_store, m_clock, fileId, actor, draft, &evaluateMemo);
}

Result<void> WorkflowService::saveCovenant(const Actor& actor, Id fileId, const CovenantRequest& request)
{
    return loadDecideWrite(m_store, m_clock, fileId, actor, request, &evaluateCovenant);
}

Result<void> WorkflowService::enterValuation(const Actor& actor, Id fileId, const ValuationRequest& request)
{
    return loadDecideWrite(m_store, m_clock, fileId, actor, request, &evaluateValuation);
}

} // namespace saggar
