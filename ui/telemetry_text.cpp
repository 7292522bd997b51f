#include "telemetry_text.h"

namespace saggar::ui {

QString TelemetryText::channelName(ChannelId channel)
{
    switch (channel) {
    case ChannelId::Latitude:
        return tr("Latitude");
    case ChannelId::Longitude:
        return tr("Longitude");
    case ChannelId::Speed:
        return tr("Speed");
    case ChannelId::Odometer:
        return tr("Odometer");
    case ChannelId::FuelLevel:
        return tr("Fuel level");
    case ChannelId::EngineHours:
        return tr("Engine hours");
    case ChannelId::Ignition:
        return tr("Ignition");
    case ChannelId::Zone1Temp:
        return tr("Zone 1 (preheat)");
    case ChannelId::Zone2Temp:
        return tr("Zone 2 (preheat)");
    case ChannelId::Zone3Temp:
        return tr("Zone 3 (firing)");
    case ChannelId::Zone4Temp:
        return tr("Zone 4 (firing)");
    case ChannelId::Zone5Temp:
        return tr("Zone 5 (cooling)");
    case ChannelId::Zone6Temp:
        return tr("Zone 6 (cooling)");
    case ChannelId::FiringCycles:
        return tr("Firing cycles");
    case ChannelId::GasUse:
        return tr("Gas meter");
    case ChannelId::ElectricityUse:
        return tr("Electricity meter");
    case ChannelId::OutputArea:
        return tr("Output (area)");
    case ChannelId::OutputPieces:
        return tr("Output (pieces)");
    }
    return QString::number(static_cast<int>(channel));
}

QString TelemetryText::channelUnit(ChannelId channel)
{
    const std::string_view unit = channelSpec(channel).unit;
    if (channel == ChannelId::OutputPieces)
        return tr("pieces");
    return QString::fromUtf8(unit.data(), static_cast<qsizetype>(unit.size()));
}

QString TelemetryText::rejectReason(RejectReason reason)
{
    switch (reason) {
    case RejectReason::Malformed:
        return tr("malformed");
    case RejectReason::UnknownAsset:
        return tr("unknown asset");
    case RejectReason::UnknownChannel:
        return tr("unknown channel");
    case RejectReason::OutOfRange:
        return tr("out of range");
    case RejectReason::FutureTimestamp:
        return tr("time in the future");
    case RejectReason::CounterBackwards:
        return tr("counter went back");
    }
    return QString::number(static_cast<int>(reason));
}

QString TelemetryText::duration(TimestampMs ms)
{
    const qint64 minutes = (ms + 30'000) / 60'000;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace saggar::ui
