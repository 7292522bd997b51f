// The one way screens and tools change a loan file: load its context from the store, let the rules
// (workflow.h) decide, and have the store write the change with its audit entries atomically.
// Holds no state of its own; the clock is given so tests and the server control time.
#pragma once

#include "workflow_store.h"

#include <functional>

namespace saggar {

class WorkflowService
{
public:
    using Clock = std::function<TimestampMs()>;
    WorkflowService(WorkflowStore& store, Clock clock);

    Result<WorkflowContext> context(Id fileId) { return m_store.context(fileId); }
    WorkflowStore& store() { return m_store; }

    // Each refuses (and changes nothing) when the rules refuse; Conflict when someone else changed
    // the file between loading and writing.
    Result<void> perform(const Actor& actor, Id fileId, const WorkflowRequest& request);
    Result<void> updateDocument(const Actor& actor, Id fileId, const DocumentRequest& request);
    Result<void> saveMemo(const Actor& actor, Id fileId, const CreditMemo& draft);
    Result<void> saveCovenant(const Actor& actor, Id fileId, const CovenantRequest& request);
    Result<void> enterValuation(const Actor& actor, Id fileId, const ValuationRequest& request);

private:
    WorkflowStore& m_store;
    Clock m_clock;
};

} // namespace saggar
