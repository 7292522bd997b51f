#include "valuation_report.h"

#include "report_language.h"
#include "valuation_report_images.h"
#include "widgets/money_format.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace saggar::ui {
namespace {

using valuation::IndicatorId;
using valuation::ProvenanceSource;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A value derived linearly from the fair market value carries the same relative band.
Money scaled(Money value, Money bandEdge, Money fair)
{
    if (fair <= Money())
        return Money();
    const double ratio = static_cast<double>(bandEdge.fen()) / static_cast<double>(fair.fen());
    return Money::fromFen(static_cast<std::int64_t>(std::llround(static_cast<double>(value.fen()) * ratio)));
}

// Writes the report's HTML section by section, every word in the report's language.
class Writer
{
public:
    Writer(const ValuationReportData& data, const ReportLanguage& language) : d(data), L(language) {}

    QString html()
    {
        header();
        asset();
        inspection();
        indicators();
        telemetry();
        values();
        why();
        comparables();
        versions();
        signature();
        return out;
    }

    std::vector<QImage> images; // resources: "report:image/<index>"

private:
    const ValuationReportData& d;
    const ReportLanguage& L;
    QString out;

    QString percent(double share, int decimals = 0) const
    {
        return L.translate("ValuationText", "%1 %").arg(L.locale().toString(share * 100.0, 'f', decimals));
    }
    QString money(Money m) const { return formatMoney(m, L.locale()); }
    QString number(double v, int decimals) const { return L.locale().toString(v, 'f', decimals); }
    QString when(TimestampMs ms) const { return formatTimestamp(ms, L.locale()); }
    QString date(TimestampMs ms) const { return formatDate(ms, L.locale()); }

    void heading(const QString& text) { out += QStringLiteral("<h3>%1</h3>").arg(esc(text)); }
    void para(const QString& text) { out += QStringLiteral("<p>%1</p>").arg(esc(text)); }
    void note(const QString& text) { out += QStringLiteral("<p><i>%1</i></p>").arg(esc(text)); }

    // A two-column table of labels and values.
    void facts(const std::vector<std::pair<QString, QString>>& rows)
    {
        out += QStringLiteral("<table cellspacing=0 cellpadding=2 width=100%>");
        for (const auto& [label, value] : rows)
            out += QStringLiteral("<tr><td width=32%><b>%1</b></td><td>%2</td></tr>")
                       .arg(esc(label), esc(value));
        out += QStringLiteral("</table>");
    }

    void table(const QStringList& headers, const std::vector<QStringList>& rows)
    {
        out += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width=100% "
                              "style=\"border-collapse: collapse; border-color: #999999\"><tr>");
        for (const QString& h : headers)
            out += QStringLiteral("<th align=left bgcolor=#eeeeee>%1</th>").arg(esc(h));
        out += QStringLiteral("</tr>");
        for (const QStringList& row : rows) {
            out += QStringLiteral("<tr>");
            for (const QString& cell : row)
                out += QStringLiteral("<td>%1</td>").arg(esc(cell));
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
    }

    QString image(const QImage& img, int widthPx)
    {
        images.push_back(img);
        return QStringLiteral("<img src=\"report:image/%1\" width=%2>").arg(images.size() - 1).arg(widthPx);
    }

    QString cluster(Cluster c) const
    {
        switch (c) {
        case Cluster::Foshan:
            return L.translate("DisplayNames", "Foshan");
        case Cluster::Jingdezhen:
            return L.translate("DisplayNames", "Jingdezhen");
        case Cluster::Zibo:
            return L.translate("DisplayNames", "Zibo");
        case Cluster::Jinjiang:
            return L.translate("DisplayNames", "Jinjiang");
        case Cluster::Gaoan:
            return L.translate("DisplayNames", "Gao'an");
        case Cluster::Dehua:
            return L.translate("DisplayNames", "Dehua");
        case Cluster::Liling:
            return L.translate("DisplayNames", "Liling");
        case Cluster::Tangshan:
            return L.translate("DisplayNames", "Tangshan");
        }
        return {};
    }

    QString enterprise() const
    {
        const std::string& first = L.chinese() ? d.enterpriseZh : d.enterpriseEn;
        const std::string& other = L.chinese() ? d.enterpriseEn : d.enterpriseZh;
        return QString::fromStdString(first.empty() ? other : first);
    }

    void header()
    {
        out += QStringLiteral("<h2>%1</h2>").arg(esc(ValuationReport::title(d, L)));
        const valuation::ValuationRecord& v = d.valuation;
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(L.translate("ValuationReport", "Valued on %1 by %2 with library %3 and model %4.")
                                .arg(when(v.atMs), d.valuedBy, QString::fromStdString(v.libraryVersion),
                                     QString::fromStdString(v.modelVersion))));
    }

    void asset()
    {
        heading(L.translate("ValuationReport", "Asset"));
        std::vector<std::pair<QString, QString>> rows;
        if (d.truck) {
            const Truck& t = *d.truck;
            rows = {{L.translate("ValuationReport", "Kind"), L.translate("ValuationReport", "Truck")},
                    {L.translate("ValuationReport", "Brand"), QString::fromStdString(t.brand)},
                    {L.translate("ValuationReport", "Model"), QString::fromStdString(t.model)},
                    {L.translate("ValuationReport", "VIN"), QString::fromStdString(t.vin)},
                    {L.translate("ValuationReport", "Plate"), QString::fromStdString(t.plate)},
                    {L.translate("ValuationReport", "Year built"), QString::number(t.year)}};
        } else if (d.kiln) {
            const Kiln& k = *d.kiln;
            rows = {{L.translate("ValuationReport", "Kind"), kilnKind(k.type)},
                    {L.translate("ValuationReport", "Fuel"), k.fuel == KilnFuel::Gas
                                                                 ? L.translate("DisplayNames", "Natural gas")
                                                                 : L.translate("DisplayNames", "Electric")},
                    {L.translate("ValuationReport", "Length"),
                     L.translate("ValuationReport", "%1 m").arg(number(k.lengthM, 1))},
                    {L.translate("ValuationReport", "Sensor gateway"), QString::fromStdString(k.gatewayId)},
                    {L.translate("ValuationReport", "Year installed"), QString::number(k.yearInstalled)}};
        }
        rows.push_back({L.translate("ValuationReport", "Enterprise"), enterprise()});
        rows.push_back({L.translate("ValuationReport", "Pledged to loan file"),
                        d.fileNo.empty() ? L.translate("ValuationReport", "not pledged")
                                         : QString::fromStdString(d.fileNo)});
        rows.push_back({L.translate("ValuationReport", "Region"), cluster(d.valuation.inputs.cluster)});
        rows.push_back({L.translate("ValuationReport", "Library type"),
                        L.translate("ValuationReport", "%1 (%2)")
                            .arg(QString::fromStdString(d.type.name), QString::fromStdString(d.type.code))});
        facts(rows);
    }

    QString kilnKind(KilnType t) const
    {
        switch (t) {
        case KilnType::Roller:
            return L.translate("DisplayNames", "Roller kiln");
        case KilnType::Tunnel:
            return L.translate("DisplayNames", "Tunnel kiln");
        case KilnType::Shuttle:
            return L.translate("DisplayNames", "Shuttle kiln");
        }
        return {};
    }

    void inspection()
    {
        heading(L.translate("ValuationReport", "Inspection"));
        if (!d.inspection) {
            note(L.translate("ValuationReport",
                             "This valuation read no inspection: no signed inspection of the asset existed "
                             "when it was made."));
            return;
        }
        const valuation::Inspection& in = *d.inspection;
        QString place = QString::fromStdString(in.place);
        if (in.latitude && in.longitude)
            place = L.translate("ValuationReport", "%1 (%2, %3)")
                        .arg(place, number(*in.latitude, 5), number(*in.longitude, 5));
        int defects[3] = {0, 0, 0};
        for (const valuation::Defect& x : in.defects)
            ++defects[std::clamp(x.severity, 1, 3) - 1];
        facts({{L.translate("ValuationReport", "Inspection"),
                L.translate("ValuationReport", "#%1 on %2 by %3").arg(in.id).arg(when(in.atMs), d.appraiser)},
               {L.translate("ValuationReport", "Place"), place},
               {L.translate("ValuationReport", "Condition grades"),
                L.translate("ValuationReport", "overall %1, structure %2, mechanism %3")
                    .arg(QString::fromLatin1(valuation::key(in.overall)),
                         QString::fromLatin1(valuation::key(in.structure)),
                         QString::fromLatin1(valuation::key(in.mechanism)))},
               {L.translate("ValuationReport", "Surface or glaze wear"),
                L.translate("ValuationText", "%1 %").arg(number(in.surfaceWearPct, 1))},
               {L.translate("ValuationReport", "Maintenance"),
                L.translate("ValuationReport", "%n scheduled service(s) due, compliance %1", nullptr,
                            in.servicesDue)
                    .arg(percent(valuation::maintenanceCompliance(in)))},
               {L.translate("ValuationReport", "Defects"),
                L.translate("ValuationReport", "%1 cosmetic, %2 needing repair, %3 stopping use")
                    .arg(defects[0])
                    .arg(defects[1])
                    .arg(defects[2])}});
        if (!in.maintenance.empty()) {
            std::vector<QStringList> rows;
            for (const valuation::MaintenanceRecord& m : in.maintenance)
                rows.push_back({date(m.atMs), QString::fromStdString(m.work),
                                m.scheduled ? L.translate("ValuationReport", "scheduled")
                                            : L.translate("ValuationReport", "repair"),
                                QString::fromStdString(m.doneBy)});
            out += QStringLiteral("<p><b>%1</b></p>")
                       .arg(esc(L.translate("ValuationReport", "Maintenance records")));
            table({L.translate("ValuationReport", "Date"), L.translate("ValuationReport", "Work"),
                   L.translate("ValuationReport", "Kind"), L.translate("ValuationReport", "Done by")},
                  rows);
        }
        if (!in.defects.empty()) {
            std::vector<QStringList> rows;
            for (const valuation::Defect& x : in.defects)
                rows.push_back({QString::fromStdString(x.part), QString::fromStdString(x.description),
                                QString::number(x.severity)});
            out += QStringLiteral("<p><b>%1</b></p>").arg(esc(L.translate("ValuationReport", "Defects")));
            table({L.translate("ValuationReport", "Part"), L.translate("ValuationReport", "Description"),
                   L.translate("ValuationReport", "Severity (1–3)")},
                  rows);
        }
        photos();
        const QString signature = in.signature.empty() ? L.translate("ValuationReport", "(not signed)")
                                                       : QString::fromStdString(in.signature);
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(esc(L.translate("ValuationReport", "Signed by the appraiser:")), esc(signature));
    }

    void photos()
    {
        const valuation::Inspection& in = *d.inspection;
        const int recorded = static_cast<int>(in.photoSha256.size());
        QString line =
            L.translate("ValuationReport", "%n photo(s) recorded with the inspection.", nullptr, recorded);
        if (d.photosMissing > 0)
            line += (L.chinese() ? QString() : QStringLiteral(" ")) +
                    L.translate("ValuationReport",
                                "%n of them could not be read from the workspace's "
                                "attachments.",
                                nullptr, d.photosMissing);
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(esc(L.translate("ValuationReport", "Photos")), esc(line));
        if (d.photos.empty())
            return;
        out += QStringLiteral("<table cellspacing=4 cellpadding=0><tr>");
        int column = 0;
        for (const QImage& photo : d.photos) {
            if (column == 3) {
                out += QStringLiteral("</tr><tr>");
                column = 0;
            }
            out += QStringLiteral("<td>%1</td>").arg(image(photo, 200));
            ++column;
        }
        out += QStringLiteral("</tr></table>");
    }

    QString indicatorName(IndicatorId id) const
    {
        switch (id) {
        case IndicatorId::Age:
            return L.translate("ValuationText", "Age");
        case IndicatorId::Usage:
            return L.translate("ValuationText", "Odometer or hours in use");
        case IndicatorId::Utilisation:
            return L.translate("ValuationText", "Utilisation");
        case IndicatorId::Efficiency:
            return L.translate("ValuationText", "Fuel or energy use against the norm");
        case IndicatorId::HarshEvents:
            return L.translate("ValuationText", "Harsh events");
        case IndicatorId::IdleRatio:
            return L.translate("ValuationText", "Idle ratio");
        case IndicatorId::SurfaceWear:
            return L.translate("ValuationText", "Surface or glaze wear");
        case IndicatorId::MaintenanceCompliance:
            return L.translate("ValuationText", "Maintenance compliance");
        case IndicatorId::FiringCycles:
            return L.translate("ValuationText", "Firing cycles");
        case IndicatorId::TemperatureStability:
            return L.translate("ValuationText", "Temperature stability at peak");
        case IndicatorId::OperatingDays:
            return L.translate("ValuationText", "Operating days a month");
        case IndicatorId::InsideRegion:
            return L.translate("ValuationText", "Time inside the permitted region");
        }
        return {};
    }

    QString indicatorValue(const valuation::Indicator& ind) const
    {
        if (!ind.value)
            return QStringLiteral("—");
        const double v = *ind.value;
        switch (ind.id) {
        case IndicatorId::Age:
            return L.translate("ValuationText", "%1 years").arg(number(v, 1));
        case IndicatorId::Usage:
            return number(v, 0);
        case IndicatorId::Efficiency:
            return L.translate("ValuationText", "%1 × the norm").arg(number(v, 2));
        case IndicatorId::HarshEvents:
            return L.translate("ValuationText", "%1 per 1,000 km").arg(number(v, 1));
        case IndicatorId::MaintenanceCompliance:
            return percent(v);
        case IndicatorId::FiringCycles:
            return L.translate("ValuationText", "%1 a year").arg(number(v, 0));
        case IndicatorId::TemperatureStability:
            return L.translate("ValuationText", "± %1 °C").arg(number(v, 1));
        case IndicatorId::OperatingDays:
            return L.translate("ValuationText", "%1 days").arg(number(v, 1));
        case IndicatorId::Utilisation:
        case IndicatorId::IdleRatio:
        case IndicatorId::SurfaceWear:
        case IndicatorId::InsideRegion:
            return L.translate("ValuationText", "%1 %").arg(number(v, 1));
        }
        return number(v, 2);
    }

    QString source(const valuation::Provenance& p) const
    {
        switch (p.source) {
        case ProvenanceSource::Record:
            return L.translate("ValuationText", "Asset record");
        case ProvenanceSource::Telemetry:
            if (p.range.length() > 0)
                return L.translate("ValuationReport", "Telemetry %1 – %2")
                    .arg(date(p.range.fromMs), date(p.range.toMs));
            return L.translate("ValuationText", "Telemetry");
        case ProvenanceSource::Inspection:
            if (d.inspection && d.inspection->id == p.inspectionId)
                return L.translate("saggar::ui::ValuationDialog", "Inspection %1 by %2")
                    .arg(date(d.inspection->atMs), d.appraiser);
            return L.translate("ValuationText", "Inspection #%1").arg(p.inspectionId);
        case ProvenanceSource::NotApplicable:
            return L.translate("ValuationText", "Not applicable to this asset");
        case ProvenanceSource::Missing:
            return L.translate("ValuationText", "No data yet");
        }
        return {};
    }

    void indicators()
    {
        heading(L.translate("saggar::ui::ValuationDialog", "The twelve indicators"));
        std::vector<QStringList> rows;
        for (const valuation::Indicator& ind : d.valuation.indicators) {
            const bool counted = ind.provenance.source != ProvenanceSource::NotApplicable &&
                                 ind.provenance.source != ProvenanceSource::Missing;
            rows.push_back({indicatorName(ind.id), indicatorValue(ind), source(ind.provenance),
                            counted ? percent(ind.coverage) : QStringLiteral("—")});
        }
        table({L.translate("saggar::ui::ValuationDialog", "Indicator"),
               L.translate("saggar::ui::ValuationDialog", "Value"),
               L.translate("saggar::ui::ValuationDialog", "Source"),
               L.translate("saggar::ui::ValuationDialog", "Coverage")},
              rows);
        note(L.translate("ValuationReport",
                         "Coverage is the share of the expected readings that were there (records and "
                         "inspections count in full). The model treats a missing indicator as missing."));
    }

    void telemetry()
    {
        heading(L.translate("ValuationReport", "Telemetry, last 30 days"));
        if (d.telemetryRange.length() == 0) {
            note(L.translate("ValuationReport", "Telemetry is not available in this workspace."));
            return;
        }
        para(L.translate("ValuationReport", "From %1 to %2.")
                 .arg(when(d.telemetryRange.fromMs), when(d.telemetryRange.toMs)));
        bool any = false;
        for (const ReportChannel& c : d.telemetry) {
            const QString name = channelName(L, c.channel);
            if (c.points.empty()) {
                note(L.translate("ValuationReport", "%1: no readings in these 30 days.").arg(name));
                continue;
            }
            any = true;
            out += QStringLiteral("<p>%1</p>").arg(image(renderChannelChart(c, d.telemetryRange, L), 640));
        }
        if (!any && d.telemetry.empty())
            note(L.translate("ValuationReport", "No readings of this asset in these 30 days."));
    }

    void values()
    {
        const valuation::LenderValues& v = d.valuation.values;
        const valuation::MarketEstimate& m = v.market;
        heading(L.translate("saggar::ui::ValuationDialog", "Values"));
        const auto band = [&](Money value, Money low, Money high) {
            return L.translate("saggar::ui::ValuationDialog", "%1 – %2")
                .arg(money(scaled(value, low, m.fairMarket)), money(scaled(value, high, m.fairMarket)));
        };
        std::vector<QStringList> rows;
        const std::pair<QString, Money> named[] = {
            {L.translate("saggar::ui::ValuationDialog", "Fair market value"), m.fairMarket},
            {L.translate("saggar::ui::ValuationDialog", "Orderly liquidation"), v.orderlyLiquidation},
            {L.translate("saggar::ui::ValuationDialog", "Forced sale (auction ladder)"), v.forcedSale},
            {L.translate("saggar::ui::ValuationDialog", "Net recovery after costs and time"), v.netRecovery}};
        for (const auto& [name, value] : named)
            rows.push_back(
                {name, money(value), band(value, m.low80, m.high80), band(value, m.low90, m.high90)});
        table({QString(), L.translate("saggar::ui::ValuationDialog", "Value"),
               L.translate("saggar::ui::ValuationDialog", "80 % band"),
               L.translate("saggar::ui::ValuationDialog", "90 % band")},
              rows);
        facts({{L.translate("saggar::ui::ValuationDialog", "Recovery costs"), money(v.recoveryCosts)},
               {L.translate("saggar::ui::ValuationDialog", "Time to cash"),
                L.translate("saggar::ui::ValuationDialog", "%n days from seizure (expected)", nullptr,
                            v.daysToCash)}});
        note(
            L.translate("saggar::ui::ValuationDialog",
                        "The bands of the other values follow the fair market value's, since each is a share "
                        "of it for this type."));

        // The ladder is not stored: it follows from the stored values and the library type.
        const std::vector<valuation::AuctionStep> ladder =
            v.ladder.empty() ? valuation::lenderValues(m, d.type).ladder : v.ladder;
        const double unsold =
            v.ladder.empty() ? valuation::lenderValues(m, d.type).unsoldChance : v.unsoldChance;
        out += QStringLiteral("<p><b>%1</b></p>")
                   .arg(esc(L.translate("saggar::ui::ValuationDialog",
                                        "Forced sale: the judicial-auction ladder")));
        std::vector<QStringList> steps;
        for (const valuation::AuctionStep& s : ladder)
            steps.push_back(
                {auctionStep(s.name),
                 L.translate("saggar::ui::ValuationDialog", "%1 of the appraisal").arg(percent(s.startShare)),
                 money(s.startPrice), percent(s.sellChance), L.locale().toString(s.daysToCash)});
        table({L.translate("saggar::ui::ValuationDialog", "Step"),
               L.translate("saggar::ui::ValuationDialog", "Starts at"),
               L.translate("saggar::ui::ValuationDialog", "Starting price"),
               L.translate("saggar::ui::ValuationDialog", "Chance of selling"),
               L.translate("saggar::ui::ValuationDialog", "Days to cash")},
              steps);
        note(L.translate(
                  "saggar::ui::ValuationDialog",
                  "Still unsold after the ladder: %1 (taken in lieu at the second price and sold later).")
                 .arg(percent(unsold)));
    }

    QString factorName(valuation::Factor factor) const
    {
        using valuation::Factor;
        switch (factor) {
        case Factor::AgeAndCurve:
            return L.translate("saggar::ui::ValuationReasonsView",
                               "Age and the library's depreciation curve");
        case Factor::Usage:
            return L.translate("saggar::ui::ValuationReasonsView", "Usage against the norm");
        case Factor::Efficiency:
            return L.translate("saggar::ui::ValuationReasonsView", "Fuel or energy efficiency");
        case Factor::Driving:
            return L.translate("saggar::ui::ValuationReasonsView",
                               "Harsh events, idling, staying in the region");
        case Factor::Condition:
            return L.translate("saggar::ui::ValuationReasonsView", "Wear and maintenance (inspection)");
        case Factor::KilnFiring:
            return L.translate("saggar::ui::ValuationReasonsView", "Kiln firing and temperature");
        case Factor::Region:
            return L.translate("saggar::ui::ValuationReasonsView", "Region");
        case Factor::Market:
            return L.translate("saggar::ui::ValuationReasonsView", "Second-hand market index");
        case Factor::Type:
            return L.translate("saggar::ui::ValuationReasonsView", "Type, brand and class");
        case Factor::Other:
            return L.translate("saggar::ui::ValuationReasonsView", "Other features");
        }
        return {};
    }

    QString signedPercent(double share) const
    {
        const QString n = number(std::abs(share) * 100.0, 1);
        return share >= 0 ? L.translate("saggar::ui::ValuationReasonsView", "+%1 %").arg(n)
                          : L.translate("saggar::ui::ValuationReasonsView", "−%1 %").arg(n);
    }

    QString yuan(double amount) const
    {
        return money(Money::fromYuan(static_cast<std::int64_t>(std::llround(amount))));
    }

    void why()
    {
        if (!d.why && d.whyProblem.isEmpty())
            return; // not worked out for this report
        heading(L.translate("saggar::ui::ValuationReasonsView", "Why this value"));
        if (!d.why) {
            note(L.translate("saggar::ui::ValuationReasonsView", "The reasons could not be worked out: %1")
                     .arg(d.whyProblem));
            return;
        }
        const valuation::Explanation& e = *d.why;
        para(L.translate(
                  "saggar::ui::ValuationReasonsView",
                  "Baseline: over the sales it was trained on, the model starts from %1 of a new unit's "
                  "price; for this type (new price %2) that is %3. The factors below move the value from "
                  "there, largest first, to the fair market value of %4 (%5 against the baseline).")
                 .arg(percent(std::exp(e.baselineLog), 1), yuan(e.newPriceYuan), yuan(e.baselineYuan),
                      yuan(e.valueYuan), signedPercent(std::expm1(e.predictionLog - e.baselineLog))));
        std::vector<QStringList> rows;
        for (const valuation::Reason& r : e.reasons) {
            const QString amount = yuan(std::abs(r.yuanEffect));
            rows.push_back({factorName(r.factor), signedPercent(r.shareEffect),
                            r.yuanEffect >= 0
                                ? L.translate("saggar::ui::ValuationReasonsView", "+%1").arg(amount)
                                : L.translate("saggar::ui::ValuationReasonsView", "−%1").arg(amount)});
        }
        table({L.translate("saggar::ui::ValuationReasonsView", "Factor"),
               L.translate("saggar::ui::ValuationReasonsView", "On the value"),
               L.translate("saggar::ui::ValuationReasonsView", "In yuan")},
              rows);
        note(L.translate(
            "saggar::ui::ValuationReasonsView",
            "Each percentage is what that factor alone does to the value; the effects multiply, and "
            "the yuan parts add up to the difference from the baseline. They are the model's own "
            "accounting (TreeSHAP contributions), not proof of cause."));
    }

    QString auctionStep(std::string_view name) const
    {
        if (name == "first auction")
            return L.translate("ValuationText", "First auction");
        if (name == "second auction")
            return L.translate("ValuationText", "Second auction");
        if (name == "sale period")
            return L.translate("ValuationText", "Sale period (变卖)");
        return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    }

    void comparables()
    {
        heading(L.translate("ValuationReport", "Comparable sales"));
        if (d.comparables.empty()) {
            note(d.comparablesNote.isEmpty() ? L.translate("ValuationReport", "No comparable sales recorded.")
                                             : d.comparablesNote);
            return;
        }
        std::vector<QStringList> rows;
        for (const ReportComparable& c : d.comparables)
            rows.push_back({QString::fromStdString(c.typeName), QString::fromStdString(c.saleDate),
                            money(c.price),
                            c.ageYears ? L.translate("ValuationText", "%1 years").arg(number(*c.ageYears, 1))
                                       : QStringLiteral("—"),
                            c.usage ? number(*c.usage, 0) : QStringLiteral("—"), cluster(c.cluster),
                            c.outside ? L.translate("ValuationReport", "outside sale")
                                      : L.translate("ValuationReport", "bank's asset"),
                            percent(c.similarity)});
        table({L.translate("ValuationReport", "Type"), L.translate("ValuationReport", "Sold"),
               L.translate("ValuationReport", "Price"), L.translate("ValuationText", "Age"),
               L.translate("ValuationReport", "Usage"), L.translate("ValuationReport", "Region"),
               L.translate("ValuationReport", "Source"), L.translate("ValuationReport", "Similarity")},
              rows);
    }

    void versions()
    {
        heading(L.translate("ValuationReport", "Model and library"));
        const valuation::Figures& f = d.model.measured;
        facts({{L.translate("ValuationReport", "Parameter library"),
                d.libraryEffective.empty() ? QString::fromStdString(d.valuation.libraryVersion)
                                           : L.translate("ValuationReport", "%1 (effective %2)")
                                                 .arg(QString::fromStdString(d.valuation.libraryVersion),
                                                      QString::fromStdString(d.libraryEffective))},
               {L.translate("ValuationReport", "Price model"),
                QString::fromStdString(d.valuation.modelVersion)},
               {L.translate("ValuationReport", "Model's role"),
                d.valuation.role == valuation::ModelRole::Champion
                    ? L.translate("ValuationReport", "champion")
                    : L.translate("ValuationReport", "challenger")},
               {L.translate("ValuationReport", "Trained"),
                L.translate("ValuationReport", "%1 on data %2")
                    .arg(date(d.model.trainedAtMs), QString::fromStdString(d.model.dataHash))}});
        if (f.assets > 0)
            para(
                L.translate("saggar::ui::ValuationDialog",
                            "How sure: on %n sales the model had not seen, its median error was %1; the 80 % "
                            "band held %2 of the prices and the 90 % band %3. These are measured figures, "
                            "not promises.",
                            nullptr, static_cast<int>(f.assets))
                    .arg(percent(f.medianApe, 1), percent(f.coverage80, 1), percent(f.coverage90, 1)));
        else
            para(
                L.translate("saggar::ui::ValuationDialog",
                            "The model's error and band coverage were not measured when it was trained; read "
                            "the bands with care."));
    }

    void signature()
    {
        heading(L.translate("ValuationReport", "Reproducibility and signature"));
        para(L.translate("ValuationReport",
                         "Valuation #%1 was made on %2 by %3. It is reproducible from its recorded inputs "
                         "(library type %4, region, market index and the twelve indicator values) with "
                         "library %5 and model %6, both kept in the workspace.")
                 .arg(d.valuation.id)
                 .arg(when(d.valuation.atMs), d.valuedBy, QString::fromStdString(d.valuation.inputs.typeCode),
                      QString::fromStdString(d.valuation.libraryVersion),
                      QString::fromStdString(d.valuation.modelVersion)));
        QString appraiser = L.translate("ValuationReport", "no inspection");
        if (d.inspection)
            appraiser = d.inspection->signature.empty()
                            ? L.translate("ValuationReport", "%1 (not signed)").arg(d.appraiser)
                            : QString::fromStdString(d.inspection->signature);
        out += QStringLiteral("<p><br><b>%1</b> %2</p>")
                   .arg(esc(L.translate("ValuationReport", "Appraiser's signature:")), esc(appraiser));
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(esc(L.translate("ValuationReport", "Printed:")),
                        esc(when(QDateTime::currentMSecsSinceEpoch())));
    }
};

} // namespace

QString ValuationReport::title(const ValuationReportData& data, const ReportLanguage& language)
{
    return language.translate("ValuationReport", "Valuation report #%1").arg(data.valuation.id);
}

std::unique_ptr<QTextDocument> ValuationReport::document(const ValuationReportData& data,
                                                         const ReportLanguage& language)
{
    Writer writer(data, language);
    const QString html = writer.html();
    auto doc = std::make_unique<QTextDocument>();
    QFont font = doc->defaultFont();
    font.setPointSizeF(9.0);
    if (language.chinese()) {
        QStringList families = font.families();
        if (families.isEmpty())
            families.append(font.family());
        families.append(QStringLiteral("Noto Sans CJK SC"));
        font.setFamilies(families);
    }
    doc->setDefaultFont(font);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title(data, language));
    for (std::size_t i = 0; i < writer.images.size(); ++i)
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("report:image/%1").arg(i)),
                         writer.images[i]);
    doc->setHtml(html);
    return doc;
}

QString ValuationReport::writePdf(QTextDocument& document, const QString& path, const QString& title)
{
    QSaveFile file(path); // a temporary file renamed into place on commit: never half a report
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Saggar"));
        document.print(&writer);
    }
    if (file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return why;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace saggar::ui
