// The valuation report's pictures: a telemetry channel over the report's range drawn offscreen with
// QCustomPlot (labels in the report's language), and photos scaled to thumbnails.
#pragma once

#include "valuation_report.h"

#include <QImage>
#include <QString>

namespace saggar::ui {

class ReportLanguage;

// The channel's name in the report's language ("Speed", "车速").
QString channelName(const ReportLanguage& language, ChannelId channel);
// A chart of one channel, 1600 × 480 pixels, to be shown 640 wide (sharp when printed).
QImage renderChannelChart(const ReportChannel& channel, TimeRange range, const ReportLanguage& language);
// A photo read from its bytes and scaled to fit `box` pixels; a null image when the bytes are no image.
QImage photoThumbnail(const QByteArray& bytes, int box = 600);

} // namespace saggar::ui
