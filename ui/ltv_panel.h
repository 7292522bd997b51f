// Under the Covenants tab's table: the file's loan-to-value over time from the stored valuations of its
// collateral (widgets/ltv_chart), on a basis the reader picks (fair market, orderly liquidation, net
// recovery), with the covenant's limit, the breaches, and a line saying the LTV now and which values it
// rests on (model valuations or the appraiser's typed values). Reads the ValuationStore; no SQL here.
#pragma once

#include "core/valuation_ltv.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace saggar {
class LtvChart;
}

namespace saggar::valuation {
class ValuationStore;
}

namespace saggar::ui {

class LtvPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LtvPanel(QWidget* parent = nullptr);

    // Reads the file's schedule, covenant and valuations; `store` may be null (the panel then hides).
    void showFile(const valuation::ValuationStore* store, Id fileId, TimestampMs nowMs);

    // The LTV now on the fair-market basis, as the covenant and the alert judge it; nothing when
    // nothing is valued.
    const std::optional<valuation::CurrentLtv>& current() const { return m_current; }
    valuation::LtvBasis basis() const;

    LtvChart* chart() const { return m_chart; }
    QComboBox* basisBox() const { return m_basis; }
    QLabel* summary() const { return m_summary; }
    QLabel* emptyLabel() const { return m_empty; }
    bool showsChart() const;

private:
    void redraw();

    QComboBox* m_basis;
    QLabel* m_summary;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    LtvChart* m_chart;
    valuation::FileLtvData m_data;
    std::optional<valuation::CurrentLtv> m_current;
    TimestampMs m_nowMs = 0;
};

} // namespace saggar::ui
