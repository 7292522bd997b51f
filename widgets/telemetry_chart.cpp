#include "telemetry_chart.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace saggar {

namespace {

const QColor kPalette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                           QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b)};

TimestampMs toMs(double seconds)
{
    return static_cast<TimestampMs>(seconds * 1000.0);
}
double toSeconds(TimestampMs ms)
{
    return static_cast<double>(ms) / 1000.0;
}

} // namespace

TelemetryChart::TelemetryChart(QWidget* parent) : QWidget(parent)
{
    m_presets = new QComboBox(this);
    m_presets->addItem(tr("Day"), int(RangePreset::Day));
    m_presets->addItem(tr("Week"), int(RangePreset::Week));
    m_presets->addItem(tr("Month"), int(RangePreset::Month));
    m_presets->addItem(tr("Year"), int(RangePreset::Year));
    m_presets->addItem(tr("Custom"), int(RangePreset::Custom));
    m_from = new QDateTimeEdit(this);
    m_to = new QDateTimeEdit(this);
    for (auto* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_presets);
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addStretch(1);

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(400, 240);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd\nHH:mm"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->legend->setVisible(true);
    m_plot->setNoAntialiasingOnDrag(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);

    m_replotTimer = new QTimer(this);
    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(kReplotIntervalMs);
    connect(m_replotTimer, &QTimer::timeout, this, &TelemetryChart::flushReplot);

    connect(m_presets, &QComboBox::activated, this, &TelemetryChart::presetPicked);
    connect(m_from, &QDateTimeEdit::editingFinished, this, &TelemetryChart::customEdited);
    connect(m_to, &QDateTimeEdit::editingFinished, this, &TelemetryChart::customEdited);
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &TelemetryChart::axisRangeMoved);

    setPreset(RangePreset::Day, QDateTime::currentMSecsSinceEpoch());
}

void TelemetryChart::setSeries(std::vector<ChartSeries> series)
{
    m_series = std::move(series);
    rebuild();
}

QCPAxis* TelemetryChart::axisFor(int seriesIndex)
{
    if (seriesIndex == 0)
        return m_plot->yAxis;
    if (seriesIndex == 1) {
        m_plot->yAxis2->setVisible(true);
        return m_plot->yAxis2;
    }
    // Further channels get axes of their own, alternating sides.
    return m_plot->axisRect()->addAxis(seriesIndex % 2 == 0 ? QCPAxis::atLeft : QCPAxis::atRight);
}

void TelemetryChart::rebuild()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    for (std::size_t i = 2; i < m_axes.size(); ++i)
        m_plot->axisRect()->removeAxis(m_axes[i]);
    m_axes.clear();
    m_gaps.clear();
    m_thresholds = 0;
    m_plot->yAxis2->setVisible(false);

    for (std::size_t i = 0; i < m_series.size(); ++i) {
        const ChartSeries& s = m_series[i];
        QCPAxis* axis = axisFor(static_cast<int>(i));
        m_axes.push_back(axis);
        const QColor color = s.color.isValid() ? s.color : kPalette[i % std::size(kPalette)];
        axis->setLabel(s.unit.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.name, s.unit));
        axis->setLabelColor(color);
        axis->setTickLabelColor(color);
        axis->setNumberPrecision(10); // a meter reading of 12,750,000 m³ in full, not as 1.275E+07
        axis->setBasePen(QPen(color));

        QCPGraph* graph = m_plot->addGraph(m_plot->xAxis, axis);
        graph->setName(s.name);
        graph->setPen(QPen(color, 1.0)); // a wider pen costs a hundredfold on a million points
        graph->setAdaptiveSampling(true);
        PlotColumns cols = plotColumns(s.points, s.expectedIntervalMs);
        m_gaps.push_back(cols.gapCount);
        graph->setData(QVector<double>(cols.keys.begin(), cols.keys.end()),
                       QVector<double>(cols.values.begin(), cols.values.end()), true);
        bool found = false;
        QCPRange valueRange = graph->getValueRange(found);
        for (double t : s.thresholds) {
            auto* line = new QCPItemStraightLine(m_plot);
            line->point1->setAxes(m_plot->xAxis, axis);
            line->point2->setAxes(m_plot->xAxis, axis);
            line->point1->setCoords(0.0, t);
            line->point2->setCoords(1.0, t);
            line->setPen(QPen(color, 1.0, Qt::DashLine));
            valueRange = found ? QCPRange(std::min(valueRange.lower, t), std::max(valueRange.upper, t))
                               : QCPRange(t - 1.0, t + 1.0);
            found = true;
            ++m_thresholds;
        }
        if (found) {
            const double pad = std::max(1e-9, valueRange.size() * 0.05);
            axis->setRange(valueRange.lower - pad, valueRange.upper + pad);
        }
    }
    requestReplot();
}

void TelemetryChart::appendPoints(int seriesIndex, const std::vector<TelemetryPoint>& points)
{
    if (seriesIndex < 0 || seriesIndex >= seriesCount() || points.empty())
        return;
    ChartSeries& s = m_series[seriesIndex];
    QCPGraph* graph = m_plot->graph(seriesIndex);
    TimestampMs last = s.points.empty() ? points.front().tMs - 1 : s.points.back().tMs;
    for (const TelemetryPoint& p : points) {
        if (p.tMs <= last)
            continue; // old or repeated: the chart only grows forward
        if (!s.points.empty() && s.expectedIntervalMs > 0 &&
            static_cast<double>(p.tMs - last) > kGapFactor * static_cast<double>(s.expectedIntervalMs)) {
            graph->addData(toSeconds((last + p.tMs) / 2), std::numeric_limits<double>::quiet_NaN());
            ++m_gaps[seriesIndex];
        }
        graph->addData(toSeconds(p.tMs), p.value);
        s.points.push_back(p);
        last = p.tMs;
    }
    if (m_live) {
        const TimeRange r = timeRange();
        const TimestampMs end = std::max(r.toMs, last);
        setTimeRange(TimeRange{end - r.length(), end});
    }
    requestReplot();
}

void TelemetryChart::setTimeRange(TimeRange range)
{
    if (range.toMs <= range.fromMs)
        return;
    m_settingRange = true;
    m_plot->xAxis->setRange(toSeconds(range.fromMs), toSeconds(range.toMs));
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(range.fromMs));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(range.toMs));
    m_settingRange = false;
    requestReplot();
    emit rangeChanged(range);
}

TimeRange TelemetryChart::timeRange() const
{
    const QCPRange r = m_plot->xAxis->range();
    return TimeRange{toMs(r.lower), toMs(r.upper)};
}

void TelemetryChart::setPreset(RangePreset preset, TimestampMs endMs)
{
    m_presets->setCurrentIndex(m_presets->findData(int(preset)));
    const bool custom = preset == RangePreset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    setTimeRange(presetRange(preset, endMs));
}

RangePreset TelemetryChart::preset() const
{
    return RangePreset(m_presets->currentData().toInt());
}

void TelemetryChart::presetPicked(int index)
{
    const auto preset = RangePreset(m_presets->itemData(index).toInt());
    if (preset == RangePreset::Custom) {
        m_from->setEnabled(true);
        m_to->setEnabled(true);
        return;
    }
    setPreset(preset, m_live ? QDateTime::currentMSecsSinceEpoch() : timeRange().toMs);
}

void TelemetryChart::customEdited()
{
    if (preset() != RangePreset::Custom)
        return;
    setTimeRange(TimeRange{m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch()});
}

void TelemetryChart::axisRangeMoved()
{
    if (m_settingRange)
        return;
    // A drag or wheel zoom: the range is the user's own now.
    m_presets->setCurrentIndex(m_presets->findData(int(RangePreset::Custom)));
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    const TimeRange r = timeRange();
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(r.fromMs));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(r.toMs));
    emit rangeChanged(r);
}

void TelemetryChart::setLive(bool live)
{
    m_live = live;
}

int TelemetryChart::gapCount(int seriesIndex) const
{
    return seriesIndex >= 0 && seriesIndex < static_cast<int>(m_gaps.size()) ? m_gaps[seriesIndex] : 0;
}

int TelemetryChart::thresholdCount() const
{
    return m_thresholds;
}

int TelemetryChart::valueAxisCount() const
{
    return static_cast<int>(m_axes.size());
}

QString TelemetryChart::valueAxisLabel(int seriesIndex) const
{
    return seriesIndex >= 0 && seriesIndex < valueAxisCount() ? m_axes[seriesIndex]->label() : QString();
}

void TelemetryChart::requestReplot()
{
    m_dirty = true;
    if (!m_replotTimer->isActive())
        m_replotTimer->start();
}

bool TelemetryChart::replotPending() const
{
    return m_dirty;
}

void TelemetryChart::flushReplot()
{
    m_replotTimer->stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    ++m_replots;
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
}

bool TelemetryChart::exportPng(const QString& path, int width, int height)
{
    flushReplot();
    return m_plot->savePng(path, width, height);
}

bool TelemetryChart::exportPdf(const QString& path, int width, int height)
{
    flushReplot();
    return m_plot->savePdf(path, width, height);
}

} // namespace saggar
