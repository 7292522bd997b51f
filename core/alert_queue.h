// The alert queue's rules: who may acknowledge, assign, escalate or resolve an alert and what each
// does to it (the response clock stops at the first answer; a resolution needs a written note), the
// store interface storage/ implements, and the service the queue page and the clock call.
#pragma once

#include "alert_types.h"
#include "clock.h"
#include "result.h"
#include "workflow.h"

#include <optional>
#include <string>
#include <vector>

namespace saggar {

// One move of one alert, with the audit entry that records it on the alert's loan file.
struct AlertChange
{
    Id alertId = 0;
    AlertState from = AlertState::Open;
    AlertState to = AlertState::Open;
    Id assigneeId = 0;
    TimestampMs respondedAtMs = 0;
    std::string note;
    TimestampMs atMs = 0;
    AuditEntry audit;
};

// Managers act on every alert; the analyst who prepared the file and the person it is assigned to may
// acknowledge and resolve it. Escalate is the clock's (actor id 0) or a manager's. Refusals are
// Forbidden or InvalidInput with a sentence that says why; nothing is changed.
[[nodiscard]] Result<AlertChange> decideAlertAction(const Alert& alert, AlertAction action,
                                                    const Actor& actor, TimestampMs nowMs, Id assigneeId = 0,
                                                    const std::string& note = {});
bool mayActOn(const Alert& alert, AlertAction action, const Actor& actor);

// The audit entry written when the evaluator raises an alert (actor 0: the system).
AuditEntry alertRaisedEntry(const Alert& alert, TimestampMs nowMs);
// "alert:<id>": the audit subject of an alert's entries.
std::string alertAuditSubject(Id alertId);

// The system as an actor: the evaluator and the response clock.
inline Actor systemActor()
{
    return Actor{0, Role::Manager, "Saggar"};
}

struct AlertFilter
{
    std::optional<Id> analystId; // only alerts on files this analyst prepared
    bool includeResolved = false;
};

class AlertStore
{
public:
    virtual ~AlertStore() = default;
    // Highest severity first, then oldest first; resolved ones last when included.
    virtual Result<std::vector<Alert>> alerts(const AlertFilter& filter) = 0;
    virtual Result<Alert> alert(Id alertId) = 0; // NotFound
    virtual Result<std::vector<AlertEvidence>> evidence(Id alertId) = 0;
    // Writes the move and its audit entry in one transaction; Conflict when the alert is no longer in
    // change.from (someone else moved it first).
    virtual Result<void> apply(const AlertChange& change) = 0;
};

class AlertService
{
public:
    AlertService(AlertStore& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    [[nodiscard]] Result<Alert> act(Id alertId, AlertAction action, const Actor& actor, Id assigneeId = 0,
                                    const std::string& note = {});
    // Escalates every open alert whose response clock has run out; returns how many.
    [[nodiscard]] Result<int> escalateOverdue();

    AlertStore& store() { return m_store; }
    const Clock& clock() const { return m_clock; }

private:
    AlertStore& m_store;
    const Clock& m_clock;
};

} // namespace saggar
