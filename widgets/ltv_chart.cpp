#include "ltv_chart.h"

#include "money_format.h"

#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace saggar {
namespace {

const QColor kLine(0x1f, 0x77, 0xb4);
const QColor kBreach(0xd6, 0x27, 0x28);

double toSeconds(TimestampMs ms)
{
    return static_cast<double>(ms) / 1000.0;
}

} // namespace

LtvChart::LtvChart(QWidget* parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("ltvPlot"));
    m_plot->setMinimumSize(360, 220);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    ticker->setTickCount(6);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(tr("Loan-to-value (%)"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->setMouseTracking(true);

    QCPGraph* line = m_plot->addGraph();
    line->setName(tr("LTV"));
    line->setPen(QPen(kLine, 2.0));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kLine, Qt::white, 6));
    QCPGraph* breaches = m_plot->addGraph();
    breaches->setName(tr("Above the limit"));
    breaches->setLineStyle(QCPGraph::lsNone);
    breaches->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kBreach, kBreach, 9));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    connect(m_plot, &QCustomPlot::mouseMove, this, &LtvChart::hovered);
}

void LtvChart::setData(std::vector<LtvChartPoint> points, double limitPct)
{
    m_points = std::move(points);
    m_limitPct = limitPct;
    QVector<double> keys, values, breachKeys, breachValues;
    double top = limitPct;
    for (const LtvChartPoint& p : m_points) {
        if (!std::isfinite(p.ltvPct))
            continue;
        keys.push_back(toSeconds(p.atMs));
        values.push_back(p.ltvPct);
        top = std::max(top, p.ltvPct);
        if (p.breach) {
            breachKeys.push_back(toSeconds(p.atMs));
            breachValues.push_back(p.ltvPct);
        }
    }
    m_plot->graph(0)->setData(keys, values, true);
    m_plot->graph(1)->setData(breachKeys, breachValues, true);
    m_plot->clearItems();
    auto* limit = new QCPItemStraightLine(m_plot);
    limit->setObjectName(QStringLiteral("ltvLimit"));
    limit->point1->setCoords(0.0, limitPct);
    limit->point2->setCoords(1.0, limitPct);
    limit->setPen(QPen(kBreach, 1.5, Qt::DashLine));
    auto* label = new QCPItemText(m_plot);
    label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(0.99, limitPct);
    label->setText(tr("limit %1 %").arg(QLocale().toString(limitPct, 'f', 0)));
    label->setColor(kBreach);

    if (!keys.isEmpty()) {
        const double pad = std::max(86'400.0 * 10, (keys.back() - keys.front()) * 0.04);
        m_plot->xAxis->setRange(keys.front() - pad, keys.back() + pad);
    }
    m_plot->yAxis->setRange(0.0, std::ceil((top * 1.15) / 10.0) * 10.0);
    m_plot->replot();
}

int LtvChart::breachCount() const
{
    return static_cast<int>(
        std::count_if(m_points.begin(), m_points.end(), [](const LtvChartPoint& p) { return p.breach; }));
}

bool LtvChart::hasLimitLine() const
{
    for (int i = 0; i < m_plot->itemCount(); ++i)
        if (auto* line = qobject_cast<QCPItemStraightLine*>(m_plot->item(i)))
            return line->point1->coords().y() == m_limitPct;
    return false;
}

QString LtvChart::tooltipText(int index) const
{
    if (index < 0 || index >= pointCount())
        return {};
    const LtvChartPoint& p = m_points[static_cast<std::size_t>(index)];
    const QLocale locale;
    QStringList lines;
    lines << ui::formatDate(p.atMs, locale);
    lines << tr("LTV %1 %").arg(locale.toString(p.ltvPct, 'f', 1));
    if (p.breach)
        lines << tr("Above the %1 % limit").arg(locale.toString(m_limitPct, 'f', 0));
    lines << tr("Outstanding %1").arg(ui::formatMoney(p.outstanding, locale));
    lines << tr("Collateral %1 (%2 of %3 assets valued)")
                 .arg(ui::formatMoney(p.collateral, locale))
                 .arg(p.assetsValued)
                 .arg(p.assets);
    const QString text = lines.join(QLatin1Char('\n'));
    return text;
}

int LtvChart::pointNear(const QPoint& pos) const
{
    int best = -1;
    double bestDistance = 12.0;
    for (int i = 0; i < pointCount(); ++i) {
        const LtvChartPoint& p = m_points[static_cast<std::size_t>(i)];
        if (!std::isfinite(p.ltvPct))
            continue;
        const double x = m_plot->xAxis->coordToPixel(toSeconds(p.atMs));
        const double y = m_plot->yAxis->coordToPixel(p.ltvPct);
        const double d = std::hypot(x - pos.x(), y - pos.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void LtvChart::hovered(QMouseEvent* event)
{
    const int index = pointNear(event->pos());
    if (index < 0)
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tooltipText(index), m_plot);
}

} // namespace saggar
