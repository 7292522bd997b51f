// Gathering what a valuation report shows from the workspace, through core/ interfaces only: the library
// type and its version's date, the model's record and measured figures, the inspection the valuation
// read with its photos, the asset's telemetry over the 30 days before the valuation, and the people.
#pragma once

#include "valuation_report.h"

#include "core/telemetry_chart_source.h"
#include "core/valuation_sales_store.h"

#include <functional>

namespace saggar::ui {

// What the screen that asks for the report knows of the asset (the open loan file's records).
struct ReportSubject
{
    std::optional<Truck> truck;
    std::optional<Kiln> kiln;
    std::string enterpriseZh, enterpriseEn;
    std::string fileNo;
};

// The asset's records from the open loan file (its enterprise and number); empty when it is not listed.
ReportSubject reportSubject(const LoanFileDetail& detail, bool truck, Id assetId);

// The channels the report charts: a truck's odometer and speed, a kiln's firing zone and cycle count.
std::vector<ChannelId> reportChannels(const ReportSubject& subject);

inline constexpr TimestampMs kReportTelemetryDays = 30;

inline constexpr std::size_t kReportComparables = 5;

// Fails only when the valuation's library or model cannot be read; photos that cannot be read are
// counted as missing, telemetry that cannot be read leaves its chart empty, and without realised sales
// the comparables say so. `charts` and `sales` may be null.
Result<ValuationReportData>
gatherValuationReport(const valuation::ValuationStore& store, TelemetryChartSource* charts,
                      const valuation::SalesStore* sales, const valuation::ValuationRecord& valuation,
                      const ReportSubject& subject, const std::function<QString(Id)>& personName);

} // namespace saggar::ui
