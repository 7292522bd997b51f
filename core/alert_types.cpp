#include "alert_types.h"

#include <array>
#include <utility>

namespace saggar {
namespace {

template <typename E, std::size_t N>
std::string_view keyIn(const std::array<std::pair<E, std::string_view>, N>& table, E v)
{
    for (const auto& [value, k] : table)
        if (value == v)
            return k;
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueIn(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view text)
{
    for (const auto& [value, k] : table)
        if (k == text)
            return value;
    return std::nullopt;
}

constexpr std::array<std::pair<AlertRule, std::string_view>, 7> kRules{{
    {AlertRule::GeofenceExit, "geofence_exit"},
    {AlertRule::TrackerSilent, "tracker_silent"},
    {AlertRule::KilnShutdown, "kiln_shutdown"},
    {AlertRule::UtilisationFalling, "utilisation_falling"},
    {AlertRule::OdometerRollback, "odometer_rollback"},
    {AlertRule::FuelDrop, "fuel_drop"},
    {AlertRule::LtvBreach, "ltv_breach"},
}};
constexpr std::array<std::pair<AlertSeverity, std::string_view>, 3> kSeverities{{
    {AlertSeverity::Low, "low"},
    {AlertSeverity::Medium, "medium"},
    {AlertSeverity::High, "high"},
}};
constexpr std::array<std::pair<AlertState, std::string_view>, 5> kStates{{
    {AlertState::Open, "open"},
    {AlertState::Acknowledged, "acknowledged"},
    {AlertState::Assigned, "assigned"},
    {AlertState::Escalated, "escalated"},
    {AlertState::Resolved, "resolved"},
}};
constexpr std::array<std::pair<AlertAction, std::string_view>, 4> kActions{{
    {AlertAction::Acknowledge, "acknowledge"},
    {AlertAction::Assign, "assign"},
    {AlertAction::Escalate, "escalate"},
    {AlertAction::Resolve, "resolve"},
}};

} // namespace

std::string_view key(AlertRule v)
{
    return keyIn(kRules, v);
}
std::string_view key(AlertSeverity v)
{
    return keyIn(kSeverities, v);
}
std::string_view key(AlertState v)
{
    return keyIn(kStates, v);
}
std::string_view key(AlertAction v)
{
    return keyIn(kActions, v);
}
template <> std::optional<AlertRule> fromKey<AlertRule>(std::string_view text)
{
    return valueIn(kRules, text);
}
template <> std::optional<AlertSeverity> fromKey<AlertSeverity>(std::string_view text)
{
    return valueIn(kSeverities, text);
}
template <> std::optional<AlertState> fromKey<AlertState>(std::string_view text)
{
    return valueIn(kStates, text);
}

std::vector<AlertRule> allAlertRules()
{
    std::vector<AlertRule> out;
    for (const auto& entry : kRules)
        out.push_back(entry.first);
    return out;
}

std::optional<TimestampMs> responseTimeLeft(const Alert& alert, TimestampMs nowMs)
{
    if (alert.respondedAtMs != 0 || alert.state == AlertState::Resolved)
        return std::nullopt;
    return alert.dueMs - nowMs;
}

bool isOverdue(const Alert& alert, TimestampMs nowMs)
{
    return alert.state == AlertState::Open && alert.respondedAtMs == 0 && nowMs >= alert.dueMs;
}

} // namespace saggar
