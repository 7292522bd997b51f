#include "ltv_panel.h"

#include "tab_support.h"
#include "widgets/ltv_chart.h"
#include "widgets/money_format.h"

#include "core/valuation_store.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace saggar::ui {

using valuation::LtvBasis;

LtvPanel::LtvPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ltvPanel"));
    auto* box = new QGroupBox(tr("Loan-to-value over time"), this);
    m_basis = new QComboBox(box);
    m_basis->setObjectName(QStringLiteral("ltvBasis"));
    m_basis->addItem(tr("Fair market value"), static_cast<int>(LtvBasis::FairMarket));
    m_basis->addItem(tr("Orderly liquidation value"), static_cast<int>(LtvBasis::OrderlyLiquidation));
    m_basis->addItem(tr("Net recovery"), static_cast<int>(LtvBasis::NetRecovery));
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("ltvSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_empty = new QLabel(box);
    m_empty->setObjectName(QStringLiteral("ltvEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No model valuation of this file's collateral yet, so there is no LTV history to "
                        "draw. Value an asset with Value… on the Collateral tab; once the file is "
                        "disbursed, its collateral is revalued when inspections or telemetry arrive."));
    m_chart = new LtvChart(box);
    m_chart->setObjectName(QStringLiteral("ltvChart"));
    m_stack = new QStackedWidget(box);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_chart);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Values:"), box));
    bar->addWidget(m_basis);
    bar->addStretch(1);
    auto* inner = new QVBoxLayout(box);
    inner->addWidget(m_summary);
    inner->addLayout(bar);
    inner->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);

    connect(m_basis, &QComboBox::currentIndexChanged, this, &LtvPanel::redraw);
}

LtvBasis LtvPanel::basis() const
{
    return static_cast<LtvBasis>(m_basis->currentData().toInt());
}

bool LtvPanel::showsChart() const
{
    return m_stack->currentWidget() == m_chart;
}

void LtvPanel::showFile(const valuation::ValuationStore* store, Id fileId, TimestampMs nowMs)
{
    m_nowMs = nowMs;
    m_data = {};
    m_current.reset();
    setVisible(store != nullptr);
    if (!store)
        return;
    auto data = store->fileLtvData(fileId);
    if (!data) {
        m_summary->setText(
            tr("The LTV could not be read: %1").arg(QString::fromStdString(data.error().message)));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_data = std::move(*data);
    m_current = valuation::currentLtv(m_data, nowMs);
    const QLocale locale;
    if (!m_current) {
        m_summary->setText(tr("Nothing pledged to this file is valued yet."));
    } else {
        const valuation::CurrentLtv& c = *m_current;
        const QString limit = locale.toString(c.limitPct, 'f', c.limitPct == std::floor(c.limitPct) ? 0 : 1);
        const QString values =
            c.typedValued == 0
                ? tr("model valuations at fair market value (%n asset(s))", nullptr, c.modelValued)
            : c.modelValued == 0
                ? tr("the appraiser's typed values (%n asset(s)); no model valuation yet", nullptr,
                     c.typedValued)
                : tr("model valuations of %1 asset(s) and the appraiser's typed values of %2")
                      .arg(c.modelValued)
                      .arg(c.typedValued);
        const QString verdict =
            !c.covenant ? (c.breach ? tr("above the %1 % alert level (no LTV covenant)").arg(limit)
                                    : tr("within the %1 % alert level (no LTV covenant)").arg(limit))
            : c.breach  ? tr("above the covenant's %1 % limit: breached").arg(limit)
                        : tr("within the covenant's %1 % limit").arg(limit);
        m_summary->setText(tr("LTV now %1 %: outstanding %2 against %3 on %4 — %5.")
                               .arg(locale.toString(c.ltvPct, 'f', 1), formatMoney(c.outstanding, locale),
                                    formatMoney(c.collateral, locale), values, verdict));
        if (c.breach)
            m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(warningColour().name()));
        else
            m_summary->setStyleSheet(QString());
    }
    redraw();
}

void LtvPanel::redraw()
{
    const auto history = valuation::ltvHistory(m_data, basis(), m_nowMs);
    if (history.empty()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    std::vector<LtvChartPoint> points;
    const int assets = static_cast<int>(m_data.collateral.size());
    for (const valuation::LtvHistoryPoint& h : history)
        points.push_back({h.point.atMs, 100.0 * h.point.ltv, h.point.outstanding, h.point.collateral,
                          h.assetsValued, assets, h.point.breach});
    m_chart->setData(std::move(points), m_data.limitPct.value_or(valuation::kDefaultLtvLimitPct));
    m_stack->setCurrentWidget(m_chart);
}

} // namespace saggar::ui
