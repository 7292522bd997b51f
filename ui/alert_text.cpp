#include "alert_text.h"

#include "core/telemetry_channels.h"

namespace saggar::ui {

QString AlertText::rule(AlertRule v)
{
    switch (v) {
    case AlertRule::GeofenceExit:
        return tr("Left its geofence");
    case AlertRule::TrackerSilent:
        return tr("Tracker silent");
    case AlertRule::KilnShutdown:
        return tr("Kiln shut down");
    case AlertRule::UtilisationFalling:
        return tr("Falling utilisation");
    case AlertRule::OdometerRollback:
        return tr("Odometer rollback");
    case AlertRule::FuelDrop:
        return tr("Sudden fuel drop");
    case AlertRule::LtvBreach:
        return tr("Loan-to-value breach");
    }
    return {};
}

QString AlertText::severity(AlertSeverity v)
{
    switch (v) {
    case AlertSeverity::Low:
        return tr("Low");
    case AlertSeverity::Medium:
        return tr("Medium");
    case AlertSeverity::High:
        return tr("High");
    }
    return {};
}

QString AlertText::state(AlertState v)
{
    switch (v) {
    case AlertState::Open:
        return tr("Open");
    case AlertState::Acknowledged:
        return tr("Acknowledged");
    case AlertState::Assigned:
        return tr("Assigned");
    case AlertState::Escalated:
        return tr("Escalated");
    case AlertState::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString AlertText::description(const AlertFinding& f)
{
    const double hours = static_cast<double>(f.lastSeenMs - f.startedMs) / 3'600'000.0;
    const QString m = QString::number(f.measure, 'f', f.measure >= 100 ? 0 : 1);
    const QString limit = QString::number(f.limit, 'f', 0);
    switch (f.rule) {
    case AlertRule::GeofenceExit:
        return (f.active
                    ? tr("Outside its %1 km geofence for %2 h, up to %3 km from the cluster centre; still "
                         "outside.")
                    : tr("Was outside its %1 km geofence for %2 h, up to %3 km from the cluster centre; back "
                         "inside."))
            .arg(limit, QString::number(hours, 'f', 1), m);
    case AlertRule::TrackerSilent:
        return (f.active ? tr("No reading for %1 h (reports are due every 5 minutes); still silent.")
                         : tr("No reading for %1 h (reports are due every 5 minutes), then heard again."))
            .arg(m);
    case AlertRule::KilnShutdown:
        return (f.active ? tr("Firing zones below %1 °C for %2 h; still cold.")
                         : tr("Firing zones were below %1 °C for %2 h; firing again."))
            .arg(limit, m);
    case AlertRule::UtilisationFalling:
        return tr("The last 7 days' activity is %1% of the 3 weeks before (alert below %2%).").arg(m, limit);
    case AlertRule::OdometerRollback:
        return tr("The odometer went back: %1 (km, or readings refused by the store).").arg(m);
    case AlertRule::FuelDrop:
        return tr("The fuel level fell %1 points of the tank while the truck stood still.").arg(m);
    case AlertRule::LtvBreach: {
        // The rule's detail ends with the values it read (alert_rules.cpp).
        const QString sentence = tr("Loan-to-value %1% is above the %2% limit.").arg(m, limit);
        if (f.detail.find("model valuations where made") != std::string::npos)
            return sentence + QLatin1Char(' ') +
                   tr("Values: the model's valuations where made, the appraiser's typed values otherwise.");
        if (f.detail.find("model valuations") != std::string::npos)
            return sentence + QLatin1Char(' ') + tr("Values: the model's valuations at fair market value.");
        if (f.detail.find("typed appraised values") != std::string::npos)
            return sentence + QLatin1Char(' ') + tr("Values: the appraiser's typed values.");
        return sentence;
    }
    }
    return {};
}

QString AlertText::evidenceLabel(const std::string& label)
{
    if (label == "last_inside")
        return tr("Last inside");
    if (label == "first_outside")
        return tr("First outside");
    if (label == "farthest")
        return tr("Farthest");
    if (label == "latest_outside")
        return tr("Latest outside");
    if (label == "back_inside")
        return tr("Back inside");
    if (label == "last_heard")
        return tr("Last heard");
    if (label == "heard_again")
        return tr("Heard again");
    if (label == "last_firing")
        return tr("Last firing");
    if (label == "first_cold")
        return tr("First cold");
    if (label == "latest_cold")
        return tr("Latest cold");
    if (label == "firing_again")
        return tr("Firing again");
    if (label == "week_mean")
        return tr("Last 7 days, per day");
    if (label == "baseline_mean")
        return tr("3 weeks before, per day");
    if (label == "before")
        return tr("Before");
    if (label == "after")
        return tr("After");
    if (label == "last_accepted")
        return tr("Last accepted");
    if (label == "refused_readings")
        return tr("Readings refused");
    if (label == "odometer")
        return tr("Odometer");
    if (label == "loan")
        return tr("Outstanding balance (yuan)");
    if (label == "value")
        return tr("Appraised value, typed (yuan)");
    if (label == "model_value")
        return tr("Model valuation, fair market (yuan)");
    return QString::fromStdString(label);
}

QString AlertText::channel(std::uint16_t channel)
{
    if (channel == 0)
        return {};
    switch (static_cast<ChannelId>(channel)) {
    case ChannelId::Latitude:
        return tr("Latitude");
    case ChannelId::Longitude:
        return tr("Longitude");
    case ChannelId::Odometer:
        return tr("Odometer (km)");
    case ChannelId::FuelLevel:
        return tr("Fuel (% of tank)");
    case ChannelId::Zone3Temp:
    case ChannelId::Zone4Temp:
        return tr("Firing zone (°C)");
    case ChannelId::FiringCycles:
        return tr("Firing cycles");
    default:
        break;
    }
    const ChannelSpec* spec = findChannel(channel);
    return spec ? QString::fromUtf8(spec->key.data(), static_cast<int>(spec->key.size()))
                : QString::number(channel);
}

QString AlertText::clock(const Alert& a, TimestampMs nowMs)
{
    const auto left = responseTimeLeft(a, nowMs);
    if (!left)
        return a.state == AlertState::Resolved ? tr("Resolved") : tr("Answered");
    const TimestampMs ms = *left >= 0 ? *left : -*left;
    const qint64 seconds = ms / 1000;
    const QString mmss = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return *left >= 0 ? tr("%1 left").arg(mmss) : tr("Overdue by %1").arg(mmss);
}

QString AlertText::subject(const Alert& a)
{
    if (!a.finding.asset)
        return tr("The whole file");
    const QString label = a.assetLabel.empty() ? QStringLiteral("#%1").arg(a.finding.asset->id)
                                               : QString::fromStdString(a.assetLabel);
    return a.finding.asset->kind == AssetKind::Truck ? tr("Truck %1").arg(label) : tr("Kiln %1").arg(label);
}

} // namespace saggar::ui
