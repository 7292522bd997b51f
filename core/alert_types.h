// Early warnings on pledged collateral: the rules that raise them, their severity, the evidence (the
// readings or figures that fired them), and the states an alert moves through in the alert queue.
#pragma once

#include "telemetry_assets.h"
#include "workflow_types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saggar {

// The keys are stored: never rename one.
enum class AlertRule {
    GeofenceExit,       // a truck outside its cluster's geofence for longer than the dwell time
    TrackerSilent,      // no reading from a device for longer than its expected interval allows
    KilnShutdown,       // a pledged kiln gone cold (its covenant says it should be operating)
    UtilisationFalling, // the last week's activity well below the weeks before
    OdometerRollback,   // an odometer reading below an earlier one
    FuelDrop,           // the tank emptied quickly while the truck stood still (siphoning)
    LtvBreach,          // loan-to-value above the limit (collateral values from the appraisal for now)
};
enum class AlertSeverity { Low, Medium, High };
enum class AlertState { Open, Acknowledged, Assigned, Escalated, Resolved };
// What a person can do to an alert (Escalate is also done by the clock).
enum class AlertAction { Acknowledge, Assign, Escalate, Resolve };

std::string_view key(AlertRule v);
std::string_view key(AlertSeverity v);
std::string_view key(AlertState v);
std::string_view key(AlertAction v);
template <> std::optional<AlertRule> fromKey<AlertRule>(std::string_view text);
template <> std::optional<AlertSeverity> fromKey<AlertSeverity>(std::string_view text);
template <> std::optional<AlertState> fromKey<AlertState>(std::string_view text);
std::vector<AlertRule> allAlertRules();

// Every alert must be answered (acknowledged or assigned) within this time, or it escalates.
inline constexpr TimestampMs kAlertResponseMs = 30 * 60 * 1000;

// One reading or figure behind an alert. `channel` 0 means a figure that is not a reading (a loan
// amount, an appraised value, a count of refused readings).
struct AlertEvidence
{
    std::string label; // what it shows: "last_inside", "first_outside", "loan", "appraised", …
    AssetKind kind = AssetKind::Truck;
    Id assetId = 0;
    std::uint16_t channel = 0;
    TimestampMs tMs = 0;
    double value = 0.0;

    friend bool operator==(const AlertEvidence&, const AlertEvidence&) = default;
};

// What a rule found: one episode of one condition on one asset (or, for LTV, on the whole file).
struct AlertFinding
{
    AlertRule rule = AlertRule::GeofenceExit;
    AlertSeverity severity = AlertSeverity::Medium;
    std::optional<AssetRef> asset; // empty: the loan file as a whole
    Id loanFileId = 0;
    TimestampMs startedMs = 0;  // when the condition began (from the readings)
    TimestampMs lastSeenMs = 0; // the latest reading (or evaluation) that still showed it
    bool active = true;         // still true at the latest reading: the asset has not come back
    double measure = 0.0;       // the figure that fired it: km, hours, %, a count (see alerts.md)
    double limit = 0.0;         // the limit it was measured against
    std::string detail;         // in English, for the command line and logs
    std::vector<AlertEvidence> evidence;
};

// A stored alert: a finding with its place in the queue.
struct Alert
{
    Id id = 0;
    AlertFinding finding;
    AlertState state = AlertState::Open;
    Id assigneeId = 0;
    TimestampMs raisedAtMs = 0;    // when the evaluator stored it: the response clock starts here
    TimestampMs dueMs = 0;         // raisedAtMs + kAlertResponseMs
    TimestampMs respondedAtMs = 0; // first acknowledgement or assignment; 0: the clock still runs
    TimestampMs updatedAtMs = 0;
    std::string note; // the resolution note
    // For the queue, read with the alert:
    std::string fileNo;
    std::string enterpriseName;
    std::string assetLabel; // a truck's plate, a kiln's gateway id
    Id analystId = 0;       // who prepared the file
};

// The response clock: how long is left (negative once overdue); nothing when it has stopped
// (answered or resolved).
std::optional<TimestampMs> responseTimeLeft(const Alert& alert, TimestampMs nowMs);
// Open past its due time: the clock escalates it.
bool isOverdue(const Alert& alert, TimestampMs nowMs);

} // namespace saggar
