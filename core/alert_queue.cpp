#include "alert_queue.h"

namespace saggar {
namespace {

bool isManager(const Actor& a)
{
    return a.role == Role::Manager && a.userId != 0;
}

bool isSystem(const Actor& a)
{
    return a.userId == 0;
}

} // namespace

std::string alertAuditSubject(Id alertId)
{
    return "alert:" + std::to_string(alertId);
}

bool mayActOn(const Alert& alert, AlertAction action, const Actor& actor)
{
    if (alert.state == AlertState::Resolved)
        return false;
    const bool own =
        actor.userId != 0 && (actor.userId == alert.analystId || actor.userId == alert.assigneeId);
    switch (action) {
    case AlertAction::Acknowledge:
        return alert.respondedAtMs == 0 && (isManager(actor) || own);
    case AlertAction::Assign:
        return isManager(actor);
    case AlertAction::Escalate:
        return alert.state != AlertState::Escalated && (isSystem(actor) || isManager(actor));
    case AlertAction::Resolve:
        return isManager(actor) || own;
    }
    return false;
}

Result<AlertChange> decideAlertAction(const Alert& alert, AlertAction action, const Actor& actor,
                                      TimestampMs nowMs, Id assigneeId, const std::string& note)
{
    if (!mayActOn(alert, action, actor)) {
        if (alert.state == AlertState::Resolved)
            return makeError("This alert is already resolved.", ErrorCode::Conflict);
        if (action == AlertAction::Acknowledge && alert.respondedAtMs != 0)
            return makeError("This alert has already been answered.", ErrorCode::Conflict);
        return makeError("You may not " + std::string(key(action)) + " this alert.", ErrorCode::Forbidden);
    }
    AlertChange c;
    c.alertId = alert.id;
    c.from = alert.state;
    c.assigneeId = alert.assigneeId;
    c.respondedAtMs = alert.respondedAtMs;
    c.note = alert.note;
    c.atMs = nowMs;
    std::string reason;
    switch (action) {
    case AlertAction::Acknowledge:
        c.to = AlertState::Acknowledged;
        c.respondedAtMs = nowMs;
        break;
    case AlertAction::Assign:
        if (assigneeId == 0)
            return makeError("Choose the person to assign the alert to.", ErrorCode::InvalidInput);
        c.to = AlertState::Assigned;
        c.assigneeId = assigneeId;
        if (c.respondedAtMs == 0)
            c.respondedAtMs = nowMs;
        reason = "assignee " + std::to_string(assigneeId);
        break;
    case AlertAction::Escalate:
        c.to = AlertState::Escalated;
        reason = isSystem(actor) ? "response_clock_expired" : note;
        break;
    case AlertAction::Resolve: {
        std::string trimmed = note;
        trimmed.erase(0, trimmed.find_first_not_of(" \t\r\n"));
        trimmed.erase(trimmed.find_last_not_of(" \t\r\n") + 1);
        if (trimmed.size() < static_cast<std::size_t>(kMinReasonChars))
            return makeError("Write what was found and done (at least " + std::to_string(kMinReasonChars) +
                                 " characters) to resolve the alert.",
                             ErrorCode::InvalidInput);
        c.to = AlertState::Resolved;
        c.note = trimmed;
        reason = trimmed;
        break;
    }
    }
    AuditEntry& e = c.audit;
    e.loanFileId = alert.finding.loanFileId;
    e.actorId = actor.userId;
    e.actorRole = actor.role;
    e.atMs = nowMs;
    e.kind = AuditKind::Alert;
    e.subject = alertAuditSubject(alert.id);
    e.before = std::string(key(c.from));
    e.after = std::string(key(c.to));
    e.reason = reason;
    return c;
}

AuditEntry alertRaisedEntry(const Alert& alert, TimestampMs nowMs)
{
    AuditEntry e;
    e.loanFileId = alert.finding.loanFileId;
    e.actorId = 0;
    e.actorRole = Role::Manager;
    e.atMs = nowMs;
    e.kind = AuditKind::Alert;
    e.subject = alertAuditSubject(alert.id);
    e.after = std::string(key(AlertState::Open));
    e.reason = std::string(key(alert.finding.rule)) + ": " + alert.finding.detail;
    return e;
}

Result<Alert> AlertService::act(Id alertId, AlertAction action, const Actor& actor, Id assigneeId,
                                const std::string& note)
{
    auto alert = m_store.alert(alertId);
    if (!alert)
        return alert.error();
    auto change = decideAlertAction(*alert, action, actor, m_clock.nowMs(), assigneeId, note);
    if (!change)
        return change.error();
    if (auto r = m_store.apply(*change); !r)
        return r.error();
    return m_store.alert(alertId);
}

Result<int> AlertService::escalateOverdue()
{
    auto open = m_store.alerts(AlertFilter{});
    if (!open)
        return open.error();
    const TimestampMs now = m_clock.nowMs();
    int n = 0;
    for (const Alert& a : *open) {
        if (!isOverdue(a, now))
            continue;
        auto change = decideAlertAction(a, AlertAction::Escalate, systemActor(), now);
        if (!change)
            continue;
        auto r = m_store.apply(*change);
        if (!r && r.error().code != ErrorCode::Conflict) // someone answered it meanwhile: fine
            return r.error();
        if (r)
            ++n;
    }
    return n;
}

} // namespace saggar
