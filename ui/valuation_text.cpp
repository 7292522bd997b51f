#include "valuation_text.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace saggar::ui {

using valuation::IndicatorId;
using valuation::ProvenanceSource;

QString ValuationText::indicator(IndicatorId id)
{
    switch (id) {
    case IndicatorId::Age: return tr("Age");
    case IndicatorId::Usage: return tr("Odometer or hours in use");
    case IndicatorId::Utilisation: return tr("Utilisation");
    case IndicatorId::Efficiency: return tr("Fuel or energy use against the norm");
    case IndicatorId::HarshEvents: return tr("Harsh events");
    case IndicatorId::IdleRatio: return tr("Idle ratio");
    case IndicatorId::SurfaceWear: return tr("Surface or glaze wear");
    case IndicatorId::MaintenanceCompliance: return tr("Maintenance compliance");
    case IndicatorId::FiringCycles: return tr("Firing cycles");
    case IndicatorId::TemperatureStability: return tr("Temperature stability at peak");
    case IndicatorId::OperatingDays: return tr("Operating days a month");
    case IndicatorId::InsideRegion: return tr("Time inside the permitted region");
    }
    return {};
}

QString ValuationText::indicatorValue(const valuation::Indicator& ind)
{
    if (!ind.value)
        return QStringLiteral("—");
    const QLocale locale;
    const double v = *ind.value;
    switch (ind.id) {
    case IndicatorId::Age: return tr("%1 years").arg(locale.toString(v, 'f', 1));
    case IndicatorId::Usage: return locale.toString(v, 'f', 0);
    case IndicatorId::Efficiency: return tr("%1 × the norm").arg(locale.toString(v, 'f', 2));
    case IndicatorId::HarshEvents: return tr("%1 per 1,000 km").arg(locale.toString(v, 'f', 1));
    case IndicatorId::MaintenanceCompliance: return percent(v);
    case IndicatorId::FiringCycles: return tr("%1 a year").arg(locale.toString(v, 'f', 0));
    case IndicatorId::TemperatureStability: return tr("± %1 °C").arg(locale.toString(v, 'f', 1));
    case IndicatorId::OperatingDays: return tr("%1 days").arg(locale.toString(v, 'f', 1));
    case IndicatorId::Utilisation:
    case IndicatorId::IdleRatio:
    case IndicatorId::SurfaceWear:
    case IndicatorId::InsideRegion: return tr("%1 %").arg(locale.toString(v, 'f', 1));
    }
    return locale.toString(v);
}

namespace {

QString day(TimestampMs ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd"));
}

// The last moment of a half-open range, so that a range ending at midnight names the day before.
QString lastDay(TimestampMs toMs)
{
    return day(toMs - 1);
}

} // namespace

QString ValuationText::source(const valuation::Provenance& p)
{
    using valuation::TelemetryBasis;
    switch (p.source) {
    case ProvenanceSource::Record: return tr("Asset record");
    case ProvenanceSource::Telemetry:
        switch (p.basis) {
        case TelemetryBasis::Readings:
            return tr("Readings %1 – %2").arg(day(p.range.fromMs), lastDay(p.range.toMs));
        case TelemetryBasis::Hourly:
            return tr("Hourly rollups %1 – %2").arg(day(p.range.fromMs), lastDay(p.range.toMs));
        case TelemetryBasis::ReadingsAndHourly:
            return tr("Hourly rollups %1 – %2, readings %3 – %4")
                .arg(day(p.range.fromMs), lastDay(p.rawRange.fromMs), day(p.rawRange.fromMs),
                     lastDay(p.range.toMs));
        case TelemetryBasis::None: break;
        }
        return tr("Telemetry");
    case ProvenanceSource::Inspection: return tr("Inspection #%1").arg(p.inspectionId);
    case ProvenanceSource::NotApplicable: return tr("Not applicable to this asset");
    case ProvenanceSource::Missing:
        if (p.detail == valuation::kNoTelemetryReceived)
            return tr("No telemetry received");
        if (p.basis == TelemetryBasis::Hourly)
            return tr("Needs readings; only hourly rollups kept");
        return tr("No data yet");
    }
    return {};
}

QString ValuationText::telemetryNote(const valuation::Appraisal& a)
{
    if (a.telemetryAsked.length() == 0)
        return tr("Telemetry was not read for this valuation.");
    if (!a.telemetryFound)
        return tr("No telemetry has been received from this asset for %1 – %2: its telemetry indicators are "
                  "missing, and the model treats them as missing.")
            .arg(day(a.telemetryAsked.fromMs), lastDay(a.telemetryAsked.toMs));
    const TimeRange& r = a.telemetryRange;
    if (a.hourlySpans.empty())
        return tr("Telemetry read for %1 – %2, all of it as readings.").arg(day(r.fromMs), lastDay(r.toMs));
    const TimestampMs rawFrom = std::clamp(a.hourlySpans.back().toMs, r.fromMs, r.toMs);
    if (rawFrom >= r.toMs)
        return tr("Telemetry read for %1 – %2, all of it as hourly rollups (the readings are no longer "
                  "kept): harsh events, idle ratio and the temperature spread at peak need readings and "
                  "are missing.")
            .arg(day(r.fromMs), lastDay(r.toMs));
    return tr("Telemetry read for %1 – %2: readings from %3, hourly rollups before (older history is kept as "
              "hourly summaries). Harsh events, idle ratio and the temperature spread at peak count "
              "readings, so they cover %3 – %2 only.")
        .arg(day(r.fromMs), lastDay(r.toMs), day(rawFrom));
}

QString ValuationText::auctionStep(std::string_view name)
{
    if (name == "first auction")
        return tr("First auction");
    if (name == "second auction")
        return tr("Second auction");
    if (name == "sale period")
        return tr("Sale period (变卖)");
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString ValuationText::percent(double share, int decimals)
{
    return tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', decimals));
}

} // namespace saggar::ui
