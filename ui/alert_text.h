// Alerts in words, in the user's language: rule, severity and state names, a sentence saying what a
// finding shows (from its figures, not its English detail), evidence labels and channel names.
#pragma once

#include "core/alert_types.h"

#include <QCoreApplication>
#include <QString>

namespace saggar::ui {

class AlertText
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)
public:
    static QString rule(AlertRule v);
    static QString severity(AlertSeverity v);
    static QString state(AlertState v);
    // "Outside the 200 km geofence, up to 312 km from the cluster centre; still outside."
    static QString description(const AlertFinding& f);
    static QString evidenceLabel(const std::string& label);
    static QString channel(std::uint16_t channel); // "" for a figure that is not a reading
    // "29:41" left, or "overdue by 3:05", or "answered".
    static QString clock(const Alert& a, TimestampMs nowMs);
    // The asset an alert is about: "Truck 粤E12345", "Kiln GW-…", or "The whole file".
    static QString subject(const Alert& a);
};

} // namespace saggar::ui
