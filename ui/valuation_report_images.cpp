#include "valuation_report_images.h"

#include "report_language.h"
#include "widgets/telemetry_chart_data.h"

#include <qcustomplot.h>

#include <QPixmap>

namespace saggar::ui {

QString channelName(const ReportLanguage& L, ChannelId channel)
{
    switch (channel) {
    case ChannelId::Latitude:
        return L.translate("TelemetryText", "Latitude");
    case ChannelId::Longitude:
        return L.translate("TelemetryText", "Longitude");
    case ChannelId::Speed:
        return L.translate("TelemetryText", "Speed");
    case ChannelId::Odometer:
        return L.translate("TelemetryText", "Odometer");
    case ChannelId::FuelLevel:
        return L.translate("TelemetryText", "Fuel level");
    case ChannelId::EngineHours:
        return L.translate("TelemetryText", "Engine hours");
    case ChannelId::Ignition:
        return L.translate("TelemetryText", "Ignition");
    case ChannelId::Zone1Temp:
        return L.translate("TelemetryText", "Zone 1 (preheat)");
    case ChannelId::Zone2Temp:
        return L.translate("TelemetryText", "Zone 2 (preheat)");
    case ChannelId::Zone3Temp:
        return L.translate("TelemetryText", "Zone 3 (firing)");
    case ChannelId::Zone4Temp:
        return L.translate("TelemetryText", "Zone 4 (firing)");
    case ChannelId::Zone5Temp:
        return L.translate("TelemetryText", "Zone 5 (cooling)");
    case ChannelId::Zone6Temp:
        return L.translate("TelemetryText", "Zone 6 (cooling)");
    case ChannelId::FiringCycles:
        return L.translate("TelemetryText", "Firing cycles");
    case ChannelId::GasUse:
        return L.translate("TelemetryText", "Gas meter");
    case ChannelId::ElectricityUse:
        return L.translate("TelemetryText", "Electricity meter");
    case ChannelId::OutputArea:
        return L.translate("TelemetryText", "Output (area)");
    case ChannelId::OutputPieces:
        return L.translate("TelemetryText", "Output (pieces)");
    }
    return QString::number(static_cast<int>(channel));
}

QImage renderChannelChart(const ReportChannel& channel, TimeRange range, const ReportLanguage& L)
{
    constexpr int kWidth = 1600, kHeight = 480;
    QCustomPlot plot;
    plot.resize(kWidth / 2, kHeight / 2); // drawn at twice the size below: fonts stay readable at 640 wide
    plot.setLocale(L.locale());
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setDateTimeFormat(QStringLiteral("MM-dd"));
    ticker->setTickCount(8);
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setRange(static_cast<double>(range.fromMs) / 1000.0,
                         static_cast<double>(range.toMs) / 1000.0);
    const ChannelSpec& spec = channelSpec(channel.channel);
    const QString name = channelName(L, channel.channel);
    const QString unit = QString::fromUtf8(spec.unit.data(), static_cast<qsizetype>(spec.unit.size()));
    plot.yAxis->setLabel(unit.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, unit));
    // Buckets of a long range are further apart than the readings: a gap is a few buckets missing.
    const TimestampMs step = channel.points.size() > 1
                                 ? std::max(spec.expectedIntervalMs,
                                            range.length() / static_cast<TimestampMs>(channel.points.size()))
                                 : spec.expectedIntervalMs;
    const PlotColumns columns = plotColumns(channel.points, step);
    QCPGraph* graph = plot.addGraph();
    graph->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.5));
    graph->setData(QVector<double>(columns.keys.begin(), columns.keys.end()),
                   QVector<double>(columns.values.begin(), columns.values.end()), true);
    bool found = false;
    QCPRange values = graph->getValueRange(found);
    if (found) {
        const double pad = std::max(1e-6, (values.upper - values.lower) * 0.08);
        plot.yAxis->setRange(values.lower - pad, values.upper + pad);
    }
    plot.replot(QCustomPlot::rpImmediateRefresh);
    return plot.toPixmap(kWidth / 2, kHeight / 2, 2.0).toImage();
}

QImage photoThumbnail(const QByteArray& bytes, int box)
{
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return {};
    if (image.width() > box || image.height() > box)
        image = image.scaled(box, box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace saggar::ui
