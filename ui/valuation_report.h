// The valuation report: one stored valuation as a printable document in English or Chinese (whatever
// the screens' language): the asset's identity and the file it is pledged to, the inspection with its
// photos and the appraiser's signature, the twelve indicators with provenance and coverage, telemetry
// charts of the last 30 days, the values with their 80 % and 90 % bands and the auction ladder,
// comparable sales, the library and model versions with the model's measured figures, and who valued
// it and when. The same document is read by tests (its text) and written to PDF.
#pragma once

#include "core/domain.h"
#include "core/telemetry_channels.h"
#include "core/valuation_explain.h"
#include "core/valuation_store.h"

#include <QImage>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QTextDocument;

namespace saggar::ui {

class ReportLanguage;

// One channel's readings (or bucket means) over the report's telemetry range.
struct ReportChannel
{
    ChannelId channel = ChannelId::Speed;
    std::vector<TelemetryPoint> points;
};

// A realised sale like the asset, as the report lists it.
struct ReportComparable
{
    std::string typeName;
    std::string saleDate; // "YYYY-MM-DD"
    Money price;
    std::optional<double> ageYears;
    std::optional<double> usage;
    Cluster cluster = Cluster::Foshan;
    bool outside = false;  // an outside comparable, not one of the bank's assets
    double similarity = 1; // 1 = same type, age, usage and cluster
};

struct ValuationReportData
{
    valuation::ValuationRecord valuation; // as stored (its id is set)
    valuation::EquipmentType type;        // the library type it was valued as
    valuation::ModelRecord model;         // without its body
    std::string libraryEffective;         // the library version's effective date
    // What the bank's records say about the asset: exactly one of truck and kiln.
    std::optional<Truck> truck;
    std::optional<Kiln> kiln;
    std::string enterpriseZh, enterpriseEn;
    std::string fileNo; // the loan file it is pledged to; "" when not pledged
    QString valuedBy;   // display name of valuation.valuedBy

    std::optional<valuation::Inspection> inspection; // the one the valuation read
    QString appraiser;                               // display name of inspection->appraiserId
    std::vector<QImage> photos;                      // the inspection's photos that could be read
    int photosMissing = 0;                           // recorded but not readable

    TimeRange telemetryRange; // empty: no telemetry source
    std::vector<ReportChannel> telemetry;

    std::vector<ReportComparable> comparables;
    QString comparablesNote; // why there are none, when known

    std::optional<valuation::Explanation> why; // the model's reasons, recomputed from the record
    QString whyProblem;                        // why they could not be worked out
};

class ValuationReport
{
public:
    // The report as a document; images (photos, charts) are its resources.
    static std::unique_ptr<QTextDocument> document(const ValuationReportData& data,
                                                   const ReportLanguage& language);
    // Writes A4 PDF pages through a temporary file renamed into place, so a failure leaves no file.
    // Returns the reason it could not be written, else an empty string.
    static QString writePdf(QTextDocument& document, const QString& path, const QString& title);
    // "Valuation report #12", in the language.
    static QString title(const ValuationReportData& data, const ReportLanguage& language);
};

} // namespace saggar::ui
