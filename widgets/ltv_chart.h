// A loan file's loan-to-value over time: the LTV line (%) against a date axis, the covenant's limit as a
// dashed horizontal line, the points above it marked as breaches, and a tooltip on hover with the date,
// the LTV, the outstanding balance and the collateral value. Plain data in, no store behind it.
#pragma once

#include "core/money.h"
#include "core/telemetry_sample.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QMouseEvent;

namespace saggar {

struct LtvChartPoint
{
    TimestampMs atMs = 0;
    double ltvPct = 0.0;
    Money outstanding;
    Money collateral;
    int assetsValued = 0;
    int assets = 0;
    bool breach = false;
};

class LtvChart : public QWidget
{
    Q_OBJECT
public:
    explicit LtvChart(QWidget* parent = nullptr);

    void setData(std::vector<LtvChartPoint> points, double limitPct);

    int pointCount() const { return static_cast<int>(m_points.size()); }
    int breachCount() const;
    double limitPct() const { return m_limitPct; }
    bool hasLimitLine() const;
    // What the tooltip says over point `index` (tests read it without a mouse).
    QString tooltipText(int index) const;
    // The point nearest the widget position (within 12 px), or -1.
    int pointNear(const QPoint& plotPos) const;

    QCustomPlot* plot() const { return m_plot; }

private:
    void hovered(QMouseEvent* event);

    QCustomPlot* m_plot = nullptr;
    std::vector<LtvChartPoint> m_points;
    double m_limitPct = 0.0;
};

} // namespace saggar
