// What the telemetry chart draws, in plain terms: one line per channel with its unit and thresholds, and
// the pure helpers the chart uses (gap breaks, range presets). No Qt widgets here, so tests can check the
// rules without a window.
#pragma once

#include "core/telemetry_sample.h"

#include <QColor>
#include <QString>

#include <vector>

namespace saggar {

struct ChartSeries
{
    QString name;                       // "Speed", already translated
    QString unit;                       // "km/h"; the value axis is labelled "name (unit)"
    QColor color;                       // invalid: the chart picks one
    std::vector<TelemetryPoint> points; // ascending time (raw readings or bucket means)
    TimestampMs expectedIntervalMs = 0; // a step longer than kGapFactor times this breaks the line; 0: never
    std::vector<double> thresholds;     // horizontal lines on this series' axis (channel range, covenant)
};

// A reading missing for more than this many expected intervals is a gap, drawn as a break in the line.
inline constexpr double kGapFactor = 2.5;

// The keys (seconds since the epoch, as QCustomPlot's date axis wants) and values of a series, with a NaN
// point inserted wherever two neighbours are further apart than kGapFactor expected intervals: QCustomPlot
// does not join a line across a NaN.
struct PlotColumns
{
    std::vector<double> keys;
    std::vector<double> values;
    int gapCount = 0;
};
PlotColumns plotColumns(const std::vector<TelemetryPoint>& points, TimestampMs expectedIntervalMs);

enum class RangePreset { Day, Week, Month, Year, Custom };

// The preset's range ending at endMs (Custom: the last day, the caller then edits it).
TimeRange presetRange(RangePreset preset, TimestampMs endMs);

} // namespace saggar
