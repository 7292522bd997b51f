// The inspection form's typed lists, one item a line: maintenance records ("2026-10-12; oil and
// filters; Foshan Jiefang service; scheduled") and defects ("rear axle; oil leak; 2"), read into the
// inspection record with a message naming the line that is wrong, and written back for display.
#pragma once

#include "core/valuation_inspection.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace saggar::ui {

class InspectionLines
{
    Q_DECLARE_TR_FUNCTIONS(InspectionLines)
public:
    // Dates are local calendar days (taken at noon) and may not be after `inspectedAtMs`.
    static std::vector<valuation::MaintenanceRecord> maintenance(const QString& text,
                                                                 TimestampMs inspectedAtMs, QString* error);
    static std::vector<valuation::Defect> defects(const QString& text, QString* error);
    // Photos are kept as "<sha256>  <file name>" lines; only the digests matter.
    static std::vector<std::string> photoDigests(const QString& text, QString* error);

    static QString maintenanceText(const std::vector<valuation::MaintenanceRecord>& records);
    static QString defectsText(const std::vector<valuation::Defect>& defects);
    static QString photosText(const std::vector<std::string>& digests);
};

} // namespace saggar::ui
