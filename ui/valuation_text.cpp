#include "valuation_text.h"

#include <QLocale>

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

QString ValuationText::source(const valuation::Provenance& p)
{
    switch (p.source) {
    case ProvenanceSource::Record: return tr("Asset record");
    case ProvenanceSource::Telemetry: return tr("Telemetry");
    case ProvenanceSource::Inspection: return tr("Inspection #%1").arg(p.inspectionId);
    case ProvenanceSource::NotApplicable: return tr("Not applicable to this asset");
    case ProvenanceSource::Missing: return tr("No data yet");
    }
    return {};
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
