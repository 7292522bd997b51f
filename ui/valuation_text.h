// Valuation words for the screen: the twelve indicators, their units and sources, the auction steps.
#pragma once

#include "core/valuation_appraisal.h"
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
    // "Asset record", "Readings 2026-11-22 – 2026-11-29", "Hourly rollups 2025-11-29 – 2026-11-22, readings
    // 2026-11-22 – 2026-11-29", "No telemetry received", …
    static QString source(const valuation::Provenance& provenance);
    // What telemetry the appraisal read: the range, the part kept as readings and the part as hourly
    // rollups, or that none was received.
    static QString telemetryNote(const valuation::Appraisal& appraisal);
    static QString auctionStep(std::string_view name);
    static QString percent(double share, int decimals = 0); // 0.803 → "80 %"
};

} // namespace saggar::ui
