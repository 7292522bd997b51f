// Valuation words for the screen: the twelve indicators, their units and sources, the auction steps.
#pragma once

#include "core/valuation_indicators.h"

#include <QCoreApplication>
#include <QString>

namespace saggar::ui {

class ValuationText
{
    Q_DECLARE_TR_FUNCTIONS(ValuationText)
public:
    static QString indicator(valuation::IndicatorId id);
    // The value with its unit in the user's locale; "—" when there is none.
    static QString indicatorValue(const valuation::Indicator& indicator);
    static QString source(const valuation::Provenance& provenance);
    static QString auctionStep(std::string_view name);
    static QString percent(double share, int decimals = 0); // 0.803 → "80 %"
};

} // namespace saggar::ui
