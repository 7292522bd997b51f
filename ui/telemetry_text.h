// Telemetry in the user's language: channel names, why a reading was refused, and lengths of time
// ("6 h 05 min") for the asset page.
#pragma once

#include "core/telemetry_sample.h"

#include <QCoreApplication>
#include <QString>

namespace saggar::ui {

class TelemetryText
{
    Q_DECLARE_TR_FUNCTIONS(TelemetryText)
public:
    static QString channelName(ChannelId channel); // "Speed", "Zone 4 (firing)"
    static QString channelUnit(ChannelId channel); // "km/h", "°C"; "" for a plain count
    static QString rejectReason(RejectReason reason);
    static QString duration(TimestampMs ms); // "45 min", "6 h 05 min", "2 d 3 h"
};

} // namespace saggar::ui
