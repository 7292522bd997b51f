// "Why this value": the factors that moved a valuation away from the model's baseline for the type,
// largest first, each as a bar, a signed percentage, its part in yuan and what the model read (or that it
// had no telemetry or inspection and used its default direction). Built from valuation::Explanation
// (core/valuation_explain.h); the words are shared with the valuation report.
#pragma once

#include "core/valuation_explain.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace saggar::ui {

class ValuationReasonsView : public QGroupBox
{
    Q_OBJECT
public:
    explicit ValuationReasonsView(QWidget* parent = nullptr);
    // Shows the reasons, or why there are none (the error's message).
    void setExplanation(const Result<valuation::Explanation>& explanation);

    // The words, for the screen and the report.
    static QString factorName(valuation::Factor factor);
    static QString whatItRead(const valuation::Reason& reason);
    static QString baselineText(const valuation::Explanation& explanation);
    static QString footnote();
    static QString signedPercent(double share); // 0.123 → "+12.3 %"
    static QString signedYuan(double yuan);     // in the locale's money format, with its sign

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHeight(); // rows wrapped to the last column's width, the table as tall as they are

    QLabel* m_baseline = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace saggar::ui
