#include "valuation_report_data.h"

#include "valuation_report_images.h"

#include "core/valuation_comparables.h"

#include <QByteArray>

namespace saggar::ui {

ReportSubject reportSubject(const LoanFileDetail& detail, bool truck, Id assetId)
{
    ReportSubject s;
    s.enterpriseZh = detail.enterprise.nameZh;
    s.enterpriseEn = detail.enterprise.nameEn;
    s.fileNo = detail.file.fileNo;
    for (const Truck& t : detail.trucks)
        if (truck && t.id == assetId)
            s.truck = t;
    for (const Kiln& k : detail.kilns)
        if (!truck && k.id == assetId)
            s.kiln = k;
    return s;
}

std::vector<ChannelId> reportChannels(const ReportSubject& subject)
{
    if (subject.kiln)
        return {ChannelId::Zone3Temp, ChannelId::FiringCycles};
    return {ChannelId::Odometer, ChannelId::Speed};
}

Result<ValuationReportData>
gatherValuationReport(const valuation::ValuationStore& store, TelemetryChartSource* charts,
                      const valuation::SalesStore* sales, const valuation::ValuationRecord& valuation,
                      const ReportSubject& subject, const std::function<QString(Id)>& personName)
{
    const auto name = [&](Id id) { return personName ? personName(id) : QStringLiteral("#%1").arg(id); };
    ValuationReportData d;
    d.valuation = valuation;
    d.truck = subject.truck;
    d.kiln = subject.kiln;
    d.enterpriseZh = subject.enterpriseZh;
    d.enterpriseEn = subject.enterpriseEn;
    d.fileNo = subject.fileNo;
    d.valuedBy = name(valuation.valuedBy);

    auto library = store.library(valuation.libraryVersion);
    if (!library)
        return library.error();
    d.libraryEffective = library->effective;
    const valuation::EquipmentType* type = library->find(valuation.inputs.typeCode);
    if (type == nullptr)
        return makeError("Library " + valuation.libraryVersion + " has no type " + valuation.inputs.typeCode +
                             ".",
                         ErrorCode::NotFound);
    d.type = *type;
    auto model = store.model(valuation.modelVersion);
    if (!model)
        return model.error();
    d.model = std::move(*model);
    d.model.body.clear();

    if (valuation.inspectionId != 0) {
        auto inspection = store.inspection(valuation.inspectionId);
        if (!inspection)
            return inspection.error();
        d.inspection = std::move(*inspection);
        d.appraiser = name(d.inspection->appraiserId);
        for (const std::string& sha : d.inspection->photoSha256) {
            auto bytes = store.photo(sha);
            QImage thumb;
            if (bytes)
                thumb = photoThumbnail(QByteArray(bytes->data(), static_cast<qsizetype>(bytes->size())));
            if (thumb.isNull())
                ++d.photosMissing;
            else
                d.photos.push_back(std::move(thumb));
        }
    }

    // The nearest realised sales of the same category: type, age, usage and region.
    if (sales != nullptr) {
        auto all = sales->sales();
        if (!all) {
            d.comparablesNote = QString::fromStdString(all.error().message);
        } else {
            valuation::ComparableSubject known;
            const auto& ind = valuation.indicators;
            known.ageYears = ind[static_cast<std::size_t>(valuation::IndicatorId::Age)].value;
            known.usage = ind[static_cast<std::size_t>(valuation::IndicatorId::Usage)].value;
            known.cluster = valuation.inputs.cluster;
            for (const valuation::ComparableSale& c :
                 valuation::nearestComparables(*all, *library, *type, known, kReportComparables))
                d.comparables.push_back(ReportComparable{c.typeName, c.saleDate, c.price, c.ageYears, c.usage,
                                                         c.cluster, c.outside, c.similarity});
        }
    }

    // Why this value: the model's reasons, recomputed from the recorded inputs and versions.
    if (auto why = valuation::explainValuation(store, valuation))
        d.why = std::move(*why);
    else
        d.whyProblem = QString::fromStdString(why.error().message);

    if (charts != nullptr) {
        d.telemetryRange = {valuation.atMs - kReportTelemetryDays * 24 * 3600 * 1000, valuation.atMs};
        const AssetKind kind = subject.kiln ? AssetKind::Kiln : AssetKind::Truck;
        for (ChannelId channel : reportChannels(subject)) {
            ReportChannel c;
            c.channel = channel;
            if (auto load = charts->load(SeriesKey{kind, valuation.assetId, channel}, d.telemetryRange, 720))
                c.points = load->linePoints();
            d.telemetry.push_back(std::move(c));
        }
    }
    return d;
}

} // namespace saggar::ui
